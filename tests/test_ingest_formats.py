"""Text, Markdown, HTML and JSONL inputs."""

import io
import json
from pathlib import Path

import pytest

from govkg.errors import InputError
from govkg.extract.article import Article
from govkg.extract.flow import read_articles
from govkg.extract.ingest import sniff_format
from govkg.extract.ingest.html import parse_html
from govkg.extract.ingest.markdown import parse_markdown

INGEST = Path(__file__).parent / "fixtures" / "ingest"


def articles(items: list) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def errors(items: list) -> list[InputError]:
    return [e for e in items if isinstance(e, InputError)]


def test_html_main_content_only() -> None:
    (article,) = list(read_articles([str(INGEST / "page.html")]))
    assert isinstance(article, Article)
    assert article.id == "page"
    assert article.title == "市建设局召开季度讲评会"
    assert article.date == "2023-07-05"
    assert article.url == "http://www.example.com/news/2023/0705/1.html"
    assert "李德才" in article.text
    for furniture in ("首页", "杨超越", "小鹏汽车", "分享到", "版权所有", "刘娟"):
        assert furniture not in article.text


def test_parse_html_falls_back_to_visible_text() -> None:
    page = parse_html("<html><body><span>县委书记张三出席会议。</span></body></html>")
    assert "张三" in page.text


def test_markdown_markup_is_removed_and_offsets_point_into_the_source() -> None:
    source = (INGEST / "article.md").read_text(encoding="utf-8")
    (article,) = list(read_articles([str(INGEST / "article.md")]))
    assert isinstance(article, Article)
    assert article.title == "泽州县召开“多彩花海”行动动员部署会"
    assert article.date == "2022-02-17"
    assert article.url == "http://www.example.com/zezhou/2808.html"
    assert article.source == "泽州县融媒体中心"
    assert article.original == source
    for markup in ("**", "](", "![", "# ", "> ", "- ", "---", "责任编辑"):
        assert markup not in article.text
    assert article.text.startswith("2月15日，泽州县召开")
    start = article.text.index("高喜全出席")
    a, b = article.offsets.span(start, start + len("高喜全出席"))
    assert source[a:b] == "高喜全](http://www.example.com/gao)出席"


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("## 小标题\n正文", "小标题\n正文"),
        ("*强调*文字", "强调文字"),
        ("3*4=12", "3*4=12"),
        ("| 甲 | 乙 |\n|---|---|\n| 1 | 2 |", "  甲   乙  \n\n  1   2  "),
        ("```\ncode\n```", "\ncode\n"),
    ],
)
def test_parse_markdown(markdown: str, text: str) -> None:
    assert parse_markdown(markdown).text == text


def test_jsonl_records_and_bad_lines() -> None:
    items = list(read_articles([str(INGEST / "export.jsonl")]))
    good = articles(items)
    assert [a.id for a in good] == ["xm-001", "2"]
    first, second = good
    assert first.title == "市建设局召开季度讲评会"
    assert first.date == "2023-07-05"
    assert first.url == "http://www.example.com/1.html"
    assert first.source == "厦门日报"
    assert first.text == (
        "近日，市建设局召开全市建设系统市区联动工作季度讲评会，局长李德才出席会议并讲话。"
    )
    assert "陆卫东" in second.text  # from the record's html, simplified
    bad = errors(items)
    assert [e.path.rsplit(":", 1)[1] for e in bad] == ["3", "4", "5"]
    assert bad[0].problem == "not a JSON object"
    assert bad[1].problem == "no 'text' field"
    assert bad[2].problem.startswith("not valid JSON")


def test_jsonl_default_ids_and_record_limit(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [json.dumps({"text": "县长张三出席会议。"}, ensure_ascii=False),
             "",
             json.dumps({"text": "县长李四出席会议。" * 50}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([str(path)], max_bytes=200))
    assert [a.id for a in articles(items)] == ["export-1"]
    (error,) = errors(items)
    assert error.path == f"{path}:3"
    assert error.problem.startswith("record too large")


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'{"text": "x"}\n', "jsonl"),
        (b"\xef\xbb\xbf{\"text\": 1}", "jsonl"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"  <html><body>", "html"),
        (b"---\ntitle: x\n---\n", "markdown"),
        (b"# Title\n", "markdown"),
        ("新闻正文".encode(), "text"),
    ],
)
def test_sniff_format(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt


def test_stdin_is_sniffed() -> None:
    page = (INGEST / "page.html").read_bytes()
    (article,) = list(read_articles(["-"], stdin=io.BytesIO(page)))
    assert isinstance(article, Article)
    assert article.id == "stdin"
    assert "李德才" in article.text

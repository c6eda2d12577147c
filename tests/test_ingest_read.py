"""read_articles: one bad input yields an error item and reading goes on."""

import io
from pathlib import Path

from govkg.errors import InputError
from govkg.extract.article import Article
from govkg.extract.flow import read_articles

ARTICLES = Path(__file__).resolve().parents[1] / "seeds"
STORY = "12月26日，县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。\n"


def test_reads_all_fixture_articles() -> None:
    items = list(read_articles([str(ARTICLES)]))
    assert all(isinstance(a, Article) for a in items)
    ids = [a.id for a in items]
    assert "000_bad4b1189ee8042d" in ids and "004_b5e028a742a41c81" in ids
    assert len(ids) == len(set(ids)) == len(list(ARTICLES.glob("*.txt")))
    for a in items:
        assert a.path.endswith(f"{a.id}.txt")
        assert a.original and a.text


def test_errors_do_not_stop_reading(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "c_good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "d_big.txt").write_text(STORY * 100, encoding="utf-8")
    (tmp_path / "e_gbk.txt").write_bytes(STORY.encode("gbk"))
    (tmp_path / "f_furniture.txt").write_text("首页 > 新闻中心\n分享到：\n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    items = list(read_articles([str(tmp_path), missing], max_bytes=1000))
    problems = {Path(e.path).name: e.problem for e in items if isinstance(e, InputError)}
    assert problems == {
        "a_empty.txt": "empty file",
        "b_binary.txt": "binary file, not text",
        "d_big.txt": f"file too large: {len((STORY * 100).encode()):,} bytes "
                     "(limit 1,000; see --max-bytes)",
        "f_furniture.txt": "no article text found",
        "missing.txt": "no such file or directory",
    }
    good = [a for a in items if isinstance(a, Article)]
    assert [a.id for a in good] == ["c_good", "e_gbk"]
    assert good[0].text == good[1].text == STORY.strip()


def test_stdin_limit() -> None:
    (error,) = list(read_articles(["-"], stdin=io.BytesIO(STORY.encode() * 10), max_bytes=100))
    assert isinstance(error, InputError)
    assert error.path == "<stdin>"
    assert "too large" in error.problem


def test_article_json_record() -> None:
    (article,) = list(read_articles([str(ARTICLES / "002_53bfa5bd6a0ce012.txt")]))
    record = article.to_json()
    assert list(record) == ["id", "title", "date", "source", "text"]
    assert record["source"] == "厦门日报"

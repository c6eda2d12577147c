"""Reading yields documents - decoded text, metadata, where it came from - and knows nothing
of cleaning, the step after it."""

import ast
import io
import json
import subprocess
import sys
from pathlib import Path

from govkg.errors import InputError
from govkg.extract.article import Document
from govkg.extract.clean import build_article
from govkg.extract.ingest import read_documents

INGEST = Path(__file__).parent / "fixtures" / "ingest"
PACKAGE = Path(__file__).resolve().parents[1] / "extract" / "ingest"
STORY = "12月26日，縣委書記陸衛東主持召開縣委常委會會議。\n"


def test_text_file_is_its_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(STORY.encode("big5"))
    (doc,) = read_documents([path])
    assert doc == Document(id="a", path=str(path), text=STORY)  # not simplified yet


def test_markdown_document_maps_into_its_source() -> None:
    (doc,) = read_documents([INGEST / "article.md"])
    source = (INGEST / "article.md").read_text("utf-8")
    assert doc.original == source and "**" not in doc.text
    assert doc.title == "泽州县召开“多彩花海”行动动员部署会"
    start = doc.text.index("高喜全")
    assert source[doc.offsets.to_original(start):].startswith("高喜全")


def test_jsonl_records_carry_their_metadata() -> None:
    docs = [d for d in read_documents([INGEST / "export.jsonl"]) if isinstance(d, Document)]
    assert [(d.id, d.path.rsplit(":", 1)[1]) for d in docs] == [("xm-001", "1"), ("2", "2")]
    # as the record gives it: parsing the date and finding the source is cleaning's work
    assert docs[0].date == "2023-07-05 16:46:47" and docs[0].source is None
    assert docs[0].url == "http://www.example.com/1.html"


def test_stdin_jsonl() -> None:
    data = json.dumps({"id": "r1", "text": STORY}, ensure_ascii=False).encode() + b"\n"
    (doc,) = read_documents(["-"], stdin=io.BytesIO(data))
    assert (doc.id, doc.path, doc.text) == ("r1", "<stdin>:1", STORY)


def test_cleaning_turns_a_document_into_an_article() -> None:
    article = build_article(Document(id="a", path="a.txt", text=STORY, date="2023年7月5日"))
    assert article.text == "12月26日，县委书记陆卫东主持召开县委常委会会议。"
    assert article.date == "2023-07-05" and article.original == STORY


def test_a_document_without_a_story_is_an_input_error() -> None:
    try:
        build_article(Document(id="a", path="a.txt", text="首页 > 新闻中心\n分享到：\n"))
    except InputError as e:
        assert (e.path, e.problem) == ("a.txt", "no article text found")
    else:
        raise AssertionError("no error")


def test_no_module_of_reading_imports_cleaning() -> None:
    for module in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("govkg.extract.clean"), module.name


def test_reading_loads_no_cleaning() -> None:
    code = ("import sys; from govkg.extract.ingest import read_documents; "
            "list(read_documents(['seeds'])); "
            "print(sorted(m for m in sys.modules if m.startswith('govkg.extract.clean')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parents[1]).stdout
    assert out.strip() == "[]"

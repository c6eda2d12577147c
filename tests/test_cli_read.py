"""`govkg read` end to end with click's CliRunner."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import cli

ARTICLES = Path(__file__).resolve().parents[1] / "seeds"
INGEST = Path(__file__).parent / "fixtures" / "ingest"
STORY = "12月26日，县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。\n"
TRADITIONAL = "12月26日，縣委書記陸衛東主持召開縣委常委會會議，縣委副書記、縣長顧國標出席會議。\n"


def run(*args: str, input: bytes | None = None):  # noqa: A002 - CliRunner's name
    return CliRunner().invoke(cli, list(args), input=input)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_directory() -> None:
    result = run("read", str(ARTICLES))
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert len(out) == len(list(ARTICLES.glob("*.txt")))
    seed = next(r for r in out if r["id"] == "002_53bfa5bd6a0ce012")
    assert seed["title"] == "市建设局6个驻区工作组下沉一线“一盘棋”突破重点难点工作"
    assert seed["date"] == "2023-07-05"
    assert seed["source"] == "厦门日报"
    assert "杨超越" not in seed["text"]
    assert result.stderr == ""


def test_single_file_fields() -> None:
    result = run("read", str(ARTICLES / "004_b5e028a742a41c81.txt"))
    (record,) = records(result.stdout)
    assert list(record) == ["id", "title", "date", "url", "text"]
    assert record["url"] == "http://www.shanxidayuan.com/gsyl/jincheng/2808.html"


def test_stdin() -> None:
    result = run("read", "-", input=(ARTICLES / "002_53bfa5bd6a0ce012.txt").read_bytes())
    assert result.exit_code == 0
    (record,) = records(result.stdout)
    assert record["id"] == "stdin"
    assert record["date"] == "2023-07-05"
    assert record["title"] == "市建设局6个驻区工作组下沉一线“一盘棋”突破重点难点工作"


def test_stdin_jsonl() -> None:
    data = json.dumps({"id": "a1", "title": "会议", "text": STORY}, ensure_ascii=False).encode()
    result = run("read", "-", input=data + b"\n")
    assert result.exit_code == 0
    (record,) = records(result.stdout)
    assert record["id"] == "a1"
    assert record["text"] == STORY.strip()


def test_jsonl_html_and_markdown() -> None:
    result = run("read", str(INGEST / "export.jsonl"), str(INGEST / "page.html"),
                 str(INGEST / "article.md"))
    assert result.exit_code == 1  # export.jsonl has bad lines on purpose
    ids = [r["id"] for r in records(result.stdout)]
    assert ids == ["xm-001", "2", "page", "article"]
    assert "export.jsonl:3: not a JSON object" in result.stderr


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("gbk.txt", STORY.encode("gbk")),
        ("gb18030.txt", STORY.encode("gb18030")),
        ("big5.txt", TRADITIONAL.encode("big5")),
        ("bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8")),
        ("utf16.txt", b"\xff\xfe" + STORY.encode("utf-16-le")),
    ],
)
def test_encodings(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("read", str(path))
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["text"] == STORY.strip()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", bytes(range(256)) * 2, "binary file, not text"),
        ("undecodable.txt", b"abc \x80\x81\xfe\xff\xfe\x80 def \x80\x80\x80\x80",
         "cannot decode: not UTF-8, GB18030/GBK or Big5 text"),
        ("large.txt", STORY.encode() * 20, "file too large"),
    ],
)
def test_bad_input_is_one_line_and_the_rest_is_read(
        tmp_path: Path, name: str, data: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    result = run("read", "--max-bytes", "1000", str(bad), str(good))
    assert result.exit_code == 1
    assert [r["id"] for r in records(result.stdout)] == ["good"]
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"govkg: {bad}: {message}")
    assert "Traceback" not in result.stderr


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("read", str(missing), str(ARTICLES / "001_146ed3f869736278.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"govkg: {missing}: no such file or directory\n"
    assert len(records(result.stdout)) == 1


def test_max_bytes_accepts_units(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY * 20, encoding="utf-8")
    assert run("read", "--max-bytes", "1k", str(path)).exit_code == 1
    assert run("read", "--max-bytes", "1MB", str(path)).exit_code == 0
    bad = run("read", "--max-bytes", "lots", str(path))
    assert bad.exit_code == 2
    assert "lots" in bad.stderr


def test_unsupported_files_in_a_directory_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("read", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert [r["id"] for r in records(result.stdout)] == ["a"]


def test_unexpected_error_without_and_with_debug(monkeypatch, tmp_path: Path) -> None:
    from govkg.extract import flow

    def broken(document):
        if document.id == "a":
            raise RuntimeError("boom")
        return build_article(document)

    build_article = flow.build_article
    monkeypatch.setattr(flow, "build_article", broken)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    quiet = run("read", str(tmp_path))
    assert quiet.exit_code == 1
    assert quiet.stderr == (f"govkg: {tmp_path / 'a.txt'}: unexpected error while cleaning: "
                            "RuntimeError: boom (rerun with --debug for details)\n")
    assert [r["id"] for r in records(quiet.stdout)] == ["b"]  # the others go on
    loud = run("--debug", "read", str(tmp_path))
    assert isinstance(loud.exception, RuntimeError)


def test_help_explains_inputs_and_outputs() -> None:
    result = run("read", "--help")
    assert result.exit_code == 0
    for word in ("PATH", ".jsonl", "stdin", "GB18030", "Big5", "--max-bytes", "--silent",
                 "Example", "title", "date", "source", "url", "text"):
        assert word in result.stdout, word


def test_no_arguments_is_a_usage_error() -> None:
    result = run("read")
    assert result.exit_code == 2


def test_silent_and_no_progress_bar_when_not_a_terminal() -> None:
    for args in (["read", str(ARTICLES / "001_146ed3f869736278.txt")],
                 ["read", "--silent", str(ARTICLES / "001_146ed3f869736278.txt")]):
        result = run(*args)
        assert result.exit_code == 0
        assert result.stderr == ""

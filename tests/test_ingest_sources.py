"""Paths: files, directories searched recursively, stdin."""

from pathlib import Path

from govkg.errors import InputError
from govkg.extract.ingest import Source, expand_paths


def test_directory_is_searched_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "a.md").write_text("甲", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.HTML").write_text("<p>丙</p>", encoding="utf-8")
    (tmp_path / "sub" / "d.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # unsupported: skipped silently
    (tmp_path / ".hidden.txt").write_text("隐", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("隐", encoding="utf-8")
    sources = list(expand_paths([tmp_path]))
    assert [Path(s.name).name for s in sources] == ["a.md", "b.txt", "c.HTML", "d.jsonl"]
    assert [s.format for s in sources] == ["markdown", "text", "html", "jsonl"]
    assert [s.stem for s in sources] == ["a", "b", "c", "d"]


def test_explicit_file_with_unknown_extension_is_text(tmp_path: Path) -> None:
    path = tmp_path / "article.dat"
    path.write_text("正文", encoding="utf-8")
    assert list(expand_paths([str(path)])) == [Source(str(path), path, "text")]


def test_stdin_and_missing_paths(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    items = list(expand_paths(["-", missing]))
    assert items[0] == Source("<stdin>", None, "auto")
    assert items[0].stem == "stdin"
    assert isinstance(items[1], InputError)
    assert items[1].path == missing
    assert items[1].problem == "no such file or directory"


def test_directory_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (error,) = expand_paths([tmp_path])
    assert isinstance(error, InputError)
    assert "no .txt" in error.problem

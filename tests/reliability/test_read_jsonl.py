"""Issue 7, rows 7, 8 and 11: JSON Lines exports.

Row 7: a directory's ``.jsonl`` is an export or an annotation file beside the articles; that
is decided from all its records, not from the first one. Row 8: on standard input the size
limit applies to each record, as it does for a file. Row 11: a message typo."""

from __future__ import annotations

import json
from pathlib import Path

from .helpers import govkg, lines

STORY = "12月26日，县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。"


def _jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_export_whose_first_record_has_no_text_is_read(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(_jsonl({"id": "a", "title": "标题"}, {"id": "b", "text": STORY}), "utf-8")
    result = govkg("read", tmp_path)
    assert [json.loads(x)["id"] for x in lines(result.stdout)] == ["b"]
    assert lines(result.stderr) == [f"govkg: {export}:1: no 'text' field"]
    assert result.returncode == 1


def test_gold_file_in_a_directory_is_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_jsonl({"id": "a", "persons": []}, {"id": "b", "persons": []}), "utf-8")
    result = govkg("read", tmp_path)
    assert result.returncode == 0
    assert [json.loads(x)["id"] for x in lines(result.stdout)] == ["a"]
    assert lines(result.stderr) == [
        f"govkg: {gold}: skipped: no record has a 'text' field (annotations, not articles)"]


def test_stdin_limit_is_per_record(tmp_path: Path) -> None:
    records = _jsonl(*({"id": str(n), "text": STORY} for n in range(6)))
    limit = len(records.encode()) // 3  # each record fits, the stream does not
    result = govkg("read", "--max-bytes", str(limit), "-", stdin=records.encode())
    assert result.returncode == 0, result.stderr
    assert len(lines(result.stdout)) == 6
    too_big = _jsonl({"id": "big", "text": STORY * 20}, {"id": "ok", "text": STORY})
    result = govkg("read", "--max-bytes", str(limit), "-", stdin=too_big.encode())
    assert result.returncode == 1
    assert [json.loads(x)["id"] for x in lines(result.stdout)] == ["ok"]
    (line,) = lines(result.stderr)
    assert line.startswith("govkg: <stdin>:1: record too large")


def test_broken_json_message(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_bytes(b'{"text": "a\tb"}\n{"text": "unterminated\n')
    result = govkg("read", export)
    assert result.returncode == 1
    assert lines(result.stderr) == [
        f"govkg: {export}:1: not valid JSON (invalid control character at column 12)",
        f"govkg: {export}:2: not valid JSON (unterminated string starting at column 10)",
    ]


def test_deeply_nested_json_is_a_bad_line(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text("[" * 100_000 + "\n" + _jsonl({"id": "ok", "text": STORY}), "utf-8")
    result = govkg("read", export)
    assert result.returncode == 1
    assert [json.loads(x)["id"] for x in lines(result.stdout)] == ["ok"]
    assert lines(result.stderr) == [f"govkg: {export}:1: not valid JSON (nested too deeply)"]

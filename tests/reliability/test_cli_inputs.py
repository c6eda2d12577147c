"""Bad inputs, as a hostile user makes them: each is one line on stderr naming the file, the
good inputs beside it are still processed, and the exit status is 1. What issue 7 found
holding, pinned for ``read`` and ``extract``."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import cli

from real_articles import FIXTURES

STORY = "12月26日，县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。\n"
UNDECODABLE = "cannot decode: not UTF-8, GB18030/GBK or Big5 text"
LATIN1 = "Café au lait, résumé, naïve façade. Ça coûte très cher à Zürich.\n".encode("latin-1")


def _symlink_loop(path: Path) -> None:
    os.symlink(path.name, path)


BAD: dict[str, tuple[object, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\n", "empty file"),
    "binary.txt": (bytes(range(256)) * 4, "binary file, not text"),
    "nul.txt": (STORY.encode() + b"\x00" + STORY.encode(), "binary file, not text"),
    "undecodable.txt": (b"abc \x80\x81\xfe\xff\xfe\x80 def \x80\x80\x80\x80", UNDECODABLE),
    "latin1.txt": (LATIN1 * 5, UNDECODABLE),
    "mixed.txt": (STORY.encode("utf-8") * 3 + STORY.encode("gbk") * 3, UNDECODABLE),
    "oversized.txt": (STORY.encode() * 100, f"file too large: {len(STORY.encode()) * 100:,} "
                                            "bytes (limit 10,000; see --max-bytes)"),
    "furniture.txt": ("首页 > 新闻中心\n分享到：\n".encode(), "no article text found"),
    "loop.txt": (_symlink_loop, "broken symbolic link"),
    "page.html": (b"<html><body><nav>\xe9\xa6\x96\xe9\xa1\xb5</nav></body></html>",
                  "no article text found"),
}


@pytest.mark.parametrize("command", ["read", "extract"])
@pytest.mark.parametrize("name", BAD)
def test_bad_input_is_one_line(tmp_path: Path, command: str, name: str) -> None:
    data, problem = BAD[name]
    bad = tmp_path / name
    if callable(data):
        data(bad)
    else:
        bad.write_bytes(data)  # type: ignore[arg-type]
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, [command, "--max-bytes", "10k", str(bad), str(good)])
    assert result.exit_code == 1
    assert result.stderr == f"govkg: {bad}: {problem}\n"
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record.get("id") or record["article"]["id"]) == "good"


@pytest.mark.parametrize("encode", [
    lambda html: codecs.BOM_UTF16_LE + html.encode("utf-16-le"),
    lambda html: (html.replace('charset="utf-8"', 'charset="gbk"')
                  .encode("gbk", "xmlcharrefreplace")),
    lambda html: html.encode("gb18030"),
], ids=["utf-16", "gbk", "gb18030-declared-utf8"])
def test_html_in_other_encodings(tmp_path: Path, encode) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(encode((FIXTURES / "ingest" / "page.html").read_text("utf-8")))
    result = CliRunner().invoke(cli, ["read", str(page)])
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["title"] == "市建设局召开季度讲评会" and "李德才" in record["text"]

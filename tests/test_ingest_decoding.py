"""Encodings are detected, not assumed; empty, binary and undecodable input is refused."""

import codecs

import pytest

from govkg.errors import InputError
from govkg.extract.ingest import decode_bytes

SIMPLIFIED = "城投集团召开重点项目“百日攻坚”动员会。集团党委书记、董事长盛梦龙出席会议并讲话。\n"
TRADITIONAL = "縣委書記陸衛東主持召開十二屆縣委常委會第57次會議，縣委副書記、縣長顧國標出席會議。\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        (TRADITIONAL.encode("gb18030"), TRADITIONAL),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
        (SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED),  # no BOM
        (b"plain ASCII text\n", "plain ASCII text\n"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "big5", "traditional-gb18030", "utf16le-bom",
         "utf16be-bom", "utf16le", "ascii"],
)
def test_decodes(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "x.txt") == expected


def test_utf8_cut_inside_a_character_is_still_utf8() -> None:
    data = (SIMPLIFIED * 20).encode("utf-8")[:-1]  # a scrape cut at a byte limit
    text = decode_bytes(data, "x.txt")
    assert text.startswith(SIMPLIFIED)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
        (bytes(range(256)) * 4, "binary file, not text"),
        (b"abc \x80\x81\xfe\xff\xfe\x80 def \x80\x80\x80\x80",
         "cannot decode: not UTF-8, GB18030/GBK or Big5 text"),
    ],
    ids=["empty", "blank", "bom-only", "png", "all-bytes", "undecodable"],
)
def test_refuses(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    assert err.value.path == "bad.txt"
    assert err.value.problem == problem

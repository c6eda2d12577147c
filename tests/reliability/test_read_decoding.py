"""Issue 7, row 6: UTF-8 Chinese with one bad byte, or cut in the middle of a character, is
still UTF-8. The tolerance used to be counted in ASCII bytes, so it never applied to Chinese
text, which has next to none. Latin-1, binary and mixed inputs keep their one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.errors import InputError
from govkg.extract.ingest import decode_bytes

from .helpers import govkg, lines

PARAGRAPH = ("县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。"
             "会议传达学习了省委全会精神，研究部署了全县重点工作。")
CHINESE = PARAGRAPH.encode("utf-8")  # not one ASCII byte
MIDDLE = len(CHINESE) // 2 + 1  # inside the 3 bytes of a character
UNDECODABLE = "cannot decode: not UTF-8, GB18030/GBK or Big5 text"


@pytest.mark.parametrize(
    ("data", "broken"),
    [
        (CHINESE[:-1], 1),  # cut one byte short of the end
        (CHINESE * 20 + CHINESE[:MIDDLE], 1),  # a scrape cut at a byte limit
        (CHINESE[:MIDDLE] + b"\xff" + CHINESE[MIDDLE:], 3),  # one bad byte in a character
        (CHINESE[:60] + b"\xfe" + CHINESE[60:], 1),  # one stray byte between characters
        (CHINESE * 3 + b"\xa9 2023" + CHINESE, 1),  # a Latin-1 copyright sign
    ],
    ids=["cut-at-end", "cut-long", "bad-byte-in-character", "stray-byte", "stray-latin1"],
)
def test_damaged_utf8_chinese_is_decoded_with_replacements(data: bytes, broken: int) -> None:
    text = decode_bytes(data, "x.txt")
    assert text.count("\ufffd") == broken
    assert text.replace("\ufffd", "").startswith(PARAGRAPH[:20])


def test_a_cut_article_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes((PARAGRAPH * 4).encode("utf-8")[:-2])
    result = govkg("read", path)
    assert result.returncode == 0, result.stderr
    assert "陆卫东" in lines(result.stdout)[0]


LATIN1 = "Café au lait, résumé, naïve façade. Ça coûte très cher à Zürich.\n".encode("latin-1")
GBK = PARAGRAPH.encode("gbk")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (LATIN1 * 5, UNDECODABLE),
        ("café".encode("latin-1"), UNDECODABLE),
        (CHINESE * 3 + GBK * 3, UNDECODABLE),  # half UTF-8, half GBK
        (CHINESE * 10 + GBK, UNDECODABLE),  # a GBK paragraph in a UTF-8 page
        (CHINESE + GBK * 10, UNDECODABLE),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
    ],
    ids=["latin1", "latin1-word", "half-gbk", "gbk-paragraph", "mostly-gbk", "png"],
)
def test_other_encodings_keep_their_errors(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    assert err.value.problem == problem

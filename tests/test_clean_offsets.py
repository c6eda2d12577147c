"""Offsets: edits, composition, and every cleaned sentence mapping back to its source."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.extract.article import IDENTITY, OffsetMap, apply_edits, compose
from govkg.extract.clean import clean, normalize

from golden_view import DEV_IDS, SEED_IDS
from real_articles import article_path

ARTICLES = [*SEED_IDS, *DEV_IDS]
SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


@pytest.mark.parametrize(
    ("text", "edits", "expected", "origins"),
    [
        ("abcdef", [], "abcdef", [0, 1, 2, 3, 4, 5, 6]),
        ("ab(x)cd", [(2, 5, "")], "abcd", [0, 1, 5, 6, 7]),
        ("a,b", [(1, 2, "，")], "a，b", [0, 1, 2, 3]),
        ("a  b", [(1, 3, " ")], "a b", [0, 1, 3, 4]),
        ("ab", [(1, 1, "XY")], "aXYb", [0, 1, 1, 1, 2]),
        ("abc", [(0, 3, "")], "", [3]),
    ],
)
def test_apply_edits(text: str, edits: list, expected: str, origins: list[int]) -> None:
    out, offsets = apply_edits(text, edits)
    assert out == expected
    assert [offsets.to_original(i) for i in range(len(out) + 1)] == origins


def test_compose_chains_two_steps() -> None:
    first, first_map = apply_edits("a(x)b c", [(1, 4, "")])
    assert first == "ab c"
    second, second_map = apply_edits(first, [(2, 3, "")])
    assert second == "abc"
    chained = compose(second_map, first_map, len(second))
    assert [chained.to_original(i) for i in range(4)] == [0, 4, 6, 7]


def test_compose_with_identity() -> None:
    m = OffsetMap((0, 2), (0, 5))
    assert compose(m, IDENTITY, 4) == m
    assert compose(IDENTITY, m, 4) == m


@pytest.mark.parametrize("stem", ARTICLES)
def test_every_sentence_maps_back_to_its_source(stem: str) -> None:
    raw = article_path(stem).read_text(encoding="utf-8")
    text, offsets = clean(raw)
    assert text
    for m in SENTENCE.finditer(text):
        start, end = offsets.span(*m.span())
        assert 0 <= start < end <= len(raw)
        assert normalize(raw[start:end])[0].strip() == m.group()


_ALPHABET = st.sampled_from(list(
    "集團召開會議總經理(tuán)ǎàá?xyz \n\t\r，,。.:：;!?？\"“”()（）0123　\u00a0\ufeff\ufffd\x00"
    "摘要…->|★【】版权首页分享到来源发布时间2023-07-05年月日刘娟"
))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=300)))
def test_clean_never_raises_and_offsets_stay_inside(raw: str) -> None:
    text, offsets = clean(raw)
    previous = 0
    for pos in range(len(text) + 1):
        origin = offsets.to_original(pos)
        assert 0 <= origin <= len(raw)
        assert origin >= previous
        previous = origin
    for line_start, line in _lines(text):
        start, end = offsets.span(line_start, line_start + len(line))
        assert 0 <= start <= end <= len(raw)


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1

"""Reading and cleaning hostile input: arbitrary bytes and Unicode, huge lines, nested
brackets, pinyin noise everywhere, NUL bytes, several encodings in one file. Nothing raises
but :class:`InputError`, and the offsets from a cleaned article back to what was read stay
inside it and in order.

Example counts are kept modest (the whole reliability suite runs in a couple of minutes);
``HYPOTHESIS_PROFILE=fuzz`` runs each property a hundred times longer.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.errors import InputError
from govkg.extract.article import Article, Document, OffsetMap
from govkg.extract.clean import build_article
from govkg.extract.flow import read_articles
from govkg.extract.ingest import decode_bytes
from govkg.extract.ingest.markdown import parse_markdown

settings.register_profile("default-reliability", max_examples=60, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("fuzz", max_examples=6000, deadline=None,
                          suppress_health_check=list(HealthCheck))
PROFILE = "fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "default-reliability"
FUZZ = settings.get_profile(PROFILE)

WORDS = ["县委书记", "陆卫东", "主持召开", "会议", "集團(tuán)", "召開(kāi)", "縣長", "[", "](",
         "![", ")", "<a", "</p>", "# ", "---\n", "|", "**", "`", "\n", " ", "\t", "\x00", "\ufffd",
         "，", "。", "（", "）", "“", "”", "来源：", "2023-07-05", "http://x.cn/a", "\ufeff"]
ENCODINGS = ["utf-8", "gbk", "gb18030", "big5", "utf-16-le", "latin-1"]

noisy_text = st.lists(st.sampled_from(WORDS), max_size=200).map("".join)
huge_line = st.tuples(st.sampled_from(WORDS), st.integers(1000, 20000)).map(lambda x: x[0] * x[1])
texts = st.one_of(st.text(max_size=500), noisy_text, huge_line)


@st.composite
def mixed_bytes(draw: st.DrawFn) -> bytes:
    """Pieces of text, each in its own encoding (where it can be), glued together."""
    pieces = draw(st.lists(st.tuples(texts, st.sampled_from(ENCODINGS)), max_size=6))
    return b"".join(text.encode(encoding, errors="ignore") for text, encoding in pieces)


inputs = st.one_of(st.binary(max_size=3000), mixed_bytes(),
                   texts.map(lambda t: t.encode("utf-8", errors="surrogatepass")))


def _check_offsets(offsets: OffsetMap, length: int, source_length: int) -> None:
    previous = 0
    for pos in range(0, length + 1, max(1, length // 500)):
        origin = offsets.to_original(pos)
        assert 0 <= origin <= source_length
        assert origin >= previous
        previous = origin
    start, end = offsets.span(0, length)
    assert 0 <= start <= end <= source_length


@FUZZ
@given(inputs)
def test_decoding_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "x"), str)
    except InputError as e:
        assert e.path == "x" and e.problem


@FUZZ
@given(texts)
def test_markdown_maps_into_its_source(source: str) -> None:
    doc = parse_markdown(source)
    _check_offsets(doc.offsets, len(doc.text), len(source))


@FUZZ
@given(texts, st.one_of(st.none(), texts))
def test_cleaning_gives_an_article_or_an_input_error(text: str, title: str | None) -> None:
    try:
        article = build_article(Document(id="x", path="x", text=text, title=title,
                                          date=title))
    except InputError as e:
        assert e.path == "x"
        return
    assert article.text and article.original == text
    _check_offsets(article.offsets, len(article.text), len(text))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
def test_reading_any_file(tmp_path_factory: pytest.TempPathFactory, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("fuzz")

    @FUZZ
    @given(inputs)
    def read(data: bytes) -> None:
        path = folder / f"input{suffix}"
        path.write_bytes(data)
        for item in read_articles([path], max_bytes=100_000):
            assert isinstance(item, Article | InputError)
            if isinstance(item, Article):
                _check_offsets(item.offsets, len(item.text), len(item.original))
            else:
                assert Path(item.path.rsplit(":", 1)[0]) == path
                assert "unexpected error" not in item.problem, item.problem

    read()

"""Extraction never raises, whatever the text (sqlite-utils style property tests)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.extract.article import Article
from govkg.extract.pipeline import extract_article
from govkg.graph.schema import check_edge

# Governance vocabulary mixed with arbitrary characters reaches the interesting code paths.
WORDS = st.sampled_from(list(
    "县委书记高喜全出席会议并讲话。市住建局局长刘韬，、主持召开“多彩花海”行动12月7日同日昨天"
    "集团党委副书记总经理调研来到深入等地项目工程镇村区县市省旗委员会同志一行(女)·") + [
    "召开", "主持", "出席", "指出", "先后来到", "等10个项目", "县领导", "同日", "5月28日"])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=60).map("".join)


def _check(result: dict) -> None:
    ids = {n["id"] for n in result["nodes"]}
    labels = {n["id"]: n["label"] for n in result["nodes"]}
    for e in result["edges"]:
        assert e["source"] in ids and e["target"] in ids
        check_edge(e["type"], labels[e["source"]], labels[e["target"]])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "2022-02-17", "not a date"]))
def test_never_raises_on_governance_like_text(text, date):
    _check(extract_article(Article(id="x", text=text, date=date)).to_json())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_unicode(text):
    _check(extract_article(Article(id="x", text=text, title=text[:10])).to_json())

"""``govkg eval``: what a user sees, checked against the reference scorer's own output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkg.cli import cli

from real_articles import SEEDS
from reference import load_reference

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = str(FIXTURES / "gold" / "synthetic.jsonl")
PRED = FIXTURES / "predictions"


REF = load_reference()


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, ["eval", *args], input=stdin)


@pytest.mark.parametrize("name", ["exact", "missing_article", "posts_with_body"])
def test_table_and_details_are_the_reference_table(name, capsys):
    pred = str(PRED / f"{name}.jsonl")
    REF.main([GOLD, pred])
    expected = capsys.readouterr().out
    result = run(GOLD, "--predictions", pred)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


@pytest.mark.parametrize("name", ["second_name", "implied_attended"])
def test_json_is_the_reference_json(name, capsys):
    pred = str(PRED / f"{name}.jsonl")
    REF.main([GOLD, pred, "--json"])
    expected = json.loads(capsys.readouterr().out)
    result = run(GOLD, "-p", pred, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == expected


def test_details_list_each_miss():
    result = run(GOLD, "-p", str(PRED / "posts_with_body.jsonl"), "--details")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "posts_with_body\ts1\tFP\t李红 / 县长 / 泽州县委" in lines
    assert "post_titles\ts2\tFN\t艾尔肯·吐尼亚孜 / 市长 / 厦门市人民政府|市政府" in lines
    assert sum("\tFP\t" in line or "\tFN\t" in line for line in lines) == 8


def test_json_details_carry_misses():
    result = run(GOLD, "-p", str(PRED / "implied_attended.jsonl"), "--json", "--details")
    misses = json.loads(result.stdout)["misses"]
    assert misses == [
        {"category": "roles", "article": "s2", "kind": "FP", "item": ["陈静", "CHAIRED"]},
        {"category": "roles", "article": "s3", "kind": "FP", "item": ["孙进基", "SPOKE_AT"]},
    ]


def test_min_thresholds_set_the_exit_status():
    pred = str(PRED / "posts_with_body.jsonl")
    assert run(GOLD, "-p", pred, "--min", "persons=0.95", "--min", "roles=1").exit_code == 0
    result = run(GOLD, "-p", pred, "--min", "persons=0.95", "--min", "posts_with_body=0.9")
    assert result.exit_code == 1
    assert "below threshold: posts_with_body F1 0.500 < 0.9" in result.stderr
    assert "persons" in result.stdout  # the table is still printed


@pytest.mark.parametrize("spec,message", [
    ("persons", "is not CATEGORY=F1"),
    ("people=0.9", "unknown category 'people'; one of persons, post_titles"),
    ("persons=high", "not a number"),
    ("persons=90", "not between 0 and 1"),
])
def test_bad_min_is_a_usage_error(spec, message):
    result = run(GOLD, "-p", str(PRED / "exact.jsonl"), "--min", spec)
    assert result.exit_code == 2
    assert message in result.stderr


def test_predictions_from_stdin():
    text = (PRED / "exact.jsonl").read_text(encoding="utf-8")
    result = run(GOLD, "--predictions", "-", "--json", stdin=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["figures"]["roles"]["f1"] == 1.0


def test_missing_articles_and_duplicates_are_reported():
    exact = (PRED / "exact.jsonl").read_text(encoding="utf-8").splitlines()
    result = run(GOLD, "-p", "-", stdin="\n".join([exact[0], exact[0]]))
    assert result.exit_code == 0
    assert result.stdout.startswith("no prediction for 2 article(s): s2, s3\n")
    assert "article s1 predicted more than once; the last one counts" in result.stderr


def test_ids_that_match_no_gold_article_are_questioned():
    stray = json.dumps({"article": {"id": "001_abc"}, "nodes": [], "edges": []})
    result = run(GOLD, "-p", "-", stdin=stray)
    assert result.exit_code == 0
    assert "gold ids look like 's1', predicted ids like '001_abc'" in result.stderr


@pytest.mark.parametrize("args,message", [
    ((), "nothing to score"),
    (("articles/", "-p", "pred.jsonl"), "either PATHs to extract or --predictions"),
])
def test_paths_or_predictions(args, message):
    result = run(GOLD, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_gold_not_found(tmp_path):
    result = run(str(tmp_path / "gold.jsonl"), "-p", str(PRED / "exact.jsonl"))
    assert result.exit_code == 1
    assert "gold file" in result.stderr and "not found" in result.stderr
    assert "ANNOTATION.md" in result.stderr


def test_gold_not_json(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a"}\n{"id": "b"\n', encoding="utf-8")
    result = run(str(gold), "-p", str(PRED / "exact.jsonl"))
    assert result.exit_code == 1
    assert f"{gold}: line 2 is not valid JSON" in result.stderr
    assert "one JSON object per line" in result.stderr


def test_predictions_not_found_or_not_json(tmp_path):
    result = run(GOLD, "-p", str(tmp_path / "pred.jsonl"))
    assert result.exit_code == 1
    assert "no such file" in result.stderr and "govkg extract" in result.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nodes: []\n", encoding="utf-8")
    result = run(GOLD, "-p", str(bad))
    assert result.exit_code == 1
    assert "line 1 is not valid JSON" in result.stderr


def test_help_teaches_with_examples():
    result = run("--help")
    assert result.exit_code == 0
    assert "govkg eval dev/gold.jsonl --predictions pred.jsonl --min persons=0.9" in result.output
    for option in ("--details", "--json", "--min CATEGORY=F1", "--silent", "--predictions"):
        assert option in result.output


# --------------------------------------------------------------------------- extracting PATHs


@pytest.fixture
def fake_extraction(monkeypatch):
    """Stands in for extraction: each article's prediction is exact.jsonl's for its id."""
    by_id = {json.loads(line)["article"]["id"]: json.loads(line)
             for line in (PRED / "exact.jsonl").read_text(encoding="utf-8").splitlines()}
    monkeypatch.setattr("govkg.extract.pipeline.extract_article",
                        lambda article: by_id[article.id])


def test_paths_are_extracted_and_scored(fake_extraction, tmp_path):
    for stem in ("s1", "s2"):
        (tmp_path / f"{stem}.txt").write_text("县长张军主持会议。", "utf-8")
    (tmp_path / "broken.doc").write_bytes(bytes(range(256)))
    paths = [str(tmp_path / name) for name in ("s1.txt", "s2.txt", "broken.doc")]
    result = run(GOLD, *paths, "--json", "--silent")
    assert result.exit_code == 1  # an input could not be read; the others are scored
    assert json.loads(result.stdout)["missing"] == ["s3"]
    assert result.stderr == f"govkg: {paths[2]}: binary file, not text\n"


def test_real_extraction_of_the_seeds():
    articles = sorted(str(p) for p in SEEDS.glob("*.txt"))
    result = run(str(FIXTURES / "gold" / "seeds.jsonl"), *articles, "--json", "--silent")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["articles"] == 5 and out["missing"] == []

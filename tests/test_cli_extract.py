"""``govkg extract`` as a user meets it: output contract, formats, stdin, bad inputs."""

import json
from pathlib import Path

from click.testing import CliRunner

from govkg.cli import cli
from govkg.graph.schema import Label, Rel

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "004_b5e028a742a41c81.txt"


def run(*args, input=None):
    return CliRunner().invoke(cli, ["extract", *args], input=input)


def test_jsonl_follows_the_output_contract():
    result = run(str(SEED))
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    obj = json.loads(line)
    article = obj["article"]
    assert article["id"] == "004_b5e028a742a41c81" and article["date"] == "2022-02-17"
    assert set(article) <= {"id", "title", "date", "source", "url"}
    ids = [n["id"] for n in obj["nodes"]]
    assert len(ids) == len(set(ids))
    assert {n["label"] for n in obj["nodes"]} <= {label.value for label in Label}
    for e in obj["edges"]:
        assert e["type"] in {r.value for r in Rel}
        assert e["source"] in ids and e["target"] in ids
        assert e["evidence"]


def test_table_format_is_readable():
    result = run(str(SEED), "--format", "table")
    assert result.exit_code == 0
    assert "高喜全 holds 书记 of 泽州县委" in result.output
    assert "张军 -CHAIRED->" in result.output


def test_stdin():
    text = "5月28日，城投集团组织召开现场会。集团党委书记、董事长刘景山强调，要抓好落实。"
    result = run("-", input=text.encode("utf-8"))
    assert result.exit_code == 0
    names = {n["name"] for n in json.loads(result.output)["nodes"]}
    assert "刘景山" in names


def test_a_bad_input_does_not_lose_the_others(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(SEED), str(empty), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert len([ln for ln in result.stdout.splitlines() if ln.startswith("{")]) == 1
    assert "empty.txt: empty file" in result.stderr
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.output


def test_help_teaches():
    result = run("--help")
    assert "Examples" in result.output and "evidence" in result.output

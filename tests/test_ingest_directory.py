"""A directory of articles may hold an annotation file beside them (dev/gold.jsonl)."""

import json

from govkg.errors import InputError
from govkg.extract.flow import read_articles


def test_gold_file_beside_articles_is_not_read_as_articles(tmp_path):
    (tmp_path / "a.txt").write_text("县长张军主持会议。", "utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "a", "persons": []}) + "\n", "utf-8")
    items = list(read_articles([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article"]


def test_export_found_in_directory_is_read(tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": "县长张军主持会议。"}) + "\n", "utf-8")
    assert [i.text for i in read_articles([str(tmp_path)])] == ["县长张军主持会议。"]


def test_named_jsonl_without_text_is_an_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a"}) + "\n", "utf-8")
    (item,) = read_articles([str(gold)])
    assert isinstance(item, InputError) and "text" in item.problem

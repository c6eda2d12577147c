"""Traditional to simplified with OpenCC."""

import pytest

from govkg.extract.clean import script
from govkg.extract.clean.script import to_simplified


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("城投集團召開總經理辦公會議", "城投集团召开总经理办公会议"),
        ("縣委書記陸衛東", "县委书记陆卫东"),
        ("鐘山東路", "钟山东路"),
        ("已是简体字", "已是简体字"),
        ("ASCII (09868) 2023-07-05", "ASCII (09868) 2023-07-05"),
        ("", ""),
    ],
)
def test_to_simplified(raw: str, expected: str) -> None:
    text, offsets = to_simplified(raw)
    assert text == expected
    assert offsets.to_original(len(text)) == len(raw)


def test_converter_is_built_once() -> None:
    assert script._converter() is script._converter()


def test_length_changing_conversion_keeps_offsets_inside(monkeypatch) -> None:
    class Widening:
        def convert(self, text: str) -> str:
            return text.replace("乾", "干干")

    monkeypatch.setattr(script, "_converter", lambda: Widening())
    raw = "第一行\n乾隆年间\n第三行"
    text, offsets = to_simplified(raw)
    assert text == "第一行\n干干隆年间\n第三行"
    third = text.index("第三行")
    assert raw[offsets.to_original(third):].startswith("第三行")
    assert all(0 <= offsets.to_original(i) <= len(raw) for i in range(len(text) + 1))

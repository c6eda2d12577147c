"""Where the Neo4j server is: ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE`` and ``NEO4J_DIALECT`` from the environment or, for those not set there, from
a ``.env`` file in the current directory (git-ignored; ``.env.example`` shows its form).
docker-compose.yml reads the same ``.env``, so one password serves both."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from govkg.graph.stores.base import StoreError

DIALECTS = ("auto", "neo4j", "falkordb")


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = "bolt://localhost:7687"
    user: str = "neo4j"
    #: None connects without authentication (FalkorDB's Bolt endpoint)
    password: str | None = None
    #: None is the server's default database
    database: str | None = None
    #: auto asks the server (see cypher.NEO4J_PROBE)
    dialect: str = "auto"


def read_dotenv(path: str | Path) -> dict[str, str]:
    """``KEY=value`` lines; blank lines and ``#`` comments skipped, one pair of matching
    quotes around a value removed. A missing file is an empty one."""
    path = Path(path)
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = (part.strip() for part in line.removeprefix("export ").split("=", 1))
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[key] = value
    return out


def neo4j_settings(env: dict[str, str] | None = None, dotenv: str | Path = ".env"
                   ) -> Neo4jSettings:
    """Settings from ``env`` (default: the process environment) over those in ``dotenv``."""
    values = {**read_dotenv(dotenv), **(os.environ if env is None else env)}
    dialect = values.get("NEO4J_DIALECT") or "auto"
    if dialect not in DIALECTS:
        raise StoreError(f"NEO4J_DIALECT must be one of {', '.join(DIALECTS)}, not {dialect!r}")
    return Neo4jSettings(uri=values.get("NEO4J_URI") or Neo4jSettings.uri,
                         user=values.get("NEO4J_USER") or Neo4jSettings.user,
                         password=values.get("NEO4J_PASSWORD") or None,
                         database=values.get("NEO4J_DATABASE") or None, dialect=dialect)

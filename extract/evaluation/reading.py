"""Reading gold and prediction files: JSON Lines, one object per line, errors that name the
file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from govkg.errors import InputError, json_problem


def parse_jsonl(lines: Iterable[str], source: str) -> list[dict]:
    """JSON objects from JSON Lines text; blank lines are skipped.

    Raises :class:`InputError` naming ``source`` and the line on anything else.

    >>> parse_jsonl(['{"id": "a"}', "", '{"id": "b"}'], "gold.jsonl")
    [{'id': 'a'}, {'id': 'b'}]
    >>> parse_jsonl(['{"id": "a"}', "{oops"], "gold.jsonl")
    Traceback (most recent call last):
    ...
    govkg.errors.InputError: gold.jsonl: line 2 is not valid JSON (expecting property name \
enclosed in double quotes at column 2)
    """
    return [obj for _, obj in _numbered_objects(lines, source)]


def _numbered_objects(lines: Iterable[str], source: str) -> Iterator[tuple[int, dict]]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(source, f"line {n} is {json_problem(e)}") from None
        except RecursionError:
            raise InputError(source, f"line {n} is not valid JSON (nested too deeply)") from None
        if not isinstance(obj, dict):
            raise InputError(source, f"line {n} is a JSON {type(obj).__name__}, "
                                     "not an object (one object per line)")
        yield n, obj


def _read_lines(path: str) -> list[str]:
    try:
        # utf-8-sig: a byte-order mark from an editor should not make line 1 "not JSON".
        with open(path, encoding="utf-8-sig") as f:
            return f.readlines()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a JSON Lines file") from None
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text (byte {e.start}); save it as UTF-8") from None
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None


def read_jsonl(path: str) -> list[dict]:
    """The objects of a JSON Lines file (predictions, for instance); see :func:`parse_jsonl`."""
    return parse_jsonl(_read_lines(path), path)


def read_gold(path: str) -> list[dict]:
    """The gold articles of a gold file: one object per line, each with a string ``id``.

    Raises :class:`InputError` with the file and line when a line is not such an object.
    """
    gold = []
    for n, obj in _numbered_objects(_read_lines(path), path):
        if not isinstance(obj.get("id"), str):
            raise InputError(path, f'line {n} has no "id"; is this a gold file?')
        gold.append(obj)
    return gold


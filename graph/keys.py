"""Keys that identify an entity across articles, one small rule per label. Two per-article
nodes with a key in common are one entity; ids are hashed from the smallest key of each.

- a place is its division code (泽州 and 泽州县 are one; 朝阳区 of Beijing and of Changchun
  two); a place the division table cannot place is its name within the article's county;
- a body is its canonical name in its jurisdiction: 县委 in a Zezhou article, 泽州县委 and
  中共泽州县委 are one; 市建设局 in a Xiamen article is not that of another city; a national
  body (国务院, 商务部) is one everywhere;
- a post is its title in its body; a project its name in its place; a meeting its date, its
  convening body (or venue, or the article's place) and its name without prefixes such as 全市.
"""

from __future__ import annotations

import re

from govkg.extract.lexicon import words
from govkg.extract.resolve import project_key
from govkg.graph.scope import LEVEL_CHARS, ArticleScope

_NATIONAL = re.compile(r"^(?:中共中央|中央|国务院|国家|全国|最高人民)")
#: Words that name no body in particular: they never tie two bodies together.
_GENERIC = words("org_generic.txt") | frozenset(
    "党委 党组 纪委 工会 政府 人民政府 集团 公司 集团公司 局 委 办 中心".split())
_MEETING_PREFIX = re.compile(
    r"^(?:全[省市县区州旗镇乡]|\d{4}年(?:度)?|[省市县区州旗镇乡](?=委|政府|人大|政协))+")


def canonical_body(name: str) -> str:
    """One spelling for the ways a body's name is written.

    >>> canonical_body("中共沂南县委员会") == canonical_body("沂南县委")
    True
    >>> canonical_body("沂南县人民政府"), canonical_body("湖北交投集团有限公司")
    ('沂南县政府', '湖北交投集团')
    """
    n = re.sub(r"\s+", "", name).removeprefix("中国共产党").removeprefix("中共")
    n = re.sub(r"新一届|第?[一二三四五六七八九十]+届", "", n)
    n = n.replace("人民代表大会常务委员会", "人大常委会").replace("人民政府", "政府")
    n = re.sub(r"政治协商会议(?:.{0,8})委员会$", "政协", n)
    n = re.sub(r"([省市县区州旗盟])委员会$", r"\1委", n)
    n = re.sub(r"(?<=集团)(?:股份)?有限(?:责任)?公司$", "", n)
    return n


def body_keys(names: list[str], scope: ArticleScope) -> list[str]:
    """The keys of one body from every name it is written with in one article."""
    keys = []
    for name in names:
        n = canonical_body(name)
        if not n or n in _GENERIC:
            continue
        if _NATIONAL.match(n) or n in _national():
            keys.append(f"body:national:{n}")
            continue
        placed = scope.place_prefix(n)
        while placed and placed[1]:
            deeper = scope.place_prefix(placed[1])  # 晋城市泽州县委: the county's
            if not (deeper and deeper[1]):
                break
            placed = deeper
        if placed and placed[1]:
            code, rest = placed
            keys.append(f"body:{code}:{_drop_level(rest)}")
        elif n[:1] in LEVEL_CHARS and len(n) > 1:
            keys.append(f"body:{scope.for_bare(n)}:{_drop_level(n[1:])}")
        else:
            keys.append(f"body:{scope.home()}:{n}")
    return keys


def _drop_level(rest: str) -> str:
    # 沂南县 + 县委 and 县委 alone both leave 委; 晋城市 + 市委 likewise
    return rest[1:] if rest[:1] in LEVEL_CHARS and len(rest) > 1 and rest[1:2] in "委政人" \
        else rest


def _national() -> frozenset[str]:
    return words("national_bodies.txt")


def place_key(name: str, code: str | None, scope: ArticleScope) -> str:
    """A place by its division code, else by its name in the article's narrowest division."""
    return f"place:{code}" if code else f"place:{scope.home()}:{name}"


def post_key(title: str, body_id: str | None, scope: ArticleScope) -> str:
    return f"post:{body_id}:{title}" if body_id else f"post:{scope.home()}:{title}"


def project_key_of(name: str, place_id: str | None, scope: ArticleScope) -> str:
    return f"project:{place_id or scope.home()}:{project_key(name)}"


def meeting_name(name: str) -> str:
    """A meeting's name without the prefixes two outlets write differently.

    >>> meeting_name("全市安全生产工作会议") == meeting_name("安全生产工作会议")
    True
    """
    return _MEETING_PREFIX.sub("", re.sub(r"\s+", "", name)) or name


def meeting_key(name: str, date: str | None, anchor: str | None, article: str,
                local_id: str) -> str:
    """A dated meeting with a known convener, venue or place is one across articles; an
    undated one stays in its article."""
    if date and anchor:
        return f"meeting:{date}:{anchor}:{meeting_name(name)}"
    return f"meeting:article:{article}:{local_id}"

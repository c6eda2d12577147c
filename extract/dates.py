"""Dates written in a sentence, resolved against the article's publication date.

A date without a year takes the article's year (the year before when that would put the
event more than a month after publication); 昨日/昨天 count back from publication; 同日
refers to the date before it; anything unresolvable stays ``None``, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,4}|[〇零一二两三四五六七八九十]{1,4})"
DATE_RE = re.compile(
    rf"(?:(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?(?P<m>{_NUM})月(?P<d>{_NUM})[日号]"
    r"|(?<![月\d〇零一二两三四五六七八九十])(?P<dd>\d{1,2})日(?=[上下中晚，,]|上午|下午)"
    r"|(?P<rel>昨天|昨日|前天|今天|今日)"
    r"|(?P<same>同日|当日|当天)"
)


def cn_number(text: str) -> int | None:
    """Arabic or Chinese numerals up to 9999.

    >>> cn_number("12"), cn_number("十二"), cn_number("二十八"), cn_number("二〇二一")
    (12, 12, 28, 2021)
    """
    if text.isdigit():
        return int(text)
    if "十" not in text:
        digits = [_CN_DIGITS.get(c) for c in text]
        if None in digits:
            return None
        return int("".join(str(d) for d in digits))
    tens, _, ones = text.partition("十")
    t = _CN_DIGITS.get(tens, None) if tens else 1
    o = _CN_DIGITS.get(ones, None) if ones else 0
    if t is None or o is None:
        return None
    return t * 10 + o


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD, or None when it cannot be resolved


def find_dates(sentence: str, published: date | None, previous: str | None) -> list[DateMention]:
    """Day-level dates in ``sentence``; ``previous`` is the last date resolved before it.

    >>> [d.value for d in find_dates("5月28日，集团召开会议", date(2025, 5, 29), None)]
    ['2025-05-28']
    >>> [d.value for d in find_dates("昨天下午签约", date(2017, 12, 3), None)]
    ['2017-12-02']
    >>> [d.value for d in find_dates("同日，召开调度会", None, "2021-08-04")]
    ['2021-08-04']
    >>> [d.value for d in find_dates("12月26日，召开会议", None, None)]
    [None]
    >>> [d.value for d in find_dates("12日上午，召开会议", date(2023, 5, 13), None)]
    ['2023-05-12']
    """
    out: list[DateMention] = []
    for m in DATE_RE.finditer(sentence):
        value: str | None = None
        if m.group("rel"):
            if published:
                back = {"昨天": 1, "昨日": 1, "前天": 2}.get(m.group("rel"), 0)
                value = (published - timedelta(days=back)).isoformat()
        elif m.group("same"):
            value = previous
        elif m.group("dd"):
            value = _day_only(int(m.group("dd")), published, previous)
        else:
            value = _resolve(m.group("y"), m.group("m"), m.group("d"), published)
        out.append(DateMention(m.start(), m.end(), m.group(), value))
        if value:
            previous = value
    return out


def _day_only(day: int, published: date | None, previous: str | None) -> str | None:
    """``12日上午`` means the 12th of the month being reported: the month of the date before
    it, or else of publication (the month before when the 12th is still to come)."""
    ref = parse_iso(previous) or published
    if ref is None:
        return None
    year, month = ref.year, ref.month
    if ref is published and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve(y: str | None, m: str, d: str, published: date | None) -> str | None:
    month, day = cn_number(m), cn_number(d)
    if month is None or day is None:
        return None
    if y:
        year = cn_number(y)
    elif published:
        year = published.year
    else:
        return None
    if year is None:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    if not y and published and when - published > timedelta(days=31):
        try:  # a December meeting reported in January
            when = date(year - 1, month, day)
        except ValueError:
            return None
    return when.isoformat()

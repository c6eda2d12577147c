"""Where a personal name starts and ends.

Chinese text has no spaces: after ``县委书记`` the name runs on into the verb
(``高喜全出席``). A name starts with a surname and is two to four characters long; its end is
where a delimiter, a word that typically follows a name (出席, 主持, 同志, 一行) or a function
word (在, 等, 和) begins. Transliterated names (达布希拉图, 艾尔肯·吐尼亚孜) run to the next
delimiter.
"""

from __future__ import annotations

import re

from govkg.extract.lexicon import Lexicon, alternation, lexicon, words
from govkg.extract.tokenizer import word_tags

#: Words that follow a name directly (lexicons/name_followers.txt).
STRONG_FOLLOWERS = words("name_followers.txt")
#: Single characters that may follow a name: 在 (张军在主持会议时), 等, 和, 及, 对, 就 ...
WEAK_FOLLOWERS = frozenset("在等和与及对就为是向同于到从把将以")
DELIMITERS = frozenset("，。、：；！？,.;:!?（(“\"’'《》”)）【】[] \n—…")
#: A name's last character is rarely the first of a following word: drop 张军在 for 张军.
UNLIKELY_FINAL = WEAK_FOLLOWERS | frozenset(w[0] for w in STRONG_FOLLOWERS)
CJK = re.compile(r"[\u3400-\u9fff]+$")
MINORITY = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})?")
_FOLLOWER_RE = re.compile(alternation(STRONG_FOLLOWERS))

#: Words shaped like a name that are none (lexicons/not_names.txt).
NOT_NAMES = words("not_names.txt")


def follower_kind(text: str, pos: int) -> str | None:
    """What starts at ``pos``: 'end' (text ends), 'delim', 'strong' or 'weak' follower."""
    if pos >= len(text):
        return "end"
    c = text[pos]
    if c in DELIMITERS:
        return "delim"
    if _FOLLOWER_RE.match(text, pos):
        return "strong"
    if c in WEAK_FOLLOWERS:
        return "weak"
    return None


def surname_length(text: str, pos: int, lex: Lexicon | None = None) -> int:
    lex = lex or lexicon()
    if text[pos : pos + 2] in lex.compound_surnames:
        return 2
    if pos < len(text) and text[pos] in lex.surnames:
        return 1
    return 0


def plausible(name: str, strong: bool) -> bool:
    """Reject ordinary words of a name's shape (单位, 候选人): jieba's dictionary knows them."""
    if name in NOT_NAMES or not CJK.match(name) or "某" in name:
        return False  # 王某某 is a placeholder
    tagged = word_tags().get(name)
    if tagged is None:
        return True
    freq, tag = tagged
    if tag.startswith("nr"):
        return True
    return freq < (500 if strong else 50)


def parse_name(text: str, pos: int, *, strong: bool = True, guess: bool = True
               ) -> tuple[str, int] | None:
    """The personal name starting at ``pos``, as ``(name, end)``, or ``None``.

    ``strong`` says a title stands right before ``pos``, which is good evidence of a name.

    >>> parse_name("县委书记高喜全出席会议", 4)
    ('高喜全', 7)
    >>> parse_name("县长张军在主持会议时要求", 2)
    ('张军', 4)
    >>> parse_name("关长达布希拉图、政府副旗长", 2)
    ('达布希拉图', 7)
    >>> parse_name("候选人，", 0) is None
    True
    """
    m = MINORITY.match(text, pos)
    if m:
        translit = words("translit_chars.txt")
        dot = text.index("·", pos)
        end = dot + 1
        while end < m.end() and text[end] in translit:
            end += 1
        if end - dot > 2 and follower_kind(text, end):
            return text[pos:end], end  # 艾克拜尔·吐尔逊|深入佳木镇
        # the longest reading that a role verb or delimiter follows: 买买提|出席, not 买买|提出
        dot = text.index("·", pos)
        ends = range(m.end(), dot + 1, -1)
        for end in ends:
            if follower_kind(text, end) in ("delim", "strong"):
                return text[pos:end], end
        return text[pos : m.end()], m.end()
    sl = surname_length(text, pos)
    if strong:
        translit = _transliterated(text, pos)
        if translit and (not sl or len(translit[0]) > 3):
            return translit
    if not sl:
        return None
    found: list[tuple[int, str]] = []
    for length in range(sl + 1, sl + 3 if sl == 1 else sl + 3):
        end = pos + length
        if end > len(text):
            break
        kind = follower_kind(text, end)
        if kind and CJK.match(text[pos:end]):
            found.append((length, kind))
    if found and len(found) > 1:
        kept = [(n, k) for n, k in found if text[pos + n - 1] not in UNLIKELY_FINAL]
        found = kept or found
        rank = {"end": 0, "delim": 0, "strong": 1, "weak": 2}
        found.sort(key=lambda x: (rank[x[1]], -x[0]))
    if not found:
        # Transliterated names (Mongolian, Tibetan, Uyghur) run on to the next delimiter.
        for length in (4, 5):
            end = pos + length
            if end <= len(text) and follower_kind(text, end) in ("end", "delim"):
                name = text[pos:end]
                if strong and plausible(name, strong) and no_title_inside(name):
                    return name, end
        return _segmented_name(text, pos, sl) if strong and guess else None
    length = found[0][0]
    name = text[pos : pos + length]
    if not plausible(name, strong) or not no_title_inside(name):
        return None
    return name, pos + length


def _transliterated(text: str, pos: int) -> tuple[str, int] | None:
    """宝音德力格尔, 朝鲁门: three to six transliteration characters up to a role verb or
    delimiter (a Mongolian or Tibetan name has no surname)."""
    chars = words("translit_chars.txt")
    end = pos
    while end < len(text) and end - pos < 6 and text[end] in chars:
        end += 1
    for stop in range(end, pos + 2, -1):
        kind = follower_kind(text, stop)
        if (kind in ("delim", "strong", "end") or (kind == "weak" and text[stop] in "等及和与"))\
                and plausible(text[pos:stop], strong=True):
            return text[pos:stop], stop
    return None


def _segmented_name(text: str, pos: int, sl: int) -> tuple[str, int] | None:
    """Fallback when no known word follows: let jieba's HMM find the name's end."""
    from govkg.extract.tokenizer import cut

    tokens = cut(text[pos : pos + 8])
    if not tokens:
        return None
    first = tokens[0]
    if len(first) == sl and len(tokens) > 2 and 1 <= len(tokens[1]) <= 2:
        freq, tag = word_tags().get(tokens[1], (0, "x"))
        if tag[:1] not in ("v", "p", "c", "u", "d", "r") or freq < 1000:
            first += tokens[1]
    if sl < len(first) <= sl + 2 and CJK.match(first) and plausible(first, True) and \
            no_title_inside(first):
        return first, pos + len(first)
    return None


_PLACE_OR_BODY_ENDS = tuple("局委办会部处组村镇县市区省州旗乡")


def no_title_inside(name: str) -> bool:
    lex = lexicon()
    return not lex.title_re.search(name) and not name.endswith(_PLACE_OR_BODY_ENDS)

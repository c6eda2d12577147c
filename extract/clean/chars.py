"""Character classes shared by the cleaning steps, as regex fragments."""

from __future__ import annotations

# Han ideographs: extension A, the basic block, compatibility ideographs and the
# supplementary planes where rare name characters live.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

# Chinese punctuation and quotes: a space next to one of these is layout, not a word gap.
CJK_PUNCT = "，。、：；！？“”‘’《》〈〉「」『』【】（）〔〕—…·～"

# Vowels with tone marks (and ü) that mark a pinyin syllable as opposed to plain ASCII.
TONE_VOWELS = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ"

PINYIN_LETTERS = "a-zü" + TONE_VOWELS

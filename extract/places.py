"""Place mentions in governance news: administrative divisions, townships, villages, named areas.

Three passes over a text, each leaving the spans of the earlier ones alone:

1. Divisions by lexicon. An Aho-Corasick automaton holds every province, prefecture and county
   (``lexicons/divisions.tsv``, generated from cpca) with its full name, its short form and the
   hand-kept renames and abbreviations of ``lexicons/places_extra.tsv``. Full names, aliases
   and short forms followed by an administrative suffix (``楚雄州``, ``禄丰市``) are taken as they
   are, leftmost-longest.
2. Townships, villages and named areas by pattern: ``北石店镇``, ``双钱村``, ``何厝片区``,
   ``丹河新城``, ``高新区`` - names no list could hold.
3. Bare short forms (``嵊州``, ``泽州``, ``济源``), the risky part: many are ordinary words
   (``和平``, ``公安``, ``资源``) or start longer words (``长安街``, ``钟山东路``). They are taken
   only when not on a stop list, not a road name, not right after a title (a person's name:
   ``书记兴安主持``), and when a jieba segmentation of a small window around them puts word
   boundaries at both ends.

Usage::

    lex = default_lexicon()
    for m in lex.find(text): ...          # PlaceMention(start, end, surface, name, level, ...)
    [d.name for d in lex.parents("安源区")]  # ['萍乡市', '江西省']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from govkg.extract.tokenizer import cut, word_tags

if TYPE_CHECKING:  # pragma: no cover
    pass

LEVEL_RANK = {"province": 0, "city": 1, "county": 2}

_FULL, _ALIAS, _FORMER, _SHORT = "full", "alias", "former", "short"


@dataclass(frozen=True)
class Division:
    """One administrative unit down to county level."""

    code: str  # 12-digit adcode
    name: str  # full name: 安源区, 楚雄彝族自治州
    level: str  # province | city | county
    parent_code: str  # '' for provinces
    short: str  # name without its generic suffix, '' when none (泸县)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text. ``surface`` is ``text[start:end]`` as written."""

    start: int
    end: int
    surface: str
    name: str  # canonical: the division's full name, else the surface (北石店镇, 何厝片区)
    level: str  # province | city | county | township | village | area
    code: str | None  # adcode, None for townships/areas and unresolved ambiguous names
    parent: str | None  # parent division's name, or the place written just before a township
    short: bool  # matched by a short form or abbreviation, not the full name
    candidates: tuple[str, ...] = ()  # adcodes the surface could mean, when more than one


# --- word lists -------------------------------------------------------------------------
# Short forms that are ordinary words, or far more often mean something else in governance
# prose (公安 = police, 资源 = resources, 大兴 = "vigorously", 会同 = "together with", 全州 =
# "the whole prefecture"), or personal names seen next to titles (兴安). The division is still
# found by its full name (公安县), only the bare short form is refused. Chosen by reading the
# short forms that jieba's dictionary lists as common non-place words, and the place-tagged ones
# that mostly name something else: a lake (太湖), sea (南海), mountain (庐山), dynasty (西夏),
# region (中原) or thing (商城 "mall", 路桥 "roads and bridges", 沿河 "along the river").
STOP_SHORTS = frozenset(
    """
    和平 新华 人民 城关 白云 太平 永安 东方 新城 龙华 宝山 朝阳 红旗 向阳 平安 长安 南部 市中
    兴安 资源 合作 武功 平原 比如 江南 解放 前进 港口 公安 友好 通道 共和 城中 友谊 中方 凤凰
    安定 延长 新兴 运河 万年 东风 光泽 南岸 城北 城东 城西 会同 工农 大名 富裕 清水 高明 前锋
    复兴 长子 平定 宏伟 芙蓉 洞口 阿里 太和 温泉 振兴 三元 大方 互助 威信 莲花 平和 六合
    黄龙 全州 桃源 三门 大观 二七 台前 金山 石棉 丰满 双桥 高台 九龙 二道 无为 民权 小店
    同心 宝塔 元宝 平房 太白 灯塔 大兴 木兰 天涯 七星 海棠 来宾 博爱 同仁 回民 钟楼 江岸
    盘龙 马尾 红星 方正 黑水 安居 龙凤 鼓楼 麒麟 海盐 新民 灵台 富民 清流 水城 紫金 老城
    爱民 惠民 民和 和顺 上高 孝义 云霄 天台 开化 白沙 天元 玉泉 天柱 民乐 阳春 铜鼓 兴业
    大厂 盐池 大安 金牛 三台 路南 路北 白塔 磐石 万全 石鼓 官渡 白水 梨树 大田 双塔 大化
    康乐 鸡冠 大悟 凌云 天长 双峰 平顺 五常 乐业 仁和 盐田 牧野 未央 城厢 金水 东宝 惠农
    西工 卫东 久治 新建 光明 吉利 河口 青山 南山 西湖 泰山 河东 河西 桥东 桥西 铁东 铁西
    江北 江城 大通 安宁 清河 龙山 东山 东安 云龙 新区 矿区 郊区 城区 东区 西区 南区 北区
    中区 开发 发展 安全 东港 古城 新市 站前 胜利 建设 团结 红山 青年 建安 清新 名山 白玉 新星
    安康 中原 南海 东湖 江汉 南湖 商城 江山 西夏 甘泉 东海 龙门 恒山 天山 故城 武陵 天桥 太湖
    西山 牡丹 滨海 东坡 海港 沙河 江东 泰来 沿河 庐山 衡山 路桥 兴国 长寿 兴隆 花山 江海 南郊
    上街 南城 山城 三山 三江 卧龙 湖滨 江口 白河 临江 龙潭 千山 盐湖 青龙 龙城
    """.split()
)

# Full names that are also everyday words (城区 "urban area", 老城区 "old town"): only taken
# when their parent is written right before them (晋城市城区, 洛阳市老城区).
CONTEXT_ONLY = frozenset(
    "城区 郊区 矿区 东区 西区 新城区 老城区 新市区 城中区 城东区 城西区 城北区 港口区 新兴区 "
    "解放区 站前区".split()
)

# A short form followed by one of these is a full name with its suffix written differently:
# 楚雄州 (自治州), 本溪县 (自治县), 禄丰市 (a county renamed after the lexicon's vintage).
_EXT_SUFFIXES = "市县区州盟旗省"
# ...unless suffix + next character is a word of its own: 苏州市场 is Suzhou's market.
_EXT_BLOCKERS = frozenset({"区域", "市场", "县域"})

# Words right before a bare short form that make it a person's name (旗委书记兴安主持).
_TITLE_BEFORE = re.compile(
    r"(?:书记|市长|县长|区长|旗长|州长|盟长|省长|镇长|乡长|主任|主席|局长|部长|厅长|处长|科长|"
    r"委员|常委|经理|董事长|总裁|校长|院长|秘书长|记者|通讯员|编辑|同志|总指挥|指挥|组长|关长|"
    r"[长员任席理记委监官师])$"
)
# Common single-character surnames, without those that are also prepositions or conjunctions
# (于, 向, 和, 从, 同): "于兰州召开" is a place after a preposition, not 于兰州 the person.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔汤易常温康施文牛樊葛邢安齐伍庞颜倪"
)
# Road and landmark endings: 钟山东路, 龙城大道, 长安街 are not 钟山县, 龙城区, 长安区.
_ROAD_AFTER = re.compile(r"[东西南北中]?(?:路|街|大道|大街|巷|胡同|桥|广场|公园|大厦|花园|小区)")

# --- townships and villages -------------------------------------------------------------
_CJK = "\u4e00-\u9fff"
_TOWN_SUFFIX = re.compile("街道|苏木|社区|镇|乡|村")
_TOWN_LEVEL = {"街道": "township", "苏木": "township", "镇": "township", "乡": "township",
               "村": "village", "社区": "village"}
# Words after which a township name may start (besides punctuation, 、 and a place name).
_TOWN_LEFT = re.compile(
    r"(?:到|在|赴|至|往|去|从|于|和|与|及|了|对|的|深入|来到|前往|走进|走访|调研|察看|视察|考察|"
    r"参观|慰问|驻|位于|地处|落户|包括|涉及|联系|挂钩|帮扶|结对|对口|共建|覆盖|抵达|进入|县|区|"
    r"市|旗|州|盟)$"
)
# Matches that are generic words, not names.
_TOWN_STOP = frozenset(
    "城镇 乡镇 小镇 村镇 集镇 农村 乡村 山村 新村 城乡 村村 两村 美丽乡村 新农村 城中村 特色小镇 "
    "小城镇 重点镇 中心镇 中心村 行政村 自然村 贫困村 示范村 试点村 重点村 文明村 先进村 "
    "城市社区 农村社区 和谐社区 智慧社区 新型社区 城市街道 主要街道 家乡 故乡 水乡 城郊乡 "
    "少数民族乡 民族乡 古镇".split()
)
# A name does not start with a determiner (各乡镇, 全镇, 本村, 该社区) ...
_TOWN_BAD_FIRST = frozenset("各全本该每其此这那我某诸邻同")
# ... nor contain function words (你的家乡, 300人的小村) ...
_TOWN_BAD_CHARS = frozenset("的了是之在把被将于也都还并而或着过要会就又再局委办厅院部所站司处组队")
# ... nor be cut across a word (住房和城|乡, 美丽乡|村) ...
_TOWN_CROSS_WORDS = frozenset(
    "城乡 乡村 乡镇 城镇 农村 小镇 水乡 家乡 故乡 老乡 同乡 下乡 返乡".split()
)
# ... nor end its stem on a generic modifier (美丽乡|村, 示范|村, 竹林水|乡, 特色小|镇).
_TOWN_GENERIC_HEADS = tuple(
    "示范 试点 重点 贫困 行政 自然 中心 特色 文明 先进 典型 美丽 和美 宜居 生态 旅游 明星 专业 "
    "空心 边境 传统 城中 城郊 城乡 农村 新型 和谐 智慧 数字 未来 老旧 城市 主要 周边 附近 所在 "
    "相关 沿线 民族 新农 全国 省级 市级 县级 国家级 脱贫 搬迁 安置 移民 集中 乡 小 水 古".split()
)

# --- named areas ------------------------------------------------------------------------
_AREA_RE = re.compile(
    "高新技术产业开发区|经济技术开发区|工业园区|产业园区|科技园区|高新区|经开区|开发区|保税区|"
    "自贸区|度假区|示范区|工业园|产业园|科技园|口岸|片区|新城|新区|园区"
)
# Areas that name one place even with nothing before them ("为高新区的建设").
_AREA_BARE_OK = frozenset(
    "高新区 经开区 开发区 保税区 自贸区 工业园区 产业园区 高新技术产业开发区 经济技术开发区".split()
)
_AREA_MAX_PREFIX = 6
# The prefix of an area stops at these tokens: function words, verbs, determiners and
# modifiers that describe rather than name (现代化新城, 推动西部片区 -> 西部片区).
_AREA_STOP_TOKENS = frozenset(
    """
    的 在 了 和 与 及 等 对 到 是 为 把 被 将 向 从 以 于 也 都 还 并 而 或 着 过 要 会 就 之 该
    本 各 全 每 这 那 我 此 一个 两个 多个 整个 各个 一批 以及 建设 打造 推进 推动 带动
    促进 加快 围绕 聚焦 位于 落户 入驻 进驻 考察 调研 观摩 参观 视察 走访 来到 深入 前往 实地
    查看 检查 服务 支持 规划 开发 发展 实施 启动 完成 汇报 介绍 反映 提升 重视 关注 助力 融入
    对接 辐射 覆盖 包括 涉及 进入 抵达 成立 设立 获批 批复 申报 现代化 国际化 生态 宜居 智慧
    美丽 全新 高品质 高质量 高标准 一流 特色 综合 重点 主要 相关 周边 国家级 省级 市级 县级
    """.split()
)
_AREA_ADMIN_HEADS = frozenset("县市区州旗镇乡省")

_NOT_CJK = re.compile(rf"[^{_CJK}]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    # full | alias | former | short (嵊州 of 嵊州市场) | ext (楚雄州) | bare | context (城区)
    # | town:<level> | area
    kind: str
    codes: tuple[str, ...]


class PlaceLexicon:
    """The division table, its automaton and the matcher. Build once: ``default_lexicon()``."""

    def __init__(self, divisions: Iterable[Division], aliases: dict[str, list[tuple[str, str]]]):
        import ahocorasick

        self._by_code: dict[str, Division] = {d.code: d for d in divisions}
        # surface -> [(code, kind)], kind one of full/alias/former/short
        self._surfaces: dict[str, list[tuple[str, str]]] = {}
        for d in self._by_code.values():
            self._add(d.name, d.code, _FULL)
            if d.short:
                self._add(d.short, d.code, _SHORT)
        for surface, targets in aliases.items():
            for code, kind in targets:
                if code in self._by_code:
                    self._add(surface, code, kind)
        self._automaton = ahocorasick.Automaton()
        for surface in self._surfaces:
            self._automaton.add_word(surface, surface)
        self._automaton.make_automaton()

    def _add(self, surface: str, code: str, kind: str) -> None:
        entries = self._surfaces.setdefault(surface, [])
        if (code, kind) not in entries:
            entries.append((code, kind))

    # --- lookups --------------------------------------------------------------------------
    def division(self, code: str) -> Division | None:
        """The division with this adcode (6 or 12 digits)."""
        return self._by_code.get(code.ljust(12, "0") if code.isdigit() else code)

    def lookup(self, name: str) -> list[Division]:
        """Divisions a written name can mean: full names and aliases first, then short forms."""
        entries = self._surfaces.get(name, [])
        strong = [c for c, k in entries if k != _SHORT]
        codes = strong or [c for c, _ in entries]
        return [self._by_code[c] for c in dict.fromkeys(codes)]

    def parents(self, name_or_code: str) -> list[Division]:
        """Ancestors from the nearest up to the province (安源区 -> [萍乡市, 江西省]).

        An ambiguous name (朝阳区 is in Beijing and Changchun) gives [] - pass the code.
        """
        div = self.division(name_or_code) if name_or_code.isdigit() else None
        if div is None:
            found = self.lookup(name_or_code)
            if len(found) != 1:
                return []
            div = found[0]
        chain = []
        while div.parent_code and div.parent_code in self._by_code:
            div = self._by_code[div.parent_code]
            chain.append(div)
        return chain

    def _ancestors(self, code: str) -> set[str]:
        out = set()
        div = self._by_code.get(code)
        while div is not None and div.parent_code:
            out.add(div.parent_code)
            div = self._by_code.get(div.parent_code)
        return out

    # --- matching -------------------------------------------------------------------------
    def find(self, text: str) -> list[PlaceMention]:
        """Non-overlapping place mentions in ``text``, in order."""
        strong, bare = self._lexicon_candidates(text)
        taken = _Taken(len(text))
        chosen = _leftmost_longest([c for c in strong if c.kind != "context"], taken)
        chosen = self._context_only(chosen, strong + bare, taken)
        div_ends = {c.end for c in chosen}

        towns = self._town_candidates(text, taken, div_ends)
        with_towns = taken.copy()
        for t in towns:
            with_towns.add(t.start, t.end)
        areas = self._area_candidates(text, with_towns)
        patterns = _leftmost_longest(towns + areas, taken)

        bare = [c for c in bare if taken.free(c.start, c.end)]
        bare = [c for c in _leftmost_longest(bare, _Taken(len(text))) if self._bare_ok(text, c)]
        # 促进文昌镇的...: a county's short form + 镇 is a township of that name
        towns = [self._as_town(text, c) for c in bare]
        patterns = sorted(patterns + [t for t in towns if t], key=lambda c: c.start)
        bare = [c for c, t in zip(bare, towns, strict=True) if t is None]
        return self._mentions(text, chosen + bare, patterns)

    def _lexicon_candidates(self, text: str) -> tuple[list[_Cand], list[_Cand]]:
        """Strong candidates (full names, aliases, short + suffix) and bare short forms."""
        strong: list[_Cand] = []
        bare: list[_Cand] = []
        for end_index, surface in self._automaton.iter(text):
            start, end = end_index - len(surface) + 1, end_index + 1
            entries = self._surfaces[surface]
            named = tuple(dict.fromkeys(c for c, k in entries if k != _SHORT))
            shorts = tuple(dict.fromkeys(c for c, k in entries if k == _SHORT))
            if named:
                cand = self._named(text, start, end, surface, named, entries)
                if cand:
                    strong.append(cand)
            if shorts:
                ext = self._extension(text, start, end, shorts, surface in STOP_SHORTS)
                if ext:
                    strong.append(ext)
                elif not named and surface not in STOP_SHORTS:
                    bare.append(_Cand(start, end, "bare", shorts))
        return strong, bare

    def _named(
        self,
        text: str,
        start: int,
        end: int,
        surface: str,
        codes: tuple[str, ...],
        entries: list[tuple[str, str]],
    ) -> _Cand | None:
        """A full name or alias found at start:end, unless the context says it is none."""
        nxt = text[end : end + 1]
        if surface in CONTEXT_ONLY:
            return _Cand(start, end, "context", codes)
        if surface.endswith("区") and nxt == "域":
            return None  # 某某区域 is "the 某某 area", not a district
        if surface.endswith("市") and nxt == "场" and len(surface) > 2:
            return _Cand(start, end - 1, _SHORT, codes)  # 嵊州市场监管局: 嵊州 + 市场
        # 各项城市 holds 项城市, 任县长 holds 任县, 新县城 holds 新县: short names must be words
        if len(surface) <= 3 and not self._word_edges(text, start, end, len(surface) == 2):
            return None
        kind = next(k for _, k in entries if k != _SHORT)
        return _Cand(start, end, kind, codes)

    def _extension(
        self, text: str, start: int, end: int, codes: tuple[str, ...], stop: bool
    ) -> _Cand | None:
        """A short form + administrative suffix (楚雄州, 禄丰市) as one strong candidate.

        A stop-listed short form only takes the suffix of its autonomous unit (互助县 for
        互助土族自治县): 会同区局 is "together with the district bureau", not a 会同区.
        """
        suffix = text[end : end + 1]
        if not suffix or suffix not in _EXT_SUFFIXES:
            return None
        if text[end : end + 2] in _EXT_BLOCKERS or text[start : end + 1] in self._surfaces:
            return None
        fits = []
        for code in codes:
            div = self._by_code[code]
            generic = div.name[len(div.short) :]
            if generic.endswith(suffix) and (generic.startswith("自治") or "族" in generic
                                             or generic in ("地区", "林区", "特区", "新区")):
                fits.append(code)  # 楚雄州 for 楚雄彝族自治州, 本溪县 for 本溪满族自治县
            elif (
                not stop
                and div.level == "county"
                and suffix in "县区市"
                and generic in "县区市"
                and text[end - 1 : end + 1] != "新区"  # 雄安新区 holds no 安新区
            ):
                fits.append(code)  # 禄丰县 written 禄丰市: renamed since the lexicon's vintage
        if not fits:
            return None
        return _Cand(start, end + 1, "ext", tuple(fits))

    def _context_only(self, chosen: list[_Cand], cands: list[_Cand], taken: _Taken) -> list[_Cand]:
        """Add 城区-like names whose parent is written right before them (晋城市城区)."""
        ends: dict[int, set[str]] = {}
        for c in cands:
            if c.kind != "context":
                ends.setdefault(c.end, set()).update(c.codes)
        out = list(chosen)
        for c in cands:
            if c.kind != "context" or not taken.free(c.start, c.end):
                continue
            before = ends.get(c.start, set())
            fits = tuple(code for code in c.codes if self._by_code[code].parent_code in before)
            if fits:
                out.append(_Cand(c.start, c.end, _FULL, fits))
                taken.add(c.start, c.end)
        return sorted(out, key=lambda c: c.start)

    def _town_candidates(
        self, text: str, taken: _Taken, div_ends: set[int]
    ) -> list[_Cand]:
        """Townships and villages: 2-4 characters + 镇/乡/街道/苏木/村/社区 at a word start."""
        out: list[_Cand] = []
        starts_done: set[int] = set()
        town_ends: set[int] = set()
        for m in _TOWN_SUFFIX.finditer(text):
            q = m.start()
            for length in (2, 3, 4):  # shortest stem first: 三湾村村产业 is 三湾村
                j = q - length
                if j < 0 or j in starts_done:
                    continue
                stem = text[j:q]
                if _NOT_CJK.search(stem) or not taken.free(j, m.end()):
                    continue
                if not (j in div_ends or j in town_ends or self._town_start(text, j)):
                    continue
                surface = text[j : m.end()]
                if not self._town_ok(text, j, stem, surface):
                    continue
                starts_done.add(j)
                end, level = m.end(), _TOWN_LEVEL[m.group()]
                more = _TOWN_SUFFIX.match(text, end)
                if more and more.group() != "村":  # 中关村街道 is one name, not 中关村 + 街道
                    end, level = more.end(), _TOWN_LEVEL[more.group()]
                out.append(_Cand(j, end, "town:" + level, ()))
                town_ends.add(end)
                break
        return out

    def _town_ok(self, text: str, j: int, stem: str, surface: str) -> bool:
        """Is ``surface`` (``stem`` + suffix, starting at j) the name of a township or village?"""
        if (
            surface in _TOWN_STOP
            or stem[0] in _TOWN_BAD_FIRST
            or any(ch in _TOWN_BAD_CHARS for ch in stem)
            or stem.endswith(_TOWN_GENERIC_HEADS)
            or stem[-1] + surface[len(stem)] in _TOWN_CROSS_WORDS
            or surface in self._surfaces  # 景德镇 is a city's short form
        ):
            return False
        if self._drop_leading_region(stem) != stem:
            return False  # 西安幻想乡: a city's name followed by a word is no township name
        # jieba must start a word at j (了解双钱村 is no 解双钱村) and the stem may not hold a
        # verb or number word (抓好两个镇, 推进乡村, 狠抓镇区)
        left = j
        while left > 0 and j - left < 4 and _is_cjk(text[left - 1]):
            left -= 1
        pos, words = left, []
        for tok in self._cut(text[left : j + len(stem)]):
            if pos < j < pos + len(tok):
                return False
            if pos >= j:
                words.append(tok)
            pos += len(tok)
        stop = _function_words()
        return not any(w in stop for w in words)

    @staticmethod
    def _town_start(text: str, i: int) -> bool:
        """May a township or village name begin at i? (text start, punctuation, 到, 深入 ...)"""
        return i == 0 or not _is_cjk(text[i - 1]) or bool(_TOWN_LEFT.search(text, max(0, i - 4), i))

    def _area_candidates(self, text: str, taken: _Taken) -> list[_Cand]:
        """Named areas: up to six characters of name + 片区/新城/开发区/园区/口岸 ..."""
        out: list[_Cand] = []
        for m in _AREA_RE.finditer(text):
            a, b = m.span()
            if not taken.free(a, b):
                continue
            limit = a
            while limit > max(0, a - 12) and taken.free(limit - 1, limit):
                limit -= 1
            window = text[limit:a]
            cut = max((i + 1 for i, ch in enumerate(window) if not _is_cjk(ch)), default=0)
            window = window[cut:]
            prefix = ""
            if window:
                stop = _function_words()
                for tok in reversed(self._cut(window)):
                    if tok in _AREA_STOP_TOKENS or tok in stop:
                        break
                    if len(prefix) + len(tok) > _AREA_MAX_PREFIX:
                        break
                    prefix = tok + prefix
            prefix = self._drop_leading_region(prefix)
            suffix = m.group(0)
            if len(prefix) < 2:
                if suffix not in _AREA_BARE_OK:
                    continue
                prefix = prefix if prefix in _AREA_ADMIN_HEADS else ""
            out.append(_Cand(a - len(prefix), b, "area", ()))
        return out

    def _drop_leading_region(self, stem: str) -> str:
        """河北雄安 -> 雄安: a province or prefecture written before a name is not part of it
        (but 兰州新区, 苏州工业园区 keep theirs: nothing would be left)."""
        for end_index, key in self._automaton.iter(stem):
            if end_index + 1 == len(key) and len(stem) - len(key) >= 2:
                if any(LEVEL_RANK[self._by_code[c].level] < 2 for c, _ in self._surfaces[key]):
                    return stem[len(key) :]
        return stem

    @staticmethod
    def _as_town(text: str, c: _Cand) -> _Cand | None:
        m = _TOWN_SUFFIX.match(text, c.end)
        if m is None or text[c.end : m.end() + 1] in _TOWN_STOP | {"乡村", "村镇", "镇区"}:
            return None
        return _Cand(c.start, m.end(), "town:" + _TOWN_LEVEL[m.group()], ())

    def _bare_ok(self, text: str, c: _Cand) -> bool:
        """Is a bare short form at c a place name and not part of a longer word?"""
        if _ROAD_AFTER.match(text, c.end):
            return False
        if _TITLE_BEFORE.search(text, max(0, c.start - 4), c.start):
            return False  # 旗委书记兴安主持: a person
        if _after_surname(text, c.start):
            return False  # 杨万山结合..., 白永平介绍...: a person
        return self._word_edges(text, c.start, c.end, True)

    def _word_edges(self, text: str, start: int, end: int, right_too: bool) -> bool:
        """Does jieba, on a window of up to 8 characters either side (within the clause),
        start a word at ``start`` (and end one at ``end`` when ``right_too``)?"""
        left = start
        while left > 0 and start - left < 8 and _is_cjk(text[left - 1]):
            left -= 1
        right = end
        while right_too and right < len(text) and right - end < 8 and _is_cjk(text[right]):
            right += 1
        if left == start and right == end:
            return True
        bounds = {left}
        pos = left
        for tok in self._cut(text[left:right]):
            pos += len(tok)
            bounds.add(pos)
        return start in bounds and (end in bounds or not right_too)

    def _cut(self, s: str) -> list[str]:
        """jieba segmentation through govkg's one adapter (never jieba's global tokenizer)."""
        return cut(s, hmm=False)

    # --- turning candidates into mentions -------------------------------------------------
    def _mentions(self, text: str, divs: list[_Cand], patterns: list[_Cand]) -> list[PlaceMention]:
        anchors: set[str] = set()
        for c in divs:
            if len(c.codes) == 1:
                anchors.add(c.codes[0])
                anchors |= self._ancestors(c.codes[0])
        by_end: dict[int, PlaceMention] = {}
        out: list[PlaceMention] = []
        for c in sorted(divs + patterns, key=lambda c: c.start):
            surface = text[c.start : c.end]
            if c.kind.startswith("town:") or c.kind == "area":
                level = c.kind[5:] if c.kind.startswith("town:") else "area"
                before = by_end.get(c.start)
                parent = before.name if before else None
                if parent is None and level == "area":
                    parent = self._leading_place(surface)
                m = PlaceMention(c.start, c.end, surface, surface, level, None, parent, False)
            else:
                before = by_end.get(c.start)
                near = {before.code} if before and before.code else anchors
                m = self._division_mention(c, surface, near, anchors)
            by_end[c.end] = m
            out.append(m)
        return out

    def _division_mention(
        self, c: _Cand, surface: str, near: set[str], anchors: set[str]
    ) -> PlaceMention:
        """Resolve a division candidate: by level for short forms, then by the place written
        just before it (北京市朝阳区), then by the other places of the text."""
        codes = list(c.codes)
        if c.kind in ("bare", "ext", _SHORT) and len(codes) > 1:
            # 吉林 is the province before the city, 楚雄 the prefecture before the county town
            top = min(LEVEL_RANK[self._by_code[x].level] for x in codes)
            codes = [x for x in codes if LEVEL_RANK[self._by_code[x].level] == top]
        for context in (near, anchors):
            if len(codes) > 1:
                fit = [x for x in codes if self._ancestors(x) & context or x in context]
                codes = fit if len(fit) == 1 else codes
        divs = [self._by_code[x] for x in codes]
        short = c.kind in ("bare", "ext", _SHORT, _ALIAS)
        if len(divs) == 1:
            d = divs[0]
            name = d.name
            if c.kind == "ext" and not d.name.endswith(surface[-1]) and d.level == "county":
                name = surface  # 禄丰市 for a 禄丰县 renamed after the lexicon's vintage
            parent = self._by_code.get(d.parent_code)
            return PlaceMention(c.start, c.end, surface, name, d.level, d.code,
                                parent.name if parent else None, short)
        names = {d.name for d in divs}
        levels = {d.level for d in divs}
        name = names.pop() if len(names) == 1 else divs[0].name
        level = levels.pop() if len(levels) == 1 else divs[0].level
        return PlaceMention(c.start, c.end, surface, name, level, None, None, short,
                            tuple(d.code for d in divs))

    def _leading_place(self, surface: str) -> str | None:
        """The division an area's name starts with: 兰州新区 -> 兰州市."""
        for end_index, key in self._automaton.iter(surface):
            if end_index + 1 - len(key) == 0 and key not in STOP_SHORTS:
                divs = self.lookup(key)
                if divs:
                    return min(divs, key=lambda d: LEVEL_RANK[d.level]).name
        return None


def _after_surname(text: str, start: int) -> bool:
    """Is ``start`` right after a surname that itself starts a word (杨|万山, 书记周|玉龙)?"""
    if start == 0 or text[start - 1] not in _SURNAMES:
        return False
    p = start - 1
    return p == 0 or not _is_cjk(text[p - 1]) or bool(_TITLE_BEFORE.search(text, max(0, p - 4), p))


class _Taken:
    """Which characters of a text are already part of a chosen mention."""

    def __init__(self, n: int, mask: bytearray | None = None):
        self._mask = mask if mask is not None else bytearray(n)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def copy(self) -> _Taken:
        return _Taken(0, bytearray(self._mask))


def _leftmost_longest(cands: list[_Cand], taken: _Taken) -> list[_Cand]:
    """Greedy leftmost-longest choice of non-overlapping candidates; marks them in ``taken``."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if taken.free(c.start, c.end):
            out.append(c)
            taken.add(c.start, c.end)
    return out


# --- loading ----------------------------------------------------------------------------
def _rows(name: str) -> list[list[str]]:
    text = resources.files("govkg.extract").joinpath("lexicons", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def load_divisions() -> tuple[list[Division], dict[str, list[tuple[str, str]]]]:
    """divisions.tsv with places_extra.tsv applied: (divisions, alias surface -> targets)."""
    by_code: dict[str, Division] = {}
    for row in _rows("divisions.tsv"):
        row += [""] * (5 - len(row))
        by_code[row[0]] = Division(row[0], row[1], row[2], row[3], row[4])
    aliases: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("places_extra.tsv"):
        row += [""] * (6 - len(row))
        code, name, level, parent, short, replaces = row[:6]
        if level == "alias":
            aliases.setdefault(name, []).append((code, _ALIAS))
            continue
        new = Division(code, name, level, parent, short)
        old = by_code.pop(replaces, None) if replaces else None
        by_code[code] = new
        if old is not None:
            # The old name keeps pointing at the unit (禄丰县 -> 禄丰市); its children follow.
            aliases.setdefault(old.name, []).append((code, _FORMER))
            if old.short and old.short != short:
                aliases.setdefault(old.short, []).append((code, _SHORT))
            for child in [d for d in by_code.values() if d.parent_code == old.code]:
                by_code[child.code] = replace(child, parent_code=code)
    return list(by_code.values()), aliases


@cache
def _function_words() -> frozenset[str]:
    """Words of two or more characters that jieba's dictionary tags as verbs, adverbs,
    adjectives, pronouns, numbers, idioms and the like (确保, 两个, 坚决贯彻): a township's or
    an area's name does not contain them.

    Nominal verbs (vn: 旅游, 综合) stay allowed, they often name areas (国际旅游度假区).
    """
    bad = ("v", "d", "p", "c", "u", "r", "m", "q", "a", "e", "y", "o", "l", "i")
    return frozenset(
        word for word, (freq, tag) in word_tags().items()
        if len(word) >= 2 and (freq >= 20 or tag in ("l", "i")) and tag.startswith(bad)
        and tag not in ("vn", "an", "nr", "ns")
    )


@cache
def default_lexicon() -> PlaceLexicon:
    """The shipped lexicon, built once per process."""
    divisions, aliases = load_divisions()
    return PlaceLexicon(divisions, aliases)

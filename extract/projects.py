"""Sentences → named projects, campaigns and the places an inspection visits.

Three shapes cover most of what governance news names: a quoted campaign with its kind
(“多彩花海”行动, “一江两岸”景观工程), the list of sites after an inspection verb (先后深入到
A、B、C等10个项目), and a list after 重点项目.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.extract.tokenizer import cut, word_tags

_KINDS = "行动|工程|项目|活动|计划|攻坚战|攻坚|专项行动|三年行动"
QUOTED = re.compile(
    rf"“[^“”、，]{{2,14}}”[^\W好的了在把将以为是和与及等对]{{0,3}}?(?:{_KINDS})"
)
#: Verbs after which a list of visited sites follows.
VISIT = re.compile(
    r"(?:先后|分别|重点|实地)?(?:深入到|深入|来到|走进|走访了|走访|考察了|考察|视察了|视察|观摩了|"
    r"查看了|察看了|调研了|调研|检查了|参观了|参观|前往|到|(?<!以)赴|重点项目)(?![组团])"
)
_LIST_INTRO = re.compile(
    r"(?:着力)?(?:抓好|推进|加快推进|加快|汇报了|报告了|包括|围绕|聚焦|涉及|谋划)"
)
_ITEM_STOP = re.compile(
    r"等(?=\d|地|[个家处]|项目|重点|在建|已建|[，。])|进行|实地|了解|调研|观摩|检查|察看|查看|视察|考察|开展|建设一线|现场|的|，|。|；|：|,|;"
)
PROJECT_END = re.compile(
    r"(?:工程|项目|路|大道|小镇|小学|中学|学校|工厂|改造|拆迁|保障房|整合|制造|园|谷|桥|隧道|基地|厂|"
    r"楼|连接线|线|管网|片区改造|新城|广场|公园|场馆|中心|堂|城|港|码头|站场|电站|水库|市场|"
    r"[一二三四五六七八九十\d]期)$"
)
PLACE_END = re.compile(
    r"(?:省|市|县|区|旗|(?<!小)镇|乡|街道|村|社区|苏木|口岸|医院|汽车站|车站|机场)$"
)
_TRIM_TAIL = re.compile(
    r"(?:的)?(?:规划建设工作|建设工作|建设情况|建设现场|推进情况|情况|工作|建设)$"
)
#: Words for kinds of site, no site in particular.
GENERIC_SITES = frozenset(
    "产业园区 园区 工业园区 开发区 城区 社区 农村 乡村 企业 辖区 景区 厂区 校区 美丽乡村 居家社区"
    .split()
)
_GENERIC_TAIL_OF_SITE = re.compile(r"(?<=[镇乡村区县市])(?:重点项目|重点工作|项目)$")
_VERB_START = tuple("""推进 加强 加快 推动 落实 开展 抓好 做好 深化 强化 提升 打造 学习 贯彻 慰问
看望 调研 检查 考察 了解 听取""".split())
_GENERIC = tuple("""部分 重点 重大 五大 相关 有关 各 全 当前 项目 工作 道路 企业 现场 一线 基层
单位 部门 群众 有关情况 在建 已建成""".split())


@dataclass(frozen=True)
class Site:
    start: int
    end: int
    name: str
    kind: str  # project | place | unknown (a visited site not yet told apart)
    verb: str  # the visit verb, '' for a quoted campaign


def find_quoted(s: str, offset: int = 0) -> list[Site]:
    """Quoted campaigns and works.

    >>> [x.name for x in find_quoted("召开2022年“多彩花海”行动动员部署会")]
    ['“多彩花海”行动']
    >>> [x.name for x in find_quoted("考察了上虞区“一江两岸”景观工程")]
    ['“一江两岸”景观工程']
    """
    return [Site(offset + m.start(), offset + m.end(), m.group(), "project", "")
            for m in QUOTED.finditer(s) if not m.group().endswith(("重点项目", "重大项目"))]


def find_sites(s: str, offset: int = 0) -> list[Site]:
    """Sites named after a visit verb.

    >>> s = "先后来到五陂海绵特色小镇、丹井大道(南互通连接线段)工程项目进行了实地观摩"
    >>> [(x.name, x.kind) for x in find_sites(s)]
    [('五陂海绵特色小镇', 'project'), ('丹井大道(南互通连接线段)工程项目', 'project')]
    >>> [(x.name, x.kind) for x in find_sites("深入旗医院、汽车站、珠恩嘎达布其口岸等地实地检查")]
    [('旗医院', 'place'), ('汽车站', 'place'), ('珠恩嘎达布其口岸', 'place')]
    """
    out: list[Site] = []
    introducers = [(m, m.group()) for m in VISIT.finditer(s)]
    # 抓好A、B、C等重点项目: a list of projects without a visit; no one inspects them
    introducers += [(m, "") for m in _LIST_INTRO.finditer(s)]
    for m, verb in introducers:
        pos = m.end()
        stop = _ITEM_STOP.search(s, pos)
        end = stop.start() if stop else len(s)
        tail = s[end : end + 12]
        span = s[pos:end]
        if not span or len(span) > 120:
            continue
        as_projects = bool(re.match(r"等\d*个?(?:重点|在建|重大)?(?:项目|工程)", tail))
        as_places = tail.startswith("等地")
        if not verb and not as_projects:
            continue
        items = []
        cursor = pos
        for piece in span.split("、"):
            head, joined, tail = piece.partition("和")
            if joined and min(len(head), len(tail)) >= 4:
                items += [(cursor, head), (cursor + len(head) + 1, tail)]
            else:
                items.append((cursor, piece))
            cursor += len(piece) + 1
        for st, piece in items:
            name = _GENERIC_TAIL_OF_SITE.sub("", _TRIM_TAIL.sub("", piece.strip()))
            if not 2 <= len(name) <= 30 or name.startswith(_GENERIC) or name in GENERIC_SITES \
                    or name.endswith(("重点项目", "重大项目", "重大工程")):
                continue
            if not re.search(r"[\u4e00-\u9fff]{2}", name):
                continue
            if re.search(r"(?:工程|项目)$", name):
                kind = "project"  # 会仙湿地生态修复工程 among 等地 is still a project
            elif as_places or (PLACE_END.search(name) and not as_projects):
                kind = "place"
            elif as_projects or PROJECT_END.search(name):
                kind = "project"
            elif not name.startswith(_VERB_START):
                kind = "unknown"  # 华阳闸, 万安街道城市更新: the caller looks for a place in it
            else:
                continue
            out.append(Site(offset + st, offset + st + len(name), name, kind, verb))
    return out


#: What a named project ends with when it stands outside a visit list.
NAMED_END = re.compile(
    r"(?:工程|项目|改造|改扩建|产业园|物流园|综合管廊)(?:[一二三四五六七八九十\d]期)?"
    r"(?![师部组办处经化款金司队])"
)
#: Words that introduce a list of projects, or join its items: the name starts after them.
_INTRODUCERS = re.compile(
    r"研究部署|研究|围绕|包括|抓好|加快推进|推进|加快|推动|实施|开工|启动|聚焦|重点|涉及|谋划|"
    r"建成|完成|开展|调度|听取|审议|支持|关于|反映|面向|打造|召开|视察|带队|调研|考察|观摩|检查|"
    r"督导|协调|解决|保障|服务|助力|确保|力争|争取|对|就|和|与|及|等|了|的|是|将|把|有|为|在|以|如"
)
#: Names of kinds of project, none in particular.
GENERIC_PROJECTS = frozenset("""
工程 项目 改造 民生工程 经济工程 政治工程 重点项目 重大项目 在建项目 新建项目 续建项目 新开工项目
重点工程 重大工程 精品工程 民心工程 形象工程 德政工程 惠民工程 基础设施项目 产业项目 招商项目
建设项目 工业项目 城建项目 交通项目 水利工程 市政工程 配套工程 主体工程 附属工程 产业园 物流园
""".split())
_STOPS = frozenset("，。、；：,;:!?！？“”《》")
_GENERIC_TAIL = re.compile(
    r"(?:重大|重点|在建|市管|区管|县管|个|批|类|精品|民生|各)(?:工程)?(?:项目|工程)$"
)
_MODIFIERS = re.compile(
    r"^(?:一项|一批|一个|这项|该项|这些|多个|各类|相关|全部|所有|重点|重大|在建|新开工|续建|城建)+"
)


def find_named(s: str, offset: int = 0) -> list[Site]:
    """Named projects anywhere in a sentence: the words before 工程/项目/改造 back to a
    delimiter or an introducing verb.

    >>> [x.name for x in find_named("研究部署衢江(龙游段)防洪提升工程和开发区扩区等工作")]
    ['衢江(龙游段)防洪提升工程']

    Whether a name is one project's (holds a place or a code) is for the caller to decide.
    >>> find_named("是一项民生工程、经济工程和政治工程")
    []
    """
    out: list[Site] = []
    for m in NAMED_END.finditer(s):
        if s.startswith(("工程", "项目"), m.end()):
            continue  # 提标改造|工程: the longer name ends later
        start = m.start()
        while start > 0 and s[start - 1] not in _STOPS and m.end() - start < 30:
            start -= 1
        piece = s[start : m.end()]
        cut = 0
        for i in _INTRODUCERS.finditer(piece):
            if i.end() < len(piece) - len(m.group()) + 1:
                cut = max(cut, i.end())
        name = _MODIFIERS.sub("", _drop_leading_verbs(piece[cut:]))
        if name in GENERIC_PROJECTS or len(name) - len(m.group()) < 2 or _GENERIC_TAIL.search(name):
            continue
        if name.count("(") != name.count(")"):
            continue
        out.append(Site(offset + m.end() - len(name), offset + m.end(), name, "project", ""))
    # 马甲镇智能装备产业园 inside 马甲镇智能装备产业园基础设施配套工程 is no project of its own
    return [x for x in out if not any(o is not x and o.start <= x.start and x.end <= o.end
                                      for o in out)]


_VERB_TAGS = ("v", "d", "p", "c", "r", "m", "q", "ad", "u")


def _drop_leading_verbs(piece: str) -> str:
    """着力破解老旧小区改造 → 老旧小区改造: verbs and adverbs before a project's name."""
    tokens = cut(piece)
    tags = word_tags()
    i = 0
    while i < len(tokens) - 1:
        freq, tag = tags.get(tokens[i], (0, "x"))
        if not (tag in _VERB_TAGS or tag.startswith(("v", "d", "m"))) or tag == "vn" or freq < 100:
            break
        i += 1
    return "".join(tokens[i:])


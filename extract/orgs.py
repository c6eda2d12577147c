"""Sentences → organisation (Body) mentions as written.

An organisation name ends in one of the endings of ``lexicons/bodies.tsv`` (局, 委, 集团,
人民政府, 工作组 ...) and starts after a delimiter, a function word or a verb. Endings that are
only part of an ordinary word (格局, 部署, 组织, 办法) are not organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.extract.lexicon import alternation, lexicon
from govkg.extract.tokenizer import cut, word_tags

#: Verbs and function words an organisation name never continues through (leftwards).
ORG_BOUNDARY = sorted(set("""
由 在 和 与 及 向 对 到 了 是 为 经 请 会见 陪同 带领 率领 听取 传达 宣布 提名 免去 任命 以及 其中 时任
原 就 上午 下午 晚上 日 共 等 的 邀请 会同 联合 看望 慰问 先后 给 把 被 让 使 跟 当天 率 并 后 或 建议
委托 组织 召开 举行 主持 参加 出席 通过 要求 推动 支持 协调 配合 指导 督促 约谈 发现 针对 围绕 面向
依托 按照 根据 对于 关于 作为 成立 设立 组建 筹建 牵头 负责 派出 安排 部署 将 从 也 还 又 都 已 曾
即 立即 分别 共同 一起 来 去 赴 前往 走进 深入 调研 观摩 考察 视察 检查 走访 落实 贯彻 学习 提升
加强 推进 实施 开展 完成 实现 打造 举办 承办 主办 介绍 汇报 通报 表示 指出 强调 统筹 为了 以
下沉 进驻 驻点 带队 受 至 同志 个 于 向 各 该 本 其 此 这 那 每 全 所属 下属 旗下 与会 有关 相关
""".split()), key=len, reverse=True)
_BOUNDARY_SET = frozenset(ORG_BOUNDARY) | frozenset(
    "全面 助力 弘扬 制约 剖析 不断 大力 扎实 严重 当前 进一步 深入 积极 认真 切实 全力 努力 持续 加快 全体".split())
#: An ending followed by these characters is part of a longer ordinary word (部署, 委托).
BAD_AFTER = {
    "局": "面势部限长级", "委": "托员屈婉派任", "办": "理法公事好学", "处": "理于置罚分长级室",
    "科": "学技研普长级", "站": "位长立", "所": "有以在属谓长得需取向提", "院": "长士落子",
    "部": "署门分长队件位", "组": "织成建合长", "厅": "长", "署": "名", "中心": "的城区任",
    "委员会": "委", "公司": "法", "集团": "化军", "政府": "采", "人大": "代常", "党组": "会", "党委": "会",
}
#: Ordinary words that end like an organisation: a name ending in one is no organisation.
WORD_ENDINGS = tuple("""
格局 大局 布局 结局 当局 举办 创办 承办 主办 督办 到处 各处 好处 难处 之处 学科 本科 全部 内部 外部
干部 局部 东部 西部 南部 北部 中部 场所 诊所 住所 单位 部门 班组 机组 编组 重组 全体 主体 部分 部署
相处 一处 多处 此处 出处 何处 深处 用处 益处 长处 短处 患处 新局 开局 变局 残局 时局 政局 骗局 全局
细部 头部 局部 基层党组 全委 编委 村委 居委 评委 常委 委员 不办 要办 好办 来办 去办 代办 包办 兴办
研究所 派出所 事务所 托儿所 厕所 会所 处所 寓所 居所 城中心 市中心 网站 一站 实处 大局 新格局 直属子公司 子公司
""".split())
_WORD_ENDING_SET = frozenset(WORD_ENDINGS)
#: Bare endings and generic phrases that name no particular organisation.
NOT_ORGS = frozenset("""
中心 人大 政府 集团 公司 党委 党组 纪委 工会 委员会 常委会 领导小组 工作组 指挥部 办公室 办 局 委
调研组 专项组 筹备组 督查组 巡视组 巡察组 联络组 督导组 专家组 考察组 观摩团 镇 乡 研究院 小组 组 部 处 科 站 所
院 厅 署 海关 法院 检察院 商会 协会 学会 总工会 联合会 工联会 委员 集团公司 有限公司 银行 管委会
""".split())
_GENERIC_START = ("各", "全", "相关", "有关", "该", "本", "其", "此", "这", "那", "每", "子", "下属",
                  "所属", "旗下", "与会", "上级", "一级", "两级", "市区", "区级", "市级", "县级")
_END_RE = re.compile(alternation(lexicon().body_endings) if False else "(?!)")


@dataclass(frozen=True)
class BodyMention:
    start: int
    end: int
    name: str  # as written
    kind: str  # party | gov | legis | dept | firm | group | other


def _ending_re() -> re.Pattern[str]:
    global _END_RE
    if _END_RE.pattern == "(?!)":
        _END_RE = re.compile(alternation(lexicon().body_endings))
    return _END_RE


_STOP_TAGS = frozenset("v vd vn d p c u uj ul r ad t m q mq y e o z zg f i l".split())
_SINGLE_STOPS = frozenset("对和及在由与向把被为了的等是将从到就暨要")
#: Words jieba tags as verbs that are common inside organisation names (行政审批局, 扶贫办).
ORG_WORDS = frozenset("""
审批 考评 扶贫 统计 保障 执法 治理 督查 监督 管理 服务 发展 建设 改革 投资 运营 应急 综合 检验 检测
规划 开发 招商 促进 协调 监察 巡视 巡察 审计 救助 防控 防汛 抗旱 指挥 拆迁 征收 调解 仲裁 执行 监管
交通 运输 城管 环保 国土 住建 发改 资规 政务 事业 公路 人力 资源 社会 信访 公安 司法 财政 教育 卫生
健康 体育 文化 旅游 商务 科技 工业 信息化 农业 农村 水利 林业 民政 退役 军人 事务 外事 侨务 宣传 组织
统战 政法 机关 工作 驻 派驻 委员会 领导 小组 专班 数据 金融 城市 市政 园林 绿化 环境 生态 安全 生产 消防 人民
""".split())
_AND_TAILS = ("城乡", "旅游", "改革", "社会保障", "信息化", "自然资源", "科技", "规划", "计划生育")
_MASK = re.compile(r"[^\u3400-\u9fff0-9A-Za-z·“”]")


def _ordinary_word(token: str) -> bool:
    if token in _WORD_ENDING_SET:
        return True
    tagged = word_tags().get(token)
    return not (tagged and tagged[1] == "nt") and token.endswith(WORD_ENDINGS)


def _trim_left(candidate: str, ending: str) -> str:
    """Drop the verbs and function words a candidate picked up on its left; '' when the
    candidate ends in an ordinary word (格局, 部署)."""
    tokens = cut(candidate)
    if tokens and _ordinary_word(tokens[-1]):
        return ""
    tags = word_tags()
    kept: list[str] = []
    covered = 0
    for idx in range(len(tokens) - 1, -1, -1):
        tok = tokens[idx]
        if covered < len(ending):
            kept.append(tok)
            covered += len(tok)
            continue
        if tok == "和" and "".join(reversed(kept)).startswith(_AND_TAILS):
            kept.append(tok)
            continue
        tagged = tags.get(tok)
        if tagged is None and len(tok) > 1:
            # jieba's HMM glues unknown pieces to function words (及旗委, 对全): split there.
            body = tok if idx > 0 else tok[:-1]  # 合为集团: a first word may end in 为
            cut_at = max((i for i, c in enumerate(body) if c in _SINGLE_STOPS), default=-1)
            if cut_at >= 0:
                if tok[cut_at + 1 :]:
                    kept.append(tok[cut_at + 1 :])
                break
        if tok in _BOUNDARY_SET or (len(tok) == 1 and tok in _SINGLE_STOPS):
            break
        if (tagged and len(tok) > 1 and tagged[1] in _STOP_TAGS and tagged[0] >= 200
                and tok not in ORG_WORDS):
            break
        kept.append(tok)
    return "".join(reversed(kept))


def kind_of(name: str) -> str:
    lex = lexicon()
    for n in range(min(len(name), 7), 0, -1):
        k = lex.body_endings.get(name[-n:])
        if k:
            return k
    return "other"


def find_bodies(s: str, offset: int = 0, barriers: tuple[tuple[int, int], ...] = ()
                ) -> list[BodyMention]:
    """Organisation names in sentence ``s``.

    >>> [b.name for b in find_bodies("市发改委、市财政局、市城投集团分管负责同志参加会议。")]
    ['市发改委', '市财政局', '市城投集团']
    >>> [b.name for b in find_bodies("形成工作新格局，研究部署工作")]
    []
    """
    out: list[BodyMention] = []
    ends: list[tuple[int, int]] = []
    masked = _MASK.sub(" ", s)
    for a, b in barriers:
        a, b = max(0, a - offset), min(len(s), b - offset)
        if a < b:
            masked = masked[:a] + " " * (b - a) + masked[b:]
    for m in _ending_re().finditer(s):
        e = m.end()
        nxt = s[e : e + 1]
        if nxt and nxt in BAD_AFTER.get(m.group(), ""):
            continue
        if _ending_re().match(s, e) and not lexicon().title_re.match(s, e):
            continue  # the organisation goes on: 市环委办, 人大常委会
        # prefer the longest organisation: an ending that is followed by another ending
        # (市住建局 + 局长 is a title, 人大 + 常委会) is handled by the later match.
        ends.append((m.start(), e))
    for ms, e in ends:
        k = ms
        while k > 0 and masked[k - 1] != " " and ms - k < 30:
            k -= 1
        name = _trim_left(s[k:e], s[ms:e]).lstrip("”")
        if name.count("“") != name.count("”"):
            name = name.replace("“", "").replace("”", "")
        st = e - len(name)
        if not name or name in NOT_ORGS or len(name) > 24:
            continue
        if name.startswith(_GENERIC_START):
            continue
        if not re.search(r"[\u4e00-\u9fff]", name[: len(name) - (e - ms)] or "x"):
            continue
        out.append(BodyMention(offset + st, offset + e, name, kind_of(name)))
    return _drop_nested(out)


def _drop_nested(items: list[BodyMention]) -> list[BodyMention]:
    """Keep the longest of overlapping mentions (市人大常委会 over 市人大)."""
    items.sort(key=lambda b: (b.start, -(b.end - b.start)))
    kept: list[BodyMention] = []
    for b in items:
        if kept and b.start < kept[-1].end:
            if b.end - b.start > kept[-1].end - kept[-1].start:
                kept[-1] = b
            continue
        kept.append(b)
    return kept

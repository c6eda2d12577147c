#!/usr/bin/env python3
"""A synthetic corpus of Chinese governance news, for scaling runs of govkg.

    python benchmarks/corpus.py N OUTDIR [--seed S] [--truth FILE]   # N articles, OUTDIR/<id>.txt
    python benchmarks/corpus.py N OUTDIR --long KB                    # N articles of about KB each

What it makes: county news of the genre govkg reads (a title line, a date line
``来源：… 发布时间：YYYY-MM-DD HH:MM``, 3-8 paragraphs, a reporter line and 责任编辑; about
1-2 KB of UTF-8 each), recombined from sentence templates written for this module:

- meetings of a county's Party committee or government, with 主持 / 讲话 / 出席 and attendance
  lists in protocol order (书记, 副书记、县长, 人大主任, 政协主席, 副书记, 常委…, 副县长);
- inspection tours (调研 / 实地查看 / 督导检查) of named projects, by the county's leaders or
  by the leaders of its city, with 陪同 lists;
- appointments: decisions announced at 领导干部会议, and 任命 by the county people's congress
  in round-ups;
- round-ups (政务动态) of several dated items, with 同日.

The places are real: counties (县 and 区 whose parent is a prefecture-level 市) and their
cities and provinces from ``extract/lexicons/divisions.tsv``. Bodies are a jurisdiction plus
an organisation, written short (县委, 县住建局) or full (沂南县委, 中共沂南县委, 沂南县人民政府).
Dates run from 2019 to 2025.

The people are invented (surnames from ``extract/lexicons/surnames.txt``, weighted towards
the common ones, plus given-name characters) but they form a population: every county has a
standing cast of about 25 officials and every city a few leaders, and they recur across many
articles over time. Every year or two a county reshuffles: the 县长 becomes 县委书记, the
常务副县长 becomes 县长, a 副县长 joins the 常委, a bureau head becomes 副县长; leavers are
transferred to another county of the same city or promoted to 副市长. About one new person in
thirty takes the name of a person elsewhere, and common names collide by themselves, so the
corpus has namesakes in different counties. ``--truth FILE`` writes, per article, who appears
(a person id across the corpus) with the posts the text gives them, for scoring cross-article
resolution.

Everything depends only on ``seed``: the same ``(n, seed)`` gives the same articles. There is
about one county per 40 articles, so the work per article is constant and the run is linear
in ``n`` (10,000 articles take a few seconds). Standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "extract" / "lexicons"
START, END = date(2019, 1, 1), date(2025, 12, 31)
ARTICLES_PER_COUNTY = 40
KB = 1024

# Given-name characters: common in names, and none of them a title, cue or place ending
# (长, 记, 委, 县, 出, 主...), so that a name never runs into the word after it.
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华建国志文红玉海东林荣新春宏斌峰辉鹏飞俊晓"
    "云立德永成学光胜亮庆忠兵锋昌振宇浩凯瑞琳婷雪梅萍燕莉慧颖晨阳旭博岩松波鑫帆航川江山泽民"
    "安祥福贵富彬军卫兴宁丹琴英雯倩蕾薇佳璐欣怡晶颂毅刚铭锦程远卓达诚正鸿鹤嘉茂彤岚思楠"
)

WORDLIKE = frozenset({"高新", "文明", "安全", "平安", "新华", "明星", "安康", "江山", "高明"})

TOWN_PARTS = (  # two characters each; those that are also a county's name are skipped
    "石桥龙泉新集白马青山马桥东湖柳河双庙桃园黄庄李集清水金沙长岭三合大营红星杨林"
    "高庙油坊王集河口新店古城黄坡瓦店柳林桥头石门"
)
TOWN_SUFFIX = ("镇", "镇", "镇", "乡", "街道")

BUREAUS = (
    "发展改革局", "住建局", "交通运输局", "农业农村局", "教育局", "应急管理局", "自然资源局",
    "水利局", "财政局", "商务局", "卫生健康局", "市场监管局",
)

# Project kinds: (name pattern, what a leader asks about there). {t} is a town, {s} the
# county's short name.
PROJECTS = (
    ("{s}经济开发区新材料产业园项目", "入园企业投产达效情况"),
    ("{s}第二污水处理厂提标改造工程", "工程进度和设备安装情况"),
    ("{s}全民健身体育公园项目", "主体工程施工进度"),
    ("{t}高标准农田建设项目", "田间工程和灌排设施建设情况"),
    ("{s}北关片区棚户区改造项目", "安置房建设和群众回迁安排"),
    ("{t}农产品冷链物流园项目", "冷库建设和招商运营情况"),
    ("{s}河综合治理工程", "河道清淤和堤防加固进度"),
    ("{t}至{t2}公路改扩建工程", "路基路面施工和安全防护情况"),
    ("{s}第二实验小学建设项目", "校舍建设和开学前交付安排"),
    ("{t}光伏发电项目", "并网发电和运维管理情况"),
    ("{s}智能制造产业园项目", "标准厂房建设和企业入驻情况"),
    ("{t}农村供水保障工程", "管网铺设和入户通水情况"),
)

# Topics: (meeting core name, purpose, short name, emphases, bureaus that report).
TOPICS = (
    ("安全生产工作会议", "分析当前安全生产形势，部署下一阶段安全防范工作", "安全生产",
     ("要压紧压实属地管理责任、部门监管责任和企业主体责任，坚决防范遏制重特大事故发生",
      "要聚焦道路交通、建筑施工、燃气、消防等重点领域，深入开展隐患排查整治，对发现的问题逐项整改",
      "要严格落实领导干部带班和值班制度，确保遇有险情快速响应、有效处置"),
     ("应急管理局", "住建局", "交通运输局")),
    ("重点项目建设推进会", "通报重点项目建设进展，协调解决项目推进中的困难和问题", "项目建设",
     ("要牢固树立抓项目就是抓发展的理念，对照年度计划倒排工期，全力以赴加快项目建设",
      "要强化用地、资金、用工等要素保障，对项目推进中的堵点难点逐项梳理、及时解决",
      "要压实项目责任人责任，严格督查考核，推动项目早开工、早竣工、早见效"),
     ("发展改革局", "自然资源局", "财政局")),
    ("招商引资工作会议", "总结招商引资工作成效，安排部署下一步招商任务", "招商引资",
     ("要围绕主导产业开展精准招商，盯紧目标企业，提高项目签约率和落地率",
      "要健全招商项目跟踪服务机制，做到签约一个、落地一个、投产一个",
      "要以更优的服务留住企业，让投资者安心投资、放心发展"),
     ("商务局", "发展改革局")),
    ("农村工作会议", "总结去年“三农”工作，安排部署今年农业农村重点任务", "乡村振兴",
     ("要毫不放松抓好粮食生产，落实耕地保护责任，稳定粮食播种面积",
      "要做强特色产业，推动农产品加工和品牌建设，带动农民持续增收",
      "要持续改善农村人居环境，加强农村基础设施建设，建设宜居宜业和美家园"),
     ("农业农村局", "水利局")),
    ("防汛抗旱工作会议", "研判今年汛期形势，部署防汛抗旱各项准备工作", "防汛",
     ("要立足防大汛、抗大灾，完善应急预案，做好物资储备和抢险队伍准备",
      "要加强对水库、河道堤防和地质灾害隐患点的巡查监测，落实转移避险措施",
      "要严格落实汛期值班值守制度，确保信息报送及时准确"),
     ("水利局", "应急管理局", "自然资源局")),
    ("森林防火工作会议", "总结去冬今春森林防火工作，部署下一阶段防火任务", "森林防火",
     ("要严格野外火源管控，落实网格化管护责任，做到早发现、早报告、早处置",
      "要加强防火宣传教育，引导群众文明祭扫、安全用火",
      "要加强扑火队伍和物资保障，确保不发生重大森林火情"),
     ("自然资源局", "应急管理局")),
    ("优化营商环境工作会议", "通报营商环境评价情况，部署今年改革攻坚任务", "营商环境",
     ("要以企业和群众满意度为标尺，持续深化政务服务改革，让企业办事更加便捷高效",
      "要建立健全企业诉求快速响应机制，做到件件有回音、事事有着落",
      "要规范涉企检查，依法保护各类市场主体合法权益"),
     ("市场监管局", "发展改革局")),
    ("生态环境保护工作会议", "通报生态环境质量状况，部署污染防治攻坚任务", "生态环境保护",
     ("要深入打好蓝天、碧水、净土保卫战，推动生态环境质量持续改善",
      "要抓好督察反馈问题整改，坚持举一反三，确保整改到位",
      "要加快推进产业结构调整，推动绿色低碳发展"),
     ("自然资源局", "水利局", "农业农村局")),
    ("教育工作会议", "总结去年全县教育工作，部署今年教育改革发展任务", "教育",
     ("要坚持教育优先发展，加快推进城区学校扩容和乡村学校改造提升",
      "要加强教师队伍建设，完善教师培训和交流轮岗机制",
      "要抓好校园安全，守护好每一名学生的健康成长"),
     ("教育局", "财政局")),
    ("民生实事项目推进会", "通报民生实事项目完成情况，推动各项目按期完成", "民生实事",
     ("要把民生实事办好办实，让群众看得见、摸得着、得实惠",
      "要严把工程质量和资金使用关，确保每一个项目都经得起检验",
      "要广泛听取群众意见，及时回应群众关切"),
     ("卫生健康局", "教育局", "住建局")),
    ("经济运行分析会", "分析经济运行情况，研究部署稳增长重点工作", "经济运行",
     ("要紧盯全年目标任务，加强经济运行监测调度，确保主要指标稳中有进",
      "要抓好工业企业稳产满产，帮助企业解决融资、用工等实际困难",
      "要积极扩大有效投资和消费，巩固经济回升向好态势"),
     ("发展改革局", "财政局", "商务局")),
    ("城市建设管理工作会议", "总结城市建设管理工作，安排部署城市更新重点任务", "市政建设",
     ("要统筹推进老旧小区改造和市政道路、管网更新，补齐城市基础设施短板",
      "要加强城市精细化管理，持续改善市容市貌",
      "要严格规划管控，提升城市建设品质"),
     ("住建局", "自然资源局")),
)

GENERIC_CLOSING = (
    "各乡镇（街道）、{L}直有关部门主要负责人参加会议。",
    "会议以视频形式开到各乡镇（街道）。{L}直有关部门主要负责人在主会场参加会议。",
    "{L}级领导干部，各乡镇（街道）、{L}直部门主要负责人参加会议。",
)

REQUIREMENTS = (
    "会议要求，各乡镇（街道）、{L}直各部门要把思想和行动统一到{L}委、{L}政府的决策部署上来，"
    "细化工作方案，明确责任分工，以务实作风推动各项任务落地见效。",
    "会议指出，做好{topic}工作，关键在落实。要建立工作台账，实行清单化管理，定期调度通报，"
    "对工作不力、推进迟缓的严肃问责。",
    "会议强调，各级领导干部要发扬严实作风，深入一线解决实际问题，以钉钉子精神抓好{topic}各项"
    "工作，确保全年目标任务圆满完成。",
)

EVENT_OPENERS = ("", "上午", "下午")
SEASONS = ("春季", "夏季", "秋冬季")


# ---------------------------------------------------------------------------------------------
# Lexicons


def _read_lines(name: str) -> list[str]:
    with open(LEXICONS / name, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Place:
    name: str  # 沂南县
    short: str  # 沂南
    level: str  # the last character: 县, 区, 市
    parent: str  # the code of the city or province


def _load_places() -> tuple[list[tuple[Place, list[Place]]], dict[str, Place]]:
    """Cities (prefecture-level 市) with their ordinary counties, and all records by code
    (which, with the ``short`` names, are the words a made-up name must not contain)."""
    by_code: dict[str, Place] = {}
    rows = []
    for ln in _read_lines("divisions.tsv"):
        parts = ln.split("\t")
        if len(parts) < 4 or parts[2] == "level":
            continue
        code, name, level, parent = parts[:4]
        short = parts[4] if len(parts) > 4 and parts[4] else name[:-1]
        by_code[code] = Place(name, short, name[-1], parent)
        rows.append((code, name, level, parent))
    counties: dict[str, list[Place]] = {}
    for code, name, level, parent in rows:
        if level != "county" or "自治" in name or name[-1] not in "县区" or len(name) < 3:
            continue
        city = by_code.get(parent)
        if city is None or not city.name.endswith("市") or "自治" in city.name:
            continue
        if by_code.get(city.parent) is None or city.parent[2:4] != "00":
            continue
        counties.setdefault(parent, []).append(by_code[code])
    cities = sorted(counties)
    return [(by_code[c], counties[c]) for c in cities], by_code


def _load_surnames() -> tuple[list[str], list[float]]:
    names = _read_lines("surnames.txt")
    single = [s for s in names if len(s) == 1][:300]
    compound = [s for s in names if len(s) == 2][:8]
    weights = [1.0 / (rank + 8) ** 1.2 for rank in range(len(single))]
    total = sum(weights)
    names = single + compound
    weights += [total * 0.003 / len(compound)] * len(compound)
    return names, list(itertools.accumulate(weights))


# ---------------------------------------------------------------------------------------------
# The population


@dataclass
class Jurisdiction:
    """A county or a city with its leaders over time: ``casts[i]`` holds from ``dates[i]``."""

    place: Place
    city: Jurisdiction | None = None
    province: str = ""
    towns: list[str] = field(default_factory=list)
    projects: list[tuple[str, str]] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)
    casts: list[dict[str, int]] = field(default_factory=list)
    events: list[tuple[date, dict[str, int], dict[str, int]]] = field(default_factory=list)
    weight: float = 1.0

    def cast_at(self, day: date) -> dict[str, int]:
        return self.casts[max(0, bisect.bisect_right(self.dates, day) - 1)]

    @property
    def full(self) -> str:
        return self.place.name

    @property
    def L(self) -> str:  # the level character, as in 县委
        return self.place.level


COUNTY_SLOTS = ("sec", "mayor", "npc", "cppcc", "dsec", "sc1", "sc2", "sc3", "sc4", "sc5",
                "vm1", "vm2", "vm3", "vm4") + tuple("b:" + b for b in BUREAUS)
CITY_SLOTS = ("sec", "mayor", "org", "vm1", "vm2", "vm3")
STANDING = ("sc1", "sc2", "sc3", "sc4", "sc5")
VICE = ("vm1", "vm2", "vm3", "vm4")


def _rank(slot: str) -> int:
    """0 书记, 1 县长, 2 副书记, 人大, 政协 and 常委, 3 副县长, 4 bureau heads."""
    if slot in ("sec", "mayor"):
        return 0 if slot == "sec" else 1
    return 3 if slot.startswith("vm") else 4 if slot.startswith("b:") else 2


def titles(j: Jurisdiction, slot: str, full: bool = True) -> list[tuple[str, str]]:
    """(title as written, body's full name) for the posts of ``slot`` in ``j``; ``full=False``
    keeps only the first title (县委常委 for a standing member with a portfolio)."""
    L, F = j.L, j.full
    party, gov = (F + "委", F + "人民政府")
    table: dict[str, list[tuple[str, str]]] = {
        "sec": [(L + "委书记", party)],
        "mayor": [(L + "委副书记", party), (L + "长", gov)],
        "npc": [(L + "人大常委会主任", F + "人大常委会")],
        "cppcc": [(L + "政协主席", F + "政协")],
        "dsec": [(L + "委副书记", party)],
        "sc1": [(L + "委常委", party), ("常务副" + L + "长", gov)],
        "sc2": [(L + "委常委", party), ("组织部部长", F + "委组织部")],
        "sc3": [(L + "委常委", party), ("宣传部部长", F + "委宣传部")],
        "sc4": [(L + "委常委", party), (L + "纪委书记", F + "纪委"), (L + "监委主任", F + "监委")],
        "sc5": [(L + "委常委", party), ("政法委书记", F + "委政法委")],
        "org": [(L + "委常委", party), ("组织部部长", F + "委组织部")],
    }
    if slot.startswith("vm"):
        out = [("副" + L + "长", gov)]
    elif slot.startswith("b:"):
        out = [(L + slot[2:] + "局长", F + slot[2:])]
    else:
        out = table[slot]
    return out if full else out[:1]


class Population:
    """All people of a corpus, and the counties and cities they serve in."""

    def __init__(self, n_counties: int, rng: random.Random) -> None:
        self.rng = rng
        self.names: list[str] = []
        self.home: list[str] = []  # the city each person was created in (for namesakes)
        self.surnames, self.cum = _load_surnames()
        # leavers by city, with their rank, ready for a post elsewhere
        self.pool: dict[str, list[tuple[int, int]]] = {}
        cities, by_code = _load_places()
        self.forbidden = {p.name for p in by_code.values()} | {
            p.short for p in by_code.values() if len(p.short) > 1}
        self.towns = [TOWN_PARTS[i:i + 2] for i in range(0, len(TOWN_PARTS), 2)
                      if TOWN_PARTS[i:i + 2] not in self.forbidden]
        rng.shuffle(cities)
        self.counties: list[Jurisdiction] = []
        self.cities: list[Jurisdiction] = []
        for city_place, county_places in cities:
            if len(self.counties) >= n_counties:
                break
            province = by_code[city_place.parent].name
            city = Jurisdiction(city_place, province=province)
            self.cities.append(city)
            for cp in rng.sample(county_places, min(len(county_places), rng.randint(2, 5))):
                county = Jurisdiction(cp, city=city, province=province,
                                      weight=rng.uniform(0.4, 2.5))
                self._places_of(county)
                self.counties.append(county)
        self._simulate()

    # people ------------------------------------------------------------------------------
    def fresh_name(self) -> str:
        """A new name (also for reporters and editors), never one that holds a place name or
        reads as a word: 敖永兴 holds 永兴 (永兴县), 高新 reads as 高新区."""
        rng = self.rng
        while True:
            surname = rng.choices(self.surnames, cum_weights=self.cum)[0]
            k = 1 if rng.random() < 0.3 else 2
            name = surname + "".join(rng.choice(GIVEN) for _ in range(k))
            if name not in WORDLIKE and not self._names_a_place(name, ()):
                return name

    def new_person(self, j: Jurisdiction, taken: set[str]) -> int:
        city = (j.city or j).place.name
        name = ""
        if self.names and self.rng.random() < 1 / 30:  # a namesake of someone elsewhere
            other = self.rng.randrange(len(self.names))
            if self.home[other] != city:
                name = self.names[other]
        while not name or name in taken:
            name = self.fresh_name()
        self.names.append(name)
        self.home.append(city)
        return len(self.names) - 1

    def _places_of(self, county: Jurisdiction) -> None:
        rng = self.rng
        towns = [t + rng.choice(TOWN_SUFFIX) for t in rng.sample(self.towns, 6)]
        county.towns = towns
        s = county.place.short
        own = (county.place.name, s)
        for pattern, ask in rng.sample(PROJECTS, len(PROJECTS)):
            t, t2 = rng.sample(towns, 2)
            name = pattern.format(s=s, t=t[:2], t2=t2[:2])
            if not self._names_a_place(name, own):
                county.projects.append((name, ask))
            if len(county.projects) == 7:
                break

    def _names_a_place(self, text: str, own: tuple[str, ...]) -> bool:
        """Whether ``text`` contains the name of another division, as 二道江城区 holds 江城区."""
        for i in range(len(text) - 1):
            for k in range(2, 7):
                word = text[i:i + k]
                if word in self.forbidden and not any(word in o for o in own):
                    return True
        return False

    # time --------------------------------------------------------------------------------
    def _simulate(self) -> None:
        rng = self.rng
        schedule: list[tuple[date, int, Jurisdiction]] = []
        order = itertools.count()
        for j in self.cities + self.counties:
            slots = CITY_SLOTS if j.city is None else COUNTY_SLOTS
            taken: set[str] = set()
            cast: dict[str, int] = {}
            for slot in slots:
                cast[slot] = self.new_person(j, taken)
                taken.add(self.names[cast[slot]])
            j.dates.append(date(2018, 1, 1))
            j.casts.append(cast)
            day = START + timedelta(days=rng.randint(60, 500))
            while day < END:
                schedule.append((day, next(order), j))
                day += timedelta(days=rng.randint(240, 720))
        schedule.sort(key=lambda e: (e[0], e[1]))
        for day, _, j in schedule:
            before = j.casts[-1]
            after = self._reshuffle(j, dict(before))
            j.dates.append(day)
            j.casts.append(after)
            j.events.append((day, before, after))

    def _from_pool(self, j: Jurisdiction, slot: str, taken: set[str]) -> int | None:
        """A leaver of the same city who may take ``slot``: at most one rank below it."""
        need = (1 if slot.startswith("vm") else 0) if j.city is None else _rank(slot)
        pool = self.pool.get((j.city or j).place.name, [])
        for i, (pid, rank) in enumerate(pool):
            if rank <= need + 1 and self.names[pid] not in taken:
                return pool.pop(i)[0]
        return None

    def _leave(self, j: Jurisdiction, slot: str, pid: int) -> None:
        self.pool.setdefault((j.city or j).place.name, []).append((pid, _rank(slot)))

    def _reshuffle(self, j: Jurisdiction, cast: dict[str, int]) -> dict[str, int]:
        rng = self.rng
        taken = {self.names[p] for p in cast.values()}

        def fill(slot: str, outside: float = 0.5) -> None:
            pid = self._from_pool(j, slot, taken) if rng.random() < outside else None
            if pid is None:
                pid = self.new_person(j, taken)
            cast[slot] = pid
            taken.add(self.names[pid])

        if j.city is None:  # a city: the mayor rises (the 书记 leaves the corpus); a 副市长
            # leaves, and a county's 书记 or 县长 often takes the place
            if rng.random() < 0.5:
                cast["sec"] = cast["mayor"]
                fill("mayor", outside=0.0)
            fill(rng.choice(("vm1", "vm2", "vm3")), outside=0.8)
            return cast
        r = rng.random()
        if r < 0.35:  # the top changes: 县长 -> 书记, 常务副县长 -> 县长, 副县长 -> 常委
            self._leave(j, "sec", cast["sec"])
            if rng.random() < 0.25:
                fill("sec", outside=1.0)
            else:
                cast["sec"] = cast["mayor"]
                if rng.random() < 0.6:
                    cast["mayor"] = cast["sc1"]
                    cast["sc1"] = cast["vm1"]
                    self._promote_bureau_head(j, cast, "vm1", taken)
                else:
                    fill("mayor", outside=0.7)
        elif r < 0.75:  # a deputy moves: 副书记 -> 人大主任, a 常委 leaves
            if rng.random() < 0.3:
                cast["npc"] = cast["dsec"]
                fill("dsec", outside=0.5)
            else:
                sc = rng.choice(STANDING)
                self._leave(j, sc, cast[sc])
                vm = rng.choice(VICE)
                cast[sc] = cast[vm]
                self._promote_bureau_head(j, cast, vm, taken)
        else:  # a 副县长 leaves; two bureau heads swap bureaus
            vm = rng.choice(VICE)
            self._leave(j, vm, cast[vm])
            self._promote_bureau_head(j, cast, vm, taken)
            a, b = rng.sample(BUREAUS, 2)
            cast["b:" + a], cast["b:" + b] = cast["b:" + b], cast["b:" + a]
        return cast

    def _promote_bureau_head(self, j: Jurisdiction, cast: dict[str, int], slot: str,
                             taken: set[str]) -> None:
        bureau = "b:" + self.rng.choice(BUREAUS)
        cast[slot] = cast[bureau]
        pid = self.new_person(j, taken)
        cast[bureau] = pid
        taken.add(self.names[pid])


# ---------------------------------------------------------------------------------------------
# Writing articles


@dataclass
class Article:
    id: str
    text: str
    truth: dict


class Writer:
    """Writes one article about ``j`` on ``day``, noting who appears with which posts."""

    def __init__(self, pop: Population, j: Jurisdiction, day: date, rng: random.Random) -> None:
        self.pop, self.j, self.day, self.rng = pop, j, day, rng
        self.cast = j.cast_at(day)
        self.city = j.city
        self.city_cast = j.city.cast_at(day) if j.city else {}
        self.seen: dict[int, set[tuple[str, str]]] = {}

    # names and titles --------------------------------------------------------------------
    def name(self, pid: int, mention: bool = False) -> str:
        """A person's name; ``mention`` notes them as appearing (without a post)."""
        if mention:
            self.seen.setdefault(pid, set())
        return self.pop.names[pid]

    def who(self, slot: str, full: bool = True, city: bool = False, prefix: bool = False,
            at: dict[str, int] | None = None) -> str:
        """``县委副书记、县长王某``; ``prefix`` writes the jurisdiction's name before the first
        title (沂南县委书记, 临沂市委书记); ``city`` takes the slot from the city's leaders."""
        j = self.city if city else self.j
        cast = at or (self.city_cast if city else self.cast)
        pid = cast[slot]
        posts = titles(j, slot, full)
        self.seen.setdefault(pid, set()).update(posts)
        written = [t for t, _ in posts]
        if prefix:  # 县委书记 -> 沂南县委书记, 副县长 -> 沂南县副县长, 市委书记 -> 临沂市委书记
            first = written[0]
            written[0] = (j.full + first[1:]) if first[0] == j.L else (j.full + first)
        return "、".join(written) + self.pop.names[pid]

    def group(self, slots: list[str], title: str, body: str) -> str:
        """One title before several names: 县委常委李某、王某、张某."""
        names = []
        for slot in slots:
            pid = self.cast[slot]
            self.seen.setdefault(pid, set()).add((title, body))
            names.append(self.pop.names[pid])
        return title + "、".join(names)

    def protocol(self, absent: float = 0.15) -> str:
        """Leaders after the first two, in protocol order and with a few absent:
        县人大常委会主任A，县政协主席B，县委副书记C，县委常委D、E，副县长F、G."""
        rng, j = self.rng, self.j
        L = j.L
        parts = [self.who(slot) for slot in ("npc", "cppcc", "dsec") if rng.random() > absent]
        standing = [s for s in STANDING if rng.random() > absent]
        if standing:
            parts.append(self.group(standing, L + "委常委", j.full + "委"))
        vice = [s for s in VICE if rng.random() > 0.5]
        if vice:
            parts.append(self.group(vice, "副" + L + "长", j.full + "人民政府"))
        return "，".join(parts)

    # words -------------------------------------------------------------------------------
    @staticmethod
    def md(day: date) -> str:
        return f"{day.month}月{day.day}日"

    def gov(self) -> str:
        j = self.j
        return self.rng.choice((j.L + "政府", j.full + "人民政府", j.full + "政府"))

    def bureaus(self, names: tuple[str, ...]) -> str:
        return "、".join(self.j.L + b for b in names)

    def emphasis(self, topic: tuple, k: int = 2) -> str:
        return "；".join(self.rng.sample(topic[3], k))

    def assessment(self, name: str, topic: tuple) -> str:
        L = self.j.L
        return self.rng.choice((
            f"{name}指出，今年以来，全{L}上下认真落实上级决策部署，{topic[2]}工作总体平稳有序，"
            f"但也存在工作推进不平衡、部分责任落实不到位等问题，必须引起高度重视。",
            f"{name}指出，{topic[2]}工作事关全{L}发展大局和群众切身利益。各级各部门要切实增强"
            f"责任感和紧迫感，把思想和行动统一到{L}委、{L}政府的部署要求上来。",
            f"{name}充分肯定了近年来全{L}{topic[2]}工作取得的成绩。他指出，当前形势依然复杂，"
            f"任务依然艰巨，绝不能有丝毫松懈。",
        ))

    # article bodies ----------------------------------------------------------------------
    def meeting(self) -> tuple[str, list[str]]:
        rng, j = self.rng, self.j
        topic = rng.choice(TOPICS)
        held = self.day - timedelta(days=rng.choice((0, 0, 1, 1, 2)))
        if held == self.day - timedelta(days=1) and rng.random() < 0.5:
            when = "昨日"
        else:
            when = self.md(held) + rng.choice(EVENT_OPENERS)
        prefix = rng.choice(("全" + j.L, f"{held.year}年", j.full, rng.choice(SEASONS)))
        mname = prefix + topic[0]
        sec_name, mayor_name = self.name(self.cast["sec"]), self.name(self.cast["mayor"])
        paras = []
        if rng.random() < 0.55:  # a Party committee meeting, with the whole leadership
            L, F = j.L, j.full
            convener = rng.choice((F, F, L + "委、" + L + "政府", F + "委、" + F + "人民政府",
                                   "中共" + F + "委、" + F + "人民政府", L + "委", F + "委"))
            named = j.full in convener
            lead = f"{when}，{convener}召开{mname}，{topic[1]}。"
            lead += f"{self.who('sec', prefix=not named)}出席会议并讲话。"
            lead += rng.choice((f"{self.who('mayor')}主持会议。",
                                f"会议由{self.who('mayor')}主持。"))
            lead += f"{self.protocol()}出席会议。"
            paras.append(lead)
            reporter = rng.choice(("sc1", "vm1", "vm2"))
            paras.append(f"会上，{self.who(reporter)}通报了全{j.L}{topic[2]}工作情况，"
                         f"{self.bureaus(topic[4])}作交流发言。")
            paras.append(self.assessment(sec_name, topic))
            paras.append(f"{sec_name}强调，{self.emphasis(topic)}。")
            if rng.random() < 0.6:
                paras.append(f"{mayor_name}要求，{self.emphasis(topic, 1)}，"
                             f"确保各项工作落到实处。")
            if rng.random() < 0.5:
                paras.append(rng.choice(REQUIREMENTS).format(L=j.L, topic=topic[2]))
            title = rng.choice((f"{j.full}召开{mname}", f"{mname}召开",
                                f"我{j.L}召开{mname}"))
        else:  # a government meeting: the 县长 speaks, a deputy chairs
            convener = self.gov()
            named = j.full in convener
            chair = rng.choice(VICE + ("sc1",))
            paras.append(f"{when}，{convener}召开{mname}，{topic[1]}。"
                         f"{self.who('mayor', prefix=not named)}出席会议并讲话。"
                         f"{self.who(chair)}主持会议。")
            paras.append(f"会上，{self.bureaus(topic[4])}主要负责人分别汇报了{topic[2]}工作"
                         f"进展情况。")
            paras.append(self.assessment(mayor_name, topic))
            paras.append(f"{mayor_name}强调，{self.emphasis(topic)}。{self.emphasis(topic, 1)}。")
            if rng.random() < 0.5:
                paras.append(rng.choice(REQUIREMENTS).format(L=j.L, topic=topic[2]))
            title = rng.choice((f"{j.full}政府召开{mname}", f"{mname}召开"))
        paras.append(rng.choice(GENERIC_CLOSING).format(L=j.L))
        return title, paras

    def inspection(self) -> tuple[str, list[str]]:
        rng, j = self.rng, self.j
        topic = rng.choice(TOPICS)
        projects = rng.sample(j.projects, rng.randint(2, 4))
        when = self.md(self.day - timedelta(days=rng.choice((0, 1, 1, 2))))
        listed = "、".join(p for p, _ in projects)
        if self.city is not None and rng.random() < 0.3:  # the city's leaders come
            slot = rng.choice(("sec", "mayor"))
            leader = self.who(slot, city=True, prefix=True)
            leader_name = self.name(self.city_cast[slot])
            lead = (f"{when}，{leader}到{j.full}调研{topic[2]}工作，先后来到{listed}，实地查看"
                    f"项目建设进展。{self.who('sec', prefix=True)}，{self.who('mayor')}陪同调研。")
            title = f"{leader_name}到{j.full}调研{topic[2]}工作"
        else:
            slot = "sec" if rng.random() < 0.6 else "mayor"
            leader = self.who(slot, prefix=True)
            leader_name = self.name(self.cast[slot])
            acc = "，".join(self.who(s) for s in rng.sample(("sc1", "vm1", "vm2", "vm3"), 2))
            lead = (f"{when}，{leader}带队调研{topic[2]}工作，先后来到{listed}，实地查看项目"
                    f"建设进展，现场协调解决存在的问题。{acc}陪同调研。")
            title = f"{leader_name}调研{topic[2]}工作"
        paras = [lead]
        for pname, ask in projects[:3]:
            paras.append(f"在{pname}，{leader_name}详细了解{ask}，要求项目单位在确保质量和"
                         f"安全的前提下加快进度。")
        if rng.random() < 0.4:
            paras.append(f"调研结束后，{leader_name}主持召开座谈会，听取了{self.bureaus(topic[4])}"
                         f"关于{topic[2]}工作的情况汇报。")
        paras.append(f"调研中，{leader_name}强调，{self.emphasis(topic)}。")
        return title, paras

    def appointment(self) -> tuple[str, list[str]] | None:
        """A 领导干部会议 announcing the county's last change of 书记 or 县长 before ``day``."""
        rng, j = self.rng, self.j
        events = [e for e in j.events if e[0] <= self.day and
                  (e[1]["sec"] != e[2]["sec"] or e[1]["mayor"] != e[2]["mayor"])]
        if not events or self.city is None:
            return None
        held, before, after = events[-1]
        self.day = held + timedelta(days=rng.randint(0, 1))
        self.cast = after
        self.city_cast = self.city.cast_at(held)
        L, F = j.L, j.full
        org = self.who("org", city=True, prefix=True)
        changed = "sec" if before["sec"] != after["sec"] else "mayor"
        new, old = self.name(after[changed], True), self.name(before[changed], True)
        if changed == "sec":
            decision = (f"{new}同志担任{F}委委员、常委、书记，{old}同志不再担任{F}委书记职务，"
                        f"另有任用。")
        else:
            decision = (f"{new}同志担任{F}委委员、常委、副书记，提名为{F}{L}长候选人；{old}同志"
                        f"不再担任{F}委副书记、常委、委员职务。")
        chair = "mayor" if changed == "sec" else "sec"
        paras = [
            f"{self.md(held)}，{F}召开领导干部会议，宣布{self.city.full}委关于{F}委主要负责同志"
            f"调整的决定。{org}出席会议并宣布了决定：{decision}",
            f"{self.name(self.city_cast['org'])}指出，这次调整是市委从全局出发，经过通盘考虑、"
            f"慎重研究作出的决定。希望{F}领导班子团结带领全{L}干部群众，奋力推动全{L}经济社会"
            f"高质量发展。",
            f"{self.who(changed)}作表态发言。他表示，完全赞同、坚决拥护上级决定，将尽快熟悉情况、进入"
            f"角色，与班子成员一道把各项工作抓紧抓实。",
            f"会议由{self.who(chair)}主持。{self.protocol()}出席会议。",
            f"{L}级领导干部，各乡镇（街道）、{L}直部门主要负责人参加会议。",
        ]
        return f"{F}召开领导干部会议", paras

    def round_item(self, day: date, same_day: bool, first: bool = False,
                   kind: int | None = None) -> str:
        """One dated item of a round-up, of ``kind`` 0-4 (常委会, 常务会议, 督导检查, 人大常委会,
        政协); the ``first`` item names the county in full."""
        rng, j = self.rng, self.j
        L = j.L
        X = j.full if first else L
        when = "同日" if same_day else self.md(day)
        topic = rng.choice(TOPICS)
        if kind is None:
            kind = rng.randrange(5)
        if kind == 0:
            return (f"{when}，{X}委常委会召开会议，传达学习上级有关会议精神，研究部署{topic[2]}"
                    f"等工作。{self.who('sec')}主持会议并讲话。")
        if kind == 1:
            return (f"{when}，{self.who('mayor', prefix=first)}主持召开{L}政府常务会议，研究"
                    f"{topic[2]}等事项。会议强调，{rng.choice(topic[3])}。")
        if kind == 2:
            pname = rng.choice(j.projects)[0]
            return (f"{when}，{self.who(rng.choice(VICE), prefix=first)}带队督导检查{topic[2]}"
                    f"工作，实地查看了{pname}建设情况，要求相关单位{rng.choice(topic[3])}。")
        if kind == 3:
            text = (f"{when}，{X}人大常委会召开第{rng.randint(3, 40)}次会议，{self.who('npc')}"
                    f"主持会议。会议听取了{L}人民政府关于{topic[2]}工作情况的报告。")
            earlier = j.cast_at(day - timedelta(days=90))
            new = [self.cast[v] for v in VICE if self.cast[v] != earlier[v]]
            if new:  # an appointment: the post follows the name, so the truth has no post
                text += f"会议决定任命{self.name(new[0], True)}为{j.full}人民政府副{L}长。"
            return text
        return (f"{when}，{X}政协召开{topic[2]}专题议政会，{self.who('cppcc')}出席并讲话。"
                f"{self.who(rng.choice(VICE))}通报了有关情况。")

    def roundup(self) -> tuple[str, list[str]]:
        rng, j = self.rng, self.j
        kinds = rng.sample((0, 1, 2, 3, 4, 1, 2), rng.randint(3, 7))
        days = sorted(self.day - timedelta(days=rng.randint(1, 7)) for _ in kinds)
        paras: list[str] = []
        last = None
        for day, kind in zip(days, kinds, strict=True):
            self.cast = j.cast_at(day)
            paras.append(self.round_item(day, day == last, first=not paras, kind=kind))
            last = day
        self.cast = j.cast_at(self.day)
        title = rng.choice((f"{j.full}政务动态（{self.md(days[0])}—{self.md(days[-1])}）",
                            f"{j.place.short}一周要闻"))
        return title, paras

    # the page ----------------------------------------------------------------------------
    def page(self, title: str, paras: list[str]) -> str:
        rng, j = self.rng, self.j
        source = rng.choice((j.full + "融媒体中心", j.full + "人民政府网",
                             (self.city or j).place.short + "日报"))
        stamp = f"{self.day.isoformat()} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        reporter = "　".join(self.pop.fresh_name() for _ in range(rng.randint(1, 2)))
        return "\n\n".join([title, f"来源：{source}　发布时间：{stamp}", *paras,
                            f"（记者　{reporter}）", f"责任编辑：{self.pop.fresh_name()}"]) + "\n"

    def truth(self, aid: str) -> dict:
        persons = [{"pid": pid, "name": self.pop.names[pid], "posts": sorted(map(list, posts))}
                   for pid, posts in sorted(self.seen.items())]
        return {"id": aid, "date": self.day.isoformat(), "place": self.j.full,
                "city": self.city.full if self.city else None, "persons": persons}


def _random_day(rng: random.Random) -> date:
    return START + timedelta(days=rng.randrange((END - START).days + 1))


def _corpus(n: int, seed: int) -> tuple[Population, random.Random]:
    rng = random.Random(seed)
    pop = Population(max(4, n // ARTICLES_PER_COUNTY), rng)
    return pop, rng


def generate_records(n: int, seed: int = 0) -> Iterator[Article]:
    """Articles with their truth: who appears (``pid``, unique across the corpus) and the
    posts the text gives them by a title before the name (县委副书记、县长王某), as
    ``[title as written, body's full name]``; a person named in an appointment (任命王某为…)
    or a decision (王某同志担任…) appears without that post."""
    pop, rng = _corpus(n, seed)
    counties = pop.counties
    cum = list(itertools.accumulate(c.weight for c in counties))
    width = len(str(max(n - 1, 0)))
    for i in range(n):
        j = rng.choices(counties, cum_weights=cum)[0]
        w = Writer(pop, j, _random_day(rng), rng)
        kind = rng.random()
        made = None
        if kind < 0.08:
            made = w.appointment()
        if made is None:
            if kind < 0.5:
                made = w.meeting()
            elif kind < 0.78:
                made = w.inspection()
            else:
                made = w.roundup()
        aid = f"gen{i:0{width}d}"
        yield Article(aid, w.page(*made), w.truth(aid))


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``n`` articles as ``(article_id, text)``, the same for the same ``seed``."""
    for art in generate_records(n, seed):
        yield art.id, art.text


def generate_long(kb: int, seed: int = 0, index: int = 0) -> tuple[str, str]:
    """One chronicle (大事记) of a county, of about ``kb`` KiB of UTF-8: dated items spread
    over 2019-2025 (several a day, with 同日, when the size asks for more items than days),
    under a ``2019年`` heading for each year, made by concatenating round-up paragraphs."""
    pop, _ = _corpus(ARTICLES_PER_COUNTY * 4, seed)
    rng = random.Random(f"long-{seed}-{index}")
    j = rng.choice(pop.counties)
    w = Writer(pop, j, END, rng)
    target = kb * KB
    paras: list[str] = []
    size, offset, last, year = 0, 0.0, None, 0
    kinds: list[int] = []
    while size < target:
        day = min(END, START + timedelta(days=int(offset)))
        per_item = size / len(paras) if paras else 420.0
        gap = ((END - START).days - offset) / max(1.0, (target - size) / per_item)
        offset += rng.uniform(0, 2 * max(gap, 0.0))
        if day.year != year:
            year = day.year
            paras.append(f"{year}年")
        if day != last or not kinds:
            kinds = rng.sample(range(5), 5)
        w.cast = j.cast_at(day)
        para = w.round_item(day, day == last, first=len(paras) < 2, kind=kinds.pop())
        last = day
        paras.append(para)
        size += len(para.encode("utf-8")) + 2
    w.day = END
    w.cast = j.cast_at(END)
    return f"long{kb}kb_{index}", w.page(f"{j.full}大事记", paras)


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="how many articles")
    ap.add_argument("outdir", type=Path, help="where to write <id>.txt")
    ap.add_argument("--seed", type=int, default=0, help="the same seed gives the same corpus")
    ap.add_argument("--long", type=int, metavar="KB",
                    help="write N chronicles of about KB KiB each instead of news articles")
    ap.add_argument("--truth", type=Path, metavar="FILE",
                    help="also write who appears in each article (JSON lines)")
    args = ap.parse_args(argv)
    if args.n < 0 or (args.long is not None and args.long < 1):
        ap.error("N must be >= 0 and KB >= 1")
    args.outdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    total = 0
    truth = open(args.truth, "w", encoding="utf-8") if args.truth else None
    try:
        if args.long is not None:
            items = (generate_long(args.long, args.seed, i) for i in range(args.n))
            for aid, text in items:
                total += (args.outdir / f"{aid}.txt").write_text(text, encoding="utf-8")
        else:
            for art in generate_records(args.n, args.seed):
                total += (args.outdir / f"{art.id}.txt").write_text(art.text, encoding="utf-8")
                if truth:
                    truth.write(json.dumps(art.truth, ensure_ascii=False) + "\n")
    finally:
        if truth:
            truth.close()
    dt = time.perf_counter() - t0
    print(f"wrote {args.n} articles ({total} characters) to {args.outdir} in {dt:.2f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

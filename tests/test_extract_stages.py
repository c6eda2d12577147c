"""Unit tests per extraction stage: dates, bodies, projects and sites, events and roles."""

from datetime import date

import pytest

from govkg.extract.article import Article
from govkg.extract.dates import find_dates
from govkg.extract.orgs import find_bodies
from govkg.extract.projects import find_quoted, find_sites
from govkg.extract.sentences import split


@pytest.mark.parametrize(
    "text,published,previous,expected",
    [
        ("5月28日，城投集团召开会议", date(2025, 5, 29), None, ["2025-05-28"]),
        ("2023年9月23日下午，召开动员会", None, None, ["2023-09-23"]),
        ("昨天下午，签约仪式举行", date(2017, 12, 3), None, ["2017-12-02"]),
        ("同日，召开调度会", None, "2021-08-04", ["2021-08-04"]),
        ("12月26日，召开常委会", None, None, [None]),  # no year anywhere: never guessed
        ("12月28日，召开会议", date(2024, 1, 3), None, ["2023-12-28"]),  # reported in January
        ("二〇二一年十二月七日上午", None, None, ["2021-12-07"]),
        ("2月30日召开", date(2022, 3, 1), None, [None]),  # no such day
    ],
)
def test_dates(text, published, previous, expected):
    assert [d.value for d in find_dates(text, published, previous)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("市发改委、市财政局、市城投集团分管负责同志参加会议。",
         ["市发改委", "市财政局", "市城投集团"]),
        ("县住建局、行政审批局、丹河公司、合为集团分别表态发言",
         ["县住建局", "行政审批局", "丹河公司", "合为集团"]),
        ("其间，思明区建设局和街道等部门曾多次协调", ["思明区建设局"]),
        ("中国交通建设股份有限公司签署协议", ["中国交通建设股份有限公司"]),
        ("文化和旅游部数据中心测算", ["文化和旅游部数据中心"]),
        ("形成工作新格局，研究部署工作", []),
        ("各部门、相关单位负责人参加", []),
    ],
)
def test_bodies(text, expected):
    assert [b.name for b in find_bodies(text)] == expected


def test_quoted_campaigns():
    assert [x.name for x in find_quoted("召开2022年“多彩花海”行动动员部署会")] == ["“多彩花海”行动"]
    assert find_quoted("以“上墙晾晒”倒逼进度") == []  # a slogan, not a campaign


@pytest.mark.parametrize(
    "text,expected",
    [
        ("先后深入到荣域·欢乐谷、江汉路拆迁、西孟轲等五村整合、孟轲小学等10个项目建设一线",
         [("荣域·欢乐谷", "project"), ("江汉路拆迁", "project"), ("西孟轲等五村整合", "project"),
          ("孟轲小学", "project")]),
        ("先后来到卫店镇双钱村、三湾村等地", [("卫店镇双钱村", "place"), ("三湾村", "place")]),
        ("重点走访了仙湖路、新七路—新悦路绿化项目等在建工程",
         [("仙湖路", "project"), ("新七路—新悦路绿化项目", "project")]),
    ],
)
def test_sites(text, expected):
    assert [(x.name, x.kind) for x in find_sites(text)] == expected


def _extract(text, date_=None):
    from govkg.extract.pipeline import extract_article

    return extract_article(Article(id="t", text=text, date=date_)).to_json()


def _roles(result):
    nodes = {n["id"]: n for n in result["nodes"]}
    return sorted({(nodes[e["source"]]["name"], e["type"]) for e in result["edges"]
                   if nodes[e["target"]]["label"] == "Meeting"})


def test_roles_read_meeting_by_meeting():
    text = ("2月15日，泽州县召开动员部署会。县委书记高喜全出席会议并讲话。县长张军主持会议。"
            "县领导张峻豪、张韶华等参加会议。会上，副县长韩建英对方案进行了说明。")
    result = _extract(text, "2022-02-17")
    assert _roles(result) == [
        ("张军", "CHAIRED"), ("张峻豪", "ATTENDED"), ("张韶华", "ATTENDED"),
        ("韩建英", "SPOKE_AT"), ("高喜全", "ATTENDED"), ("高喜全", "SPOKE_AT")]
    meetings = [n for n in result["nodes"] if n["label"] == "Meeting"]
    assert [m["date"] for m in meetings] == ["2022-02-15"]


def test_speech_reported_second_hand_is_no_role():
    text = "1月10日，自治区政协举行主席会议。会议传达了自治区党委书记李建华在会上的讲话精神。"
    assert _roles(_extract(text)) == []


def test_chronicle_meetings_are_separate():
    text = ("8月20日，州委书记张子建会见企业商会会长陆学伟一行。\n"
            "8月26日，州人大常委会召开通报会。州人大常委会党组书记、主任翁斌主持会议。\n"
            "同日，州委常委、副州长韩松主持召开调度会。")
    result = _extract(text, "2025-09-25")
    dates = sorted(n.get("date") for n in result["nodes"] if n["label"] == "Meeting")
    assert dates == ["2025-08-20", "2025-08-26", "2025-08-26"]
    assert ("陆学伟", "ATTENDED") in _roles(result)


def test_inspection_leader_inspects_each_site():
    text = ("6月26日上午，华龙区区长高尚功带领相关部门负责人实地调研重点项目。"
            "高区长一行先后深入到江汉路拆迁、南海路小学等10个项目建设一线。副区长王世锋参加调研活动。")
    result = _extract(text, "2019-06-28")
    nodes = {n["id"]: n for n in result["nodes"]}
    inspected = sorted((nodes[e["source"]]["name"], nodes[e["target"]]["name"])
                       for e in result["edges"] if e["type"] == "INSPECTED")
    assert inspected == [("高尚功", "南海路小学"), ("高尚功", "江汉路拆迁")]
    assert ("王世锋", "ATTENDED") in _roles(result)


def test_every_edge_has_evidence_and_offsets():
    text = "5月28日，城投集团组织召开现场会。集团党委书记、董事长刘景山强调，要抓好落实。"
    result = _extract(text, "2025-05-29")
    assert result["edges"]
    for e in result["edges"]:
        assert e["evidence"] and e["evidence"] in text
        assert text[e["start"] : e["end"]] == e["evidence"]


def test_sentences_keep_offsets():
    text = "会议召开。张三出席！\n李四讲话"
    for s in split(text):
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text,published,previous,expected",
    [
        ("12日上午，市委书记主持召开会议", date(2023, 5, 13), None, ["2023-05-12"]),
        ("28日，召开会议", date(2023, 6, 2), None, ["2023-05-28"]),  # last month's 28th
        ("15日下午，召开会议", None, "2023-03-02", ["2023-03-15"]),  # the month before it
        ("第12日", date(2023, 5, 13), None, []),
    ],
)
def test_day_only_dates(text, published, previous, expected):
    assert [d.value for d in find_dates(text, published, previous)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("研究部署衢江(龙游段)防洪提升工程和开发区扩区等工作", ["衢江(龙游段)防洪提升工程"]),
        ("围绕荆门中心城区排水防涝提升工程、掇刀区竹园社区棚户区改造等重点项目",
         ["荆门中心城区排水防涝提升工程", "掇刀区竹园社区棚户区改造"]),
        ("包括程江镇污水处理厂提标改造工程、G205国道梅县段改线工程等",
         ["程江镇污水处理厂提标改造工程", "G205国道梅县段改线工程"]),
        ("是一项民生工程、经济工程和政治工程", []),  # kinds of project, none in particular
        ("确保重点项目早开工", []),
    ],
)
def test_named_projects(text, expected):
    from govkg.extract.projects import find_named

    assert [x.name for x in find_named(text)] == expected


def test_named_project_needs_a_place_or_code():
    text = "会议研究了西城新区综合管廊建设和高质量园林景观工程等事项。"
    projects = [n["name"] for n in _extract(text)["nodes"] if n["label"] == "Project"]
    assert projects == ["西城新区综合管廊"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("旗委书记宝音德力格尔主持召开会议", "宝音德力格尔"),  # no surname, transliterated
        ("地委秘书长阿依古丽·买买提出席签约仪式", "阿依古丽·买买提"),  # not 买买|提出
        ("区发展和改革局局长古伟明出席", "古伟明"),
    ],
)
def test_minority_and_transliterated_names(text, expected):
    from govkg.extract.people import find_titled

    assert [p.name for p in find_titled(text)] == [expected]


def test_listed_speakers_all_spoke():
    text = ("3月2日，镇党委召开会议。汪口村党支部书记俞新民、晓起村党支部书记江根福作表态发言。")
    assert ("俞新民", "SPOKE_AT") in _roles(_extract(text, "2023-03-03"))
    assert ("江根福", "SPOKE_AT") in _roles(_extract(text, "2023-03-03"))


def test_speakers_in_turn():
    text = ("6月3日，区政协召开协商会。区政协委员、企业家朱丽娟，区政协委员吴国庆先后发言。")
    roles = _roles(_extract(text, "2024-06-04"))
    assert ("朱丽娟", "SPOKE_AT") in roles and ("吴国庆", "SPOKE_AT") in roles


def test_chronicle_year_heading_gives_the_year():
    text = ("2022年\n★3月5日 县委书记刘志华主持召开县委常委会会议。\n"
            "★同日 县长王建国主持召开常务会议。")
    result = _extract(text, "2023-07-14")
    dates = sorted(n.get("date") for n in result["nodes"] if n["label"] == "Meeting")
    assert dates == ["2022-03-05", "2022-03-05"]


def test_project_list_without_a_visit():
    text = "会议要求，着力抓好新蒲大道北延伸段、新蒲新区智能制造产业园二期等重点项目建设。"
    result = _extract(text)
    projects = sorted(n["name"] for n in result["nodes"] if n["label"] == "Project")
    assert projects == ["新蒲大道北延伸段", "新蒲新区智能制造产业园二期"]
    assert not [e for e in result["edges"] if e["type"] == "INSPECTED"]

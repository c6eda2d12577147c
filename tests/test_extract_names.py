"""Where names start and end, and what is no name (spaCy-style tables of cases)."""

import pytest

from govkg.extract.names import parse_name
from govkg.extract.people import find_comrades, find_name_lists, find_titled


@pytest.mark.parametrize(
    "text,pos,expected",
    [
        ("县委书记高喜全出席会议", 4, "高喜全"),  # three characters, verb glued on
        ("县长张军主持会议", 2, "张军"),  # two characters
        ("县长张军在主持会议时要求", 2, "张军"),  # 在 is no part of the name
        ("书记陆卫东主持召开", 2, "陆卫东"),
        ("董事长欧阳明辉出席", 3, "欧阳明辉"),  # compound surname, four characters
        ("主任艾尔肯·吐尼亚孜出席", 2, "艾尔肯·吐尼亚孜"),  # minority name with ·
        ("关长达布希拉图、副旗长", 2, "达布希拉图"),  # transliterated, to the delimiter
        ("副县长韩建英对方案进行了说明", 3, "韩建英"),
        ("副区长王世锋参加调研活动", 3, "王世锋"),
        ("县委书记赵明亮亲临现场", 4, "赵明亮"),
        ("局长刘韬，", 2, "刘韬"),
    ],
)
def test_parse_name(text, pos, expected):
    got = parse_name(text, pos)
    assert got is not None and got[0] == expected


@pytest.mark.parametrize("text,pos", [("院长候选人，", 2), ("主任单位，", 2), ("书记处理", 2)])
def test_not_a_name(text, pos):
    assert parse_name(text, pos) is None


def _titled(text):
    return [(p.name, [t.text for t in p.titles]) for p in find_titled(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("县委副书记、县长顾国标出席", [("顾国标", ["县委副书记", "县长"])]),
        (
            "县委常委李春旺、王炜、盛慧琴出席会议",
            [("李春旺", ["县委常委"]), ("王炜", ["县委常委"]), ("盛慧琴", ["县委常委"])],
        ),
        (
            "市住建局局长刘韬，市交通运输局局长钟帮元出席会议",
            [("刘韬", ["市住建局局长"]), ("钟帮元", ["市交通运输局局长"])],
        ),
        ("集团党委书记、董事长盛梦龙出席会议并讲话", [("盛梦龙", ["集团党委书记", "董事长"])]),
        ("会议由集团党委副书记、总经理殷辉礼主持", [("殷辉礼", ["集团党委副书记", "总经理"])]),
        ("县人大常委会主任孙进基列席会议", [("孙进基", ["县人大常委会主任"])]),
        ("县委常委 副县长 张文杰", [("张文杰", ["县委常委", "副县长"])]),
        ("副县长王丽(女)出席会议", [("王丽", ["副县长"])]),
    ],
)
def test_title_chains(text, expected):
    assert _titled(text) == expected


def test_chain_shares_its_body():
    (p,) = find_titled("城投集团党委书记、董事长黄俊陪同调研")
    assert [t.short for t in p.titles] == ["党委书记", "董事长"]
    assert p.titles[1].inherited_org == "城投集团"


def test_title_without_body_in_reach_is_no_post():
    people = find_titled("县领导张峻豪、张韶华、赵宏斌等参加会议")
    assert [p.name for p in people] == ["张峻豪", "张韶华", "赵宏斌"]
    assert all(not t.is_post for p in people for t in p.titles)


@pytest.mark.parametrize(
    "text",
    [
        "李书记指出，要抓好落实。",  # surname + title
        "县领导、与会人员参加会议。",  # generic groups
        "主要负责同志参加会议。",
        "XX同志要认真学习。",  # template placeholder
        "高区长一行先后深入到项目一线。",
    ],
)
def test_not_persons(text):
    found = find_titled(text) + find_comrades(text) + find_name_lists(text)
    assert found == []


def test_comrade_and_bare_lists():
    assert [p.name for p in find_comrades("提名耿巍坪同志为法院院长候选人")] == ["耿巍坪"]
    assert [p.name for p in find_name_lists("周志远、陈翡敏、李红梅参加会谈。")] == [
        "周志远", "陈翡敏", "李红梅"]


def test_appointees_and_names_before_titles():
    from govkg.extract.people import find_appointees, find_name_then_title

    appointed = find_appointees("决定任命刘俊峰为区发改局局长，接受王志强辞去职务")
    assert [p.name for p in appointed] == ["刘俊峰", "王志强"]
    before = find_name_then_title("会上，王海军副县长通报了情况")
    assert [(p.name, p.titles[0].text) for p in before] == [("王海军", "副县长")]
    assert find_name_then_title("及相关部门负责人参加") == []
    assert find_name_then_title("李书记指出") == []


def test_placeholders_are_no_names():
    assert find_titled("局长王某某出席会议") == []

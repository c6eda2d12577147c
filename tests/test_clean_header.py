"""Title, publication date, source and address from the lines around the headline."""

import pytest

from govkg.extract.clean.header import (
    find_date,
    find_source,
    find_title,
    find_url,
    is_date_line,
    parse_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-07-05", "2023-07-05"),
        ("2021-12-8 13:03", "2021-12-08"),
        ("2025/05/29 08:21:09", "2025-05-29"),
        ("2025年09月25日", "2025-09-25"),
        ("2025年9月5日", "2025-09-05"),
        ("2023.7.5", "2023-07-05"),
        ("2023-13-45", None),
        ("no date", None),
        ("2023-07-05T16:46:47+08:00", "2023-07-05"),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2017-12-03", True),
        ("2023-07-05 16:46:47 来源：厦门日报", True),
        ("2021-12-8 13:03| 发布者: admin| 评论: 0", True),
        ("网络编辑 晋城 2022-02-17 18:02:46 0 泽州县 工作 花海", True),
        ("张金兰于 2025/05/29 08:21:09 发布", True),
        ("2020年4月3日上午，市住建局局长杨万山率队到城投集团，就项目推进等工作进行交流。",
         False),
        ("8月20日，州委书记张子建会见陆学伟一行。", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


BODY = "会议指出，要深入学习贯彻会议精神，切实把各项工作落到实处，推动高质量发展。"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["标题", "张金兰于 2025/05/29 08:21:09 发布", BODY], "2025-05-29"),
        (["标题", "发布日期：2023-09-28 10:46", BODY], "2023-09-28"),
        (["标题", "2023-07-05 16:46:47 来源：厦门日报", BODY], "2023-07-05"),
        (["标题", "时间：2019-06-28", "来源：区发展和改革委员会", BODY], "2019-06-28"),
        (["主题词：发布日期：2025年09月25日 文 号：", BODY], "2025-09-25"),
        # an archive date is not the publication date
        (["归档时间：2024/2/27 12:33:21", "标题",
          "来源：潮河镇 陈松 发布时间：2017-10-29 14:00:00 浏览次数：", BODY], "2017-10-29"),
        (["归档时间：2024/2/27 12:33:21", "标题", BODY], None),
        # an event date in the story is not the publication date
        (["2020年4月3日上午，市住建局局长杨万山率队到城投集团调研，就项目推进进行交流。", BODY],
         None),
        ([BODY, "- 上一篇：鑫景城公司开展安全生产大检查 2020/4/7"], None),
        # a labelled date under the story counts
        ([BODY, "发布时间：2022-10-17"], "2022-10-17"),
    ],
)
def test_find_date(lines: list[str], expected: str | None) -> None:
    zone_end = next((i for i, line in enumerate(lines) if line.endswith("。")), len(lines))
    assert find_date(lines, zone_end) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["正在阅读：找差距 促提升|城投集团召开城市管养提升现场会",
          "找差距 促提升|城投集团召开城市管养提升现场会"],
         "找差距 促提升|城投集团召开城市管养提升现场会"),
        (["标 题：", "大事记(2025年8月—9月)", "成文日期：", "大事记(2025年8月—9月)"],
         "大事记(2025年8月—9月)"),
        (["标题：甘肃省签约一批项目"], "甘肃省签约一批项目"),
        (["原标题：25省份中秋国庆旅游成绩单"], "25省份中秋国庆旅游成绩单"),
        (["NEWS CENTER", "新闻中心", "追踪新闻动态，分享我们的精彩。",
          "集团公司召开总经理办公会议 安排部署重点工作"],
         "集团公司召开总经理办公会议 安排部署重点工作"),
        (["山西大院资讯网", "0", "泽州县召开动员部署会", "网络编辑 晋城 2022-02-17 18:02:46",
          "泽州县召开动员部署会"], "泽州县召开动员部署会"),
        (["首页 > 新闻中心 > 集团要闻 > 正文", "彭代元率队调研钟山东路建设情况"],
         "彭代元率队调研钟山东路建设情况"),
        ([], ""),
        (["2017-12-03"], ""),
    ],
)
def test_find_title(lines: list[str], expected: str) -> None:
    assert find_title(lines, len(lines))[1] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["2023-07-05 16:46:47 来源：厦门日报"], "厦门日报"),
        (["来源：嵊州城投集团"], "嵊州城投集团"),
        (["来源：潮河镇 陈松 发布时间：2017-10-29"], "潮河镇"),
        (["发布时间：2022-10-17 作者：图文/陆美玉来源：本站原创审核：梁辉露"], None),
        (["文章来源：人民日报|作者：张三"], "人民日报"),
        (["没有来源的行"], None),
    ],
)
def test_find_source(lines: list[str], expected: str | None) -> None:
    assert find_source(lines, len(lines)) == expected


def test_find_url() -> None:
    assert find_url(["本文地址：http://www.shanxidayuan.com/gsyl/jincheng/2808.html"]) == (
        "http://www.shanxidayuan.com/gsyl/jincheng/2808.html"
    )
    assert find_url(["没有地址"]) is None


def test_site_names_and_breadcrumbs_are_no_titles():
    from govkg.extract.clean import analyse

    raw = ("河北新闻网 > 要闻\n全省城市更新行动现场推进会在唐山召开\n"
           "2024-06-20 07:15:32 来源:河北日报\n"
           "昨日，全省城市更新行动现场推进会在唐山召开。副省长陈国华出席会议并讲话。")
    assert analyse(raw).title == "全省城市更新行动现场推进会在唐山召开"
    raw = ("南通经济技术开发区\n首页>新闻动态>开发区要闻\n开发区召开一季度重大项目推进会\n"
           "发布者:管委会办公室 发布时间:2024-04-03\n4月2日，开发区召开一季度重大项目推进会。")
    assert analyse(raw).title == "开发区召开一季度重大项目推进会"

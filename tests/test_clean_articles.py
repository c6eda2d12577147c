"""The whole cleaning pipeline on the real seed articles (in seeds/) and dev articles (in
../shared/dev, see real_articles.py)."""

import re
from functools import cache

import opencc
import pytest

from govkg.extract.clean import Cleaned, analyse
from govkg.extract.clean.chars import TONE_VOWELS

from real_articles import article_path, seed_paths

PINYIN_REMNANT = re.compile(rf"\([a-z{TONE_VOWELS}]+\)?|[{TONE_VOWELS}]")

SEEDS = {
    "000_bad4b1189ee8042d": dict(
        date="2025-05-29",
        title="找差距促提升|城投集团召开城市管养提升现场会",
        source="嵊州城投集团",
        gone=["张金兰", "版权归原作者所有", "正在阅读", "6290", "点赞", "IP属地", "作者", "转载",
              "信息未审核", "来源"],
        kept=["袁峰", "刘景山", "仙湖路", "新七路—新悦路绿化项目", "上虞区“一江两岸”景观工程"],
    ),
    "001_146ed3f869736278": dict(
        date="2023-09-28",
        title="城投集团召开重点项目“百日攻坚”动员会暨城投集团项目管理中心筹建动员会",
        source=None,
        gone=["分享到", "发布日期"],
        kept=["盛梦龙", "殷辉礼", "洪师亮", "潘勇", "代(集)建单位"],
    ),
    "002_53bfa5bd6a0ce012": dict(
        date="2023-07-05",
        title="市建设局6个驻区工作组下沉一线“一盘棋”突破重点难点工作",
        source="厦门日报",
        gone=["杨超越", "小鹏汽车", "理想汽车", "相关阅读", "责任编辑", "关键词", "资料图片",
              "朱家角", "(2023-07-05)"],
        kept=["李德才", "思明区何厝片区", "(均超40米)"],
    ),
    "003_39891f4ee9555428": dict(
        date="2021-12-08",
        title="2021年全市“项目大会战”城建交通基础设施领域重大项目现场推进会在安源区召开",
        source=None,
        gone=["摘要", "鲜花", "握手", "雷人", "路过", "鸡蛋", "相关分类", "萍乡城事网", "admin",
              " ..."],
        kept=["刘仁羿", "张磊", "丹井大道(南互通连接线段)工程", "区(管委会)"],
    ),
    "004_b5e028a742a41c81": dict(
        date="2022-02-17",
        title="泽州县召开“提品质、出精品、创经典，建设美丽新晋城”暨2022年“多彩花海”行动动员部署会",
        source=None,
        url="http://www.shanxidayuan.com/gsyl/jincheng/2808.html",
        gone=["刘娟", "责任编辑", "版权声明", "Copyright", "copyright", "验证码", "山西大院",
              "网络编辑", "1553855", "本文地址", "E-mail", "留言"],
        kept=["高喜全", "张军", "韩建英", "张峻豪"],
    ),
}

# publish_date from the dev gold annotations; None where the article gives none
DEV_DATES = {
    "001": None, "004": None, "008": None, "011": "2019-06-28", "015": None, "018": None,
    "022": None, "025": "2017-12-03", "029": None, "032": None, "036": "2022-10-17",
    "039": None, "043": None, "046": None, "050": None, "053": None, "057": None,
    "060": "2025-09-25", "064": None, "067": "2017-10-29",
}

DEV_TITLES = {
    "004": "如何可持续发展？市住建局领导为城投集团带来一堂业务指导课",
    "008": "集团公司召开总经理办公会议安排部署重点工作",
    "011": "华龙区区长高尚功现场调研重点项目建设情况",
    "025": "甘肃省签约一批交通设施和旅游项目合作协议",
    "036": "彭代元率队调研钟山东路建设情况",
    "060": "大事记(2025年8月—9月)",
    "064": "25省份中秋国庆旅游成绩单：河南揽客8480万居首江苏吸金最多",
    "067": "县委常委、副县长张文杰率队到潮河镇调研龙城大道与高速连接线规划建设工作",
    "001": "", "015": "", "018": "", "022": "", "029": "", "032": "", "039": "", "043": "",
    "046": "", "050": "", "053": "", "057": "",
}

DEV_GONE = {
    "004": ["上一篇", "下一篇", "鑫景城"],
    "008": ["NEWS CENTER", "新闻中心", "追踪新闻动态"],
    "011": ["分享到", "来源"],
    "015": ["江露露", "石晓红", "全媒体记者"],
    "018": ["梅本炎", "扫一扫", "微博"],
    "032": ["(集团办公室)"],
    "036": ["日韩", "视频", "首页", "陆美玉", "梁辉露", "本站原创"],
    "039": ["宁翠兰", "建安集团党群工作部"],
    "046": ["验证码"],
    "050": ["刘一阳", "本网讯", "通讯员"],
    "060": ["索引号", "您当前所在的位置", "成文日期", "发布机构"],
    "064": ["原标题", "，，", "，。"],
    "067": ["陈松", "归档时间", "浏览次数", ".JPG", "打印正文", "分享到", "您的位置"],
}

DEV_KEPT = {
    "001": ["陆卫东", "顾国标", "(讨论稿)"],
    "004": ["杨万山", "曾嵘"],
    "015": ["唐厚明"],
    "018": ["孙国梁"],
    "022": ["齐同生"],
    "032": ["周巧凌", "寿伟光"],
    "036": ["彭代元", "蒋晓军", "黄俊"],
    "039": ["刘进跃"],
    "043": ["陈祖军"],
    "050": ["李元明", "党组(扩大)会议"],
    "053": ["王国忠", "高寒", "常升旺"],
    "057": ["周玉龙", "兴安"],
    "060": ["张子建", "陆学伟"],
    "067": ["张文杰", "龙城大道"],
}


@cache
def cleaned(name: str) -> Cleaned:
    path = article_path(name)
    return analyse(path.read_text(encoding="utf-8"))


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


ALL = [*SEEDS, *DEV_DATES]


def test_every_seed_is_pinned() -> None:
    assert sorted(p.stem for p in seed_paths()) == sorted(SEEDS)


@pytest.mark.parametrize("name", ALL)
def test_no_pinyin_or_traditional_left(name: str) -> None:
    result = cleaned(name)
    for text in (result.text, result.title):
        assert not PINYIN_REMNANT.search(text), PINYIN_REMNANT.search(text)
        assert _t2s().convert(text) == text


@pytest.mark.parametrize("name", ALL)
def test_one_paragraph_per_line_and_no_title_line(name: str) -> None:
    result = cleaned(name)
    lines = result.text.split("\n")
    assert all(line and line == line.strip() for line in lines)
    assert result.title not in lines
    assert len(set(lines)) == len(lines)


@pytest.mark.parametrize("name", SEEDS)
def test_seed(name: str) -> None:
    expected = SEEDS[name]
    result = cleaned(name)
    assert result.date == expected["date"]
    assert result.title == expected["title"]
    assert result.source == expected["source"]
    assert result.url == expected.get("url")
    for word in expected["gone"]:
        assert word not in result.text, word
    for word in expected["kept"]:
        assert word in result.text, word


def test_seed_003_lead_appears_once() -> None:
    text = cleaned("003_39891f4ee9555428").text
    assert text.count("副市长刘仁羿出席会议并讲话，市政府副秘书长张磊主持会议") == 1
    assert text.startswith("12月7日上午，2021年全市“项目大会战”")


def test_seed_002_related_list_is_gone_but_story_ends_intact() -> None:
    text = cleaned("002_53bfa5bd6a0ce012").text
    assert text.endswith("不断提高干部能力水平。")


def test_seed_004_byline_cut_from_last_paragraph() -> None:
    text = cleaned("004_b5e028a742a41c81").text
    assert text.endswith("以真抓实干、狠抓落实的作风推动各项工作落地见效。")


@pytest.mark.parametrize("name", DEV_DATES)
def test_dev_publication_date(name: str) -> None:
    assert cleaned(name).date == DEV_DATES[name]


@pytest.mark.parametrize("name", DEV_TITLES)
def test_dev_title(name: str) -> None:
    assert cleaned(name).title == DEV_TITLES[name]


@pytest.mark.parametrize("name", DEV_GONE)
def test_dev_furniture_and_credits_gone(name: str) -> None:
    text = cleaned(name).text
    for word in DEV_GONE[name]:
        assert word not in text, word


@pytest.mark.parametrize("name", DEV_KEPT)
def test_dev_story_kept(name: str) -> None:
    text = cleaned(name).text
    for word in DEV_KEPT[name]:
        assert word in text, word


def test_dev_067_source_is_the_publisher_not_the_reporter() -> None:
    assert cleaned("067").source == "潮河镇"


def test_dev_036_spam_line_and_header_are_dropped() -> None:
    assert cleaned("036").text.startswith("10月17日，市长彭代元率队到钟山东路实地调研道路建设情况")

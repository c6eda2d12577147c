"""Page furniture is recognised line by line; story paragraphs never are."""

import pytest

from govkg.extract.clean.boilerplate import (
    boilerplate_reason,
    is_end_marker,
    is_list_item,
    is_related_heading,
    is_spam,
)

# Lines as they look after character normalisation (simplified, full-width Chinese colons).
FURNITURE = [
    "首页 > 新闻中心 > 集团要闻 > 正文",
    "您的位置：首页 >信息公开>政务动态>今日泸县>详细内容",
    "您当前所在的位置：首页 >> 政府公报 >> 2025年 >> 第9期",
    "萍乡城事网—萍乡最具影响力门户网站 门户 城事资讯 安源区政府 查看内容",
    "6290 阅读",
    "0 评论",
    "45 点赞",
    "11",
    "0",
    "NEWS CENTER",
    "浏览次数：",
    "分享到：",
    "分享到",
    "责任编辑：",
    "[责任编辑：xwzkw]",
    "作者：嵊州城投集团",
    "来源：嵊州城投集团",
    "审核：梁辉露",
    "IP属地：未知",
    "关键词：",
    "归档时间：2024/2/27 12:33:21",
    "嵊州生活网友情转载，版权归原作者所有，如有标注作者及出处有误、侵权烦请告知，我们会立即删除并表示歉意。",
    "版权声明",
    "本文仅代表作者观点，不代表本站立场。",
    "本文系作者授权发表，未经许可，不得转载。",
    "Copyright ©山西大院新闻网",
    "留言与评论(共有 条评论)",
    "验证码：",
    "请输入验证码",
    "375c276147cf442c8dbefef085fbd1b1.JPG",
    "(资料图片仅供参考)",
    "(梅本炎)",
    "(文/图：建安集团党群工作部 宁翠兰)",
    "亚洲免费网站观看视频，午夜日韩视频，亚洲欧洲在线观看，欧美一区二区三区免费看，色综合a，欧美一二三区在线，久久66久这里精品99",
    "信息未审核或下架中，当前页面为预览效果，仅管理员可见",
    "山西大院资讯网",
    "关于山西大院新闻网",
    "- 上一篇：鑫景城公司开展一季度暨清明节前安全生产大检查 2020/4/7",
    "- 下一篇：廉洁城投丨独脚令·廉洁志 2020/4/3",
    "【打印正文】",
    "扫一扫在手机打开当前页",
    "鲜花",
    "握手",
    "雷人",
    "路过",
    "鸡蛋",
    "显示",
    "转载",
    "政务",
    "微博",
    "相关分类",
]

STORY = [
    "为提升城市管养精细化水平，进一步做好市政设施、人行道、城市绿化等城市基础设施建设及管护工作，"
    "5月28日，城投集团组织召开城市管养提升现场会。",
    "集团班子成员、部室及下属公司负责人等相关人员参会。",
    "深化现场调研",
    "项目管理中心",
    "刘仁羿强调",
    "8月",
    "河南8天揽客8480.1万",
    "扁平式管理 工作质效双提升",
    "会议还传达了区委关于人事任命的相关文件。",
    # story text that mentions furniture words is still story text
    "会议要求各单位在政府门户网站公开信息，方便群众浏览查询，并及时分享工作经验和做法。",
    "县委常委 副县长 张文杰",
    "公安机关提醒广大群众，不要向他人透露短信验证码，谨防电信诈骗，切实保护个人财产安全。",
    "会议强调，要加强版权保护，依法打击侵犯版权的违法行为，营造良好的创新环境。",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture(line: str) -> None:
    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize("line", STORY)
def test_story(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("相关阅读", True),
        ("推荐阅读：", True),
        ("热点推荐", True),
        ("相关新闻", True),
        ("相关阅读材料显示，项目进展顺利。", False),
    ],
)
def test_related_heading(line: str, expected: bool) -> None:
    assert is_related_heading(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- (2023-07-05)朱家角古镇夜游暂停！", True),
        ("(2023-07-05)朱家角古镇夜游暂停！", True),
        ("· 今日头条", True),
        ("会议指出，要加强管理。", False),
    ],
)
def test_list_item(line: str, expected: bool) -> None:
    assert is_list_item(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("责任编辑：", True),
        ("分享到：", True),
        ("【打印正文】", True),
        ("扫一扫在手机打开当前页", True),
        ("相关阅读", True),
        ("会议由集团党委副书记主持。", False),
    ],
)
def test_end_marker(line: str, expected: bool) -> None:
    assert is_end_marker(line) is expected


def test_spam_needs_several_distinct_words() -> None:
    assert is_spam("亚洲免费网站观看视频，午夜日韩视频，欧美一区二区三区免费看")
    assert not is_spam("亚洲开发银行提供免费培训视频。")

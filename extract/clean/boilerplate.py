"""Recognising page furniture: navigation, counters, share widgets, credits, copyright,
comment forms, captions, spam and lists of unrelated headlines.

Each test takes one normalised line. Patterns marked *strong* are specific enough to drop a
line of any length; the others only ever drop lines that are not paragraphs of the story
(see :func:`~govkg.extract.clean.lines.is_paragraph`), so a real paragraph is never lost to a
loose match.
"""

from __future__ import annotations

import re

from govkg.extract.clean.lines import has_han, is_paragraph

_C = "[：:]"

_STRONG = re.compile(
    "|".join([
        # copyright and disclaimers, in the words only sites use about themselves
        r"版权归.{0,10}所有|友情转载|转载请注明|本站所有文章|如有侵权|侵权.{0,12}(?:删除|告知|联系)",
        r"不代表本(?:站|网|平台|号)|仅代表作者|联系(?:站长|管理员|我们).{0,10}(?:删除|处理)",
        r"未经(?:本站|本网)?(?:许可|授权).{0,8}不得|(?i:copyright|all rights reserved)|©",
        r"ICP备|ICP证|公网安备",
        # pages that are not articles, and comment counters
        r"仅管理员可见|当前页面为预览|信息未审核|留言与评论|评论\(共有|共有 ?\d* ?条评论",
    ])
)

_WEAK = re.compile(
    "|".join([
        # copyright notices, comment forms and captchas
        r"版权所有|版权声明|免责声明|不得转载|验证码|发表评论|网友评论|我要评论",
        # navigation and breadcrumbs
        rf"^(?:首页|主页|网站首页|当前位置|您的位置|你的位置|您当前的位置|您当前所在的位置|"
        rf"当前所在位置|所在位置|位置)(?:{_C}|>|$| )",
        r"(?:>>?|»|›).*(?:>>?|»|›)",
        r"正在阅读|查看内容$|门户网站",
        # counters
        r"^\d+ ?(?:阅读|评论|点赞|浏览|收藏|分享|转发|赞|人阅读|次阅读|次浏览|人浏览|条评论)$",
        r"浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|访问量|访问次数|点击次数|人次浏览",
        # share, print, page widgets
        rf"^分享(?:到|至)?(?:{_C}|$)|一键分享|上一篇|下一篇|上一条|下一条|上一页|下一页",
        rf"打印正文|打印本页|打印此文|【打印|【关闭|关闭窗口|【字体|字号{_C}|扫一扫|在手机打开",
        r"手机扫描|手机浏览|微信扫|二维码|返回顶部|返回列表|收藏本页|加入收藏|设为首页|网站地图",
        # credits and metadata labels
        rf"^[\[【]?(?:责任编辑|责编|编辑|网络编辑|作者|审核|审校|校对|终审|初审|复审|来源|"
        rf"文章来源|信息来源|稿源|出处|记者|通讯员|摄影|摄像|摄|撰稿|供稿|主编|值班编辑|"
        rf"文|图|文/图|图/文|图文|文图|发布者|发布人|录入|点击)(?:{_C}|/)",
        rf"^(?:关键词|关键字|标签|tags?|主题词|索引号|文号|文 号|发文字号|发布机构|公开范围|"
        rf"公开方式|成文日期|发布日期|发布时间|归档时间|更新时间|时间|日期|IP属地|原标题|"
        rf"标 ?题){_C}",
        # images
        rf"(?i:\.(?:jpe?g|png|gif|bmp|webp|tiff?)$)|资料图片|图片来源|仅供参考|^图片{_C}?$",
        r"^图[为：:]|图片由.{0,12}提供",
        # site names, slogans and 'about us'
        r"^关于.{1,15}(?:网|网站|平台)$|(?:新闻网|资讯网|门户网|信息网|生活网|网站|在线)$",
        r"欢迎(?:访问|光临|您)|分享.{0,4}精彩|(?:追踪|关注).{0,6}(?:动态|资讯)",
    ])
)

_UI_WORDS = frozenset(
    """鲜花 握手 雷人 路过 鸡蛋 显示 隐藏 转载 原创 政务 微信 微博 分享 点赞 收藏 打印 关闭
    返回 顶 踩 赞 评论 举报 纠错 更多 展开 收起 全文 阅读全文 查看全文 关键词 标签 附件 来源
    作者 编辑 责任编辑 字号 大 中 小 默认 推荐 热门 置顶 手机版 电脑版 登录 注册 首页 新闻中心
    新闻动态 集团新闻 公司新闻 通知公告 政务动态 工作动态 正文 QQ空间 朋友圈 新浪微博 腾讯微博
    相关分类 发表 提交 回复 取消 确定 上一篇 下一篇""".split()
)

_RELATED = re.compile(
    r"^(?:相关阅读|相关新闻|相关文章|相关报道|相关链接|相关分类|相关推荐|推荐阅读|热点推荐|"
    r"热门推荐|延伸阅读|猜你喜欢|往期回顾|热门文章|精彩推荐|更多阅读|为你推荐|热门阅读|"
    r"最新文章|最新新闻|热点新闻|图片新闻|热点排行|阅读排行|点击排行|今日推荐|编辑推荐)"
    r"[：:]?$"
)
_LIST_ITEM = re.compile(r"^(?:[-*•·] |\(\d{4}-\d{1,2}-\d{1,2}\)|\[|\d{1,2}[.、] ?\S)")

_END_MARKER = re.compile(
    r"^[\[【]?(?:责任编辑|责编)|^(?:版权声明|免责声明)|上一篇|下一篇|打印正文|【打印|扫一扫|"
    r"留言与评论|发表评论|^分享(?:到|至)?(?:[：:]|$)"
)

_SPAM = re.compile(
    r"视频|在线观看|免费|日韩|欧美|精品|久久|色综合|午夜|亚洲|国产|无码|高清|一区|二区|三区|成人|"
    r"黄色|娱乐城|博彩|彩票|棋牌|真人|赌场"
)

_ENCLOSED = re.compile(r"^\([^()]{1,60}\)$")
_IMAGE_FILE = re.compile(r"(?i:\.(?:jpe?g|png|gif|bmp|webp|tiff?)$)")


def is_spam(line: str) -> bool:
    """SEO spam: several distinct spam words on one line."""
    hits = _SPAM.findall(line)
    return len(hits) >= 4 and len(set(hits)) >= 3


def boilerplate_reason(line: str, paragraph: bool | None = None) -> str | None:
    """Why ``line`` is page furniture, or ``None`` when it may be story text.
    ``paragraph`` is :func:`is_paragraph` of the line when the caller already knows it."""
    if _STRONG.search(line):
        return "copyright, comments or admin notice"
    if is_spam(line):
        return "spam"
    if is_paragraph(line) if paragraph is None else paragraph:
        return None
    if not has_han(line):
        return "no Chinese text"
    if line in _UI_WORDS:
        return "widget word"
    if _ENCLOSED.match(line):
        return "parenthesised credit or caption"
    if _RELATED.match(line):
        return "related-articles heading"
    if _WEAK.search(line):
        return "navigation, widget, credit or label"
    return None


def is_boilerplate(line: str) -> bool:
    return boilerplate_reason(line) is not None


def is_related_heading(line: str) -> bool:
    """The heading of a list of other articles (相关阅读, 推荐阅读, ...)."""
    return _RELATED.match(line) is not None


def is_list_item(line: str) -> bool:
    return _LIST_ITEM.match(line) is not None


def is_end_marker(line: str) -> bool:
    """A line that usually closes the article: editor credit, share bar, pager, comments."""
    return _END_MARKER.search(line) is not None or is_related_heading(line)


def is_image_file(line: str) -> bool:
    return _IMAGE_FILE.search(line) is not None

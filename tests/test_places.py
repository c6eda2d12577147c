"""Place matcher: the shipped division table, parents(), and find() on sentences copied from the
seed and dev articles (simplified, pinyin noise removed) plus a few written for the hard cases."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from govkg.extract.places import PlaceMention, default_lexicon, load_divisions

ROOT = Path(__file__).resolve().parent.parent


def find(text: str) -> list[PlaceMention]:
    return default_lexicon().find(text)


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find(text)]


# --- the table -------------------------------------------------------------------------


def test_divisions_load() -> None:
    divisions, aliases = load_divisions()
    by_name = {}
    for d in divisions:
        by_name.setdefault(d.name, []).append(d)
    assert len(divisions) > 3000
    assert {d.level for d in divisions} == {"province", "city", "county"}
    assert by_name["辉县市"][0].short == "辉县"
    assert by_name["泸县"][0].short == ""  # 泸 alone is no name
    assert by_name["楚雄彝族自治州"][0].short == "楚雄"
    assert by_name["东乌珠穆沁旗"][0].short == "东乌珠穆沁"
    assert by_name["新疆维吾尔自治区"][0].short == "新疆"
    assert by_name["鄂伦春自治旗"][0].short == ""  # the people's name, not the banner's
    assert "市辖区" not in by_name and "省直辖县级行政区划" not in by_name
    assert "东乌旗" in aliases


def test_every_parent_exists() -> None:
    divisions, _ = load_divisions()
    codes = {d.code for d in divisions}
    for d in divisions:
        assert (d.parent_code == "") == (d.level == "province"), d
        assert not d.parent_code or d.parent_code in codes, d


@pytest.mark.parametrize(
    ("name", "chain"),
    [
        ("安源区", ["萍乡市", "江西省"]),
        ("泽州县", ["晋城市", "山西省"]),
        ("思明区", ["厦门市", "福建省"]),
        ("济源市", ["河南省"]),  # 省直辖县级行政区划: no prefecture in between
        ("东城区", ["北京市"]),  # municipality: its 市辖区 row is a placeholder
        ("忠县", ["重庆市"]),
        ("石河子市", ["新疆维吾尔自治区"]),
        ("禄丰市", ["楚雄彝族自治州", "云南省"]),  # renamed in 2021 (places_extra.tsv)
        ("禄丰县", ["楚雄彝族自治州", "云南省"]),  # its former name still resolves
        ("嘉黎县", ["那曲市", "西藏自治区"]),  # moved under the new 那曲市
        ("江西省", []),
        ("360302000000", ["萍乡市", "江西省"]),
        ("360302", ["萍乡市", "江西省"]),
    ],
)
def test_parents(name: str, chain: list[str]) -> None:
    assert [d.name for d in default_lexicon().parents(name)] == chain


def test_parents_of_ambiguous_name_needs_the_code() -> None:
    lex = default_lexicon()
    assert lex.parents("朝阳区") == []
    assert {d.code for d in lex.lookup("朝阳区")} == {"110105000000", "220104000000"}
    assert [d.name for d in lex.parents("220104000000")] == ["长春市", "吉林省"]


def test_runtime_needs_neither_cpca_nor_pandas() -> None:
    code = (
        "import sys\n"
        "from govkg.extract.places import default_lexicon\n"
        "assert default_lexicon().find('在安源区召开')\n"
        "assert 'cpca' not in sys.modules and 'pandas' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_shipped_tsv_matches_the_build_script() -> None:
    script = ROOT / "scripts" / "build_divisions.py"
    spec = importlib.util.spec_from_file_location("build_divisions", script)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0


# --- find(): places that must be found --------------------------------------------------

FOUND = [
    # (sentence, surface, canonical name, level)
    ("为绘就中国式现代化富乐嵊州新图景贡献城投力量。", "嵊州", "嵊州市", "county"),
    ("期间，还参观考察了上虞区\"一江两岸\"景观工程", "上虞区", "上虞区", "county"),
    ("成立项目管理中心是为了以更高水平服务苏州城市发展全局", "苏州", "苏州市", "city"),
    ("思明区何厝片区正值大开发阶段，既有拆迁工地又有在建工程", "思明区", "思明区", "county"),
    ("思明区何厝片区正值大开发阶段，既有拆迁工地又有在建工程", "何厝片区", "何厝片区", "area"),
    ("今年4月，湖里区反映钟宅片区市管工程项目存在文明施工较差", "湖里区", "湖里区", "county"),
    ("今年4月，湖里区反映钟宅片区市管工程项目存在文明施工较差", "钟宅片区", "钟宅片区", "area"),
    ("驻区工作组参加海沧区重点项目万泰养生堂、长庚医院护理楼项目的联合检查", "海沧区", "海沧区",
     "county"),
    ("推动全建设系统上下以最佳状态、最浓氛围、最好成果奋力推动厦门高质量发展。", "厦门", "厦门市",
     "city"),
    ("驻同安区工作组针对区站建筑起重机械设备安全管控薄弱的现状", "同安区", "同安区", "county"),
    ("重大项目现场推进会在安源区召开，副市长刘仁羿出席会议并讲话", "安源区", "安源区", "county"),
    ("萍乡城事网—萍乡最具影响力门户网站", "萍乡", "萍乡市", "city"),
    ("江西智慧海绵集团总经理袁涛出席会议", "江西", "江西省", "province"),
    ("泽州县召开“提品质、出精品、创经典，建设美丽新晋城”暨2022年“多彩花海”行动动员部署会",
     "泽州县", "泽州县", "county"),
    ("泽州县深入贯彻落实晋城市“一体两翼、协同发展”战略部署，举全县之力建设丹河新城", "晋城市",
     "晋城市", "city"),
    ("泽州县深入贯彻落实晋城市“一体两翼、协同发展”战略部署，举全县之力建设丹河新城", "丹河新城",
     "丹河新城", "area"),
    ("山西忠众建筑公司、北石店镇、金村镇分别围绕“提品质、出精品”进行了表态发言", "北石店镇",
     "北石店镇", "township"),
    ("山西忠众建筑公司、北石店镇、金村镇分别围绕“提品质、出精品”进行了表态发言", "金村镇",
     "金村镇", "township"),
    ("山西忠众建筑公司、北石店镇、金村镇分别围绕“提品质、出精品”进行了表态发言", "山西",
     "山西省", "province"),
    ("努力打造具有泽州特色的生态、宜居、休闲、康养、现代化新城", "泽州", "泽州县", "county"),
    ("网络编辑 晋城 2022-02-17 18:02:46", "晋城", "晋城市", "city"),
    ("杨万山结合自贡城市发展历史，对自贡城市建设概况进行深入分析", "自贡", "自贡市", "city"),
    ("为高新区的建设发展发挥更大的作用", "高新区", "高新区", "area"),
    ("集团各单位要坚决贯彻高新区党工委、管委会工作部署", "高新区", "高新区", "area"),
    ("华龙区区长高尚功现场调研重点项目建设情况", "华龙区", "华龙区", "county"),
    ("2月8日，文昌镇第十五届人民代表大会第一次会议在镇政府四楼会议室召开。", "文昌镇", "文昌镇",
     "township"),
    ("为促进文昌镇的经济社会全面发展作出新贡献", "文昌镇", "文昌镇", "township"),
    ("4家央企分别与甘肃省14个市州在兰州签署高速公路、通航机尝旅游项目合作协议", "甘肃省",
     "甘肃省", "province"),
    ("4家央企分别与甘肃省14个市州在兰州签署高速公路、通航机尝旅游项目合作协议", "兰州", "兰州市",
     "city"),
    ("共同把甘肃的交通基础设施建设得更好", "甘肃", "甘肃省", "province"),
    ("两家企业为上海国有企业改革贡献了很多宝贵的成功经验", "上海", "上海市", "province"),
    ("市直有关部门、八步区政府主要负责同志参加。", "八步区", "八步区", "county"),
    ("县政协副主席程敏珍深入卫店镇调研美丽乡村建设工作。", "卫店镇", "卫店镇", "township"),
    ("戴传亮、程敏珍一行先后来到卫店镇双钱村、三湾村等地", "双钱村", "双钱村", "village"),
    ("戴传亮、程敏珍一行先后来到卫店镇双钱村、三湾村等地", "三湾村", "三湾村", "village"),
    ("在详细了解双钱村、三湾村村产业发展规划以及各项产业发展情况后", "三湾村", "三湾村",
     "village"),
    ("县工业园区管委会主任郭锦伟出席会议", "县工业园区", "县工业园区", "area"),
    ("县管委会汇报了小米园区招商政策", "小米园区", "小米园区", "area"),
    ("以及银州街道办事处等有关单位负责人参加会议。", "银州街道", "银州街道", "township"),
    ("总指挥周玉龙深入旗医院、汽车站、珠恩嘎达布其口岸等地实地检查", "珠恩嘎达布其口岸",
     "珠恩嘎达布其口岸", "area"),
    ("旗委书记兴安主持召开中共东乌旗委外事工作委员会第三次会议。", "东乌旗", "东乌珠穆沁旗",
     "county"),
    ("周玉龙传达锡林郭勒盟党委外事工作委员会第三次会议精神。", "锡林郭勒盟", "锡林郭勒盟", "city"),
    ("提名耿巍坪同志为东乌珠穆沁旗人民法院院长候选人", "东乌珠穆沁旗", "东乌珠穆沁旗", "county"),
    ("发布机构:楚雄州人民政府办公室", "楚雄州", "楚雄彝族自治州", "city"),
    ("楚雄州新时期产业工人队伍建设改革工作协调领导小组会议暨现场推进会在禄丰市召开。", "禄丰市",
     "禄丰市", "county"),
    ("州委书记张子建会见伟光汇通集团董事长、北京云南企业商会会长陆学伟一行", "北京", "北京市",
     "province"),
    ("州委书记张子建会见伟光汇通集团董事长、北京云南企业商会会长陆学伟一行", "云南", "云南省",
     "province"),
    ("25省份中秋国庆旅游成绩单:河南揽客8480万居首江苏吸金最多", "河南", "河南省", "province"),
    ("25省份中秋国庆旅游成绩单:河南揽客8480万居首江苏吸金最多", "江苏", "江苏省", "province"),
    ("此外，博爱县利用竹林水乡优势进行环境改善提升", "博爱县", "博爱县", "county"),
    ("江苏、广东紧随其后，假期游客接待量分别为7118.48万人次", "广东", "广东省", "province"),
    ("南阳迷笛音乐节售出15万张门票", "南阳", "南阳市", "city"),
    ("县委常委、副县长张文杰率队到潮河镇调研龙城大道与高速连接线规划建设工作。", "潮河镇", "潮河镇",
     "township"),
    ("龙城大道建设对带动西部片区经济发展、促进产业提档升级具有重要作用", "西部片区", "西部片区",
     "area"),
    ("首页 >信息公开>政务动态>今日泸县>详细内容", "泸县", "泸县", "county"),
    # written for the hard cases
    ("晋城市城区", "城区", "城区", "county"),
    ("吉林省吉林市", "吉林市", "吉林市", "city"),
    ("会议在吉林召开", "吉林", "吉林省", "province"),
    ("本溪县县委书记", "本溪县", "本溪满族自治县", "county"),
    ("兰州新区、雄安新区", "兰州新区", "兰州新区", "area"),
    ("兰州新区、雄安新区", "雄安新区", "雄安新区", "area"),
    ("嵊州市场监管局", "嵊州", "嵊州市", "county"),
    ("县委书记张三到城关镇调研", "城关镇", "城关镇", "township"),
    ("率队到泸县福集镇调研", "福集镇", "福集镇", "township"),
    ("北京市海淀区中关村街道", "中关村街道", "中关村街道", "township"),
    ("河北雄安新区", "河北", "河北省", "province"),
    ("河北雄安新区", "雄安新区", "雄安新区", "area"),
    ("重庆市武隆区", "武隆区", "武隆区", "county"),
]


@pytest.mark.parametrize(("text", "surface", "name", "level"), FOUND)
def test_found(text: str, surface: str, name: str, level: str) -> None:
    hits = [m for m in find(text) if m.surface == surface]
    assert hits, f"{surface} not found in {text!r}: {surfaces(text)}"
    assert (hits[0].name, hits[0].level) == (name, level)


def test_county_list_by_short_forms() -> None:
    text = "济源、栾川、鲁山、新密、林州、辉县、修武、南召、淅川、卢氏、光山等地，民宿入住率达80%。"
    names = [m.name for m in find(text)]
    assert names == [
        "济源市", "栾川县", "鲁山县", "新密市", "林州市", "辉县市", "修武县", "南召县", "淅川县",
        "卢氏县", "光山县",
    ]
    assert all(m.short and m.code for m in find(text))


# --- find(): what must not be found -----------------------------------------------------

NOT_FOUND = [
    # (sentence, a surface that is no place here)
    ("确保各项城市建设和管养任务能够高质量、高效率完成", "项城"),
    ("市区联动机制实施后，驻区工作组立即会同区局前往现场", "会同"),
    ("市区联动机制实施后，驻区工作组立即会同区局前往现场", "市区"),
    ("其间，思明区建设局和街道等部门曾多次协调", "街道"),
    ("2021年全市“项目大会战”城建交通基础设施领域重大项目现场推进会", "全市"),
    ("紧紧围绕泽州县“突出一个引擎，抓好两个镇区，做好三项工作”的总体思路", "镇"),
    ("紧紧围绕泽州县“五片区”“两公园”“两地段”“四创建”各项重点任务", "片区"),
    ("推动城乡面貌焕然一新，城市建设实现了“从无到有”“从有到优”的历史性转变", "城乡"),
    ("努力打造具有泽州特色的生态、宜居、休闲、康养、现代化新城", "新城"),
    ("工程项目出精品、新城建设创经典", "新城"),
    ("杨万山结合自贡城市发展历史", "万山"),
    ("华龙区区长高尚功现场调研重点项目建设情况", "高尚"),
    ("5月6日上午，全市住房和城乡建设工作会议召开", "城乡"),
    ("县政协副主席程敏珍深入卫店镇调研美丽乡村建设工作。", "乡村"),
    ("在详细了解双钱村、三湾村村产业发展规划", "解双钱村"),
    ("戴传亮指出，两村要按既定思路，抓紧推进，以项目来整合串联全镇资源发展", "村"),
    ("市长彭代元率队到钟山东路实地调研道路建设情况", "钟山"),
    ("旗委书记兴安主持召开中共东乌旗委外事工作委员会第三次会议。", "兴安"),
    ("旗委副书记、政府代旗长、旗疫情防控指挥部总指挥周玉龙深入旗医院", "玉龙"),
    ("周玉龙宣读干部任免职文件，白永平介绍新任职领导干部基本情况。", "永平"),
    ("安排部署全旗推进乡村牧区振兴有关工作", "乡"),
    ("州委常委、常务副州长李勇通报2025年上半年全州经济社会发展情况。", "全州"),
    ("你的家乡表现如何，一起来看看吧", "家乡"),
    ("县委常委、副县长张文杰率队到潮河镇调研龙城大道与高速连接线规划建设工作。", "龙城"),
    ("各级各部门要坚持以人民为中心的发展思想，发展朝阳产业", "朝阳"),
    ("市公安局局长出席会议，要求整合资源，加强合作，维护和平稳定", "公安"),
    ("市公安局局长出席会议，要求整合资源，加强合作，维护和平稳定", "资源"),
    ("他走在长安街上，东方红，太阳升", "长安"),
    ("他走在长安街上，东方红，太阳升", "东方"),
    ("城区、市区、新城、中心城区建设齐头并进", "城区"),
    ("大兴调查研究之风，绿水青山就是金山银山", "大兴"),
    ("全市和县区两级联动，拟任县长人选", "和县"),
    ("拟任县长人选", "任县"),
    ("建设新县城，保护古县城", "新县"),
    ("各乡镇、全镇、城镇化、农村、新农村、城中村、小城镇、特色小镇", "镇"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_FOUND)
def test_not_found(text: str, surface: str) -> None:
    bad = [m.surface for m in find(text) if surface in m.surface]
    assert not bad, f"{bad} found in {text!r}"


# --- mention fields ---------------------------------------------------------------------


def test_mention_fields() -> None:
    text = "戴传亮、程敏珍一行先后来到卫店镇双钱村、三湾村等地，随后在思明区何厝片区召开会议。"
    by_surface = {m.surface: m for m in find(text)}
    village = by_surface["双钱村"]
    assert village.parent == "卫店镇" and village.code is None and not village.short
    area = by_surface["何厝片区"]
    assert area.parent == "思明区" and area.level == "area"
    district = by_surface["思明区"]
    assert district.code == "350203000000" and district.parent == "厦门市"
    assert not district.short


def test_short_and_alias_flags() -> None:
    m = {m.surface: m for m in find("东乌旗召开会议，嵊州城投集团参加，楚雄州、禄丰县代表发言")}
    assert m["东乌旗"].short and m["嵊州"].short and m["楚雄州"].short
    assert m["禄丰县"].name == "禄丰市" and not m["禄丰县"].short  # a former name, not a short form


def test_ambiguous_names_resolved_by_context() -> None:
    ms = find("北京市朝阳区，长春市朝阳区，朝阳区")
    districts = [m for m in ms if m.surface == "朝阳区"]
    assert [m.code for m in districts] == ["110105000000", "220104000000", None]
    assert set(districts[2].candidates) == {"110105000000", "220104000000"}
    assert [m.parent for m in districts[:2]] == ["北京市", "长春市"]


def test_area_parent_from_its_own_name() -> None:
    (m,) = find("兰州新区")
    assert m.parent == "兰州市"


ALL_TEXTS = sorted({t for t, *_ in FOUND} | {t for t, _ in NOT_FOUND})


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_mentions_are_ordered_non_overlapping_slices(text: str) -> None:
    ms = find(text)
    for m in ms:
        assert text[m.start : m.end] == m.surface
        assert m.level in {"province", "city", "county", "township", "village", "area"}
    for a, b in zip(ms, ms[1:], strict=False):
        assert a.end <= b.start


def test_empty_and_non_chinese_text() -> None:
    assert find("") == []
    assert find("Copyright 2022, all rights reserved.") == []

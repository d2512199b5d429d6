"""Write a synthetic corpus of N articles in the genre (zone leaders' interviews, work plans, reports).

    python bench/make_corpus.py N OUTDIR [--seed 7] [--html-share 0.05] [--gbk-share 0.1]

Sentences come from templates written for this benchmark, recombining the zones of data/zones.csv with
numbers, units, years and industries; no seed article text is copied. The same N and --seed give the same
files byte for byte. Most files are UTF-8 .txt with page furniture (byline, click counter, footer,
"related articles"); a share is GBK-encoded and a share is HTML.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INDUSTRIES = ["数字安防", "智能装备", "光电通信", "生物医药", "新能源汽车", "集成电路", "新材料", "高端装备制造",
              "节能环保", "现代物流", "数字经济", "人工智能", "医疗器械", "精细化工", "绿色食品", "时尚纺织",
              "电子信息", "航空航天", "氢能", "智能家居", "新一代信息技术", "软件和信息服务", "跨境电商", "文化创意",
              "光伏", "锂电池", "机器人", "汽车零部件", "智能制造", "半导体"]
FIRMS = ["华鼎", "恒远", "新锐", "博科", "晶华", "天成", "瑞丰", "中科", "宏达", "金盛", "海纳", "银河", "东升",
         "卓越", "星辰", "泰和", "正泰", "明德", "汇通", "凯瑞"]
FIRM_KINDS = ["科技有限公司", "智能装备有限公司", "新材料股份有限公司", "生物科技有限公司", "电子有限公司",
              "汽车部件有限公司", "光电科技股份有限公司"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰建国志红斌悦凌峰晨宇浩然"
SOURCES = ["区政府办", "开发区管委会", "市融媒体中心", "日报", "经济信息部", "宣传部"]
POSTS = ["党工委书记、主任", "党工委副书记、管委会主任", "党工委副书记、常务副主任", "管委会副主任"]
SLOGANS = ["抓产业建平台优环境 奋力谱写高质量发展新篇章", "聚焦主业主责 争当开发区排头兵", "项目为王 招商引资再提速",
           "做强产业链 打造增长极", "以改革破题 以创新赋能", "锚定目标不放松 开局起步争一流", "奋力打造千亿级产业平台"]

UNITS_COUNT = ["个", "家", "项", "名", "人"]
ITEMS = [("高新产业项目", "个"), ("亿元以上项目", "个"), ("高层次人才项目", "个"), ("规上工业企业", "家"),
         ("高新技术企业", "家"), ("科技型中小企业", "家"), ("博士", "名"), ("省级以上研发机构", "家"),
         ("重大产业项目", "个"), ("外资项目", "个"), ("专利授权", "项"), ("上市企业", "家")]
MONEY = [("规上工业产值", "亿元"), ("固定资产投资", "亿元"), ("工业投资", "亿元"), ("财政总收入", "亿元"),
         ("实际利用外资", "万美元"), ("税收收入", "亿元"), ("研发投入", "亿元"), ("合同利用外资", "亿美元"),
         ("营业收入", "亿元"), ("出口总额", "亿元")]
AREA = [("土地", "亩"), ("厂房", "万平方米"), ("规划面积", "平方公里"), ("低效用地", "亩")]
SHARE = ["研发经费占比", "高新技术产业增加值占比", "数字经济核心产业占比", "亩均税收增幅", "工业增加值增速"]


def load_zones() -> list[dict]:
    with open(ROOT / "data" / "zones.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["alias_list"] = [a for a in (r.get("aliases") or "").split("|") if a]
    return rows


class Writer:
    """Builds one article from templates with a seeded random generator."""

    def __init__(self, rng: random.Random, zone: dict, year: int):
        self.r = rng
        self.z = zone
        self.year = year

    def num(self, lo: float, hi: float, dec: int = 0) -> str:
        v = self.r.uniform(lo, hi)
        return f"{v:.{dec}f}" if dec else str(int(v))

    def name(self) -> str:
        return self.r.choice(SURNAMES) + "".join(self.r.choice(GIVEN) for _ in range(self.r.choice((1, 2))))

    def zname(self) -> str:
        if self.z["alias_list"] and self.r.random() < 0.3:
            return self.r.choice(self.z["alias_list"])
        return self.r.choice([self.z["canonical"], "开发区", "我们", self.z["canonical"]])

    def inds(self, k: int) -> list[str]:
        return self.r.sample(INDUSTRIES, k)

    def firm(self) -> str:
        return self.r.choice(self.z["city"] and [self.z["city"], ""]) + self.r.choice(FIRMS) + self.r.choice(FIRM_KINDS)

    # ---- sentence kinds
    def target(self) -> str:
        r, y = self.r, self.year
        item, unit = r.choice(ITEMS)
        money, munit = r.choice(MONEY)
        area, aunit = r.choice(AREA)
        opts = [
            f"力争全年引进{item}{self.num(5, 120)}{unit}以上",
            f"计划实现{money}{self.num(20, 900, 1)}{munit},同比增长{self.num(5, 30, 1)}%",
            f"到{y + r.choice((1, 2, 3))}年,{self.zname()}{money}突破{self.num(100, 2000)}{munit}",
            f"今年将新开工{item}{self.num(3, 60)}{unit},竣工投产{self.num(3, 40)}{unit}",
            f"目标是完成{area}出让{self.num(100, 3000)}{aunit},盘活{area}{self.num(50, 900)}{aunit}",
            f"确保{SHARE[r.randrange(len(SHARE))]}从{self.num(5, 15, 1)}%提升到{self.num(16, 40, 1)}%",
            f"全力推进{self.num(10, 90)}个工业项目建设,完成{money}不少于{self.num(30, 300)}{munit}",
            f"争取新增{item}{self.num(2, 40)}{unit},其中{r.choice(ITEMS)[0]}{self.num(1, 10)}个",
        ]
        return r.choice(opts)

    def achievement(self) -> str:
        r, y = self.r, self.year
        item, unit = r.choice(ITEMS)
        money, munit = r.choice(MONEY)
        opts = [
            f"{y - 1}年,{self.zname()}实现{money}{self.num(20, 900, 1)}{munit},同比增长{self.num(2, 25, 1)}%",
            f"去年共引进{item}{self.num(5, 80)}{unit},总投资{self.num(10, 500, 1)}亿元",
            f"过去一年,累计新增{item}{self.num(3, 60)}{unit},完成{money}{self.num(10, 400, 2)}{munit}",
            f"截至{y - 1}年底,全区拥有{item}{self.num(20, 400)}{unit},{money}占全市比重达{self.num(10, 45, 1)}%",
            f"{y - 1}年{self.zname()}在全省开发区综合考评中位列第{self.num(2, 20)}位",
        ]
        return r.choice(opts)

    def industry(self) -> str:
        r = self.r
        k = r.choice((2, 3, 4, 5))
        ind = self.inds(k)
        opts = [
            f"围绕{'、'.join(ind)}等主导产业,加快补链、延链、强链",
            f"重点发展{'、'.join(ind[:-1])}和{ind[-1]}产业",
            f"形成{'、'.join(ind)}等{k}个百亿级以上产业集群",
            f"{self.zname()}以{ind[0]}为龙头,{ind[1]}为支撑,着力打造特色产业集群",
            f"大力培育{ind[0]}、{ind[-1]}等新兴产业,推动传统产业转型升级",
        ]
        return r.choice(opts)

    def enterprise(self) -> str:
        r = self.r
        opts = [
            f"{self.firm()}年产{self.num(5, 100)}万套{r.choice(INDUSTRIES)}产品项目已于{r.randint(1, 12)}月开工",
            f"总投资{self.num(5, 120, 1)}亿元的{self.firm()}扩建项目顺利投产",
            f"签约落户{self.firm()}等一批龙头企业",
        ]
        return r.choice(opts)

    def filler(self) -> str:
        r = self.r
        opts = [
            "坚持项目为王、企业为本,持续优化营商环境",
            f"深入实施“{r.choice(('双招双引', '亩均论英雄', '腾笼换鸟', '最多跑一次'))}”改革,全面提升服务效能",
            f"推动{self.z['city'] or '全市'}开放型经济高质量发展",
            "全面落实领导联系企业制度,做到问题不过夜、服务不打烊",
            "统筹推进疫情防控和经济社会发展,稳住经济基本盘",
            f"以打造一流的{self.z.get('level') or ''}{self.z.get('type') or '开发区'}为目标,加快产城融合",
            "扎实开展“三服务”活动,帮助企业解决用工、用地、融资难题",
            "强化要素保障,推进标准地改革和低效用地再开发",
        ]
        return r.choice(opts)

    def sentence(self) -> str:
        kind = self.r.choices(["target", "achievement", "industry", "enterprise", "filler"], [4, 3, 2, 1, 3])[0]
        return getattr(self, kind)()

    def paragraph(self) -> str:
        parts = [self.sentence() for _ in range(self.r.randint(3, 6))]
        lead = self.r.choice(["", "一是", "二是", "三是", "同时,", "此外,", "下一步,", "近年来,"])
        return lead + ";".join(parts) + "。"


def make_article(rng: random.Random, zones: list[dict], serial: int) -> tuple[str, str]:
    """(file stem, text) of one article."""
    zone = rng.choice(zones)
    year = rng.randint(2018, 2024)
    w = Writer(rng, zone, year)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines = [f"{zone['canonical']}:{rng.choice(SLOGANS)}",
             f"发布时间: {date} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  作者: {w.name()}  "
             f"来源: {rng.choice(SOURCES)}  点击率: {rng.randint(10, 9000)}", ""]
    lines.append(f"近年来,{zone['canonical']}{w.filler()},{w.achievement()}。")
    if rng.random() < 0.5:  # interview
        post = rng.choice(POSTS)
        person = w.name()
        lines += ["", f"今天的一把手访谈,我们来对话{zone['canonical']}{post}{person}", ""]
        for _ in range(rng.randint(3, 7)):
            lines += ["主持人", f"{person[0]}主任您好。请问{w.zname()}今年的工作重点有哪些?", "",
                      f"{zone['canonical']}{post}{person}", *(w.paragraph() for _ in range(rng.randint(2, 3))), ""]
    else:
        for _ in range(rng.randint(8, 20)):
            lines += [w.paragraph(), ""]
    lines += [w.paragraph() for _ in range(rng.randint(1, 4))]
    lines += ["", "相关阅读", f"{zone['canonical']}召开{year}年度工作会议", "开发区举行重大项目集中签约仪式",
              "", f"版权所有:{zone['city']}市人民政府办公室  浙ICP备{rng.randint(10**7, 10**8 - 1)}号"]
    return f"{serial:05d}_{zone['place'] or 'zone'}", "\n".join(lines) + "\n"


def to_html(text: str) -> str:
    lines = text.split("\n")
    body = "\n".join(f"<p>{x}</p>" for x in lines[2:] if x)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{lines[0]}</title></head><body>"
            f"<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a> | <a href=\"/gov\">政务</a></div>"
            f"<article><h1>{lines[0]}</h1><div class=\"meta\">{lines[1]}</div>\n{body}</article>"
            f"<div class=\"footer\">联系电话:0571-88888888</div></body></html>")


def make_corpus(n: int, out_dir: str | Path, seed: int = 7, html_share: float = 0.05,
                gbk_share: float = 0.1) -> list[Path]:
    """Write n articles into out_dir; returns their paths."""
    rng = random.Random(seed)
    zones = load_zones()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        stem, text = make_article(rng, zones, i)
        roll = rng.random()
        if roll < html_share:
            path, data = out / f"{stem}.html", to_html(text).encode("utf-8")
        elif roll < html_share + gbk_share:
            path, data = out / f"{stem}.txt", text.encode("gb18030")
        else:
            path, data = out / f"{stem}.txt", text.encode("utf-8")
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", help="folder to write them into")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--html-share", type=float, default=0.05)
    ap.add_argument("--gbk-share", type=float, default=0.1)
    args = ap.parse_args(argv)
    paths = make_corpus(args.n, args.outdir, args.seed, args.html_share, args.gbk_share)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

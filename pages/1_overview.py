"""总览 Overview: one card per zone and a short comparison table."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from devzone import compare
from devzone_app import charts, data, render, tables
from devzone_app.labels import figure_label, group_label, name_label, t, text, texts
from devzone_app.sidebar import sidebar

# The target that heads a zone's card: the largest investment target stated in 元
HEADLINE = data.Headline(metric="投资|投入|投产|项目", category="投资", unit="元")


def headline_text(metric, value, unit, year, comparator="", period="") -> str:
    """A headline target as text, written as every page writes a figure (compare.format_figure): with its
    comparator, year and period ("固定资产投资 ≥100亿元 (2023 全年)"), or '' when there is none."""
    if not text(metric) and not text(value):
        return ""
    number = pd.to_numeric(value, errors="coerce")
    when = str(int(year)) if text(year) else ""
    figure = (compare.format_figure(number, text(unit), text(comparator), when, text(period)) if not pd.isna(number)
              else text(value) + text(unit))  # (a value not a number, written as it is)
    return f"{text(metric)} {figure_label(figure)}".strip()


def zone_summary(docs: pd.DataFrame, enterprises: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per zone: its official name where the zone goes by another (葛店经济技术开发区: 鄂州葛店经济技术开发区),
    city, level, latest article date, counts, headline investment, top industries.
    `figures` holds the counts, headline and top industries per zone (data.zone_figures, summed in SQL);
    documents and enterprises are few enough to summarise here."""
    cols = ["zone", "zone_official", "city", "level", "publish_date", "articles_n", "targets_n", "achievements_n",
            "industries_n", "enterprises_n", "headline", "top_industries"]
    if docs.empty:
        return pd.DataFrame(columns=cols)
    zones = docs["zone"].pipe(texts)
    official = docs["zone_official"].pipe(texts)
    known = pd.DataFrame({col: docs[col].pipe(texts).replace("", pd.NA) for col in ("city", "level", "publish_date")}
                         ).assign(zone_official=official.where(official != zones).replace("", pd.NA))
    by_zone = known.groupby(zones, sort=True)
    out = pd.DataFrame({"zone_official": by_zone["zone_official"].first(), "city": by_zone["city"].first(),
                        "level": by_zone["level"].first(), "publish_date": by_zone["publish_date"].max(),
                        "articles_n": zones.value_counts()})
    out = out.drop(index="", errors="ignore").fillna({"zone_official": "", "city": "", "level": "",
                                                      "publish_date": ""})
    out.index.name = "zone"
    out["enterprises_n"] = enterprises["zone"].pipe(texts).value_counts().reindex(out.index, fill_value=0)
    fig = figures.set_index("zone").reindex(out.index)
    for col in ("targets_n", "achievements_n", "industries_n"):
        out[col] = fig[col].fillna(0).astype(int)
    out["headline"] = [headline_text(*row) for row in fig[["headline_metric", "headline_value", "headline_unit",
                                                            "headline_year", "headline_comparator",
                                                            "headline_period"]].itertuples(index=False)]
    out["top_industries"] = ["、".join(top) if isinstance(top, list) else "" for top in fig["top_industries"]]
    return out.reset_index()[cols].astype({"articles_n": int, "enterprises_n": int})


def zone_card_html(rec: dict, color: str = "#888") -> str:
    """A zone card as escaped HTML."""
    meta = " · ".join(render.esc(x) for x in (rec.get("city"), name_label(rec.get("level")), rec.get("publish_date"))
                      if text(x))
    lines = [
        f'<div class="zone-card" style="border-left:6px solid {render.esc(color)};padding-left:0.6rem">'
        f'<div style="font-size:1.15rem;font-weight:700">{render.esc(rec["zone"])}</div>',
        f'<div style="color:#666;font-size:0.8rem">{render.esc(t("zone_official"))}: '
        f'{render.esc(rec["zone_official"])}</div>' if text(rec.get("zone_official")) else "",
        f'<div style="color:#666;font-size:0.85rem">{meta}</div>',
        f'<div style="font-size:0.85rem">{render.esc(rec["zones"])}</div>' if text(rec.get("zones")) else "",
        '<div style="margin-top:0.4rem">'
        f'{render.esc(t("articles_n"))}: <b>{render.esc(rec["articles_n"])}</b> · '
        f'{render.esc(t("targets_n"))}: <b>{render.esc(rec["targets_n"])}</b> · '
        f'{render.esc(t("achievements_n"))}: <b>{render.esc(rec["achievements_n"])}</b></div>',
    ]
    if text(rec.get("headline")):
        lines.append(f'<div>{render.esc(t("headline"))}: <b>{render.esc(rec["headline"])}</b></div>')
    if text(rec.get("top_industries")):
        lines.append(f'<div>{render.esc(t("top_industries"))}: {render.esc(rec["top_industries"])}</div>')
    lines.append("</div>")
    return "".join(lines)


def with_member_zones(summary: pd.DataFrame, by: str) -> pd.DataFrame:
    """Compared by place, city or province: each row names the zones in it (after the first column), and
    the columns that no longer say one thing go (a city's several levels; the city of a city)."""
    if by == "zone":
        return summary
    names = data.group_names(by)
    zones = sorted(set(data.filtered(replace(filters, by="zone"), "documents")["zone"].pipe(texts)) - {""})
    members: dict[str, list[str]] = {}
    for zone in zones:
        members.setdefault(names.get(zone, zone), []).append(zone)
    out = summary.drop(columns=["zone_official", "level"] + (["city"] if by in ("city", "province") else []))
    out.insert(1, "zones", out["zone"].map(lambda g: "、".join(members.get(g, []))))
    return out


filters = sidebar()
render.page_header("overview")
summary = with_member_zones(zone_summary(data.filtered(filters, "documents"), data.filtered(filters, "enterprises"),
                                         data.zone_figures(filters, HEADLINE)), filters.by)

if summary.empty:
    tables.no_data()
    st.stop()

c1, c2, c3, c4 = st.columns(4)
c1.metric(t(f"n_{filters.by}"), len(summary))
c2.metric(t("articles_n"), int(summary["articles_n"].sum()))
c3.metric(t("targets_n"), int(summary["targets_n"].sum()))
c4.metric(t("industries_n"), int(summary["industries_n"].sum()))

PER_ROW = 4
records = summary.to_dict("records")
if len(records) > charts.MAX_ZONE_CARDS:  # the zones most written about; the table below has every one
    busiest = summary.assign(figures_n=summary["targets_n"] + summary["achievements_n"]).sort_values(
        ["articles_n", "figures_n", "zone"], ascending=[False, False, True], kind="stable")
    records = busiest.head(charts.MAX_ZONE_CARDS).drop(columns=["figures_n"]).to_dict("records")
    st.caption(t("cards_capped", n=len(records), total=len(summary), what=group_label()))
colors = charts.chart_colors(rec["zone"] for rec in records)  # the card carries the zone's colour of every chart
for start in range(0, len(records), PER_ROW):
    cols = st.columns(PER_ROW)
    for col, rec in zip(cols, records[start:start + PER_ROW], strict=False):
        with col.container(border=True):
            st.html(zone_card_html(rec, colors.get(rec["zone"], "#888")))

st.subheader(t("compare_table"))
tables.show_table(summary, tables.csv_name("overview", filters), "overview")

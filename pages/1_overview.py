"""总览 Overview: one card per zone and a short comparison table."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from devzone_app import charts, data, render, tables
from devzone_app.labels import name_label, t, text, texts
from devzone_app.sidebar import sidebar


def _investment_targets(targets: pd.DataFrame) -> pd.DataFrame:
    """Targets (not achievements) about investment stated in 元."""
    tg = targets[targets["kind"].pipe(texts) == "target"]
    inv = tg[tg["metric"].pipe(texts).str.contains("投资|投入|投产|项目", regex=True)
             | tg["category"].pipe(texts).str.contains("投资", regex=False)]
    return inv[inv["unit_norm"].pipe(texts).str.contains("元") | inv["unit"].pipe(texts).str.contains("元")]


def headline_investment(targets: pd.DataFrame) -> str:
    """The largest investment target of a zone, as text ("200 亿元 (2025)"), or ''."""
    if targets.empty:
        return ""
    inv = _investment_targets(targets)
    if inv.empty:
        return ""
    key = inv["value_norm"].where(inv["value_norm"].notna(), inv["value"])
    row = inv.loc[key.astype(float).idxmax()]
    value, unit = row["value"], text(row["unit"])
    num = f"{value:g}" if isinstance(value, (int, float)) and not pd.isna(value) else text(value)
    year = f" ({text(row['year'])})" if text(row["year"]) else ""
    return f"{text(row['metric'])} {num}{unit}{year}".strip()


def zone_summary(frames: dict[str, pd.DataFrame], top_n: int = 3) -> pd.DataFrame:
    """One row per zone: city, level, latest article date, counts, headline investment, top industries."""
    docs, tg, ind, ent = frames["documents"], frames["targets"], frames["industries"], frames["enterprises"]
    cols = ["zone", "city", "level", "publish_date", "articles_n", "targets_n", "achievements_n",
            "industries_n", "enterprises_n", "headline", "top_industries"]
    def by_zone(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
        # one partition of the table (a boolean mask per zone costs a pass over every row per zone)
        return {z: g for z, g in df.groupby(df["zone"].pipe(texts), sort=False)} if len(df) else {}

    empty = {name: frame.iloc[0:0] for name, frame in frames.items()}
    docs_z, ind_z, ent_z = by_zone(docs), by_zone(ind), by_zone(ent)
    counts = tg.groupby([tg["zone"].pipe(texts), tg["kind"].pipe(texts)]).size() if len(tg) else pd.Series()
    # only investment targets can make a headline: narrow the largest table before splitting it
    inv_z = by_zone(_investment_targets(tg)) if len(tg) else {}
    rows = []
    for zone in sorted(set(docs_z) - {""}):
        d = docs_z[zone]
        zi = ind_z.get(zone, empty["industries"])
        ze = ent_z.get(zone, empty["enterprises"])
        top = zi["canonical"].pipe(texts).value_counts()
        top = [n for n in top.index if n][:top_n]
        dates = sorted(text(v) for v in d["publish_date"] if text(v))
        rows.append({
            "zone": zone,
            "city": next((text(v) for v in d["city"] if text(v)), ""),
            "level": next((text(v) for v in d["level"] if text(v)), ""),
            "publish_date": dates[-1] if dates else "",
            "articles_n": len(d),
            "targets_n": int(counts.get((zone, "target"), 0)),
            "achievements_n": int(counts.get((zone, "achievement"), 0)),
            "industries_n": int(zi["canonical"].pipe(texts).replace("", pd.NA).dropna().nunique()),
            "enterprises_n": len(ze),
            "headline": headline_investment(inv_z.get(zone, empty["targets"])),
            "top_industries": "、".join(top),
        })
    return pd.DataFrame(rows, columns=cols)


def zone_card_html(rec: dict, color: str = "#888") -> str:
    """A zone card as escaped HTML."""
    meta = " · ".join(render.esc(x) for x in (rec.get("city"), name_label(rec.get("level")), rec.get("publish_date"))
                      if text(x))
    lines = [
        f'<div class="zone-card" style="border-left:6px solid {render.esc(color)};padding-left:0.6rem">'
        f'<div style="font-size:1.15rem;font-weight:700">{render.esc(rec["zone"])}</div>',
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
    out = summary.drop(columns=["level"] + (["city"] if by in ("city", "province") else []))
    out.insert(1, "zones", out["zone"].map(lambda g: "、".join(members.get(g, []))))
    return out


filters = sidebar()
render.page_header("overview")
frames = data.filtered_tables(filters)
summary = with_member_zones(zone_summary(frames), filters.by)

if summary.empty:
    tables.no_data()
    st.stop()

c1, c2, c3, c4 = st.columns(4)
c1.metric(t(f"n_{filters.by}"), len(summary))
c2.metric(t("articles_n"), int(summary["articles_n"].sum()))
c3.metric(t("targets_n"), int(summary["targets_n"].sum()))
c4.metric(t("industries_n"), int(summary["industries_n"].sum()))

colors = charts.zone_colors()  # the card carries the zone's colour of every chart
PER_ROW = 4
records = summary.to_dict("records")
for start in range(0, len(records), PER_ROW):
    cols = st.columns(PER_ROW)
    for col, rec in zip(cols, records[start:start + PER_ROW], strict=False):
        with col.container(border=True):
            st.html(zone_card_html(rec, colors.get(rec["zone"], "#888")))

st.subheader(t("compare_table"))
tables.show_table(summary, tables.csv_name("overview", filters), "overview")

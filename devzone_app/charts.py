"""What every chart shares: one fixed colour per zone, and how many zones a chart draws at most."""

from __future__ import annotations

from collections.abc import Iterable

import plotly.graph_objects as go

from devzone_app import data
from devzone_app.labels import grouping

# Charts of dozens of zones compare nothing: a chart draws the busiest ones, the filters pick others
# and the table under it has every row.
MAX_ZONES_CHARTED = 12
# The overview draws a card for at most this many zones (the most written about); the table under the cards has
# every zone (98 cards made a wall of ten screens that took seconds to draw)
MAX_ZONE_CARDS = 24
# A chart of one bar per row (the share of each target reached) draws at most this many: thousands of bars
# are unreadable and slow to draw.
MAX_BARS_CHARTED = 40

# 20 distinguishable colours (Plotly's D3 and Plotly palettes): the colour families of the zones.
ZONE_PALETTE = ("#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F",
                "#BCBD22", "#17BECF", "#636EFA", "#EF553B", "#00CC96", "#AB63FA", "#FFA15A", "#19D3F3",
                "#FF6692", "#B6E880", "#FF97FF", "#FECB52")


def _van_der_corput(n: int) -> float:
    """The n-th point (n ≥ 1) of the base-2 van der Corput sequence: 0.5, 0.25, 0.75, 0.125 … all distinct,
    each halving the widest gap left."""
    out, denom = 0.0, 1.0
    while n:
        denom *= 2
        n, bit = divmod(n, 2)
        out += bit / denom
    return out


def shade(color: str, level: int) -> str:
    """`color` ('#RRGGBB') at shade `level`: 0 as it is, odd levels darker, even ones lighter, each level a
    mix of its own (0.4, 0.25, 0.55 … towards black or white), so the shades of one colour never repeat."""
    if level <= 0:
        return color.upper()
    amount = 0.1 + 0.6 * _van_der_corput((level + 1) // 2)
    toward = 0 if level % 2 else 255
    rgb = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (toward - c) * amount):02X}" for c in rgb)


def palette_color(index: int) -> str:
    """The index-th zone colour: the 20 colours of ZONE_PALETTE, then the same 20 a shade darker, lighter,
    and so on, so each zone stored has a colour of its own."""
    family, level = divmod(index, len(ZONE_PALETTE))[::-1]
    return shade(ZONE_PALETTE[family], level)


def zone_color_map(zones: Iterable[str]) -> dict[str, str]:
    """A colour of its own for each zone, down palette_color in the order given (zones first stored come
    first, so a zone added later takes the next colour and no zone's colour changes)."""
    ranked = list(dict.fromkeys(z for z in zones if z))
    return {z: palette_color(i) for i, z in enumerate(ranked)}


def chart_color_map(drawn: Iterable[str], order: Iterable[str]) -> dict[str, str]:
    """The colours of the zones one chart (or a page's charts) draws, none two alike: each zone keeps its own
    colour (zone_color_map over `order`, the zones in store order) unless a zone stored before it in the chart
    has a colour of the same family (the 1st and the 21st zone stored are blue and dark blue); then it takes a
    family no zone of the chart has. Past 20 zones in one chart, families are shared in different shades.
    The zone stored first wins, so 富阳 stays blue on every chart it is drawn on."""
    rank = {z: i for i, z in enumerate(dict.fromkeys(z for z in order if z))}
    unknown = len(rank)  # zones not in the store (never, but a chart may name one): after the stored ones
    zones = sorted({z for z in drawn if z}, key=lambda z: (rank.get(z, unknown), z))
    home = {z: divmod(rank.get(z, unknown + i), len(ZONE_PALETTE))[::-1] for i, z in enumerate(zones)}
    out: dict[str, str] = {}
    used: dict[int, set[int]] = {}  # family -> shade levels the chart draws
    moved = []
    for z in zones:  # first pass: the first zone of each family keeps its own colour
        family, level = home[z]
        if family in used:
            moved.append(z)
        else:
            used[family] = {level}
            out[z] = shade(ZONE_PALETTE[family], level)
    homes = {f for f, _ in home.values()}
    for z in moved:  # then each later one takes a family the chart draws nowhere, else a new shade of its own
        free = [f for f in range(len(ZONE_PALETTE)) if f not in used]
        free = [f for f in free if f not in homes] or free
        family, level = (free[0], 0) if free else (home[z][0], min(set(range(len(used[home[z][0]]) + 1))
                                                                     - used[home[z][0]]))
        used.setdefault(family, set()).add(level)
        out[z] = shade(ZONE_PALETTE[family], level)
    return out


def store_order() -> list[str]:
    """The zones (or places, cities, provinces, as the sidebar compares them) in the order first stored:
    a place, city or province ranks where its first stored zone does."""
    order = data.zones_in_store_order()
    by = grouping()
    if by != "zone":
        names = data.group_names(by)
        order = [names.get(z, z) for z in order]
    return list(dict.fromkeys(order))


def zone_colors() -> dict[str, str]:
    """Each zone's own colour (zone_color_map in store order), whatever the filters select: a chart of one zone
    draws it (plotly's color_discrete_map when a chart is coloured by zone). Compared by place, city or
    province, each takes the colour its first stored zone would have."""
    return zone_color_map(store_order())


def chart_colors(drawn: Iterable[str]) -> dict[str, str]:
    """The colours of the zones a chart or a page's charts draw: each zone's own (zone_colors), none two alike
    (chart_color_map)."""
    return chart_color_map(drawn, store_order())


def zone_color_args() -> dict:
    """plotly.express arguments that colour a chart's zones by their fixed colours (color="zone")."""
    return {"color_discrete_map": zone_colors()}


def style(fig: go.Figure, *, x: str | None = None, y: str | None = None, legend: str | None = None,
          height: int | None = None) -> go.Figure:
    """The look every chart shares: axis and legend titles in the reader's language, the legend on top,
    hover labels that fit Chinese text."""
    if x is not None:
        fig.update_xaxes(title_text=x)
    if y is not None:
        fig.update_yaxes(title_text=y)
    fig.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0,
                              **({"title": {"text": legend}} if legend is not None else {})},
                      hoverlabel={"namelength": -1}, margin={"t": 60},
                      **({"height": height} if height else {}))
    return fig

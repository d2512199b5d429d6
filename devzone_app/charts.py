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

# 20 distinguishable colours (Plotly's D3 and Plotly palettes); more zones than that share colours.
ZONE_PALETTE = ("#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F",
                "#BCBD22", "#17BECF", "#636EFA", "#EF553B", "#00CC96", "#AB63FA", "#FFA15A", "#19D3F3",
                "#FF6692", "#B6E880", "#FF97FF", "#FECB52")


def zone_color_map(zones: Iterable[str]) -> dict[str, str]:
    """A colour for each zone, down the palette in the order given (zones first stored come first, so a
    zone added later takes the next colour and no zone's colour changes)."""
    ranked = list(dict.fromkeys(z for z in zones if z))
    return {z: ZONE_PALETTE[i % len(ZONE_PALETTE)] for i, z in enumerate(ranked)}


def zone_colors() -> dict[str, str]:
    """The colour of every zone in the store, the same on every page and chart and whatever the filters
    select (plotly's color_discrete_map when a chart is coloured by zone). Compared by place, city or
    province, each takes the colour its first stored zone would have."""
    order = data.zones_in_store_order()
    by = grouping()
    if by != "zone":
        names = data.group_names(by)
        order = [names.get(z, z) for z in order]
    return zone_color_map(order)


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

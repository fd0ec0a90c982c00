"""Charts for the HTML report, drawn server-side with matplotlib and returned as inline SVG.

matplotlib is imported lazily (``import tqcheck`` stays cheap) with the Agg backend, so no
display is needed.  Each function returns an ``<svg>`` element string (no XML prolog), or an
empty string when there is nothing to draw; the caller shows a placeholder then.  Text in the
SVG is escaped by matplotlib; element ids are prefixed per chart so that several charts can
live in one page without id collisions.
"""
from __future__ import annotations

import io
import math
import re

import pandas as pd

SEVERITY_COLORS = {"critical": "#b3261e", "major": "#e8710a", "minor": "#d9a400",
                   "info": "#5f8fd6"}
BAND_COLORS = {"pass": "#1e8e3e", "review": "#e37400", "fail": "#c5221f"}
INK = "#3c4043"
GRID = "#e3e5e8"

_PROLOG_RE = re.compile(r"\A.*?(?=<svg)", re.S)
_ID_RE = re.compile(r'\bid="([^"]+)"')
_REF_RE = re.compile(r'(url\(#|xlink:href="#|href="#)([^")]+)')
_SIZE_RE = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9aa0a6")
    ax.tick_params(colors=INK, labelsize=9.5)
    ax.xaxis.label.set_color(INK)
    ax.yaxis.label.set_color(INK)
    ax.set_axisbelow(True)


def _to_svg(fig, prefix: str) -> str:
    import matplotlib

    plt = _pyplot()
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": prefix}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None},
                    bbox_inches="tight", transparent=True)
    plt.close(fig)
    svg = _PROLOG_RE.sub("", buf.getvalue(), count=1)
    svg = _ID_RE.sub(lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = _REF_RE.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)
    # let CSS size the chart: keep the viewBox, drop the fixed width/height
    svg = _SIZE_RE.sub(r'<svg\1 class="chart" role="img"', svg, count=1)
    return svg.strip()


def _figure(width: float, height: float):
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(width, height), dpi=96)
    _style(ax)
    return fig, ax


def findings_by_rule(findings: pd.DataFrame, top: int = 18) -> str:
    """Horizontal bars: findings per rule, stacked by severity, most frequent on top."""
    if findings is None or findings.empty:
        return ""
    counts = findings.groupby(["rule", "severity"]).size().unstack(fill_value=0)
    order = counts.sum(axis=1).sort_values(ascending=True)
    if len(order) > top:
        order = order.iloc[-top:]
    counts = counts.loc[order.index]
    fig, ax = _figure(4.6, 0.7 + 0.26 * len(order))
    left = [0] * len(order)
    ys = list(range(len(order)))
    for sev in SEVERITY_COLORS:
        if sev not in counts.columns:
            continue
        vals = counts[sev].tolist()
        ax.barh(ys, vals, left=left, color=SEVERITY_COLORS[sev], height=0.68, label=sev)
        left = [a + b for a, b in zip(left, vals)]
    for y, total in zip(ys, left):
        ax.text(total, y, f" {total}", va="center", fontsize=8, color=INK)
    ax.set_yticks(ys, [str(r) for r in order.index])
    ax.set_xlim(0, max(left) * 1.15 + 0.5)
    ax.xaxis.grid(True, color=GRID)
    ax.set_xlabel("findings")
    ax.legend(frameon=False, fontsize=8.5, loc="lower right")
    return _to_svg(fig, "c-rules")


def quality_distribution(values, pass_quality: float = 80.0, fail_quality: float = 50.0,
                         unit: str = "records") -> str:
    """Histogram of quality (0-100) over the three band regions."""
    vals = [float(v) for v in values if v is not None and not _isnan(v)]
    if not vals:
        return ""
    fig, ax = _figure(4.6, 2.7)
    ax.axvspan(0, fail_quality, color=BAND_COLORS["fail"], alpha=0.07, lw=0)
    ax.axvspan(fail_quality, pass_quality, color=BAND_COLORS["review"], alpha=0.07, lw=0)
    ax.axvspan(pass_quality, 100, color=BAND_COLORS["pass"], alpha=0.07, lw=0)
    bins = list(range(0, 101, 5))
    _, edges, patches = ax.hist(vals, bins=bins, edgecolor="white", linewidth=0.8)
    for left_edge, patch in zip(edges, patches):
        band = "pass" if left_edge >= pass_quality else (
            "fail" if left_edge < fail_quality else "review")
        patch.set_facecolor(BAND_COLORS[band])
    ax.set_xlim(0, 100)
    ax.set_xlabel(f"quality (0-100), {len(vals)} {unit}")
    ax.set_ylabel(unit)
    ax.yaxis.grid(True, color=GRID)
    ax.yaxis.get_major_locator().set_params(integer=True)
    return _to_svg(fig, "c-quality")


def fluency_vs_penalty(documents: pd.DataFrame) -> str:
    """Scatter of fluency against penalty per 100 words, coloured by band; empty when no
    record has a fluency score."""
    if documents is None or documents.empty or "fluency" not in documents:
        return ""
    df = documents[["penalty_per_100w", "fluency", "band"]].copy()
    df["fluency"] = pd.to_numeric(df["fluency"], errors="coerce")
    df = df.dropna(subset=["fluency"])
    if df.empty:
        return ""
    fig, ax = _figure(4.6, 2.7)
    for band, color in BAND_COLORS.items():
        part = df[df["band"] == band]
        if not part.empty:
            ax.scatter(part["penalty_per_100w"], part["fluency"], s=22, color=color,
                       alpha=0.8, label=band, edgecolors="white", linewidths=0.5)
    ax.set_xlabel("penalty per 100 words")
    ax.set_ylabel("fluency")
    ax.set_ylim(0, 100)
    ax.set_xlim(left=0)
    ax.grid(True, color=GRID)
    ax.legend(frameon=False, fontsize=8.5)
    return _to_svg(fig, "c-fluency")


def _isnan(v) -> bool:
    try:
        return math.isnan(float(v))
    except (TypeError, ValueError):
        return True

"""Correlations between a metric and human judgments, as the WMT metrics tasks compute them.

Pure numpy.  Every function takes the metric ``x`` and the human score ``y`` oriented so that
**higher is better for both** (negate MQM, penalty and TER before calling), so a positive
value always means agreement.  NaN pairs are dropped.

- :func:`pearson`: Pearson's r.
- :func:`kendall`: Kendall's tau, variant ``b`` (default) or ``c``.  Tau-b corrects for ties
  in either variable and is what ``scipy.stats.kendalltau`` and the WMT22 metrics task
  report; it is right here because MQM scores tie massively (about half the TED segments
  score 0) and sentence metrics tie less, so a tie-blind tau-a would be deflated by the
  human ties.  Tau-c (Stuart) suits tables whose variables have different numbers of
  distinct values; it is offered for comparison.  WMT's older "Kendall-like" tau of the
  DA-RR years counted only pairs with a human preference and is not computed here.
- :func:`item_kendall`: the "item-level" (a.k.a. group-by-item, Deutsch et al. 2023, "Ties
  Matter") Kendall tau: the systems' translations of the *same* source segment are ranked
  against each other, one tau per item, and the taus are **averaged** over items where both
  variables vary (an item where every system got the same MQM score carries no ranking
  information).  ``average="pooled"`` instead pools the concordant/discordant counts of all
  items into one tau-b-like ratio, which weights items by their number of non-tied pairs.
- :func:`system_pearson` and :func:`pairwise_accuracy`: system level, on each system's mean
  score.  Pairwise accuracy (Kocmi et al. 2021) is the share of system pairs the metric
  orders the same way as the humans; a pair tied by either side counts as a disagreement
  unless both tie.
"""
from __future__ import annotations

import math

import numpy as np

VARIANTS = ("b", "c")


def _clean(x, y, *more):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"x and y differ in length ({x.shape[0]} vs {y.shape[0]})")
    keep = ~(np.isnan(x) | np.isnan(y))
    return (x[keep], y[keep]) + tuple(np.asarray(m, dtype=object)[keep] for m in more)


def pearson(x, y) -> float:
    """Pearson's r (NaN when fewer than 2 pairs or a variable is constant).

    >>> round(pearson([1, 2, 3, 4], [2, 4, 6, 9]), 4)
    0.9944
    """
    x, y = _clean(x, y)
    if len(x) < 2:
        return float("nan")
    dx, dy = x - x.mean(), y - y.mean()
    den = math.sqrt(float((dx * dx).sum()) * float((dy * dy).sum()))
    return float((dx * dy).sum() / den) if den > 0 else float("nan")


def _tie_pairs(v) -> float:
    _, counts = np.unique(v, return_counts=True)
    return float((counts * (counts - 1) / 2).sum())


def _concordance(x, y, chunk: int = 1024) -> float:
    """Sum over pairs i<j of sign(x_i-x_j)*sign(y_i-y_j) (= concordant - discordant)."""
    n = len(x)
    total = 0.0
    for a in range(0, n, chunk):
        b = min(n, a + chunk)
        sx = np.sign(x[a:b, None] - x[None, :])
        sy = np.sign(y[a:b, None] - y[None, :])
        total += float((sx * sy).sum())
    return total / 2.0  # every unordered pair was counted twice


def kendall(x, y, variant: str = "b") -> float:
    """Kendall's tau-b (default) or tau-c.

    >>> kendall([1, 2, 3], [1, 3, 2])
    0.3333333333333333
    """
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {VARIANTS}, not {variant!r}")
    x, y = _clean(x, y)
    n = len(x)
    if n < 2:
        return float("nan")
    s = _concordance(x, y)
    if variant == "b":
        n0 = n * (n - 1) / 2
        den = math.sqrt((n0 - _tie_pairs(x)) * (n0 - _tie_pairs(y)))
        return s / den if den > 0 else float("nan")
    m = min(len(np.unique(x)), len(np.unique(y)))
    if m < 2:
        return float("nan")
    return float(2.0 * s / (n * n * (m - 1) / m))


def _pairs_by_group(groups) -> tuple:
    """Index arrays ``(i, j, g)`` of all within-group pairs i<j and each pair's group code."""
    codes, inverse = np.unique(np.asarray(groups, dtype=object).astype(str), return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.flatnonzero(np.diff(inverse[order])) + 1
    ii, jj, gg = [], [], []
    for members in np.split(order, bounds):
        k = len(members)
        if k < 2:
            continue
        a, b = np.triu_indices(k, 1)
        ii.append(members[a])
        jj.append(members[b])
        gg.append(np.full(len(a), inverse[members[0]]))
    if not ii:
        empty = np.zeros(0, dtype=int)
        return empty, empty, empty, len(codes)
    return np.concatenate(ii), np.concatenate(jj), np.concatenate(gg), len(codes)


class ItemPairs:
    """Precomputed within-item pairs, so many metrics (or a weight search) can be scored
    against the same human table quickly.  ``y`` is the human score (higher is better)."""

    def __init__(self, y, groups):
        self.y = np.asarray(y, dtype=float)
        self.i, self.j, self.g, self.n_groups = _pairs_by_group(groups)
        self.sy = np.sign(self.y[self.i] - self.y[self.j])

    def tau(self, x, average: str = "mean") -> float:
        x = np.asarray(x, dtype=float)
        sx = np.sign(x[self.i] - x[self.j])
        ok = ~(np.isnan(sx) | np.isnan(self.sy))
        sx, sy, g = sx[ok], self.sy[ok], self.g[ok]
        k = self.n_groups
        s = np.bincount(g, weights=sx * sy, minlength=k)
        n0 = np.bincount(g, minlength=k).astype(float)
        # tau-b denominators: pairs not tied in x, pairs not tied in y, per group
        nx = np.bincount(g, weights=(sx != 0).astype(float), minlength=k)
        ny = np.bincount(g, weights=(sy != 0).astype(float), minlength=k)
        if average == "pooled":
            den = math.sqrt(float(nx.sum()) * float(ny.sum()))
            return float(s.sum() / den) if den > 0 else float("nan")
        if average != "mean":
            raise ValueError("average must be 'mean' or 'pooled'")
        den = np.sqrt(nx * ny)
        valid = (den > 0) & (n0 > 0)
        if not valid.any():
            return float("nan")
        return float((s[valid] / den[valid]).mean())


def item_kendall(x, y, groups, average: str = "mean") -> float:
    """Item-level Kendall tau-b: rank within each group of ``groups`` (same source segment),
    then average over groups where both variables vary (``average="mean"``) or pool the
    counts (``"pooled"``).  NaN pairs are ignored.

    >>> item_kendall([1, 2, 3, 3, 2, 1], [1, 2, 3, 1, 2, 3], ["a"] * 3 + ["b"] * 3)
    0.0
    """
    return ItemPairs(y, groups).tau(x, average)


def system_means(x, systems) -> dict:
    """``{system: mean of x}`` ignoring NaN."""
    x = np.asarray(x, dtype=float)
    systems = np.asarray(systems, dtype=object)
    out = {}
    for name in dict.fromkeys(systems.tolist()):
        vals = x[systems == name]
        vals = vals[~np.isnan(vals)]
        out[name] = float(vals.mean()) if len(vals) else float("nan")
    return out


def system_pearson(x, y, systems) -> float:
    """Pearson's r between the systems' mean metric and mean human scores."""
    mx, my = system_means(x, systems), system_means(y, systems)
    names = list(mx)
    return pearson([mx[n] for n in names], [my[n] for n in names])


def pairwise_accuracy(x, y, systems) -> float:
    """Share of system pairs ordered the same way by the metric and the humans (on system
    means); a tie on one side only counts as a disagreement.

    >>> pairwise_accuracy([1, 2, 3], [1, 3, 2], ["a", "b", "c"])
    0.6666666666666666
    """
    mx, my = system_means(x, systems), system_means(y, systems)
    names = [n for n in mx if not (math.isnan(mx[n]) or math.isnan(my[n]))]
    agree = total = 0
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            sx = np.sign(mx[names[a]] - mx[names[b]])
            sy = np.sign(my[names[a]] - my[names[b]])
            agree += int(sx == sy)
            total += 1
    return agree / total if total else float("nan")

"""Fit the weights of tqcheck's ``quality`` score on expert MQM annotations.

    .venv/bin/python bench/fit_quality.py [--mqm FILE] [--lm] [--cache FILE]
                                          [--nolm-segments CSV] [--lm-segments CSV]
                                          [--out DIR] [--write]

Runs ``tqcheck.evaluate.run_eval`` on the MQM file with ``ref`` as the reference (so every
other system's translation gets chrF++), once with the LM off and, with ``--lm``, once with it
on (fluency; ``--cache`` is the LM score cache, default ``bench/out/lm_cache.sqlite``), or
reuses the ``eval_segments.csv`` files such runs wrote.  It then fits each model of
:mod:`tqcheck.score`: ``penalty+chrf`` on the LM-off run (its penalty has no ``low-fluency``
findings), ``penalty+fluency`` and ``penalty+fluency+chrf`` on the LM-on run::

    quality = 100 * exp(-(penalty_per_100w + sum_k w_k * (100 - x_k) / 100) / TAU)

in two steps, both fitted, nothing set by hand:

1. **direction** ``u >= 0`` of the features ``x`` (fluency, chrF++): a rank-based linear model,
   i.e. a pairwise logistic regression on the pairs of translations *of the same source
   segment* that the annotators ranked (``P(a better than b) = sigmoid(u . (x_a - x_b))``,
   bounded ``u >= 0``, tiny L2).  This is the smooth version of item-level Kendall tau.
   Maximizing tau itself over a grid (the first version of this script) over-fits: tau is a
   step function, and tau-b rewards a metric for tying (an item where the metric ties every
   translation drops out of the mean), so the search drifted towards near-constant scores.
2. **scale** ``s >= 0``, ``w = s * u``: least squares of quality against the human MQM
   quality ``100 * exp(-MQM_per_100_words / TAU)`` on within-item differences (see
   ``fit_scale``), so the fitted term is in MQM points per 100 words, the unit of
   ``penalty_per_100w``, and is 0 for fluency and chrF++ of 100.

``penalty_per_100w`` enters with weight 1 (its findings already carry MQM weights); a
``--penalty raw`` variant, and the pairwise model's own penalty weight, are reported for
comparison only.  Everything is **cross-validated by document** (leave one TED talk out: fit
on 4, predict the 5th, pool the out-of-fold predictions), and the script prints, with the LM
off and on: item-level Kendall tau-b (as ``tqcheck eval``), item tau over *all* items where
the humans differ (a metric that ties the whole item scores 0 there instead of dropping
out), segment Kendall and Pearson, system Pearson and pairwise accuracy.  The final weights
are fitted on all the data and, with ``--write``, stored with the CV numbers, the data's
SHA-256 and the tqcheck version in ``tqcheck/data/quality_weights.json``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tqcheck import __version__  # noqa: E402
from tqcheck import correlation as corr  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.score import TAU, WEIGHTS_FILE, model_name  # noqa: E402

DEFAULT_MQM = ROOT.parent / "shared" / "data" / "mqm_ted_zhen.tsv"
DEFAULT_CACHE = ROOT / "bench" / "out" / "lm_cache.sqlite"
L2 = 1e-3
"""Ridge on the pairwise model: only keeps the optimum finite when one feature orders every
training pair; far below the data term (mean log-loss ~0.69)."""
MODELS = (("chrf",), ("fluency",), ("fluency", "chrf"))


def badness(table: pd.DataFrame) -> dict:
    """``{feature: (100 - x) / 100}`` for fluency and chrF++ where the table has them."""
    out = {}
    for name in ("fluency", "chrf"):
        if name in table and table[name].notna().any():
            out[name] = (100.0 - table[name].clip(0, 100).to_numpy(float)) / 100.0
    return out


def pairwise_direction(X: np.ndarray, pairs: corr.ItemPairs, l2: float = L2) -> np.ndarray:
    """Non-negative weights ``u`` (summing to 1) of the *badness* columns of ``X`` from a
    pairwise logistic regression on the within-item pairs the humans ranked."""
    k = X.shape[1]
    if k == 1:
        return np.ones(1)
    keep = pairs.sy != 0
    # human prefers i over j (sy = +1) <=> i should have the lower badness
    D = (X[pairs.j] - X[pairs.i])[keep]
    y = pairs.sy[keep]

    def loss(w):
        m = y * (D @ w)
        value = float(np.logaddexp(0.0, -m).mean() + l2 * (w @ w))
        grad = -(D * (y / (1.0 + np.exp(m)))[:, None]).mean(axis=0) + 2 * l2 * w
        return value, grad

    res = minimize(loss, np.ones(k), jac=True, method="L-BFGS-B", bounds=[(0, None)] * k)
    w = np.maximum(res.x, 0.0)
    return w / w.sum() if w.sum() > 0 else np.full(k, 1.0 / k)


def predict(ppw, X, w):
    return 100.0 * np.exp(-(ppw + X @ w) / TAU)


def _center(v, codes, counts):
    return v - (np.bincount(codes, weights=v) / counts)[codes]


def fit_scale(ppw, zdir, target, items) -> float:
    """``s >= 0`` for a fixed direction, by least squares of the *within-item* differences
    (quality minus its item mean against the same for the human quality): how many MQM
    points per 100 words one unit of the index is worth between translations of one
    sentence.  A plain least-squares fit is confounded by the source (harder sentences get
    longer, more fluent-looking translations and more errors), which drove the fluency
    weight to 0, and its intercept put TED's average error rate on every text, so a clean
    news article could not pass."""
    from scipy.optimize import minimize_scalar

    _, codes = np.unique(items, return_inverse=True)
    counts = np.bincount(codes).astype(float)
    tc = _center(target, codes, counts)

    def within(s):
        q = 100.0 * np.exp(-(ppw + s * zdir) / TAU)
        return float(((_center(q, codes, counts) - tc) ** 2).mean())

    return float(minimize_scalar(within, bounds=(0.0, 200.0), method="bounded").x)


def fit_model(names, F, ppw, target, human, items) -> dict:
    """One model on the given rows: ``{"w": {feature: weight}}``."""
    X = np.column_stack([F[n] for n in names])
    u = pairwise_direction(X, corr.ItemPairs(human, items))
    s = fit_scale(ppw, X @ u, target, items)
    return {"w": {n: round(float(s * x), 6) for n, x in zip(names, u)}}


def apply(model, F, ppw):
    names = list(model["w"])
    X = np.column_stack([F[n] for n in names])
    w = np.array([model["w"][n] for n in names])
    return np.round(predict(ppw, X, w), 2)


def item_tau_all(x, pairs: corr.ItemPairs) -> float:
    """Mean item tau-b over every item where the humans differ; an item where ``x`` ties
    every translation counts 0 instead of dropping out."""
    x = np.asarray(x, dtype=float)
    sx = np.sign(x[pairs.i] - x[pairs.j])
    sx = np.where(np.isnan(sx), 0.0, sx)
    k = pairs.n_groups
    s = np.bincount(pairs.g, weights=sx * pairs.sy, minlength=k)
    nx = np.bincount(pairs.g, weights=(sx != 0).astype(float), minlength=k)
    ny = np.bincount(pairs.g, weights=(pairs.sy != 0).astype(float), minlength=k)
    valid = ny > 0
    tau = np.zeros(k)
    ok = valid & (nx > 0)
    tau[ok] = s[ok] / np.sqrt(nx[ok] * ny[ok])
    return float(tau[valid].mean()) if valid.any() else float("nan")


def scores(x, human, items, systems) -> dict:
    pairs = corr.ItemPairs(human, items)
    return {"item_kendall": round(pairs.tau(x), 4),
            "item_kendall_all": round(item_tau_all(x, pairs), 4),
            "seg_kendall": round(corr.kendall(x, human), 4),
            "seg_pearson": round(corr.pearson(x, human), 4),
            "sys_pearson": round(corr.system_pearson(x, human, systems), 4),
            "sys_accuracy": round(corr.pairwise_accuracy(x, human, systems), 4)}


class Data:
    """The arrays one eval run gives the fit."""

    def __init__(self, table: pd.DataFrame, penalty: str = "per100w"):
        self.table = table
        self.F = badness(table)
        col = "penalty_per_100w" if penalty == "per100w" else "penalty"
        # "raw": a segment's penalty in MQM points, treated as if per 100 words
        self.ppw = table[col].to_numpy(float)
        words = np.maximum(table["words"].to_numpy(float), 1)
        self.target = 100.0 * np.exp(-(100.0 * table["mqm"].to_numpy(float) / words) / TAU)
        self.human = -table["mqm"].to_numpy(float)
        self.items = table["item"].astype(str).to_numpy()
        self.systems = table["system"].astype(str).to_numpy()
        self.docs = table["doc"].astype(str).to_numpy()

    def rows(self, mask):
        F = {n: v[mask] for n, v in self.F.items()}
        return F, self.ppw[mask], self.target[mask], self.human[mask], self.items[mask]


def cross_validate(data: Data, names) -> tuple:
    """Out-of-fold quality (leave one talk out) and each fold's fitted model."""
    oof = np.full(len(data.table), np.nan)
    fitted = {}
    for held in sorted(set(data.docs)):
        test = data.docs == held
        F, ppw, target, human, items = data.rows(~test)
        model = fit_model(names, F, ppw, target, human, items)
        fitted[held] = model
        oof[test] = apply(model, {n: data.F[n][test] for n in names}, data.ppw[test])
    return oof, fitted


def evaluate(data: Data, label: str, with_penalty_model: bool) -> tuple:
    """CV table rows (``{label: scores}``), the final models and their per-fold fits."""
    t = data.table
    h, it, sy = data.human, data.items, data.systems
    rows = {"chrF++ alone": scores(t["chrf"].to_numpy(float), h, it, sy)}
    if "fluency" in data.F:
        rows["fluency alone"] = scores(t["fluency"].to_numpy(float), h, it, sy)
    rows["penalty alone (-penalty_per_100w)"] = scores(-data.ppw, h, it, sy)
    if with_penalty_model:
        rows["quality [penalty] (nothing fitted)"] = scores(
            np.round(100 * np.exp(-data.ppw / TAU), 2), h, it, sy)
    final, folds = {}, {}
    for names in MODELS:
        if not all(n in data.F for n in names):
            continue
        name = model_name("fluency" in names, "chrf" in names)
        oof, fitted = cross_validate(data, names)
        rows[f"quality [{name}] (CV)"] = scores(oof, h, it, sy)
        final[name] = fit_model(names, *data.rows(np.ones(len(t), bool)))
        folds[name] = fitted
    print(f"\n{label}: held-out scores, leave-one-talk-out ({len(set(data.docs))} talks), "
          f"{len(t)} segments, {len(set(it))} items; Kendall = tau-b")
    keys = list(next(iter(rows.values())))
    print(f"{'scores':<40}" + "".join(f"{k:>17}" for k in keys))
    for name, s in rows.items():
        print(f"{name:<40}" + "".join(f"{v:>17.4f}" for v in s.values()))
    return rows, final, folds


def penalty_weight_diagnostic(data: Data) -> None:
    """What the pairwise model alone would give penalty (for the report, never stored)."""
    names = [n for n in ("fluency", "chrf") if n in data.F]
    X = np.column_stack([data.F[n] for n in names] + [data.ppw / TAU])
    u = pairwise_direction(X, corr.ItemPairs(data.human, data.items))
    print("  pairwise direction with penalty_per_100w/TAU as a feature: "
          + ", ".join(f"{n}={v:.3f}" for n, v in zip([*names, "penalty/TAU"], u)))


def load_table(args, lm: bool) -> pd.DataFrame:
    given = args.lm_segments if lm else args.nolm_segments
    if given:
        return pd.read_csv(given, dtype={"doc_id": str, "seg_id": str, "item": str})
    from tqcheck.evaluate import run_eval

    cfg = Config(lm=lm, cache=str(args.cache) if lm else None, progress=False)
    out = Path(args.out) / ("lm" if lm else "nolm") if args.out else None
    t0 = time.perf_counter()
    res = run_eval(args.mqm, cfg, reference_system="ref", out_dir=out)
    print(f"run_eval LM {'on' if lm else 'off'}: {time.perf_counter() - t0:.1f} s"
          + (f" (eval_segments.csv in {out})" if out else ""))
    return res.segments


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mqm", default=str(DEFAULT_MQM))
    ap.add_argument("--lm", action="store_true", help="also run (or read) the LM-on evaluation")
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="LM score cache (SQLite)")
    ap.add_argument("--nolm-segments", help="reuse an LM-off eval_segments.csv")
    ap.add_argument("--lm-segments", help="reuse an LM-on eval_segments.csv (implies --lm)")
    ap.add_argument("--out", help="write the eval bundles under DIR/nolm and DIR/lm")
    ap.add_argument("--penalty", choices=("per100w", "raw"), default="per100w",
                    help="penalty feature (raw is a diagnostic; it cannot --write)")
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    args = ap.parse_args(argv)
    if args.penalty == "raw" and args.write:
        ap.error("--penalty raw is a diagnostic: quality uses penalty_per_100w")
    use_lm = args.lm or bool(args.lm_segments)

    cv, final, folds = {}, {}, {}
    runs = [("LM off", False)] + ([("LM on", True)] if use_lm else [])
    n_segments = {}
    for label, lm in runs:
        data = Data(load_table(args, lm), args.penalty)
        n_segments[label] = len(data.table)
        rows, models, fitted = evaluate(data, label, with_penalty_model=True)
        penalty_weight_diagnostic(data)
        cv[label] = rows
        folds[label] = fitted
        for name, model in models.items():
            # penalty+chrf from the LM-off run (the model used when the LM is off)
            if lm or "fluency" not in name:
                final[name] = model

    print("\nfinal weights (all data):")
    for name, model in final.items():
        print(f"  {name}: w={model['w']}")

    if args.write:
        mqm = Path(args.mqm)
        data = {"version": 3, "tqcheck_version": __version__,
                "formula": "quality = 100*exp(-(penalty_per_100w + sum_k w_k * (100 - x_k)/100)"
                           " / TAU), x in {fluency, chrf}, w >= 0",
                "tau": TAU,
                "fitted_on": {"file": mqm.name,
                              "sha256": hashlib.sha256(mqm.read_bytes()).hexdigest()
                              if mqm.exists() else None,
                              "reference_system": "ref", "segments": n_segments,
                              "lm": use_lm},
                "fit": "bench/fit_quality.py: direction u >= 0 by pairwise logistic regression "
                       "on within-item human-ranked pairs (L2 1e-3), scale s >= 0 by "
                       "within-item least squares against 100*exp(-MQM per 100 words / TAU), "
                       "w = s*u; "
                       "penalty_per_100w weight 1; penalty+chrf fitted with the LM off, "
                       "models with fluency with it on; CV leave-one-talk-out",
                "models": final, "cv": cv, "cv_fold_models": folds}
        WEIGHTS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fit the weights of tqcheck's ``quality`` score on expert MQM annotations.

    .venv/bin/python bench/fit_quality.py [--mqm FILE] [--lm] [--segments eval_segments.csv]
                                          [--write] [--out DIR]

Runs ``tqcheck.evaluate.run_eval`` on the MQM file (``ref`` as the reference, so every other
system's translation gets chrF++; with ``--lm`` also fluency), or reuses an
``eval_segments.csv`` it wrote, then fits, for each model of :mod:`tqcheck.score`
(``penalty+chrf``, ``penalty+fluency``, ``penalty+fluency+chrf``)::

    quality = 100 * exp(-(penalty_per_100w + exp(b + s * (u . x))) / TAU)

where ``x`` are the "badness" features ``(100 - fluency)/100`` and ``(100 - chrf)/100``,
``u >= 0`` is a direction on the simplex (grid, step 0.02) and ``s >= 0``.  For each
direction, ``(b, s)`` are fitted by least squares of quality against the human MQM quality
``100 * exp(-MQM_per_100_words / TAU)``; the direction kept is the one with the best
item-level Kendall tau on the training data.  The weights stored are ``w = s * u``.

Everything is **cross-validated by document** (the 5 TED talks: fit on 4, predict the 5th,
pool the out-of-fold predictions) and the script prints the held-out item-level tau of
quality with references, of chrF++ alone, and of reference-free quality.  The final weights
are then fitted on all the data and, with ``--write``, stored with the CV numbers in
``tqcheck/data/quality_weights.json``.  Nothing is tuned by hand.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
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
GRID = np.round(np.linspace(0.0, 1.0, 51), 4)


def features(table: pd.DataFrame) -> dict:
    out = {}
    if "fluency" in table and table["fluency"].notna().any():
        out["fluency"] = (100.0 - table["fluency"].clip(0, 100).to_numpy(float)) / 100.0
    if "chrf" in table and table["chrf"].notna().any():
        out["chrf"] = (100.0 - table["chrf"].clip(0, 100).to_numpy(float)) / 100.0
    return out


def predict(ppw, X, b, w):
    z = b + X @ w
    return 100.0 * np.exp(-(ppw + np.exp(z)) / TAU)


def fit_scale(ppw, zdir, target):
    """Least-squares ``(b, s >= 0)`` for a fixed direction."""
    def loss(p):
        q = 100.0 * np.exp(-(ppw + np.exp(p[0] + p[1] * zdir)) / TAU)
        return float(((q - target) ** 2).mean())

    best = None
    for b0 in (-2.0, 0.0, 2.0):
        res = minimize(loss, x0=[b0, 1.0], method="L-BFGS-B",
                       bounds=[(-10, 10), (0, 20)])
        if best is None or res.fun < best.fun:
            best = res
    return float(best.x[0]), float(best.x[1])


def fit_model(names, F, ppw, target, human, items):
    """Fit one model on the given rows; returns ``{"b", "w": {feature: weight}}``."""
    X = np.column_stack([F[n] for n in names])
    pairs = corr.ItemPairs(human, items)
    directions = [np.array([1.0])] if len(names) == 1 else [np.array([u, 1 - u]) for u in GRID]
    best = None
    for u in directions:
        b, s = fit_scale(ppw, X @ u, target)
        w = s * u
        q = np.round(predict(ppw, X, b, w), 2)
        tau = pairs.tau(q)
        mse = float(((q - target) ** 2).mean())
        key = (round(tau, 6), -mse)
        if best is None or key > best[0]:
            best = (key, b, w)
    _, b, w = best
    return {"b": round(b, 6), "w": {n: round(float(x), 6) for n, x in zip(names, w)}}


def apply(model, F, ppw):
    names = list(model["w"])
    X = np.column_stack([F[n] for n in names]) if names else np.zeros((len(ppw), 0))
    w = np.array([model["w"][n] for n in names])
    return np.round(predict(ppw, X, model["b"], w), 2)


def scores(x, human, items, systems) -> dict:
    return {"item_kendall": round(corr.ItemPairs(human, items).tau(x), 4),
            "seg_kendall": round(corr.kendall(x, human), 4),
            "seg_pearson": round(corr.pearson(x, human), 4),
            "sys_pearson": round(corr.system_pearson(x, human, systems), 4),
            "sys_accuracy": round(corr.pairwise_accuracy(x, human, systems), 4)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mqm", default=str(DEFAULT_MQM))
    ap.add_argument("--lm", action="store_true", help="run with the language model (fluency)")
    ap.add_argument("--segments", help="reuse an eval_segments.csv instead of running eval")
    ap.add_argument("--out", help="write the eval bundle here (to reuse with --segments)")
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    ap.add_argument("--slor-proxy", action="store_true",
                    help="diagnostic while the LM has no fluency calibration: use 100 x the "
                         "percentile of lm_slor as fluency (never written)")
    args = ap.parse_args(argv)
    if args.slor_proxy and args.write:
        ap.error("--slor-proxy is a diagnostic; it cannot --write weights")

    t0 = time.perf_counter()
    if args.segments:
        table = pd.read_csv(args.segments, dtype={"doc_id": str, "seg_id": str, "item": str})
    else:
        from tqcheck.evaluate import run_eval

        res = run_eval(args.mqm, Config(lm=args.lm, progress=False), reference_system="ref",
                       out_dir=args.out)
        table = res.segments
    print(f"segments: {len(table)}  eval time: {time.perf_counter() - t0:.1f} s")
    if args.slor_proxy:
        table = table.copy()
        table["fluency"] = 100.0 * table["lm_slor"].rank(pct=True)
        print("fluency := 100 x percentile of lm_slor (diagnostic proxy)")

    F = features(table)
    ppw = table["penalty_per_100w"].to_numpy(float)
    mqm100 = 100.0 * table["mqm"].to_numpy(float) / np.maximum(table["words"].to_numpy(float), 1)
    target = 100.0 * np.exp(-mqm100 / TAU)
    human = -table["mqm"].to_numpy(float)
    items = table["item"].astype(str).to_numpy()
    systems = table["system"].astype(str).to_numpy()
    docs = table["doc"].astype(str).to_numpy()

    models = {}
    for names in (("chrf",), ("fluency",), ("fluency", "chrf")):
        if all(n in F for n in names):
            models[model_name("fluency" in names, "chrf" in names)] = list(names)

    # cross-validation by document: out-of-fold predictions for every model
    oof = {m: np.full(len(table), np.nan) for m in models}
    folds = sorted(set(docs))
    for held in folds:
        test = docs == held
        train = ~test
        for m, names in models.items():
            Ftr = {n: F[n][train] for n in names}
            model = fit_model(names, Ftr, ppw[train], target[train], human[train], items[train])
            oof[m][test] = apply(model, {n: F[n][test] for n in names}, ppw[test])

    cv = {}
    rows = []
    base = {"chrF++ alone": table["chrf"].to_numpy(float) if "chrf" in F else None,
            "penalty alone (quality, no LM/ref)": np.round(100 * np.exp(-ppw / TAU), 2)}
    for label, x in [*base.items(), *[(f"quality [{m}] (CV)", oof[m]) for m in models]]:
        if x is None:
            continue
        s = scores(x, human, items, systems)
        cv[label] = s
        rows.append((label, s))
    print(f"\nheld-out scores, cross-validated by document ({len(folds)} talks), "
          f"{len(table)} segments, {len(set(items))} items; Kendall = tau-b")
    print(f"{'scores':<44}" + "".join(f"{k:>14}" for k in rows[0][1]))
    for label, s in rows:
        print(f"{label:<44}" + "".join(f"{v:>14.4f}" for v in s.values()))

    final = {}
    for m, names in models.items():
        final[m] = fit_model(names, F, ppw, target, human, items)
    print("\nfinal weights (all data):")
    for m, model in final.items():
        print(f"  {m}: b={model['b']}, w={model['w']}")

    if args.write:
        data = {"version": 1, "tqcheck_version": __version__,
                "formula": "quality = 100*exp(-(penalty_per_100w + exp(b + sum w_k * "
                           "(100 - x_k)/100)) / TAU), x in {fluency, chrf}",
                "tau": TAU,
                "fitted_on": {"file": Path(args.mqm).name,
                              "sha256": hashlib.sha256(Path(args.mqm).read_bytes()).hexdigest()
                              if Path(args.mqm).exists() else None,
                              "reference_system": "ref", "segments": int(len(table)),
                              "lm": bool(F.get("fluency") is not None)},
                "fit": "bench/fit_quality.py: direction by training item-level Kendall tau-b, "
                       "scale by least squares; CV by document (talk)",
                "models": final, "cv": cv}
        WEIGHTS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

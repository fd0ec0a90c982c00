"""Calibrate ``fluency`` and ``low-fluency`` for a model on professional news English.

Scores every line of the calibration file (default ``../shared/data/korean-english-park.dev.en``,
1,000 professional translations of Korean news) and writes the calibration JSON:

- ``fluency``: the score it maps (``neg_slor`` by default: SLOR agreed better with MQM than
  mean NLL in bench/lm_agreement.py; ``--score lm_nll`` is the alternative),
  its median (fluency 90) and scale (the 90th percentile of badness maps to fluency 50);
- ``spans``: the window width (words) and threshold (a high percentile of the windowed mean
  token surprisal over the calibration sentences) for ``low-fluency``;
- the data file's SHA-256, the model's checksum, and the percentiles for reference.

Usage::

    .venv/bin/python bench/calibrate_lm.py                      # the default model's card
    .venv/bin/python bench/calibrate_lm.py --model PATH         # writes PATH/tqcheck-calibration.json

Prints a table and writes ``bench/out/calibrate_<model>.csv`` (one row per sentence).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tqcheck.lm import LOCAL_CALIBRATION, cache_key, models, scorer  # noqa: E402
from tqcheck.lm.cache import ScoreCache, text_hash  # noqa: E402
from tqcheck.lm.scores import (Calibration, segment_numbers, unit_surprisals,  # noqa: E402
                               window_scores)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "korean-english-park.dev.en"
SPAN_WIDTH = 4
"""Words per window.  On seeds/000-002 with SmolLM2-135M: width 4 at p99.9 flags the garbled
headline (``Park Jin "Central``) and nothing in the clean Yonhap-style seed; width 5 also
flagged ``Foreign Minister Park Jin met`` there; widths 2-3 flag two-token names instead."""
SPAN_QUANTILE = 99.9
"""Percentile of calibration windows used as the threshold (19 of the 1,000 calibration
sentences then get a span: mostly names that surprise a 135M model)."""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--models-dir", default=None)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--score", choices=["lm_nll", "neg_slor"], default="neg_slor")
    ap.add_argument("--width", type=int, default=SPAN_WIDTH)
    ap.add_argument("--quantile", type=float, default=SPAN_QUANTILE)
    ap.add_argument("--batch-size", type=int, default=8192)
    ap.add_argument("--out", default=None, help="calibration JSON path (default: see above)")
    ap.add_argument("--cache", default=str(ROOT / "bench" / "out" / "lm_cache.sqlite"),
                    help="SQLite LM cache ('' for none): re-running with another --score is instant")
    args = ap.parse_args(argv)

    data = Path(args.data)
    raw = data.read_bytes()
    lines = [l for l in raw.decode("utf-8").splitlines() if l.strip()]
    lm = scorer.load(args.model, args.models_dir, "cpu")
    t0 = time.perf_counter()
    cache = ScoreCache(args.cache) if args.cache else None
    key = cache_key(lm)
    hashes = [text_hash(t) for t in lines]
    found = cache.get_many(key, hashes) if cache else {}
    todo = [i for i, h in enumerate(hashes) if h not in found]
    fresh = scorer.score_texts(lm, [lines[i] for i in todo], budget=args.batch_size)
    for i, (ids, offs, lp) in zip(todo, fresh):
        found[hashes[i]] = (offs, lp)
    if cache:
        cache.put_many(key, ((hashes[i], r[1], r[2]) for i, r in zip(todo, fresh)))
    results = [(None, *found[h]) for h in hashes]
    seconds = time.perf_counter() - t0
    rows, windows, tokens = [], [], []
    for text, (ids, offs, lp) in zip(lines, results):
        nll, slor, n = segment_numbers(text, lp)
        rows.append((text, n, nll, slor))
        units, token_unit = unit_surprisals(text, offs, lp)
        windows += [m for _, m in window_scores(token_unit, -lp, len(units), args.width)]
        tokens.extend((-lp).tolist())
    nll = np.array([r[2] for r in rows])
    slor = np.array([r[3] for r in rows])
    x = nll if args.score == "lm_nll" else -slor
    median, p90 = float(np.median(x)), float(np.percentile(x, 90))
    pct = [1, 10, 50, 90, 99]
    cal = {
        "model": lm.name,
        "model_checksum": lm.checksum,
        "bos_id": lm.bos_id,
        "context": "none",
        "data": data.name,
        "data_sha256": __import__("hashlib").sha256(raw).hexdigest(),
        "sentences": len(lines),
        "tokens": int(sum(r[1] for r in rows)),
        "fluency": {"score": args.score, "median": round(median, 4),
                    "scale": round((p90 - median) / math.log(9.0), 4),
                    "note": "fluency = 100 * sigmoid(ln 9 - (x - median) / scale): 90 at the "
                            "median sentence, 50 at the 90th percentile of badness"},
        "spans": {"width": args.width, "quantile": args.quantile,
                  "threshold": round(float(np.percentile(windows, args.quantile)), 4)},
        "percentiles": {
            "lm_nll": dict(zip(map(str, pct), np.round(np.percentile(nll, pct), 4).tolist())),
            "lm_slor": dict(zip(map(str, pct), np.round(np.percentile(slor, pct), 4).tolist())),
            "token_surprisal": dict(zip(map(str, pct + [99.9]), np.round(
                np.percentile(tokens, pct + [99.9]), 4).tolist())),
        },
    }
    card = models.get_card(lm.name)
    if args.out:
        out = Path(args.out)
    elif card is not None and lm.path.name == card.name:
        out = card.calibration_path
    else:
        out = lm.path / LOCAL_CALIBRATION
    out.write_text(json.dumps(cal, indent=2) + "\n", encoding="utf-8")

    c = Calibration(cal)
    flu = np.array([c.fluency(r[2], r[3]) for r in rows])
    csv_dir = ROOT / "bench" / "out"
    csv_dir.mkdir(exist_ok=True)
    csv_path = csv_dir / f"calibrate_{lm.name}.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "tokens", "lm_nll", "lm_slor", "fluency"])
        for r, f in zip(rows, flu):
            w.writerow([r[0], r[1], f"{r[2]:.4f}", f"{r[3]:.4f}", f])
    print(f"model {lm.name} ({lm.checksum[:12]}), {len(lines)} sentences, "
          f"{cal['tokens']} tokens, {len(todo)} sentences scored in {seconds:.1f} s "
          f"({len(lines) - len(todo)} from the cache)")
    print(f"{'':14}{'p1':>8}{'p10':>8}{'p50':>8}{'p90':>8}{'p99':>8}")
    for name, vals in (("lm_nll", nll), ("lm_slor", slor), ("fluency", flu)):
        print(f"{name:14}" + "".join(f"{v:8.2f}" for v in np.percentile(vals, pct)))
    print(f"span threshold (width {args.width}, p{args.quantile}): {cal['spans']['threshold']:.2f}"
          f" nats/token")
    print(f"wrote {out} (calibration {c.digest}) and {csv_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

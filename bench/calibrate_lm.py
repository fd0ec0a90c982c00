"""Calibrate ``fluency`` and ``low-fluency`` for a model on professional news English.

Scores every line of the calibration file (default ``../shared/data/korean-english-park.dev.en``,
1,000 professional translations of Korean news) and writes the calibration JSON:

- ``fluency``: the score it maps (``neg_slor`` by default: SLOR agreed better with MQM than
  mean NLL in bench/lm_agreement.py; ``--score lm_nll`` is the alternative),
  its median (fluency 90) and scale (the 90th percentile of badness maps to fluency 50);
- ``spans``: the window width (words), the window score (``rare-discounted`` by default:
  mean token surprisal less each rare word's ``rarity_credit``, so names do not light up) and
  the threshold for ``low-fluency``: a percentile of each calibration sentence's highest
  window score (99.7 by default: at most 3 of 1,000 professional sentences get a span);
- the data file's SHA-256, the model's checksum, and the percentiles for reference.

Usage::

    .venv/bin/python bench/calibrate_lm.py                      # the default model's card
    .venv/bin/python bench/calibrate_lm.py --model PATH         # writes PATH/tqcheck-calibration.json

Prints a table and writes ``bench/out/calibrate_<model>.csv`` (one row per sentence).
``--mqm PATH`` (e.g. ``../shared/data/mqm_ted_zhen.tsv``, scored from the LM cache) also prints,
for the new and the plain-surprisal span scores, how many calibration sentences get a span and
the precision of spans against expert MQM error spans (any overlap in the same segment).
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
from tqcheck.lm.scores import (RARE_FREQ, SPAN_SCORES, Calibration, find_spans,  # noqa: E402
                               segment_numbers, span_windows)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "korean-english-park.dev.en"
SPAN_WIDTH = 4
"""Words per window.  On seeds/000-002 with SmolLM2-135M: width 4 at p99.9 flags the garbled
headline (``Park Jin "Central``) and nothing in the clean Yonhap-style seed; width 5 also
flagged ``Foreign Minister Park Jin met`` there; widths 2-3 flag two-token names instead."""
SPAN_QUANTILE = 99.7
"""Percentile of the calibration sentences' highest window score used as the threshold (at
most 3 of 1,000 then get a span).  The earlier rule, p99.9 of all windows' plain surprisal,
gave 19 of 1,000 a span."""
SPAN_SCORE = "rare-discounted"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--models-dir", default=None)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--score", choices=["lm_nll", "neg_slor"], default="neg_slor")
    ap.add_argument("--width", type=int, default=SPAN_WIDTH)
    ap.add_argument("--quantile", type=float, default=SPAN_QUANTILE,
                    help="percentile of the sentences' highest window score")
    ap.add_argument("--span-score", choices=SPAN_SCORES, default=SPAN_SCORE)
    ap.add_argument("--rare-freq", type=float, default=RARE_FREQ)
    ap.add_argument("--mqm", default=None, help="MQM TSV: report span precision (from the cache)")
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
    spec = {"width": args.width, "score": args.span_score}
    if args.span_score == "rare-discounted":
        spec["rare_freq"] = args.rare_freq
    rows, peaks, tokens = [], [], []
    for text, (ids, offs, lp) in zip(lines, results):
        nll, slor, n = segment_numbers(text, lp)
        rows.append((text, n, nll, slor))
        peaks.append(max((m for _, m in span_windows(text, offs, lp, spec)[2]), default=-math.inf))
        tokens.extend((-lp).tolist())
    threshold = round(float(np.percentile([p for p in peaks if p > -math.inf], args.quantile)), 4)
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
        "spans": {**spec, "sentence_quantile": args.quantile, "threshold": threshold,
                  "flagged_sentences": int(sum(p > threshold for p in peaks))},
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
    print(f"span threshold ({args.span_score}, width {args.width}, p{args.quantile} of sentence "
          f"peaks): {threshold:.2f} nats/token; {cal['spans']['flagged_sentences']} of "
          f"{len(lines)} calibration sentences get a span")
    if args.mqm:
        old = dict(results=results, lines=lines)
        mqm_report(Path(args.mqm), cache, key, c, old)
    print(f"wrote {out} (calibration {c.digest}) and {csv_path}")
    return 0


def mqm_segments(path: Path) -> list:
    """``[(clean text, [(start, end) of annotated error spans])]``, one per (system, doc,
    segment), spans from every rater's ``<v>...</v>`` in the target."""
    import re

    import pandas as pd

    marks = re.compile(r"</?v>")
    d = pd.read_csv(path, sep="\t", quoting=3, dtype=str, keep_default_na=False)
    segs = {}
    for key in zip(d["system"], d["doc"], d["seg_id"], d["target"]):
        target = key[3]
        seg = segs.setdefault(key[:3], (marks.sub("", target), []))
        shift, start = 0, None
        for m in marks.finditer(target):
            if m.group() == "<v>":
                start = m.start() - shift
            elif start is not None:
                seg[1].append((start, m.start() - shift))
                start = None
            shift += len(m.group())
    return list(segs.values())


def mqm_report(path: Path, cache, key: str, cal: Calibration, calib: dict) -> None:
    """Calibration sentences flagged and MQM span precision: the new spans vs the plain
    surprisal at p99.9 of all windows (the previous calibration, threshold recomputed)."""
    segs = mqm_segments(path)
    found = cache.get_many(key, [text_hash(t) for t, _ in segs]) if cache else {}
    segs = [(t, a, found[text_hash(t)]) for t, a in segs if text_hash(t) in found]
    w = cal.data["spans"]["width"]
    plain = [m for t, (_, o, lp) in zip(calib["lines"], calib["results"])
             for _, m in span_windows(t, o, lp, {"width": w})[2]]
    before = Calibration({"spans": {"width": w, "threshold": float(np.percentile(plain, 99.9))}})
    print(f"MQM: {len(segs)} segments with cached scores; precision = share of spans that "
          f"overlap an annotated error span of the same segment")
    for name, c in (("plain surprisal, p99.9 of windows", before), ("this calibration", cal)):
        flagged = sum(bool(find_spans(t, o, lp, c))
                      for t, (_, o, lp) in zip(calib["lines"], calib["results"]))
        n = hit = 0
        for text, ann, (offs, lp) in segs:
            for sp in find_spans(text, offs, lp, c):
                n += 1
                hit += any(sp.start < e and s < sp.end for s, e in ann)
        print(f"  {name:36} threshold {c.data['spans']['threshold']:.3f}: calibration "
              f"sentences flagged {flagged}/{len(calib['lines'])}; MQM spans {n}, precision "
              f"{hit / max(n, 1):.3f} ({hit}/{n})")


if __name__ == "__main__":
    sys.exit(main())

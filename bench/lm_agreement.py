"""Agreement of the LM scores with expert MQM judgements (WMT21 TED zh->en).

Each MT system's output for a talk becomes one tqcheck document whose sentences are that
system's segments in order, scored through the public API ``tqcheck.lm.score_documents``
(so ``--context`` measures the previous-sentence mode exactly as the product runs it).

MQM score of a segment (Freitag et al. 2021): Major 5, Minor 1, Minor Fluency/Punctuation 0.1,
Non-translation 25, summed over the segment's errors and averaged over its raters (this file
has one rater per segment); ``Source error`` rows are not errors of the translation and
weigh 0.  Lower is better.

- **item-level** Kendall tau-b: for each source sentence (item), rank the 15 systems'
  translations by the metric and by MQM; tau per item, averaged over items where MQM is not
  constant.
- **document-level**: the same per talk, with document scores (token-weighted ``fluency``
  from ``score_documents``, and the mean per-token NLL) against the talk's mean MQM.

Sign convention: both are reported so that higher tau = better agreement (fluency is
compared with -MQM, NLL with MQM).

Usage::

    .venv/bin/python bench/lm_agreement.py [--context] [--model NAME|PATH]

Prints a table and writes ``bench/out/lm_agreement.csv`` (appending one row per run).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import kendalltau

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.out_csv import append_rows  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import Document  # noqa: E402
from tqcheck.lm import score_documents  # noqa: E402
from tqcheck.records import Record, Segment  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "mqm_ted_zhen.tsv"


def mqm_weight(category: str, severity: str) -> float:
    if category.startswith("Non-translation"):
        return 25.0
    if category in ("No-error", "Source error"):
        return 0.0
    if severity == "Major":
        return 5.0
    if severity == "Minor":
        return 0.1 if category == "Fluency/Punctuation" else 1.0
    return 0.0


def load_segments(path: Path) -> pd.DataFrame:
    d = pd.read_csv(path, sep="\t", quoting=3, dtype=str, keep_default_na=False)
    d["seg_id"] = d["seg_id"].astype(int)
    d["text"] = d["target"].str.replace("<v>", "", regex=False).str.replace("</v>", "", regex=False)
    d["w"] = [mqm_weight(c, s) for c, s in zip(d["category"], d["severity"])]
    per_rater = d.groupby(["system", "doc", "seg_id", "rater"]).agg(
        w=("w", "sum"), text=("text", "first")).reset_index()
    seg = per_rater.groupby(["system", "doc", "seg_id"]).agg(
        mqm=("w", "mean"), text=("text", "first")).reset_index()
    return seg.sort_values(["system", "doc", "seg_id"]).reset_index(drop=True)


def build_documents(seg: pd.DataFrame) -> list:
    docs = []
    for (system, doc), g in seg.groupby(["system", "doc"], sort=True):
        doc_id = f"{system}|{doc}"
        parts, pos, segments = [], 0, []
        for seg_id, text in zip(g["seg_id"], g["text"]):
            segments.append(Segment(doc_id, f"s{seg_id}", "sentence", pos, pos + len(text), text))
            parts.append(text)
            pos += len(text) + 1
        record = Record(doc_id=doc_id, target="\n".join(parts), has_headline=False, system=system)
        docs.append(Document(record, tuple(segments), ()))
    return docs


def mean_tau(frame: pd.DataFrame, group: list, metric: str, truth: str) -> tuple:
    taus = []
    for _, g in frame.groupby(group):
        if g[truth].nunique() < 2 or g[metric].nunique() < 2:
            continue
        tau = kendalltau(g[metric], g[truth]).statistic
        if np.isfinite(tau):
            taus.append(tau)
    return float(np.mean(taus)), len(taus)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--models-dir", default=None)
    ap.add_argument("--context", action="store_true", help="previous-sentence context mode")
    ap.add_argument("--batch-size", type=int, default=8192)
    ap.add_argument("--cache", default=str(ROOT / "bench" / "out" / "lm_cache.sqlite"))
    args = ap.parse_args(argv)

    seg = load_segments(Path(args.data))
    docs = build_documents(seg)
    config = Config(model=args.model, models_dir=args.models_dir, device="cpu",
                    batch_size=args.batch_size, lm_context=args.context, cache=args.cache)
    t0 = time.perf_counter()
    out = score_documents(docs, config)
    seconds = time.perf_counter() - t0
    keys = list(zip(seg["system"] + "|" + seg["doc"], "s" + seg["seg_id"].astype(str)))
    seg["lm_nll"] = [out.segments[k].lm_nll for k in keys]
    seg["lm_slor"] = [out.segments[k].lm_slor for k in keys]
    seg["fluency"] = [out.segments[k].fluency for k in keys]
    seg["tokens"] = [out.segments[k].tokens for k in keys]
    seg["neg_mqm"] = -seg["mqm"]
    seg["neg_nll"] = -seg["lm_nll"]
    seg["neg_logprob"] = seg["lm_nll"] * seg["tokens"]  # total surprisal
    seg["logprob"] = -seg["neg_logprob"]

    rows = []
    for metric, label in (("fluency", "fluency"), ("neg_nll", "-lm_nll (raw mean NLL)"),
                          ("lm_slor", "lm_slor"), ("logprob", "total log-prob")):
        item, n_items = mean_tau(seg, ["doc", "seg_id"], metric, "neg_mqm")
        rows.append({"metric": label, "level": "item", "tau": item, "groups": n_items})
    doc = seg.groupby(["system", "doc"]).agg(mqm=("mqm", "mean"),
                                             tokens=("tokens", "sum")).reset_index()
    doc["neg_mqm"] = -doc["mqm"]
    doc_ids = doc["system"] + "|" + doc["doc"]
    doc["fluency"] = [out.documents[d].fluency for d in doc_ids]
    doc["neg_nll"] = [-out.documents[d].lm_nll for d in doc_ids]
    doc["lm_slor"] = [out.documents[d].lm_slor for d in doc_ids]
    for metric, label in (("fluency", "fluency"), ("neg_nll", "-lm_nll (raw mean NLL)"),
                          ("lm_slor", "lm_slor")):
        tau, n = mean_tau(doc, ["doc"], metric, "neg_mqm")
        rows.append({"metric": label, "level": "document", "tau": tau, "groups": n})

    sig = out.signature
    print(f"model {sig['model']} ({sig['checksum'][:12]}), context={sig['context']}, "
          f"calibration={sig['calibration']}, {len(seg)} segments in {len(docs)} documents, "
          f"scored in {seconds:.1f} s (cache: {sig.get('cache', {}).get('hits', 0)} hits)")
    print(f"{'metric':26}{'level':>10}{'Kendall tau':>13}{'groups':>8}")
    for r in rows:
        print(f"{r['metric']:26}{r['level']:>10}{r['tau']:13.4f}{r['groups']:8d}")
    csv_path = append_rows(
        "lm_agreement.csv",
        ["model", "checksum", "context", "calibration", "metric", "level", "tau", "groups"],
        ([sig["model"], sig["checksum"][:12], sig["context"], sig["calibration"], r["metric"],
          r["level"], f"{r['tau']:.4f}", r["groups"]] for r in rows))
    print(f"wrote {csv_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

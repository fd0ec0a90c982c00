"""``tqcheck eval``: how well tqcheck's scores agree with expert MQM judgments.

``run_eval(mqm_path, config, reference_system=None, out_dir=None)`` reads a Google-format MQM
file (:mod:`tqcheck.mqm`), turns every system's translation of every segment into a
:class:`~tqcheck.records.Record` (``target`` = the translation, ``source``, ``system``,
``has_headline=False``; ``reference`` = the ``reference_system``'s translation of the same
segment when one is named, and that system is then left out of the evaluation), runs
:func:`tqcheck.pipeline.check_records`, and correlates each record's ``quality``,
``fluency``, ``penalty``, ``chrf``, ``bleu`` and ``ter`` with the human MQM score
(:mod:`tqcheck.correlation`; a column that is all NaN, e.g. ``fluency`` with the LM off, is
skipped):

- ``seg_pearson``, ``seg_kendall``: over all segments (Kendall tau-b);
- ``item_kendall``: systems ranked against each other on the same source segment, tau-b per
  item, averaged over items (see :mod:`tqcheck.correlation`);
- ``sys_pearson``, ``sys_accuracy``: on system means; pairwise accuracy of system ranking.

Sign convention: every correlation is between "higher is better" versions of both sides:
MQM, ``penalty`` and ``ter`` are negated first, so positive always means agreement.

It also measures tqcheck's ``Fluency/Punctuation`` findings against the annotators'
``Fluency/Punctuation`` spans: a finding is a true positive when its span overlaps an
annotated span of the same segment (precision), an annotated span is found when some
finding overlaps it (recall); empty spans count as one character.

With ``out_dir`` it writes ``eval.csv`` (one row per metric), ``eval_segments.csv`` (one row
per evaluated segment: MQM score and tqcheck's scores) and ``eval.json`` (everything plus
counts, timings and signatures), each atomically.
"""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from tqcheck import correlation as corr
from tqcheck import mqm as mqm_mod
from tqcheck.config import Config
from tqcheck.io.atomic import atomic_write_text
from tqcheck.records import Record

METRICS = ("quality", "fluency", "penalty", "chrf", "bleu", "ter")
LOWER_IS_BETTER = ("penalty", "ter")
MEASURES = ("seg_pearson", "seg_kendall", "item_kendall", "sys_pearson", "sys_accuracy")
PUNCTUATION = "Fluency/Punctuation"
UNKNOWN_REF_MSG = "reference system {name!r} is not in the file (systems: {known})"


@dataclass(frozen=True)
class EvalResult:
    """What ``run_eval`` measured."""

    correlations: pd.DataFrame
    """One row per metric: ``metric, segments, seg_pearson, seg_kendall, item_kendall,
    sys_pearson, sys_accuracy``."""
    segments: pd.DataFrame
    """One row per evaluated translation: ids, ``mqm`` and tqcheck's scores."""
    punctuation: dict
    info: dict = field(default_factory=dict)


def record_id(seg: mqm_mod.MQMSegment) -> str:
    return f"{seg.system}/{seg.doc_id}/{seg.seg_id}"


def build_records(segments, path: str, reference_system: Optional[str] = None) -> list:
    """Records for every segment not by ``reference_system`` (module doc)."""
    refs = {}
    if reference_system:
        systems = sorted({s.system for s in segments})
        if reference_system not in systems:
            from tqcheck.io.errors import InputError

            raise InputError(path, UNKNOWN_REF_MSG.format(name=reference_system,
                                                          known=", ".join(systems)))
        refs = {(s.doc_id, s.seg_id): s.target for s in segments
                if s.system == reference_system}
    records = []
    for s in segments:
        if s.system == reference_system:
            continue
        records.append(Record(record_id(s), s.target, source=s.source or None,
                              reference=refs.get((s.doc_id, s.seg_id)) or None, path=path,
                              locator=f"line {s.line}", has_headline=False, system=s.system))
    return records


def correlate(table: pd.DataFrame, metrics=METRICS) -> pd.DataFrame:
    """The correlation table for ``table`` (columns ``mqm``, ``item``, ``system`` and the
    metrics)."""
    human = -table["mqm"].to_numpy(dtype=float)
    pairs = corr.ItemPairs(human, table["item"].to_numpy())
    systems = table["system"].to_numpy()
    rows = []
    for name in metrics:
        if name not in table:
            continue
        x = table[name].to_numpy(dtype=float)
        if np.isnan(x).all():
            continue
        if name in LOWER_IS_BETTER:
            x = -x
        rows.append({"metric": name, "segments": int((~np.isnan(x)).sum()),
                     "seg_pearson": corr.pearson(x, human),
                     "seg_kendall": corr.kendall(x, human),
                     "item_kendall": pairs.tau(x),
                     "sys_pearson": corr.system_pearson(x, human, systems),
                     "sys_accuracy": corr.pairwise_accuracy(x, human, systems)})
    return pd.DataFrame(rows, columns=["metric", "segments", *MEASURES])


def _overlaps(a: tuple, b: tuple) -> bool:
    a0, a1 = a[0], max(a[1], a[0] + 1)
    b0, b1 = b[0], max(b[1], b[0] + 1)
    return a0 < b1 and b0 < a1


def span_scores(predicted: dict, gold: dict) -> dict:
    """Overlap-based precision and recall of ``predicted`` vs ``gold`` spans
    (``{record_id: [(start, end), ...]}``)."""
    tp_pred = sum(any(_overlaps(p, g) for g in gold.get(k, ())) for k, ps in predicted.items()
                  for p in ps)
    found = sum(any(_overlaps(g, p) for p in predicted.get(k, ())) for k, gs in gold.items()
                for g in gs)
    n_pred = sum(len(v) for v in predicted.values())
    n_gold = sum(len(v) for v in gold.values())
    return {"predicted": n_pred, "annotated": n_gold, "true_positive": tp_pred,
            "found": found,
            "precision": tp_pred / n_pred if n_pred else float("nan"),
            "recall": found / n_gold if n_gold else float("nan")}


def run_eval(mqm_path, config: Config = Config(), reference_system: Optional[str] = None,
             out_dir=None) -> EvalResult:
    """Evaluate tqcheck against the MQM file at ``mqm_path`` (module doc)."""
    from tqcheck.pipeline import check_records

    t0 = time.perf_counter()
    path = str(mqm_path)
    segments = mqm_mod.read_mqm(path)
    records = build_records(segments, path, reference_system)
    t_read = time.perf_counter() - t0
    report = check_records(records, config)
    t_check = time.perf_counter() - t0 - t_read

    docs = report.documents.set_index("doc_id")
    by_id = {record_id(s): s for s in segments if s.system != reference_system}
    rows = []
    for rec in records:
        s = by_id[rec.doc_id]
        d = docs.loc[rec.doc_id]
        rows.append({"id": rec.doc_id, "system": s.system, "doc": s.doc, "doc_id": s.doc_id,
                     "seg_id": s.seg_id, "item": f"{s.doc_id}/{s.seg_id}", "mqm": s.score,
                     "words": int(d["words"]), "findings": int(d["findings"]),
                     "penalty": float(d["penalty"]),
                     "penalty_per_100w": float(d["penalty_per_100w"]),
                     "fluency": float(d["fluency"]), "lm_slor": float(d["lm_slor"]),
                     "chrf": float(d["chrf"]), "bleu": float(d["bleu"]), "ter": float(d["ter"]),
                     "quality": float(d["quality"]),
                     "metrics_level": d.get("metrics_level", "")})
    table = pd.DataFrame(rows)
    correlations = correlate(table)

    predicted: dict = {}
    if not report.findings.empty:
        punct = report.findings[report.findings["category"] == PUNCTUATION]
        for doc_id, start, end in zip(punct["doc_id"], punct["start"], punct["end"]):
            predicted.setdefault(doc_id, []).append((int(start), int(end)))
    gold = {record_id(s): mqm_mod.punctuation_spans(s) for s in by_id.values()}
    gold = {k: v for k, v in gold.items() if v}
    punctuation = span_scores(predicted, gold)

    info = {"mqm_file": path, "reference_system": reference_system,
            "segments": len(records), "systems": int(table["system"].nunique()) if rows else 0,
            "items": int(table["item"].nunique()) if rows else 0,
            "lm": bool(config.lm), "timings": {"read_s": round(t_read, 3),
                                               "check_s": round(t_check, 3),
                                               **report.timings},
            "model": report.run.get("model"), "metrics": report.run.get("metrics"),
            "corpus_metrics": report.run.get("corpus_metrics"),
            "kendall": "tau-b; item_kendall = mean over items of per-item tau-b"}
    result = EvalResult(correlations, table, punctuation, info)
    if out_dir is not None:
        write_eval(result, out_dir)
    return result


def _plain(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (np.floating, np.integer)):
        return _plain(value.item())
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def write_eval(result: EvalResult, out_dir) -> list:
    """Write ``eval.csv``, ``eval_segments.csv`` and ``eval.json`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "eval.csv", out / "eval_segments.csv", out / "eval.json"]
    atomic_write_text(paths[0], result.correlations.to_csv(index=False))
    atomic_write_text(paths[1], result.segments.to_csv(index=False))
    doc = {"correlations": result.correlations.to_dict(orient="records"),
           "punctuation": result.punctuation, **result.info}
    atomic_write_text(paths[2], json.dumps(_plain(doc), indent=2, ensure_ascii=False) + "\n")
    return paths


def format_eval(result: EvalResult) -> str:
    """A plain-text table of the correlations and the punctuation span scores."""
    info = result.info
    lines = [f"MQM file: {info.get('mqm_file')}  segments: {info.get('segments')}  "
             f"systems: {info.get('systems')}  items: {info.get('items')}  "
             f"reference: {info.get('reference_system') or 'none'}  "
             f"LM: {'on' if info.get('lm') else 'off'}",
             "correlation with -MQM (higher is better for both sides; Kendall = tau-b)",
             f"{'metric':<10}{'segments':>9}" + "".join(f"{m:>14}" for m in MEASURES)]
    for row in result.correlations.itertuples(index=False):
        cells = "".join(f"{_fmt(getattr(row, m)):>14}" for m in MEASURES)
        lines.append(f"{row.metric:<10}{row.segments:>9}{cells}")
    p = result.punctuation
    lines.append(f"Fluency/Punctuation spans: {p['predicted']} found by tqcheck, "
                 f"{p['annotated']} annotated; precision {_fmt(p['precision'])}, "
                 f"recall {_fmt(p['recall'])}")
    t = info.get("timings", {})
    lines.append(f"time: {t.get('check_s', float('nan')):.1f} s to check "
                 f"(rules {t.get('rules_s', 0):.1f} s, LM {t.get('lm_s', 0):.1f} s, "
                 f"metrics {t.get('metrics_s', 0):.1f} s)")
    return "\n".join(lines)


def _fmt(x) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.4f}"

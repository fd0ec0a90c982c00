"""The whole pipeline as plain functions: records in, report frames out.

``check_records(records, config)`` and ``check_frame(df, config)`` return a ``Report``:
pandas frames for findings, segments, documents and the per-rule summary, plus the run
metadata that ``run.json`` holds.  The CLI and the report writers are thin shells around this,
and a distributed engine can call ``check_frame`` on partitions without a second code path.

Heavy parts load only when used: the language model (``tqcheck.lm``) when ``config.lm`` is
true, sacrebleu when a record has a reference.
"""
from __future__ import annotations

import bisect
import os
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Iterable, Optional

import pandas as pd

from tqcheck import __version__
from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, rules_for, run_rules, to_finding
from tqcheck.lang import detect_source_lang, get_pack
from tqcheck.records import FINDING_COLUMNS, SEVERITY_RANK, Record
from tqcheck.rules.registry import get as get_rule
from tqcheck import score as scoring

NEWLINE_RE = re.compile(r"\n")
WORD_RE = re.compile(r"[^\W_]+(?:(?:['’\-]|(?<=\d)[.,](?=\d))[^\W_]+)*")
PROSE_KINDS = ("headline", "sentence")

SEGMENT_COLUMNS = ["doc_id", "segment_id", "kind", "start", "end", "text", "words", "findings",
                   "penalty", "lm_nll", "lm_slor", "fluency", "chrf", "bleu", "ter", "quality",
                   "band"]
DOCUMENT_COLUMNS = ["doc_id", "path", "headline", "words", "segments", "findings", "critical",
                    "major", "minor", "penalty", "penalty_per_100w", "fluency", "chrf", "bleu",
                    "ter", "quality", "band", "lm_nll", "lm_slor", "system", "locator",
                    "metrics_level"]
SUMMARY_COLUMNS = ["code", "rule", "category", "severity", "findings", "documents"]
EXTRA_FINDING_COLUMNS = ["path", "line", "column", "end_line", "end_column"]


@dataclass(frozen=True)
class Report:
    """Everything one run produced (frames are pandas DataFrames)."""

    findings: pd.DataFrame
    segments: pd.DataFrame
    documents: pd.DataFrame
    summary: pd.DataFrame
    run: dict
    records: tuple = ()
    docs: tuple = ()
    suppressed: int = 0
    timings: dict = field(default_factory=dict)

    def worst_severity(self) -> Optional[str]:
        if self.findings.empty:
            return None
        return max(self.findings["severity"], key=lambda s: SEVERITY_RANK[s])


def count_words(text: str) -> int:
    return len(WORD_RE.findall(text))


def line_col(text: str, offset: int, starts=None) -> tuple:
    """1-based line and column (in code points) of ``offset`` in ``text``; ``starts`` (from
    :func:`line_starts`) makes it a binary search instead of a scan of the text."""
    if starts is None:
        starts = line_starts(text)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_starts(text: str) -> list:
    """Offsets where each line of ``text`` starts (``\n`` ends a line)."""
    return [0] + [m.end() for m in NEWLINE_RE.finditer(text)]


def _progress(iterable, total: int, enabled: bool, desc: str):
    if not enabled or not sys.stderr.isatty():
        return iterable
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is a declared dependency; degrade rather than fail
        return iterable
    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


def check_records(records: Iterable[Record], config: Config = Config(), *,
                  inputs: Iterable[dict] = ()) -> Report:
    """Run rules, the language model (if enabled) and reference metrics over ``records``."""
    records = list(records)
    timings = {}
    t0 = time.perf_counter()
    lang_code = config.source_lang
    if lang_code == "auto":
        lang_code = detect_source_lang(r.source for r in records if r.source)
    lang = get_pack(lang_code)
    from tqcheck.glossary import load_glossary

    glossary = load_glossary(config.glossary)
    rules = rules_for(config)
    jobs = _jobs(config.jobs, len(records))
    if jobs > 1:
        docs, findings = _rules_parallel(records, config, lang_code, jobs)
    else:
        docs, findings = _rules_serial(records, config, lang, glossary, rules, config.progress)
    timings["rules_s"] = round(time.perf_counter() - t0, 4)
    timings["rule_jobs"] = jobs

    lm_out = None
    active_names = {r.name for r in rules}
    if config.lm:
        t1 = time.perf_counter()
        from tqcheck import lm

        lm_out = lm.score_documents(docs, config, progress=config.progress)
        if "low-fluency" in active_names:
            rule = get_rule("low-fluency")
            by_id = {d.doc_id: d for d in docs}
            for doc_id, hit in lm_out.hits:
                findings.append(to_finding(by_id[doc_id], rule, hit, 0, config))
        timings["lm_s"] = round(time.perf_counter() - t1, 4)

    ref_out = None
    if any(r.reference for r in records):
        t2 = time.perf_counter()
        from tqcheck import metrics

        ref_out = metrics.score_references(docs, config, lang=lang)
        timings["metrics_s"] = round(time.perf_counter() - t2, 4)

    suppressed = 0
    if config.baseline:
        from tqcheck import baseline as baseline_mod

        kept = baseline_mod.apply(findings, docs, baseline_mod.load(config.baseline))
        suppressed = len(findings) - len(kept)
        findings = kept

    order = {r.doc_id: i for i, r in enumerate(records)}
    findings = sorted(findings, key=lambda f: (order.get(f.doc_id, 0), f.start, f.end, f.code))
    report = build_report(records, docs, findings, rules, config, lm_out, ref_out)
    run = run_info(config, lang_code, lm_out, ref_out, inputs, timings, suppressed)
    return Report(report[0], report[1], report[2], report[3], run, tuple(records), tuple(docs),
                  suppressed, timings)


PARALLEL_MIN_RECORDS = 400
"""Below this many records a process pool costs more than it saves."""


def _jobs(requested: int, n_records: int) -> int:
    if requested == 1 or n_records < PARALLEL_MIN_RECORDS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    n = (cores or 1) if requested <= 0 else requested
    return max(1, min(n, n_records // (PARALLEL_MIN_RECORDS // 2)))


def _rules_serial(records, config, lang, glossary, rules, progress=False) -> tuple:
    ctx = RuleContext(config, lang, glossary)
    docs, findings = [], []
    for record in _progress(records, len(records), progress, "rules"):
        doc = make_document(record, lang)
        docs.append(doc)
        findings.extend(run_rules(doc, rules, ctx))
    return docs, findings


def _rules_chunk(args) -> tuple:
    """Worker: the rules over one chunk of records (everything rebuilt from the config)."""
    records, config, lang_code = args
    from tqcheck.glossary import load_glossary

    return _rules_serial(records, config, get_pack(lang_code), load_glossary(config.glossary),
                         rules_for(config))


def _rules_parallel(records, config, lang_code, jobs) -> tuple:
    """The rules on ``jobs`` processes: rules are pure functions of a record, so chunks are
    independent; results come back in input order."""
    import concurrent.futures
    import multiprocessing

    size = -(-len(records) // (jobs * 4))
    chunks = [(records[i:i + size], config, lang_code) for i in range(0, len(records), size)]
    docs, findings = [], []
    with concurrent.futures.ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for chunk_docs, chunk_findings in pool.map(_rules_chunk, chunks):
            docs.extend(chunk_docs)
            findings.extend(chunk_findings)
    return docs, findings


def _nan_if_none(x):
    return float("nan") if x is None else x


def build_report(records, docs, findings, rules, config, lm_out=None, ref_out=None) -> tuple:
    """Build the four frames from typed records (the only place frames are made)."""
    by_seg: dict = {}
    by_doc: dict = {}
    for f in findings:
        by_seg.setdefault((f.doc_id, f.segment_id), []).append(f)
        by_doc.setdefault(f.doc_id, []).append(f)

    rec_by_id = {d.doc_id: d.record for d in docs}
    starts_of: dict = {}
    frows = []
    for f in findings:
        rec = rec_by_id.get(f.doc_id)
        if rec is not None and rec.doc_id not in starts_of:
            starts_of[rec.doc_id] = line_starts(rec.target)
        starts = starts_of.get(f.doc_id)
        line, col = line_col(rec.target, f.start, starts) if rec else (0, 0)
        eline, ecol = line_col(rec.target, f.end, starts) if rec else (0, 0)
        off = rec.line_offset if rec else 0
        frows.append(tuple(f) + ((rec.path if rec else ""), line + off, col, eline + off, ecol))
    findings_df = pd.DataFrame.from_records(frows, columns=FINDING_COLUMNS + EXTRA_FINDING_COLUMNS)

    srows = []
    drows = []
    for doc in docs:
        rec = doc.record
        for seg in doc.segments:
            fs = by_seg.get((doc.doc_id, seg.segment_id), [])
            words = count_words(seg.text)
            pen = scoring.penalty(fs)
            lm = lm_out.segments.get((doc.doc_id, seg.segment_id)) if lm_out else None
            ref = ref_out.segments.get((doc.doc_id, seg.segment_id)) if ref_out else None
            fluency = lm.fluency if lm else None
            chrf = ref.chrf if ref else None
            q = scoring.quality(scoring.per_100_words(pen, words), fluency, chrf)
            srows.append((doc.doc_id, seg.segment_id, seg.kind, seg.start, seg.end, seg.text,
                          words, len(fs), pen,
                          _nan_if_none(lm.lm_nll if lm else None),
                          _nan_if_none(lm.lm_slor if lm else None), _nan_if_none(fluency),
                          _nan_if_none(chrf), _nan_if_none(ref.bleu if ref else None),
                          _nan_if_none(ref.ter if ref else None), q,
                          scoring.band(q, config.pass_quality, config.fail_quality)))
        fs = by_doc.get(doc.doc_id, [])
        words = count_words(rec.target)
        pen = scoring.penalty(fs)
        ppw = scoring.per_100_words(pen, words)
        lm = lm_out.documents.get(doc.doc_id) if lm_out else None
        ref = ref_out.documents.get(doc.doc_id) if ref_out else None
        fluency = lm.fluency if lm else None
        chrf = ref.chrf if ref else None
        q = scoring.quality(ppw, fluency, chrf)
        headline = doc.headline.text if doc.headline else ""
        level = ""
        if ref_out is not None:
            level = getattr(ref_out, "levels", {}).get(doc.doc_id, "")
        drows.append((doc.doc_id, rec.path, headline, words, len(doc.segments), len(fs),
                      sum(f.severity == "critical" for f in fs),
                      sum(f.severity == "major" for f in fs),
                      sum(f.severity == "minor" for f in fs), pen, ppw, _nan_if_none(fluency),
                      _nan_if_none(chrf), _nan_if_none(ref.bleu if ref else None),
                      _nan_if_none(ref.ter if ref else None), q,
                      scoring.band(q, config.pass_quality, config.fail_quality),
                      _nan_if_none(lm.lm_nll if lm else None),
                      _nan_if_none(lm.lm_slor if lm else None), rec.system, rec.locator, level))
    segments_df = pd.DataFrame.from_records(srows, columns=SEGMENT_COLUMNS)
    documents_df = pd.DataFrame.from_records(drows, columns=DOCUMENT_COLUMNS)

    sum_rows = []
    counts: dict = {}
    docsets: dict = {}
    for f in findings:
        counts[f.code] = counts.get(f.code, 0) + 1
        docsets.setdefault(f.code, set()).add(f.doc_id)
    for r in rules:
        sum_rows.append((r.code, r.name, r.category, config.severity_for(r),
                         counts.get(r.code, 0), len(docsets.get(r.code, ()))))
    summary_df = pd.DataFrame.from_records(sum_rows, columns=SUMMARY_COLUMNS)
    return findings_df, segments_df, documents_df, summary_df


def run_info(config, lang_code, lm_out, ref_out, inputs, timings, suppressed) -> dict:
    return {
        "tool": "tqcheck",
        "version": __version__,
        "source_lang": lang_code,
        "config": config.as_dict(),
        "model": lm_out.signature if lm_out else None,
        "metrics": getattr(ref_out, "signatures", None) if ref_out else None,
        "corpus_metrics": getattr(ref_out, "corpus", None) if ref_out else None,
        "inputs": list(inputs),
        "timings": timings,
        "baseline_suppressed": suppressed,
    }


def records_from_frame(df: pd.DataFrame, name: str = "<frame>", columns=()) -> list:
    """Turn a DataFrame into records using the contract's column matching (case-insensitive),
    with ``columns`` overrides as ``((role, column), ...)``."""
    from tqcheck.io.tables import frame_to_records

    return frame_to_records(df, name, dict(columns))


def check_frame(records: pd.DataFrame, config: Config = Config()) -> Report:
    """The pipeline over a pandas frame with ``doc_id``/``target``/``source``/``reference``
    columns (any alias of the design note)."""
    return check_records(records_from_frame(records, columns=config.columns), config)


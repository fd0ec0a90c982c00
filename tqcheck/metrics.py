"""Reference metrics with sacrebleu: chrF++, BLEU and TER, with sacrebleu's signatures.

``score_references(docs, config)`` scores every record that has a ``reference``:

- **segment level**: the reference is segmented exactly like the target
  (:func:`tqcheck.segment.segment_record` on a record built from the reference with the same
  ``has_headline``).  When target and reference have the same number of prose segments
  (headline and sentences) they are paired in order and each target prose segment gets
  sentence-level chrF++ (``CHRF(word_order=2)``), BLEU (``BLEU(effective_order=True)``, the
  sentence-level setting sacrebleu recommends) and TER.  When the counts differ (the
  translator merged or split sentences), pairing would compare unrelated sentences, so the
  record is scored **at record level only** and ``levels[doc_id]`` is ``"record"`` with the
  reason in ``reasons[doc_id]``; otherwise ``"segment"``.
- **record level**: the whole target against the whole reference (white space, line breaks
  included, collapsed to single spaces), the same three sentence scores.
- **corpus level**: one line per record (as above), corpus chrF++/BLEU/TER over all records,
  per input file (``record.path``) and per system (``record.system``).

Every number travels with sacrebleu's signature (``signatures``), which ``run.json`` holds.
sacrebleu is imported only when this module scores something.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from tqcheck.io.errors import InputError
from tqcheck.records import Record

PROSE_KINDS = ("headline", "sentence")
SACREBLEU_MISSING = "reference metrics need sacrebleu; install it with: pip install 'sacrebleu>=2.3,<3'"
COUNT_MISMATCH_MSG = ("has {n_ref} lines but {target} has {n_rec} records; a --reference file "
                      "must have one reference per record, aligned line by line")
LEVEL_REASON = "target has {t} prose segments, reference has {r}: scored at record level only"
_SPACE_RE = re.compile(r"\s+")


class RefScore(NamedTuple):
    """Sentence-level scores of one hypothesis against its reference (0-100; TER lower is
    better)."""

    chrf: float
    bleu: float
    ter: float


class RefOutput(NamedTuple):
    """What :func:`score_references` returns (consumed by ``pipeline.build_report``)."""

    segments: dict
    """``{(doc_id, segment_id): RefScore}`` for prose segments of records scored per segment."""
    documents: dict
    """``{doc_id: RefScore}`` for every record with a reference."""
    corpus: dict
    """``{"all": {...}, "by_path": {path: {...}}, "by_system": {system: {...}}}``; each
    ``{...}`` is ``{"records", "chrf", "bleu", "ter"}``."""
    signatures: dict
    """sacrebleu signatures: ``chrf``, ``bleu`` (sentence, effective order), ``bleu_corpus``,
    ``ter``."""
    levels: dict
    """``{doc_id: "segment" | "record"}``."""
    reasons: dict = {}
    """``{doc_id: why}`` for records scored at record level only."""


class Scorers:
    """The sacrebleu metric objects, built once, with a cache of per-pair statistics.

    Each (hypothesis, reference) pair is analysed once per metric
    (``_extract_corpus_statistics``); sentence scores and every corpus score (all, per file,
    per system) are computed from those statistics with the metric's own
    ``_aggregate_and_compute``, exactly as ``sentence_score``/``corpus_score`` do
    internally (``tests/test_metrics.py`` checks the equality).  TER is sacrebleu's slowest
    metric (pure-Python edit distance with shifts, ~5-10 ms a sentence), so scoring it once
    per distinct pair instead of once per use is what keeps large runs fast; identical
    translations from several systems are common.
    """

    CACHE_LIMIT = 200_000

    def __init__(self):
        try:
            from sacrebleu.metrics import BLEU, CHRF, TER
        except ImportError:  # pragma: no cover - sacrebleu is a declared dependency
            raise ImportError(SACREBLEU_MISSING) from None
        self.chrf = CHRF(word_order=2)
        self.bleu = BLEU(effective_order=True)
        self.bleu_corpus = BLEU()
        self.ter = TER()
        self._cache: dict = {}
        # one public call each sets what the signatures report (number of references)
        for metric in (self.chrf, self.bleu, self.ter):
            metric.sentence_score("a", ["a"])
        self.bleu_corpus.corpus_score(["a"], [["a"]])

    def stats(self, hyp: str, ref: str) -> tuple:
        """``(chrf_stats, bleu_stats, ter_stats)`` of one pair (cached)."""
        key = (hyp, ref)
        got = self._cache.get(key)
        if got is None:
            refs = [[ref]]
            got = (self.chrf._extract_corpus_statistics([hyp], refs)[0],
                   self.bleu._extract_corpus_statistics([hyp], refs)[0],
                   self.ter._extract_corpus_statistics([hyp], refs)[0])
            if len(self._cache) >= self.CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = got
        return got

    def sentence(self, hyp: str, ref: str) -> RefScore:
        c, b, t = self.stats(hyp, ref)
        return RefScore(round(self.chrf._aggregate_and_compute([c]).score, 4),
                        round(self.bleu._aggregate_and_compute([b]).score, 4),
                        round(self.ter._aggregate_and_compute([t]).score, 4))

    def corpus(self, hyps: list, refs: list) -> dict:
        stats = [self.stats(h, r) for h, r in zip(hyps, refs)]
        return {"records": len(hyps),
                "chrf": round(self.chrf._aggregate_and_compute([s[0] for s in stats]).score, 4),
                "bleu": round(self.bleu_corpus._aggregate_and_compute(
                    [s[1] for s in stats]).score, 4),
                "ter": round(self.ter._aggregate_and_compute([s[2] for s in stats]).score, 4)}

    def signatures(self) -> dict:
        return {"chrf": str(self.chrf.get_signature()),
                "bleu": str(self.bleu.get_signature()),
                "bleu_corpus": str(self.bleu_corpus.get_signature()),
                "ter": str(self.ter.get_signature())}


_SCORERS: Optional[Scorers] = None


def scorers() -> Scorers:
    """The process-wide :class:`Scorers` (built on first use)."""
    global _SCORERS
    if _SCORERS is None:
        _SCORERS = Scorers()
    return _SCORERS


def one_line(text: str) -> str:
    """White space (line breaks included) collapsed to single spaces, trimmed."""
    return _SPACE_RE.sub(" ", text).strip()


def _classify_for(config, lang):
    if lang is not None:
        return lang.classify_paragraph
    from tqcheck.lang import get_pack

    code = getattr(config, "source_lang", "ko")
    try:
        return get_pack("ko" if code == "auto" else code).classify_paragraph
    except ValueError:
        return get_pack("ko").classify_paragraph


def reference_segments(record: Record, classify=None) -> list:
    """The reference's prose segments, segmented exactly like a target would be."""
    from tqcheck.segment import segment_record

    ref_record = Record(record.doc_id, record.reference or "", has_headline=record.has_headline)
    segments, _ = segment_record(ref_record, classify)
    return [s for s in segments if s.kind in PROSE_KINDS]


def score_references(docs, config=None, *, lang=None) -> RefOutput:
    """Score every document (``tqcheck.engine.Document``) whose record has a reference.

    ``lang`` is the language pack the targets were segmented with (its
    ``classify_paragraph`` decides which paragraphs are residue); by default the pack named
    by ``config.source_lang`` (``ko`` when ``auto``).
    """
    sc = scorers()
    classify = _classify_for(config, lang)
    segments: dict = {}
    documents: dict = {}
    levels: dict = {}
    reasons: dict = {}
    lines: list = []  # (path, system, hyp, ref) per record
    for doc in docs:
        record = doc.record
        if not record.reference:
            continue
        hyp_line, ref_line = one_line(record.target), one_line(record.reference)
        documents[doc.doc_id] = sc.sentence(hyp_line, ref_line)
        lines.append((record.path, record.system, hyp_line, ref_line))
        tgt_prose = [s for s in doc.segments if s.kind in PROSE_KINDS]
        ref_prose = reference_segments(record, classify)
        if len(tgt_prose) != len(ref_prose):
            levels[doc.doc_id] = "record"
            reasons[doc.doc_id] = LEVEL_REASON.format(t=len(tgt_prose), r=len(ref_prose))
            continue
        levels[doc.doc_id] = "segment"
        if len(tgt_prose) == 1:
            # one prose segment: its score is the record's when there is no residue
            seg = tgt_prose[0]
            same = len(doc.segments) == 1 and one_line(seg.text) == hyp_line \
                and one_line(ref_prose[0].text) == ref_line
            segments[(doc.doc_id, seg.segment_id)] = (
                documents[doc.doc_id] if same else
                sc.sentence(one_line(seg.text), one_line(ref_prose[0].text)))
            continue
        for t, r in zip(tgt_prose, ref_prose):
            segments[(doc.doc_id, t.segment_id)] = sc.sentence(one_line(t.text), one_line(r.text))
    corpus: dict = {}
    if lines:
        corpus["all"] = sc.corpus([h for _, _, h, _ in lines], [r for _, _, _, r in lines])
        for field, index in (("by_path", 0), ("by_system", 1)):
            keys = list(dict.fromkeys(line[index] for line in lines))
            if field == "by_system" and keys == [""]:
                continue
            corpus[field] = {}
            for key in keys:
                sel = [line for line in lines if line[index] == key]
                corpus[field][key] = sc.corpus([h for _, _, h, _ in sel],
                                               [r for _, _, _, r in sel])
    return RefOutput(segments, documents, corpus, sc.signatures() if lines else {}, levels,
                     reasons)


def read_reference_file(path, n_records: int, target_name: str = "the input") -> list:
    """The lines of ``path`` (one reference per record, aligned line by line), decoded like
    any tqcheck input.  A count mismatch raises :class:`InputError` naming both files.

    A trailing empty line (the file's final newline) is not a reference; an empty line
    elsewhere is an empty reference (that record is then not scored).
    """
    from pathlib import Path

    from tqcheck.io.decode import decode_bytes

    path = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read the reference file: {exc.strerror or exc}") from None
    text, _ = decode_bytes(data, path)
    lines = text.splitlines()
    if len(lines) != n_records:
        raise InputError(path, COUNT_MISMATCH_MSG.format(n_ref=len(lines), target=target_name,
                                                         n_rec=n_records))
    return lines


def attach_references(records, references) -> list:
    """``records`` with ``reference`` set from ``references`` (same order, same length)."""
    records = list(records)
    if len(records) != len(references):
        raise ValueError("records and references differ in length")
    return [r._replace(reference=ref if ref.strip() else None)
            for r, ref in zip(records, references)]

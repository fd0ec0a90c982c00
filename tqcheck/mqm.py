"""Read expert MQM annotations in Google's TSV format (wmt-mqm-human-evaluation).

One row per error (or one ``No-error`` row for a clean segment), one rater per row::

    system  doc  doc_id  seg_id  rater  source  target  category  severity

The error span is marked ``<v>…</v>`` in ``target`` (or in ``source`` for omissions).  For
each ``(system, doc_id, seg_id)`` this module returns one :class:`MQMSegment`: the clean
target and source (markers removed), every rater's error spans with offsets into the clean
target, and the segment's MQM score.

Scoring follows Freitag et al. (2021), "Experts, Errors, and Context": Major 5, Minor 1,
minor ``Fluency/Punctuation`` 0.1, ``Non-translation`` 25 (whatever its severity),
``Neutral`` and ``No-error`` 0.  A segment's score is the sum of its errors' weights averaged
over the raters who rated it (a rater with only a ``No-error`` row contributes 0).  Lower is
better.  ``Source error`` rows (the rater marks a defect of the *source*, not of the
translation) weigh 0 here, as in the paper's treatment of non-translation-error categories;
pass ``zero_weight=()`` to :func:`read_mqm` to count them like any other error.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import NamedTuple, Optional

from tqcheck.io.errors import InputError

COLUMNS = ("system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category",
           "severity")
MAJOR_WEIGHT = 5.0
MINOR_WEIGHT = 1.0
MINOR_PUNCTUATION_WEIGHT = 0.1
NON_TRANSLATION_WEIGHT = 25.0
NON_TRANSLATION = ("Non-translation", "Non-translation!")
NO_ERROR = "No-error"
PUNCTUATION = "Fluency/Punctuation"
ZERO_WEIGHT_CATEGORIES = ("Source error",)
SEVERITIES = ("Major", "Minor", "Neutral", "No-error", "Critical")

OPEN_MARK = "<v>"
CLOSE_MARK = "</v>"

BAD_HEADER_MSG = "not a Google MQM TSV: expected the columns {want}, found {got}"
BAD_FIELDS_MSG = "expected {want} tab-separated fields, found {got}"
BAD_SEVERITY_MSG = "unknown severity {sev!r} (known: {known})"
BAD_MARKS_MSG = "unbalanced <v>…</v> error-span markers in the {field}"


class ErrorSpan(NamedTuple):
    """One rater's error.  ``start``/``end`` index the clean target; for an error marked in
    the source (omissions) ``in_source`` is true and the offsets index the clean source."""

    rater: str
    category: str
    severity: str
    start: int
    end: int
    in_source: bool
    weight: float


class MQMSegment(NamedTuple):
    """One system's translation of one source segment, with every rater's errors."""

    system: str
    doc: str
    doc_id: str
    seg_id: str
    source: str
    target: str
    raters: tuple
    errors: tuple
    score: float
    line: int
    """1-based line of the segment's first row (for messages)."""

    @property
    def key(self) -> tuple:
        return (self.system, self.doc_id, self.seg_id)


def error_weight(category: str, severity: str, zero_weight=ZERO_WEIGHT_CATEGORIES) -> float:
    """MQM weight of one annotated error.

    >>> error_weight("Fluency/Punctuation", "Minor"), error_weight("Fluency/Punctuation", "Major")
    (0.1, 5.0)
    >>> error_weight("Non-translation", "Major"), error_weight("No-error", "No-error")
    (25.0, 0.0)
    """
    if category == NO_ERROR or severity in (NO_ERROR, "Neutral") or category in zero_weight:
        return 0.0
    if category in NON_TRANSLATION:
        return NON_TRANSLATION_WEIGHT
    if severity == "Minor":
        return MINOR_PUNCTUATION_WEIGHT if category == PUNCTUATION else MINOR_WEIGHT
    if severity == "Critical":
        return NON_TRANSLATION_WEIGHT
    return MAJOR_WEIGHT


def strip_marks(text: str) -> tuple:
    """Remove ``<v>…</v>`` markers; return ``(clean, spans)`` with spans in ``clean``.

    An unclosed ``<v>`` runs to the end of the text; a stray ``</v>`` is an error.

    >>> strip_marks("a <v>bad</v> word")
    ('a bad word', [(2, 5)])
    >>> strip_marks("<v>all of it")
    ('all of it', [(0, 9)])
    """
    spans = []
    out = []
    pos = 0
    clean_len = 0
    open_at = None
    while True:
        i = text.find("<", pos)
        if i < 0:
            break
        if text.startswith(OPEN_MARK, i):
            mark = OPEN_MARK
        elif text.startswith(CLOSE_MARK, i):
            mark = CLOSE_MARK
        else:
            out.append(text[pos:i + 1])
            clean_len += i + 1 - pos
            pos = i + 1
            continue
        out.append(text[pos:i])
        clean_len += i - pos
        pos = i + len(mark)
        if mark == OPEN_MARK:
            if open_at is not None:
                raise ValueError("nested <v>")
            open_at = clean_len
        else:
            if open_at is None:
                raise ValueError("</v> without <v>")
            spans.append((open_at, clean_len))
            open_at = None
    out.append(text[pos:])
    clean = "".join(out)
    if open_at is not None:
        # the real TED file has one row whose span is never closed: it runs to the end
        spans.append((open_at, len(clean)))
    return clean, spans


def read_mqm(path, zero_weight=ZERO_WEIGHT_CATEGORIES) -> list:
    """All segments of the MQM file at ``path`` in order of first appearance.

    Malformed rows raise :class:`~tqcheck.io.errors.InputError` naming the file and line.
    """
    path = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 ({exc.reason})", f"byte {exc.start}") from None
    lines = text.splitlines()
    if not lines:
        raise InputError(path, "empty file")
    header = [h.strip().lower() for h in lines[0].split("\t")]
    if tuple(header) != COLUMNS:
        raise InputError(path, BAD_HEADER_MSG.format(want=" ".join(COLUMNS),
                                                     got=" ".join(header)), "line 1")
    groups: dict = {}
    for lineno, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        fields = next(csv.reader([raw], delimiter="\t", quoting=csv.QUOTE_NONE))
        where = f"line {lineno}"
        if len(fields) != len(COLUMNS):
            raise InputError(path, BAD_FIELDS_MSG.format(want=len(COLUMNS), got=len(fields)),
                             where)
        system, doc, doc_id, seg_id, rater, source, target, category, severity = fields
        if severity not in SEVERITIES:
            raise InputError(path, BAD_SEVERITY_MSG.format(sev=severity,
                                                           known=", ".join(SEVERITIES)), where)
        try:
            clean_t, t_spans = strip_marks(target)
        except ValueError:
            raise InputError(path, BAD_MARKS_MSG.format(field="target"), where) from None
        try:
            clean_s, s_spans = strip_marks(source)
        except ValueError:
            raise InputError(path, BAD_MARKS_MSG.format(field="source"), where) from None
        key = (system, doc_id, seg_id)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"doc": doc, "source": clean_s, "target": clean_t, "raters": [],
                               "errors": [], "line": lineno}
        if rater not in g["raters"]:
            g["raters"].append(rater)
        if category == NO_ERROR or severity == NO_ERROR:
            continue
        weight = error_weight(category, severity, zero_weight)
        if t_spans:
            spans, in_source = t_spans, False
            shift = _realign(g["target"], clean_t)
        elif s_spans:
            spans, in_source = s_spans, True
            shift = _realign(g["source"], clean_s)
        else:
            spans, in_source, shift = [(0, 0)], False, 0
        # one row is one error: several marked spans (rare) still weigh once
        for n, (s, e) in enumerate(spans):
            g["errors"].append(ErrorSpan(rater, category, severity, s + shift, e + shift,
                                         in_source, weight if n == 0 else 0.0))
    out = []
    for (system, doc_id, seg_id), g in groups.items():
        total = sum(e.weight for e in g["errors"])
        score = total / max(len(g["raters"]), 1)
        out.append(MQMSegment(system, g["doc"], doc_id, seg_id, g["source"], g["target"],
                              tuple(g["raters"]), tuple(g["errors"]), round(score, 6),
                              g["line"]))
    return out


def _realign(first: str, other: str) -> int:
    """Offset to add to spans of ``other`` so they index ``first`` (rows of one segment can
    differ in leading white space); 0 when the texts agree."""
    if first == other:
        return 0
    lead_first = len(first) - len(first.lstrip())
    lead_other = len(other) - len(other.lstrip())
    return lead_first - lead_other


def by_key(segments) -> dict:
    """``{(system, doc_id, seg_id): MQMSegment}``."""
    return {s.key: s for s in segments}


def punctuation_spans(segment: MQMSegment) -> list:
    """The annotators' ``Fluency/Punctuation`` spans in the clean target, as ``(start, end)``."""
    return [(e.start, e.end) for e in segment.errors
            if e.category == PUNCTUATION and not e.in_source]


def summarize(segments) -> Optional[dict]:
    """Counts for messages: segments, systems, raters."""
    segments = list(segments)
    if not segments:
        return None
    return {"segments": len(segments),
            "systems": len({s.system for s in segments}),
            "raters": len({r for s in segments for r in s.raters})}

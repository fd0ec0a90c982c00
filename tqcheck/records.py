"""Typed records that travel between tqcheck's stages.

Every module boundary passes one of these, never a bare dict or tuple:

- ``Record``: one unit of input (a text file, a table row, a feed item, an XLIFF unit).
- ``Segment``: a span of a record's target text (headline, caption, sentence, ...).
- ``Hit``: what a rule returns: where (span) and what (message, suggestion).
- ``Finding``: a ``Hit`` after the engine has attached the rule's identity and placed it in a
  record and segment.  Its fields are the columns of ``findings.csv`` in contract order.

All offsets are Python ``str`` indices (Unicode code points) into the record's ``target``
exactly as read.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

SEVERITIES = ("critical", "major", "minor", "info")
"""Severity names, worst first."""

SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}
"""``info`` 0 < ``minor`` 1 < ``major`` 2 < ``critical`` 3: compare with ``>=`` for gates."""


class Record(NamedTuple):
    """One unit of input.

    ``path`` is the file it came from and ``locator`` says where inside it (``row 3``,
    ``item 2``, ``unit u7``), so errors and reports can point back at the exact place.
    ``line_offset`` is the 0-based line in ``path`` where ``target`` starts; it turns spans
    into ``path:line:col`` for text output (0 for whole text files).
    ``has_headline``: whether the first non-boilerplate line is a headline (text files,
    feed items); a single table cell usually is not.
    """

    doc_id: str
    target: str
    source: Optional[str] = None
    reference: Optional[str] = None
    path: str = ""
    locator: str = ""
    line_offset: int = 0
    has_headline: bool = True
    system: str = ""


class Segment(NamedTuple):
    """A span ``[start, end)`` of a record's target with its text (``target[start:end]``).

    ``kind`` is one of ``headline``, ``boilerplate``, ``caption``, ``byline``, ``sentence``
    (segments) or ``paragraph`` (the blocks sentences are grouped in; rules that need a whole
    paragraph, such as quote balance, see those).  ``paragraph`` is the paragraph's index.
    """

    doc_id: str
    segment_id: str
    kind: str
    start: int
    end: int
    text: str
    paragraph: int = 0


class Hit(NamedTuple):
    """What a rule reports: a span relative to the text the rule was given, a message and an
    optional suggestion (the replacement for the span).  ``severity`` overrides the rule's
    default when the rule knows better (e.g. a number off by 1000 is critical)."""

    start: int
    end: int
    message: str
    suggestion: str = ""
    severity: Optional[str] = None


class Finding(NamedTuple):
    """One row of ``findings.csv``; field order is the contract's column order."""

    doc_id: str
    segment_id: str
    code: str
    rule: str
    category: str
    severity: str
    start: int
    end: int
    evidence: str
    message: str
    suggestion: str = ""


FINDING_COLUMNS = list(Finding._fields)

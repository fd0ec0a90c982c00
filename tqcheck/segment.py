"""Split a record's target into headline, residue paragraphs and sentences, with offsets.

Every segment's ``text`` equals ``target[start:end]`` (offsets are into the record's text as
read, never into a normalized copy), so a finding inside a segment maps back to the file.

Paragraphs are blocks separated by blank lines; inside a block a line break also ends a
paragraph when the line ends a sentence or is residue (news text is one paragraph per line;
soft-wrapped prose is joined).  The first prose paragraph of a record with a headline is the
headline.  Residue paragraphs (site furniture, photo captions, bylines) are one segment each.

Sentences end at ``.``, ``!`` or ``?`` (plus closing quotes and brackets) followed by space
and a capital, digit or opening quote, except after abbreviations and initials, and except
inside a quotation: ``"A. B," he said.`` is one sentence.  When a paragraph's quotes do not
balance (MT damage), quote depth cannot be trusted and the paragraph is split as if it had
none, so one stray quote does not swallow the rest of the article.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from tqcheck.records import Record, Segment

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st jr sr gen gov sen rep col lt capt sgt maj adm cmdr rev hon pres supt insp
no nos vs etc inc co corp ltd bros dept univ est approx fig vol ed eds al
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u a.m p.m i.e e.g d.c n.k s.k r.o.k
""".split())

CLOSERS = "\"'”’)]»"
OPENERS = "\"'“‘([«"
_LINE_BREAK_RE = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""Every character ``str.splitlines`` breaks a line at."""
_END_RE = re.compile(r"[.!?]+[" + re.escape(CLOSERS) + r"]*")
_END_CHARS = ".!?" + CLOSERS
_TERMINAL_RE = re.compile(r"[.!?]")


class Paragraph(NamedTuple):
    start: int
    end: int
    text: str


def split_paragraphs(text: str, classify=None, headline: bool = False) -> list:
    """Paragraphs of ``text`` as ``Paragraph(start, end, text)``, trimmed of surrounding
    white space (offsets stay exact).  With ``headline``, the first line that is not residue
    is a paragraph of its own: a headline has no full stop, so it would otherwise be taken
    for prose soft-wrapped into the next line."""
    if not _LINE_BREAK_RE.search(text):
        # one line (most records): the loop below would give this one trimmed paragraph
        para = _trimmed(text, 0, len(text))
        return [para] if para.text else []
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        lines.append((pos, pos + len(body), body))
        pos += len(raw)
    paragraphs = []
    cur = None  # (start, end)

    def flush():
        nonlocal cur
        if cur is not None:
            paragraphs.append(_trimmed(text, *cur))
            cur = None

    pending = headline  # the headline's line is still to come
    for start, end, body in lines:
        if not body.strip():
            if pending and cur is not None and not (classify and classify(
                    text[cur[0]:cur[1]].rstrip())):
                pending = False  # the headline was a paragraph of its own already
            flush()
            continue
        if cur is not None:
            prev = text[cur[0]:cur[1]].rstrip()
            prev_ends = bool(prev) and prev[-1] in ".!?:" + CLOSERS
            residue = classify is not None and classify(prev)
            # the headline line ends its paragraph whatever its length, unless the next line
            # goes on in lower case (prose wrapped in its first line: no headline line then)
            headline_line = pending and not residue and not body.lstrip()[:1].islower()
            if pending and not residue:
                pending = False
            if (headline_line or prev_ends or residue or (classify and classify(body))
                    or len(prev) < 60):
                flush()
        if cur is None:
            cur = (start, end)
        else:
            cur = (cur[0], end)
    flush()
    return [p for p in paragraphs if p.text]


def _trimmed(text: str, start: int, end: int) -> Paragraph:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = start + lead, end - trail
    return Paragraph(s, e, text[s:e])


def _quotes_balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def split_sentences(text: str) -> list:
    """Sentence spans ``(start, end)`` within ``text`` (trimmed).

    Only the candidate ends (runs of ``.!?`` with their closing quotes) are visited; quote
    depth is carried between them by counting quote marks in the text in between, so the
    cost is a few regex and ``str.count`` calls per sentence, not a Python loop per character.
    """
    if not _TERMINAL_RE.search(text.rstrip(_END_CHARS)):
        # no terminal mark before the closing run (most one-sentence paragraphs): every
        # candidate end lies in that run and is followed by the text's end or by another
        # mark of the run, never by space, so none is a boundary; the whole text is one
        spans = [(0, len(text))]
    else:
        spans = _sentence_spans(text)
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def _sentence_spans(text: str) -> list:
    use_quotes = _quotes_balanced(text)
    spans = []
    begin = 0
    pos = 0
    depth = 0
    straight = 0
    for m in _END_RE.finditer(text):
        dot, end = m.start(), m.end()
        if use_quotes:
            chunk = text[pos:end]
            depth = max(0, depth + chunk.count("“") - chunk.count("”"))
            straight += chunk.count('"')
            pos = end
            if depth > 0 or straight % 2:
                continue
        if _is_boundary(text, dot, end):
            spans.append((begin, end))
            begin = end
    spans.append((begin, len(text)))
    return spans


def _word_before(text: str, dot: int) -> str:
    """The token just before ``dot`` (letters and inner dots), e.g. ``U.S`` in ``U.S.``."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:dot].lstrip(".")


def _is_boundary(text: str, dot: int, end: int) -> bool:
    """Is the terminal punctuation at ``dot`` (run ending at ``end``) a sentence end?"""
    n = len(text)
    if end >= n or not text[end].isspace():
        return False  # the paragraph's end closes the last sentence anyway
    j = end
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return False
    nxt = text[j]
    if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS or not nxt.isascii()):
        return False
    if text[dot] == "." and end - dot == 1:
        word = _word_before(text, dot)
        if word:
            if word.lower() in ABBREVIATIONS:
                return False
            if len(word) == 1 and word.isupper():
                return False  # an initial: "Kim J. Lee"
    return True


def segment_record(record: Record, classify=None) -> tuple:
    """Return ``(segments, paragraphs)`` for ``record``.

    ``segments``: headline ``h``, then ``s0``, ``s1``, ... in text order (residue paragraphs
    are one segment each, with their kind).  ``paragraphs``: ``Segment`` rows of kind
    ``paragraph`` (ids ``p0``, ``p1``, ...) for rules that need a whole paragraph.
    """
    text = record.target
    paragraphs = split_paragraphs(text, classify, record.has_headline)
    segments = []
    para_segments = []
    headline_done = not record.has_headline or len(paragraphs) < 2
    n = 0
    for index, para in enumerate(paragraphs):
        para_segments.append(Segment(record.doc_id, f"p{index}", "paragraph", para.start,
                                     para.end, para.text, index))
        kind = classify(para.text) if classify else None
        if kind is None and not headline_done:
            headline_done = True
            segments.append(Segment(record.doc_id, "h", "headline", para.start, para.end,
                                    para.text, index))
            continue
        if kind is not None:
            segments.append(Segment(record.doc_id, f"s{n}", kind, para.start, para.end,
                                    para.text, index))
            n += 1
            continue
        for s, e in split_sentences(para.text):
            a, b = para.start + s, para.start + e
            segments.append(Segment(record.doc_id, f"s{n}", "sentence", a, b, text[a:b], index))
            n += 1
    return segments, para_segments

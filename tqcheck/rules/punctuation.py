"""TQ1xx: punctuation and quotation marks.

Korean news puts the quotative ending (``~라고``, ``~며``) after the closing quote, and Korean
sites mix curly and straight quotes, so machine translation drops, doubles, turns or
restyles quotation marks, and leaves punctuation stutters such as ``day. .`` behind.

Quote balance (``unbalanced-quote``, ``mixed-quote-style``) is judged per paragraph, because
a quotation may run over several sentences; the scan (:func:`scan_quotes`) pairs marks with
a small stack and is shared by both rules.  The other rules look at one sentence or headline.
Every rule here is a handful of precompiled regular expressions: they run on every sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from tqcheck.records import Hit
from tqcheck.rules.registry import rule
from tqcheck.segment import ABBREVIATIONS

PUNCT = "Fluency/Punctuation"
PROSE_KINDS = ("headline", "sentence")

# ---------------------------------------------------------------------------------------------
# Quote scanning (shared by unbalanced-quote and mixed-quote-style)
# ---------------------------------------------------------------------------------------------

BRACKET_OPENERS = "\u300c\u300e\u300a\u3008"
BRACKET_CLOSERS = "\u300d\u300f\u300b\u3009"
"""Korean corner and title brackets 「『《〈 and 」』》〉, used as quotation marks."""
_STYLE = {'"': "straight", "\u201c": "curly", "\u201d": "curly", "\u300c": "corner",
          "\u300d": "corner", "\u300e": "white corner", "\u300f": "white corner",
          "\u300a": "double angle", "\u300b": "double angle", "\u3008": "angle", "\u3009": "angle"}
"""The style of each double-family mark: Korean corner brackets 「」『』 and title brackets
《》〈〉 quote as “” do, and MT leaves them in English text, often closed in another style
(``「deceptive on its face”``, ``〈Seoul Spring"``)."""
QUOTE_RE = re.compile("[" + "".join(_STYLE) + "\u2018\u2019']")
OPEN_CONTEXT = set("([{\u2014\u2013-/\u201c\u2018\"'")
"""Characters after which a straight quote opens (besides white space and the text start)."""
CLOSE_CONTEXT = set(".,;:!?)]}\u2014\u2013-\u201d\u2019\"'\u2026")
"""Characters before which a straight quote closes (besides white space and the text end)."""
CURLY = {"\u201c": "\u201d", "\u2018": "\u2019"}


class QuoteProblem(NamedTuple):
    """One quotation-mark problem found by :func:`scan_quotes` (offsets into the text)."""

    kind: str
    """``unclosed``, ``unopened``, ``nested``, ``mixed`` or ``reversed``."""
    start: int
    end: int
    mark: str
    other: int = -1
    """For ``nested``: where the still-open quotation began; for ``mixed``: the opener."""
    fix: str = ""


ELISION_RE = re.compile(
    "(?<![\\w\u2018\u2019'])[\u2018\u2019'](?=(?:n|em|til|cause|cos|tis|twas|bout|round|cept|nuff"
    "|neath|gainst|kay|sup)(?![\\w\u2018\u2019'])|n[\u2018\u2019'](?![\\w]))"
    "|(?<=[\\s-][\u2018\u2019']n)[\u2018\u2019'](?![\\w])"
    "|(?<=[\\s-]n)[\u2019'](?=[\\s-])",
    re.IGNORECASE)
"""Apostrophes standing for dropped letters next to a space: ``rock ’n’ roll``, ``’em``,
``’til``, ``’cause``, ``’tis`` (``ma’am``, ``o’clock`` are between letters and skipped
anyway).  They are not quotation marks."""
ELISION_SCAN_RE = re.compile(
    "[\u2018\u2019'](?:(?<![\\w\u2018\u2019'][\u2018\u2019'])"
    "(?=(?:n|em|til|cause|cos|tis|twas|bout|round|cept|nuff|neath|gainst|kay|sup)"
    "(?![\\w\u2018\u2019'])|n[\u2018\u2019'](?![\\w]))"
    "|(?<=[\\s-][\u2018\u2019']n[\u2018\u2019'])(?![\\w])"
    "|(?<=[\\s-]n[\u2019'])(?=[\\s-]))",
    re.IGNORECASE)
"""``ELISION_RE`` with the apostrophe first: the same one-character matches (each
alternative's look-behind now also spans the apostrophe), found by scanning for the
apostrophes instead of trying every position."""
_SINGLE_CLOSER_RE = re.compile("(?<=[\\w.,!?])[\u2019'](?!\\w)")


def _elisions(text: str) -> set:
    """Offsets of the elision apostrophes (``ELISION_RE``) in ``text``.  An opening-shaped
    one (``‘cause``, ``'til``) counts only when no closing single mark follows it, which it
    might have opened (``‘cause célèbre’``)."""
    found = {m.start() for m in ELISION_SCAN_RE.finditer(text)}
    for i in sorted(found):
        if text[i] != "\u2019" and text[i + 2:i + 3] not in ("\u2019", "'") and any(m.start() not in found
                                        for m in _SINGLE_CLOSER_RE.finditer(text, i + 1)):
            found.discard(i)
    return found


POSSESSIVE_END = set("sSzZxX")
"""Letters after which a lone ``’`` is a plural possessive (``Jones’``), not a quote."""


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


@lru_cache(maxsize=4096)
def scan_quotes(text: str) -> tuple:
    """Pair the quotation marks of ``text`` and return its :class:`QuoteProblem` list.

    Apostrophes (``’`` or ``'`` between letters, ``’90s``, ``Jones’``) are not quotes; a
    straight ``"`` opens or closes by the characters around it; a curly mark facing the wrong
    way (``”word”``) is reported as ``reversed`` and then treated as what it was meant to be.
    Nesting of the other family (``“… ‘…’ …”``) is fine; a double quotation opened inside an
    open double quotation is ``nested`` (a closing mark was lost or turned).

    >>> [p.kind for p in scan_quotes("Park said, “We are glad. “He also mentioned.")]
    ['nested', 'unclosed']
    >>> [p.kind for p in scan_quotes("a ‘global backbone'”")]
    ['mixed', 'unopened']
    >>> scan_quotes("“It’s the ‘core’ of Korea’s plan,” he said.")
    ()
    """
    problems = []
    stack = []  # [pos, char, family ('d'/'s'), stray single closer seen inside (pos, char)]
    n = len(text)
    elided = _elisions(text) if ("\u2019" in text or "\u2018" in text or "'" in text) else ()
    for m in QUOTE_RE.finditer(text):
        i = m.start()
        ch = m.group()
        if i in elided:
            continue  # rock ’n’ roll, ’til, ’em: an apostrophe
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        before_open = prev.isspace() or prev in OPEN_CONTEXT or i == 0
        after_close = nxt.isspace() or nxt in CLOSE_CONTEXT or i + 1 == n
        if ch in "\u2018\u2019'" and _is_letter(prev) and _is_letter(nxt):
            continue  # apostrophe: Korea’s, don't
        if ch == "\u201c":
            if (_is_letter(prev) or prev in ".,!?;:") and after_close and _open(stack, "d"):
                problems.append(QuoteProblem("reversed", i, i + 1, ch, fix="\u201d"))
                _close_double(stack, i, ch, problems)
            else:
                _open_double(stack, i, ch, problems)
        elif ch == "\u201d":
            if before_open and (nxt.isalnum() or nxt in "\u2018'") and not _open(stack, "d"):
                problems.append(QuoteProblem("reversed", i, i + 1, ch, fix="\u201c"))
                _open_double(stack, i, "\u201c", problems)
            else:
                _close_double(stack, i, ch, problems)
        elif ch == '"':
            if before_open and not after_close:
                opening = True
            elif after_close and not before_open:
                opening = False
            else:
                opening = not _open(stack, "d")
            if opening:
                _open_double(stack, i, ch, problems)
            else:
                _close_double(stack, i, ch, problems)
        elif ch in BRACKET_OPENERS:
            _open_double(stack, i, ch, problems)
        elif ch in BRACKET_CLOSERS:
            _close_double(stack, i, ch, problems)
        elif ch == "\u2018":
            if _is_letter(prev) and after_close and _open(stack, "s"):
                _close_single(stack, i, ch, problems)  # a turned closing mark: treat as close
            else:
                stack.append([i, ch, "s", None])
        elif _open(stack, "s") and not (ch == "'" and before_open):
            _close_single(stack, i, ch, problems)
        elif ch == "'" and before_open and nxt.isalpha():
            stack.append([i, ch, "s", None])  # may open 'word' (only judged if closed by ’)
        elif _is_letter(prev) and after_close:
            # a closing single mark with nothing to close; after s/z/x it may be a possessive
            possessive = prev in POSSESSIVE_END
            if stack and stack[-1][2] == "d" and stack[-1][3] is None:
                stack[-1][3] = (i, ch, possessive)  # maybe the end of “…’ : decided later
            elif not possessive:
                problems.append(QuoteProblem("unopened", i, i + 1, ch))
    for pos, ch, family, stray in stack:
        if stray is not None:
            problems.append(QuoteProblem("mixed", pos, stray[0] + 1, stray[1], other=pos))
        if stray is not None and not stray[2]:
            pass  # “…’ : the ’ closed it, in the wrong style
        elif ch != "'":
            problems.append(QuoteProblem("unclosed", pos, pos + 1, ch))
        else:  # a lone straight single quote is usually an elision ('til, 'em): its own kind
            problems.append(QuoteProblem("lone-single", pos, pos + 1, ch))
    problems.sort(key=lambda p: p.start)
    return tuple(problems)


def _open(stack: list, family: str) -> bool:
    return any(entry[2] == family for entry in stack)


def _flush_strays(entries: list, problems: list) -> None:
    for _, _, _, stray in entries:
        if stray is not None and not stray[2]:
            problems.append(QuoteProblem("unopened", stray[0], stray[0] + 1, stray[1]))


def _open_double(stack: list, i: int, ch: str, problems: list) -> None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][2] == "d":
            outer = stack[k]
            if outer[3] is not None and not outer[3][2]:  # “…’ then “ : ’ closed it, wrongly
                problems.append(QuoteProblem("mixed", outer[0], outer[3][0] + 1, outer[3][1],
                                             other=outer[0]))
            else:
                problems.append(QuoteProblem("nested", i, i + 1, ch, other=outer[0]))
            _flush_strays(stack[k + 1:], problems)
            del stack[k:]  # the earlier quotation is broken; follow the new one
            break
    stack.append([i, ch, "d", None])


def _close_double(stack: list, i: int, ch: str, problems: list) -> None:
    for k in range(len(stack) - 1, -1, -1):
        pos, opener, family, stray = stack[k]
        if family == "d":
            for spos, sch, _, _ in stack[k + 1:]:
                if sch != "'":
                    problems.append(QuoteProblem("unclosed", spos, spos + 1, sch))
            _flush_strays(stack[k:], problems)
            del stack[k:]
            if _STYLE[opener] != _STYLE[ch]:
                problems.append(QuoteProblem("mixed", pos, i + 1, ch, other=pos))
            return
    for k in range(len(stack) - 1, -1, -1):
        pos, opener, family, _ = stack[k]
        if opener in "\u2018'":  # ‘…” or 'K-Culture" : a single quotation closed with a double mark
            del stack[k:]
            problems.append(QuoteProblem("mixed", pos, i + 1, ch, other=pos))
            return
    problems.append(QuoteProblem("unopened", i, i + 1, ch))


def _close_single(stack: list, i: int, ch: str, problems: list) -> None:
    for k in range(len(stack) - 1, -1, -1):
        pos, opener, family, _ = stack[k]
        if family == "s":
            _flush_strays(stack[k + 1:], problems)
            del stack[k:]
            if (opener == "'") != (ch == "'"):
                problems.append(QuoteProblem("mixed", pos, i + 1, ch, other=pos))
            return


# ---------------------------------------------------------------------------------------------
# Paragraph context: is the paragraph prose, and can a quotation continue across it?
# ---------------------------------------------------------------------------------------------

class _Place(NamedTuple):
    prose: bool
    headline: bool
    isolated: bool
    """The record is one paragraph (a table cell, one sentence): quotes may continue in the
    neighbouring rows, so an unclosed or unopened quotation cannot be judged."""
    prev_text: Optional[str]
    next_text: Optional[str]


def _place(seg, ctx) -> _Place:
    doc = getattr(ctx, "doc", None)
    if doc is None or len(doc.paragraphs) <= 1:
        return _ISOLATED
    if doc is not _PLACES[0]:
        _PLACES[0], _PLACES[1] = doc, _places(doc)
    return _PLACES[1][seg.paragraph]


_ISOLATED = _Place(True, False, True, None, None)
_PLACES = [None, {}]
"""``[document, its places by paragraph index]`` for the document seen last: three rules ask
about every paragraph of one document in a row.  (Holding the document keeps its identity
from being reused by another.)"""


def _places(doc) -> dict:
    """``_Place`` of every paragraph of ``doc`` (a paragraph's kind is its first segment's)."""
    kinds = {}
    for s in doc.segments:
        kinds.setdefault(s.paragraph, s.kind)
    prose = [p for p in doc.paragraphs if kinds.get(p.paragraph, "sentence") in PROSE_KINDS]
    out = {}
    for p in doc.paragraphs:
        kind = kinds.get(p.paragraph, "sentence")
        out[p.paragraph] = _Place(kind in PROSE_KINDS, kind == "headline", False, None, None)
    for k, p in enumerate(prose):
        out[p.paragraph] = out[p.paragraph]._replace(
            prev_text=prose[k - 1].text if k else None,
            next_text=prose[k + 1].text if k + 1 < len(prose) else None)
    return out


def _ends_unclosed(text: Optional[str]) -> bool:
    return bool(text) and any(p.kind == "unclosed" and p.mark in "\u201c\"" for p in scan_quotes(text))


def _starts_unopened(text: Optional[str]) -> bool:
    return bool(text) and any(p.kind == "unopened" and p.mark in "\u201d\"" for p in scan_quotes(text))


def _snippet(text: str, start: int, width: int = 24) -> str:
    chunk = text[start:start + width].split("\n")[0]
    return chunk + ("…" if len(text) > start + width else "")


# ---------------------------------------------------------------------------------------------
# TQ101 unbalanced-quote
# ---------------------------------------------------------------------------------------------

@rule("TQ101", "unbalanced-quote", PUNCT, "minor", scope="paragraph",
      flag=("Minister Park said, “I am delighted with the past 30 years. “He also mentioned.",
            "Park Jin “Cooperation is very important\n\nPark Jin said cooperation matters.",
            "He said it was “fine. He left.”\n\nHe said “no.\n\nThe talks ended."),
      ok=("“Central Asia is important,” he said.",
          "“It’s the ‘core’ of Korea’s plan,” he said.",
          "“We will win.\n\n“We will not stop,” he said.",
          "He said, “I am delighted.” She agreed."))
def unbalanced_quote(seg, ctx):
    """A quotation mark with no partner in its paragraph.

    Korean puts the quotative ending after the quotation (``"…"고 말했다``); machine
    translation often loses or turns the closing mark while moving the attribution, so a
    quotation is opened twice (``said, “I am delighted … years. “He also mentioned.``) or never
    closed.  Apostrophes (``Korea’s``, ``’90s``) are not quotes, ``‘…’`` nested in ``“…”`` is
    fine, and a paragraph that ends inside a quotation is fine when the next paragraph reopens
    it (the news convention for quotations over several paragraphs).  When the record is a
    single sentence or cell, a quotation may legitimately continue in the next row, so an
    unclosed or unopened mark is reported as ``info`` only.  Elisions (``rock ’n’ roll``,
    ``’til``) are not quotes.  When the imbalance is entirely explained by doubled marks
    (``""I apologize … families.""``), only doubled-quote reports it (one error, one finding).

    Flagged: ``Minister Park said, “I am delighted … over the past 30 years. “He also mentioned.``
    Clean:   ``“Central Asia is important,” he said.``
    """
    place = _place(seg, ctx)
    if not place.prose:
        return
    text = seg.text
    problems = scan_quotes(text)
    if problems and _doubled_only(text):
        return  # ""I apologize ... families."": doubled-quote reports the marks
    nested_at = set()
    for p in problems:
        if p.kind == "nested":
            nested_at.add(p.start)
            yield Hit(p.other, p.end,
                      f"The quotation opened at “{_snippet(text, p.other + 1)}” is not closed "
                      f"before another opening mark {p.mark}; a closing mark is missing or "
                      f"misplaced.")
        elif p.kind == "unclosed" and p.start not in nested_at:
            if p.mark in "\u201c\"" and place.next_text and place.next_text.lstrip()[:1] in "\u201c\"\u2018":
                continue  # multi-paragraph quotation: reopened in the next paragraph
            severity = None
            note = ""
            if place.headline:
                pass
            elif place.isolated or (p.mark in "\u201c\"" and _starts_unopened(place.next_text)):
                severity, note = "info", " (it may continue in the next sentence or row)"
            yield Hit(p.start, p.end,
                      f"Opening quotation mark {p.mark} is never closed in this paragraph{note}.",
                      severity=severity)
        elif p.kind == "lone-single" and place.headline:
            # in running text a lone ' is usually an elision; a headline quotes with single
            # marks, so there it is a quotation that lost its closing mark
            yield Hit(p.start, p.end, "Opening quotation mark ' is never closed in this "
                                      "headline.")
        elif p.kind == "unopened":
            severity = None
            note = ""
            if not place.headline and (place.isolated or _ends_unclosed(place.prev_text)):
                severity, note = "info", " (it may close a quotation opened earlier)"
            yield Hit(p.start, p.end,
                      f"Closing quotation mark {p.mark} has no opening mark in this "
                      f"paragraph{note}.", severity=severity)


def _doubled_only(text: str) -> bool:
    """Is every quote problem of ``text`` explained by doubled marks (``""I apologize``) that
    doubled-quote reports?  True when collapsing each doubled run to its single mark leaves
    the paragraph balanced: the doubled mark is then the one error, reported once, by
    doubled-quote (a second report of the same damage as unbalanced would double-count it)."""
    runs = [(m, fix) for m, fix in _doubled_runs(text)]
    if not runs:
        return False
    out, pos = [], 0
    for m, fix in runs:
        out.append(text[pos:m.start()])
        pad = " " * (m.end() - m.start() - 1)
        nxt = text[m.end():m.end() + 1]
        # keep the mark next to the word it opens or closes (its context decides its role)
        out.append(pad + fix if nxt and not nxt.isspace() and nxt not in CLOSE_CONTEXT
                   else fix + pad)
        pos = m.end()
    out.append(text[pos:])
    return not [p for p in scan_quotes("".join(out)) if p.kind != "lone-single"]


# ---------------------------------------------------------------------------------------------
# TQ102 doubled-quote
# ---------------------------------------------------------------------------------------------

DOUBLED_QUOTE_RE = re.compile(
    "(?=[\u201c\u201d\"\u2018\u2019'`])(?:"  # fail fast
    "\u201c(?:[ \t]?\u201c)+"          # ““  “ “
    "|\u201d(?:[ \t]?\u201d)+"         # ””  ” ”
    "|[\"\u201c\u201d]{2,}"            # "“  ”"  ""  (adjacent, any mix but “” / ”“)
    "|\u2018(?:[ \t]?\u2018)+"         # ‘‘  ‘ ‘
    "|\u2019\u2019+|''+|\u2018'|'\u2019|\u2019'"
    "|``"                              # LaTeX/PTB opening quote
    "|(?<![^\\s(\\[])\" \"(?=\\w)"          # \" \"Word : two opening marks
    "|(?<=[\\w,.!?])\" \"(?=\\s|$))"          # word,\" \" : two closing marks
)


@rule("TQ102", "doubled-quote", PUNCT, "minor", kinds=PROSE_KINDS,
      flag=("“ “I am delighted,” he said.", "\"“I am delighted,”\" he said.",
            "Police called it a ””domestic incident”” on Monday.",
            "He cited ``substantial progress’’ in the talks."),
      ok=("“‘Twilight’ is sucking the life out of the competition,” he said.",
          "He called it “the best” “and the worst” year.",
          "“He said ‘no,’” she recalled.", "It was the ’90s."))
def doubled_quote(seg, ctx):
    """Two opening (or two closing) quotation marks in a row: ``“ “``, ``""``, ``””``.

    Machine translation keeps the Korean quotation mark and adds its own (``"“I am
    delighted,”" he said``), and converted text leaves ``''`` and ````` for quotes.  Nested
    pairs of the other family (``“‘``, ``’”``) are legitimate and not flagged.

    Flagged: ``"“I am delighted,”" he said.``
    Clean:   ``“‘Twilight’ is a hit,” he said.``
    """
    for m, fix in _doubled_runs(seg.text):
        yield Hit(m.start(), m.end(), f"Doubled quotation mark {m.group()!r}; one mark is enough.",
                  fix)


def _doubled_runs(text: str) -> list:
    """``(match, single mark)`` for each doubled quotation mark doubled-quote reports."""
    out = []
    if _quote_marks_below_two(text):
        return out  # every form of DOUBLED_QUOTE_RE is two or more quotation marks
    for m in DOUBLED_QUOTE_RE.finditer(text):
        run = m.group()
        marks = run.replace(" ", "").replace("\t", "")
        if marks in ("\u201c\u201d", "\u201d\u201c") and not text[m.end():m.end() + 1].isalnum():
            continue  # empty quotation / two adjacent quotations (but “”a word: doubled)
        if run == "``":
            fix = "\u201c"
        elif "\u201c" in marks and "\u201d" not in marks:
            fix = "\u201c"
        elif "\u201d" in marks and "\u201c" not in marks:
            fix = "\u201d"
        elif "\u2018" in marks:
            fix = "\u2018"
        elif "\u2019" in marks:
            fix = "\u2019"
        elif marks[0] == "'":
            fix = '"'  # two apostrophes standing in for a double quote
        else:
            fix = marks[0]
        out.append((m, fix))
    return out


def _quote_marks_below_two(text: str) -> bool:
    """Whether ``text`` holds fewer than two of the marks ``“ ” " ‘ ’ ' ```."""
    n = 0
    for mark in DOUBLED_QUOTE_MARKS:
        n += text.count(mark)
        if n >= 2:
            return False
    return True


DOUBLED_QUOTE_MARKS = ("\u2019", "'", "\u201c", "\u201d", '"', "\u2018", "`")


# ---------------------------------------------------------------------------------------------
# TQ103 mixed-quote-style
# ---------------------------------------------------------------------------------------------

MIXED_SPAN_MAX = 60
"""Longer pairs are reported on the odd mark only, to keep the evidence readable."""


@rule("TQ103", "mixed-quote-style", PUNCT, "minor", scope="paragraph",
      flag=("the implementation of a ‘global backbone'",
            "He called it “historic\" on Monday.",
            "Bush said the government must ”respond robustly” to help."),
      ok=("the implementation of a ‘global backbone’", "He called it \"historic\" on Monday.",
          "It’s the ’90s, said Jones’ aide.", "“He said ‘no,’” she recalled."))
def mixed_quote_style(seg, ctx):
    """A quotation opened in one style and closed in another (``‘global backbone'``), or a
    curly mark facing the wrong way (``”respond robustly”``).

    Korean sites mix curly and straight quotes, and machine translation and copy-paste
    re-type one mark of a pair: ``‘글로벌 중추국가'`` becomes ``‘global backbone'``.  The
    suggestion restyles the pair as curly quotes.

    Flagged: ``the implementation of a ‘global backbone'``
    Clean:   ``the implementation of a ‘global backbone’``
    """
    if not _place(seg, ctx).prose:
        return
    text = seg.text
    for p in scan_quotes(text):
        if p.kind == "reversed":
            yield Hit(p.start, p.end,
                      f"Quotation mark {p.mark} faces the wrong way here; use {p.fix}.", p.fix)
        elif p.kind == "mixed":
            opener, closer = text[p.other], p.mark
            curly_open = "\u201c" if opener in "\u201c\"" + BRACKET_OPENERS else "\u2018"
            curly_close = CURLY[curly_open]
            message = (f"Quotation opened with {opener} but closed with {closer}; "
                       f"use one style ({curly_open}…{curly_close}).")
            if p.end - p.other <= MIXED_SPAN_MAX:
                fixed = curly_open + text[p.other + 1:p.end - 1] + curly_close
                yield Hit(p.other, p.end, message, fixed)
            elif opener not in CURLY:
                yield Hit(p.other, p.other + 1, message, curly_open)
            else:
                yield Hit(p.end - 1, p.end, message, curly_close)


# ---------------------------------------------------------------------------------------------
# TQ104 stray-punctuation
# ---------------------------------------------------------------------------------------------

PUNCT_RUN_RE = re.compile(r"[.,;:](?:[ \t]*[.,;:])+")
BANG_RUN_RE = re.compile(r"(?=[?!])(?<=[\w\u201d\u2019\"')\]])[?!][ \t]*[.,;:](?![.\w])")
BULLET_RE = re.compile("[\u25b2\u25b6\u25b7\u25a0\u25a1\u25c6\u25c7\u261e\u203b\u25cf\u25ce"
                       "\u2605\u2606\u25ba\u25bc\u25bd\u25c0\u25c1\u2460-\u2473]")
"""Korean list bullets and markers (▲ ▶ ▷ ■ □ ◆ ◇ ☞ ※ ● ◎ ★ ☆ ► ▼ ▽ ◀ ◁ ①…) left in prose."""
BRACKET_RE = re.compile(r"[()\[\]]")
BANG_NAMES = frozenset("yahoo jeopardy wham oklahoma mia hello yum".split())
"""Names that end in ``!`` (``Yahoo!.`` is fine)."""
WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
NEXT_RE = re.compile(r"[ \t]*(.?)")
EXTRA_ABBREVIATIONS = frozenset("""
jr sr inc co corp ltd llc plc bros etc vs al no nos ft mt st ave blvd rd sq
mass calif conn fla ill ind kan md mich minn mo neb nev okla ore pa tenn tex va wash wis
""".split())


def _after_abbreviation(text: str, dot: int) -> bool:
    """Is the ``.`` at ``dot`` the end of an abbreviation (``U.S.``, ``Inc.``, ``a.m.``)?"""
    m = WORD_BEFORE_RE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    return (low in ABBREVIATIONS or low in EXTRA_ABBREVIATIONS or "." in word
            or (len(word) == 1 and word.isupper()))


@rule("TQ104", "stray-punctuation", PUNCT, "minor", kinds=PROSE_KINDS,
      flag=("at the Government Complex in Seoul on the same day. .",
            "The deal is worth 3 billion won., officials said.",
            "He said,, it was over.", "It ended..", "He left,. Then he came back."),
      ok=("It was... well, over.", "Wait . . . what?", "He moved to the U.S., then Japan.",
          "Apple Inc., Samsung and LG.", "At 8:40 a.m., the train left.", "It costs 3.5 won."))
def stray_punctuation(seg, ctx):
    """Punctuation stutters: ``. .``, ``..`` (not ``...``), ``,.``, ``.,``, ``,,``, ``;;``.

    Korean sentences end in ``다.``; when machine translation moves a clause (``이날``, "on
    the same day") to the end it often keeps both full stops (``on the same day. .``).
    Ellipses (``...``, ``. . .``) and abbreviations before a comma (``U.S.,``, ``Inc.,``) are
    fine.

    Flagged: ``at the Government Complex in Seoul on the same day. .``
    Clean:   ``He moved to the U.S., then Japan.``
    """
    text = seg.text
    for m in PUNCT_RUN_RE.finditer(text):
        marks = [(m.start() + k, c) for k, c in enumerate(m.group()) if c not in " \t"]
        marks = _strip_ellipses(marks)
        if marks and marks[0][1] == "." and (len(marks) < 2 or marks[1][1] != "."):
            if _after_abbreviation(text, marks[0][0]) or (
                    marks[0][0] and text[marks[0][0] - 1] in ".\u2026"):
                marks = marks[1:]  # U.S., / Inc.; / ...,  : that dot belongs to the word
        if len(marks) < 2:
            continue
        start, end = marks[0][0], marks[-1][0] + 1
        chars = {c for _, c in marks}
        following = NEXT_RE.match(text, end).group(1)
        if "." in chars and (not following or following.isupper()
                             or following in "\u201d\"\u2019')"):
            fix = "."
        elif "," in chars:
            fix = ","
        elif ";" in chars:
            fix = ";"
        else:
            fix = marks[0][1]
        evidence = text[start:end]
        yield Hit(start, end, f"Stray punctuation {evidence!r}; use a single {fix!r}.", fix)
    for m in BANG_RUN_RE.finditer(text) if "?" in text or "!" in text else ():
        word = WORD_BEFORE_RE.search(text, 0, m.start())
        if word and word.group(1).lower() in BANG_NAMES:
            continue
        yield Hit(m.start(), m.end(), f"Stray punctuation {m.group()!r} after {m.group()[0]!r}.",
                  m.group()[0])
    for m in BULLET_RE.finditer(text) if not text.isascii() else ():
        yield Hit(m.start(), m.end(),
                  f"Korean list marker {m.group()!r} left in the sentence; remove it.")
    yield from _stray_brackets(seg, ctx)


def _stray_brackets(seg, ctx):
    """Closing brackets with no opening one in the paragraph (``… the end. ]``)."""
    text = seg.text
    if ")" not in text and "]" not in text:
        return
    doc = getattr(ctx, "doc", None)
    para = doc.paragraphs[seg.paragraph] if doc is not None and seg.paragraph < len(
        doc.paragraphs) else None
    if para is not None and para.start <= seg.start and seg.end <= para.end:
        full, offset = para.text, seg.start - para.start
    else:
        full, offset = text, 0
    depth = {")": 0, "]": 0}
    pairs = {"(": ")", "[": "]"}
    for m in BRACKET_RE.finditer(full):
        ch = m.group()
        if ch in pairs:
            depth[pairs[ch]] += 1
        elif depth[ch]:
            depth[ch] -= 1
        else:
            pos = m.start() - offset
            if not 0 <= pos < len(text):
                continue
            before = full[max(0, m.start() - 2):m.start()]
            if ch == ")" and before[-1:].isalnum() and (len(before) < 2 or before[0] in " \t("):
                continue  # list item: a) 1)
            if doc is None or len(doc.paragraphs) <= 1:
                yield Hit(pos, pos + 1, f"Closing bracket {ch!r} has no opening bracket in "
                          f"this text (it may close one opened in the previous row).",
                          severity="info")
            else:
                yield Hit(pos, pos + 1, f"Closing bracket {ch!r} has no opening bracket.")


def _strip_ellipses(marks: list) -> list:
    """Drop leading and trailing runs of three or more dots (``...``, ``. . .``)."""
    k = 0
    while k < len(marks) and marks[k][1] == ".":
        k += 1
    if k >= 3:
        marks = marks[k:]
    k = 0
    while k < len(marks) and marks[-1 - k][1] == ".":
        k += 1
    if k >= 3:
        marks = marks[:len(marks) - k]
    return marks


# ---------------------------------------------------------------------------------------------
# TQ105 space-before-punctuation
# ---------------------------------------------------------------------------------------------

SPACE_BEFORE_RE = re.compile(
    r"(?=[ \t\u00a0(\[])"  # fail fast
    r"(?:(?<=[\w\u201d\u2019\"')\]%.!?])[ \t\u00a0]+(?P<close>[)\]])"        # (word )
    r"|(?P<open>[(\[])[ \t\u00a0]+(?=[\w\u201c\u2018\"'$])"             # ( word)
    r"|(?<=[\w\u201d\u2019\"')\]%])[ \t\u00a0]+"
    r"(?:[,;!?](?![)(])|\.(?![.\w])|:(?![)(/])))"
)
NUMBER_COLON_RE = re.compile(r"\d[ \t]*:[ \t]*\d")
SPACE_BEFORE_GATE_RE = re.compile(
    r"[ \t\u00a0(\[](?:(?<=[ \t\u00a0])[)\],;!?.:]|(?<=[(\[])[ \t\u00a0])")
"""Prefilter of ``SPACE_BEFORE_RE``: every form has a space, tab or no-break space right
before its closing bracket or mark, or right after its opening bracket; text without such a
pair cannot match (the pattern's leading look-ahead makes it test every position, this
class-led pattern is scanned for its first character)."""


@rule("TQ105", "space-before-punctuation", PUNCT, "minor", kinds=PROSE_KINDS,
      flag=("Park met the ambassadors , including Saidov.", "The talks ended .",
            "Why did he go ?", "Seoul said ; Tokyo disagreed."),
      ok=("He waited ... and left.", "Visit the .NET site.", "He owns a .45 pistol.",
          "The score was 3 : 2 in the end.", "It was... fine."))
def space_before_punctuation(seg, ctx):
    """White space before ``,`` ``.`` ``;`` ``:`` ``?`` ``!``.

    Korean tokenised text and some MT post-processing put spaces around punctuation
    (``ambassadors , including``), and sentence re-assembly leaves ``ended .``.  Spaced
    ellipses, decimals (``.45``), file names (``.NET``) and ratios (``3 : 2``) are fine.

    Flagged: ``Park met the ambassadors , including Saidov.``
    Clean:   ``He waited ... and left.``
    """
    text = seg.text
    if SPACE_BEFORE_GATE_RE.search(text) is None:
        return None  # most sentences: no generator made
    return _space_before_punctuation_hits(text)


def _space_before_punctuation_hits(text: str):
    """The hits of :func:`space_before_punctuation` in ``text``, which passed its cheap test."""
    for m in SPACE_BEFORE_RE.finditer(text):
        if m.group("open"):
            yield Hit(m.start(), m.end(), f"Space after {m.group('open')!r}; remove it.",
                      m.group("open"))
            continue
        mark = m.group()[-1]
        if mark == ":" and NUMBER_COLON_RE.match(text, m.start() - 1):
            continue
        if mark == "." and text[m.end():m.end() + 2].lstrip()[:1] == ".":
            continue  # ". ." is stray-punctuation's
        yield Hit(m.start(), m.end(), f"Space before {mark!r}; remove it.", mark)


# ---------------------------------------------------------------------------------------------
# TQ106 missing-space
# ---------------------------------------------------------------------------------------------

MISSING_SPACE_RE = re.compile(
    r"(?=[.!?,;:)\"\u201c\u201d])"  # fail fast: every form starts at one of these marks
    r"(?:(?P<stop>(?<=[A-Za-z][a-z]|\d\d|\.[A-Z]|\w[)\]]|\d%)[.!?](?=[A-Z][a-z])"  # day.Minister, 1.8%.It
    r"|(?<=[a-z][a-z])[.!?](?=[A-Z][A-Z.]|[AI]\s))"                    # leader.ISTANBUL
    r"|(?P<comma>(?<=\w|[)\]])[,;:](?=[A-Za-z]{2}|[aAI]\s))"           # said,that (KCNA),The
    # (a closing bracket before the mark counts as the word: "(ATEK)?Police", "(KCNA),The")
    r"|(?P<paren>(?<=\w\w)\)(?=\w))"                                    # (KCNA)said
    r"|(?P<squote>(?<=\w)\"(?=[A-Za-z]))"                               # "of"Egypt  said"We
    r"|(?P<open>(?<=[\w,.!?;:])\u201c(?=\S))"                           # said,“ / said“I
    r"|(?P<close>(?<=[\w,.!?;:])\u201d(?=[A-Za-z]))"                    # ,”he said
    r"|(?P<sopen>(?<=[A-Za-z])[,:]\"(?=[A-Za-z]))"                      # said,"I / fine,"he
    r"|(?P<sstop>(?<=[a-z])[.!?]\"(?=[A-Za-z])))"                       # years."He
)
MASK_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|kr|gov|edu|io|jp|cn|uk|info|biz|tv|co)\b\S*"
    r"|&#?\w+;"
)
MISSING_SPACE_GATE_RE = re.compile("[.!?,;:)\"\u201c\u201d]\\S")
"""Prefilter of ``MISSING_SPACE_RE``: every form is one of its marks followed by a character
that is not white space; text without such a pair cannot match."""
PRONOUN_AFTER_RE = re.compile(r"(?:he|she|they|we|it|said|says|asked|added)\b")


@rule("TQ106", "missing-space", PUNCT, "minor", kinds=PROSE_KINDS,
      flag=("The talks ended on the same day.Minister Park left.",
            "Minister Park said,“We are glad.”", "He said,that it was over.",
            "“We are glad,”he said.", "Tests at the center (ATEK)?Police said so."),
      ok=("The U.S. and the U.N. met at 10 a.m. on Monday.", "It grew 3.5 percent.",
          "Write to ntiger@news1.kr or visit www.news1.kr today.",
          "Minister Park said, “We are glad.”", "He is No.1 in Korea.", "It was 1,000 won."))
def missing_space(seg, ctx):
    """A missing space after punctuation: ``day.Minister``, ``said,“``, ``,”he said``.

    Machine translation and HTML-to-text conversion join sentences and quotations when a
    line break or tag is removed.  Decimals, abbreviations (``U.S.``, ``a.m.``, ``No.1``),
    web addresses and e-mail addresses are fine.

    Flagged: ``The talks ended on the same day.Minister Park left.``
    Clean:   ``The U.S. and the U.N. met at 10 a.m. on Monday.``
    """
    text = seg.text
    if MISSING_SPACE_GATE_RE.search(text) is None:
        return None  # most sentences: no generator made
    return _missing_space_hits(text)


def _missing_space_hits(text: str):
    """The hits of :func:`missing_space` in ``text``, which passed its cheap test."""
    masked = None
    for m in MISSING_SPACE_RE.finditer(text):
        if masked is None:
            masked = [(a.start(), a.end()) for a in MASK_RE.finditer(text)]
        if any(a <= m.start() < b for a, b in masked):
            continue
        group = m.lastgroup
        mark = m.group()
        if group in ("stop", "comma"):
            yield Hit(m.start(), m.end(), f"Missing space after {mark!r}.", mark + " ")
        elif group == "paren":
            yield Hit(m.start(), m.end(), "Missing space after ')'.", ") ")
        elif group == "squote":
            closing = text.count('"', 0, m.start()) % 2 == 1
            yield Hit(m.start(), m.end(), "Missing space next to the quotation mark.",
                      '" ' if closing else ' "')
        elif group == "open":
            before = text[m.start() - 1]
            if before.isalnum():
                yield Hit(m.start(), m.end(), "Missing space before the opening quotation mark.",
                          " \u201c")
            else:
                yield Hit(m.start() - 1, m.end(),
                          f"Missing space between {before!r} and the opening quotation mark.",
                          before + " \u201c")
        elif group == "close":
            yield Hit(m.start(), m.end(), "Missing space after the closing quotation mark.",
                      "\u201d ")
        elif group == "sopen":
            closing = text.count('"', 0, m.start()) % 2 == 1 or bool(
                PRONOUN_AFTER_RE.match(text, m.end()))
            fix = mark + " " if closing else mark[0] + ' "'
            yield Hit(m.start(), m.end(), "Missing space next to the quotation mark.", fix)
        else:  # sstop: years."He -- which side lacks the space depends on the quotation
            closing = text.count('"', 0, m.start()) % 2 == 1
            fix = mark + " " if closing else mark[0] + ' "'
            yield Hit(m.start(), m.end(), "Missing space next to the quotation mark.", fix)

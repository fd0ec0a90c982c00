"""TQ2xx: speech attribution, headlines and repeated words.

Korean reported speech wraps the quotation in a reporting clause (``그는 이어 "…"라고
말했다``, ``"…"라며 …고 강조했다``).  Machine translation renders both ends, so one quotation is
attributed twice (``He continued, “…,” he said``), or it closes the quotation with a full stop
and leaves the attribution outside as a new, never-closed quotation (``… years. “He also
mentioned.``).  Korean headlines are telegraphic (speaker first, then a quotation, no verb;
``·``-joined abbreviations), and the abbreviations come out as ``Central and central``.
"""
from __future__ import annotations

import operator
import re
from itertools import islice

from tqcheck.records import Hit
from tqcheck.rules.punctuation import PROSE_KINDS, _place, scan_quotes
from tqcheck.rules.registry import rule

REPORTING_VERBS = (
    "said|says|added|adds|mentioned|stressed|emphasized|emphasised|noted|explained|continued|"
    "stated|remarked|insisted|argued|asserted|claimed|underscored|underlined|commented|"
    "answered|replied|concluded|announced|urged|affirmed|revealed|disclosed|highlighted|"
    "pointed out|told reporters|told the press|went on|expressed|asked|wrote|posted|tweeted|"
    "shouted|chanted|cried|warned|predicted|forecast|complained|recalled|admitted|acknowledged|"
    "vowed|pledged|declared|testified|preached|lamented|conceded|joked|quipped"
)
SUBJECT = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}[a-z]+"
    r"|(?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w\u2019'-]*)"
)
PRONOUNS = frozenset("he she they we i it".split())

# ---------------------------------------------------------------------------------------------
# TQ201 split-attribution
# ---------------------------------------------------------------------------------------------

ATTRIBUTION = (
    r"(?P<attr>(?:" + SUBJECT + r"\s+(?:(?:also|further|then|again|later|additionally)\s+)?"
    r"(?:" + REPORTING_VERBS + r")"
    r"|(?:Said|Says|Added|Wrote)\s+(?:the\s+)?(?:[A-Za-z][\w\u2019'.-]*\s+){0,2}[A-Za-z][\w\u2019'-]*)"
    # "on Facebook", "until midnight", "in a statement": a short phrase after the verb
    r"(?:\s+(?:on|in|via|through|until|after|before|at|during|to|from|with)\s+"
    r"(?:[\w\u2019'-]+\s+){0,2}[\w\u2019'-]+)?"
    r"(?:\s+(?:also|again|too|so|as\s+well|further|then|later|(?:on|at|in|during|to|after|before)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:same\s+)?(?:day|meeting|time|statement|interview|press\s+"
    r"(?:conference|briefing|release)|briefing|event|ceremony|reporters|match|game|race|talks|"
    r"session|hearing|trial|vote|summit|visit|speech|forum|seminar|lecture|announcement|"
    r"conference|performance|concert|screening|premiere|launch|showcase|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)))*)"
)
SPLIT_OPEN_RE = re.compile(
    r"(?:(?P<lead>[.!?,])(?P<gap>[ \t]*)|^)(?P<q>[\u201c\"\u201d\u2018'])[ \t]*" + ATTRIBUTION +
    r"[ \t]*(?:(?P<stop>[.!?])(?![\u201d\"\u2019'\w])|$)"
)
SINGLE_SPLIT_GATE_RE = re.compile("[.!?,][ \t]*['\u2018]|^['\u2018]")
"""Where ``SPLIT_OPEN_RE`` can use a single quotation mark: after a stop (or opening the text)."""
SPLIT_CLOSED_RE = re.compile(
    r"(?P<lead>[.!?])(?P<q>[\u201d\"])[ \t]+" + ATTRIBUTION +
    r"[ \t]*(?P<stop>[.!?])(?=[ \t]*$|\s+[A-Z\u201c\"])"
)


def _lower_subject(attr: str) -> str:
    first, _, rest = attr.partition(" ")
    if first.lower() in PRONOUNS - {"i"} or first in ("The",):
        first = first.lower()
    return f"{first} {rest}" if rest else first


@rule("TQ201", "split-attribution", "Fluency/Grammar", "major", scope="paragraph",
      flag=("Minister Park said, “I am delighted with the past 30 years. “He also mentioned.",
            "“Ties have deepened over 30 years. “He said.",
            "He said, \"Ties have deepened over 30 years. \"He added.",
            "“Ties have deepened over 30 years.” He also mentioned."),
      ok=("“Ties have deepened over 30 years,” he also mentioned.",
          "“He said no,” she recalled.", "She asked what he had said. “He said no.”",
          "“Ties have deepened.” He said the talks would resume in May."))
def split_attribution(seg, ctx):
    """An attribution left outside its quotation after the quotation was closed by a full
    stop: ``… 30 years. “He also mentioned.``

    From ``"…30년간 …왔다"고 언급했다`` machine translation ends the quotation with a full stop
    and turns the quotative ending into a new sentence, often behind a stray opening mark, so
    the attribution reads as quoted speech that never ends.  The suggestion closes the
    quotation with a comma and attaches the attribution (``…years,” he also mentioned.``).

    Flagged: ``Minister Park said, “I am delighted … over the past 30 years. “He also mentioned.``
    Clean:   ``“Ties have deepened over 30 years,” he also mentioned.``
    """
    text = seg.text
    if ('"' not in text and "\u201c" not in text and "\u201d" not in text
            and ("'" not in text and "\u2018" not in text
                 or SINGLE_SPLIT_GATE_RE.search(text) is None)):
        return  # both patterns need a quotation mark (a single one only after a stop)
    if not _place(seg, ctx).prose:
        return
    for m in SPLIT_OPEN_RE.finditer(text):
        if m.group("lead") is None and m.end() < len(text.rstrip()):
            continue  # at the start it must be the whole paragraph: “He also mentioned.
        if m.group("q") in '"\u201d\'' and m.group("lead") and not m.group("gap"):
            continue  # ,"  closes a quotation: ," he said.  (”: also when it opens the text)
        if m.group("q") == "\u201d" and m.group("lead") is None:
            continue
        attr = m.group("attr")
        stop = m.group("stop") or "."
        if m.group("lead") is None:
            yield Hit(m.start(), m.end(),
                      f"“{attr}” is an attribution standing alone behind an opening quotation "
                      f"mark; attach it to the quotation it belongs to.")
            continue
        lead = m.group("lead")
        close = {'"': '"', "'": "'", "\u2018": "\u2019"}.get(m.group("q"), "\u201d")
        comma = lead if lead in "?!" else ","
        yield Hit(m.start(), m.end(),
                  f"The quotation was closed by a full stop and the attribution “{attr}” left "
                  f"outside it behind a new opening mark; attach it to the quotation.",
                  f"{comma}{close} {_lower_subject(attr)}{stop}")
    for m in SPLIT_CLOSED_RE.finditer(text):
        attr = m.group("attr")
        lead = m.group("lead")
        comma = lead if lead in "?!" else ","
        yield Hit(m.start(), m.end(),
                  f"The quotation ends with a full stop and its attribution “{attr}” stands as "
                  f"a separate sentence; attach it to the quotation.",
                  f"{comma}{m.group('q')} {_lower_subject(attr)}{m.group('stop')}")


# ---------------------------------------------------------------------------------------------
# TQ202 doubled-attribution
# ---------------------------------------------------------------------------------------------

LEAD_VERBS = (
    "said|says|continued|added|adds|stressed|emphasized|emphasised|noted|explained|stated|"
    "mentioned|remarked|insisted|argued|replied|answered|went on|pointed out|forecast|wrote|"
    "warned|predicted|recalled|"
    r"told\s+(?:reporters|the\s+press|the\s+audience|the\s+meeting|participants)"
)
TAIL_VERBS = (
    "said|says|added|adds|stressed|emphasized|emphasised|noted|explained|continued|stated|"
    "mentioned|remarked|insisted|argued|told|concluded|asserted|underscored|answered|replied|"
    "pointed out|forecast|wrote|warned|predicted|recalled"
)
TAIL_SUBJECT = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+"
    r"|(?!(?:and|but|or|then|also|had|has|have|was|is|who|which|that|it)\b)[a-z]+"
    r"(?:\s+(?:[A-Z][\w\u2019'.-]*\s+){0,2}[A-Z][\w\u2019'-]*)?"  # forecaster Park
    r"|(?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w\u2019'-]*)"
)
DOUBLED_ATTR_RE = re.compile(
    r"(?:(?P<acc>\b[Aa]ccording\s+to\s+(?P<asubj>[^,\u201c\u201d\"]{2,60}?)\s*,\s*)"
    r"|(?:(?P<subj>\b" + SUBJECT + r")\s+)?(?:(?:also|then|further|later)\s+)?"
    r"(?P<v1>\b(?:" + LEAD_VERBS + r"))\b"
    r"(?:(?:\s+(?!that\b)[\w\u2019'-]+){0,6}?\s*[,:]|(?:\s+(?!that\b)[\w\u2019'-]+){0,6}?\s+that"
    r"\s*[,:]?|\s*[,:]?)\s*)"
    r"(?P<quote>\u201c[^\u201c\u201d]{2,}?[,.!?]?\u201d"
    r"|\"(?:[^\"\u201c\u201d]|(?<=\s)\"[^\"\u201c\u201d]{1,80}?\"(?=[\s,.;:!?]))+?[,.!?]?\")"
    r"[ \t]*,?[ \t]*"
    r"(?:(?P<subj2>" + TAIL_SUBJECT + r")\s+(?:also\s+)?(?P<v2>" + TAIL_VERBS + r")"
    r"|(?P<v2b>said|added|continued)\s+(?P<subj2b>he|she|they|(?:[A-Z][\w\u2019'.-]*\s+){0,3}"
    r"[A-Z][\w\u2019'-]*))\b"
)
DOUBLED_LEAD_GATE_RE = re.compile(r"[Aa]ccording|(?:" + LEAD_VERBS + r")")
"""Prefilter of ``DOUBLED_ATTR_RE``: its lead-in (``according`` or a lead verb) comes before
its opening quotation mark, so text with no such mark after the first lead-in cannot match."""
TAIL_GATE_RE = re.compile(r"(?:" + TAIL_VERBS + r")")
"""Prefilter of both patterns' tails: the second attribution's verb follows the quotation
(or the reported clause), so text with none of the verbs after it cannot match."""


def _tail_after_quote(text: str, lead: int) -> bool:
    """False only when ``DOUBLED_ATTR_RE`` cannot match, given that its lead-in cannot start
    before ``lead``: its quotation opens with ``“`` or ``"`` after the lead-in, and its
    second verb comes after the quotation."""
    quote = min((i for i in (text.find("\u201c", lead), text.find('"', lead)) if i >= 0),
                default=-1)
    return quote >= 0 and TAIL_GATE_RE.search(text, quote + 1) is not None


THAT_GATE_RE = re.compile(r"(?:" + LEAD_VERBS + r"|went\s+on\s+to\s+say)\s+that\s")
"""Prefilter of ``THAT_ATTR_RE``: its lead verb followed by ``that``, without the subject."""
THAT_ATTR_RE = re.compile(
    r"(?P<subj>\b" + SUBJECT + r")\s+(?:(?:also|then|further|later)\s+)?"
    r"(?P<v1>\b(?:" + LEAD_VERBS + r"|went\s+on\s+to\s+say))\s+that\s+"
    r"(?P<clause>[^\u201c\u201d\"]+?),\s+(?P<subj2>[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)\s+"
    r"(?:also\s+)?(?P<v2>" + TAIL_VERBS + r")(?=\s*[.!?](?:\s|$)|\s*$|,\s+[a-z]+ing\b)"
)


def _speaker(subj1, subj2: str) -> str:
    """The name to keep: the lead-in's when it names the speaker and the tail only says he."""
    speaker = subj2
    if subj1 and subj1.lower() not in PRONOUNS and subj2.lower() in PRONOUNS:
        speaker = subj1
    first, _, rest = speaker.partition(" ")
    if first in ("He", "She", "They", "We", "The", "A", "An"):
        speaker = first.lower() + (" " + rest if rest else "")
    return speaker


@rule("TQ202", "doubled-attribution", "Accuracy/Addition", "minor", kinds=PROSE_KINDS,
      flag=("He continued, “Central Asia is a very strategically important region,” he said.",
            "Minister Park continued, “We want to build a network,” he said, emphasizing ties.",
            "She said, \"We will try again,\" she added.",
            "He told reporters, “It is over,” said Kim."),
      ok=("“Central Asia is a very strategically important region,” he said.",
          "He said, “It is over,” and left the room.",
          "When asked about it, “No comment,” she said.",
          "Rice called the session “a good meeting” but said there were “no surprises.”"))
def doubled_attribution(seg, ctx):
    """One quotation attributed twice, before and after: ``He continued, “…,” he said``.

    Korean ``그는 이어 "…"라고 말했다`` has a reporting clause on both sides of the quotation
    (``이어`` "continued" before, ``말했다`` "said" after); machine translation renders both.
    The suggestion keeps the quotation and one attribution (with the speaker's name when the
    lead-in had it).

    Flagged: ``He continued, “Central Asia is a very strategically important region,” he said``
    Clean:   ``“Central Asia is a very strategically important region,” he said``
    """
    text = seg.text
    if '"' not in text and "\u201c" not in text and " that " not in text:
        return None  # most sentences: no generator made
    return _doubled_attribution_hits(text)


def _doubled_attribution_hits(text: str):
    """The hits of :func:`doubled_attribution` in ``text``, which passed its cheap test."""
    quoted = ("\u201c" in text and "\u201d" in text) or text.count('"') >= 2
    if quoted:
        lead = DOUBLED_LEAD_GATE_RE.search(text)
        quoted = lead is not None and _tail_after_quote(text, lead.start())
    for m in DOUBLED_ATTR_RE.finditer(text) if quoted else ():  # it needs a closed quotation
        subj2 = m.group("subj2") or m.group("subj2b")
        verb2 = m.group("v2") or m.group("v2b")
        if m.group("acc"):
            start, subj1 = m.start("acc"), m.group("asubj")
        else:
            subj1 = m.group("subj")
            start = m.start("subj") if subj1 else m.start("v1")
        lead = text[start:m.start("quote")].strip()
        tail = text[m.end("quote"):m.end()].strip(" ,")
        yield Hit(start, m.end(),
                  f"The quotation is attributed twice (“{lead}” before it and “{tail}” after "
                  f"it); keep one.", f"{m.group('quote')} {_speaker(subj1, subj2)} {verb2}")
    that = THAT_GATE_RE.search(text) if " that " in text else None
    for m in THAT_ATTR_RE.finditer(text) if that and TAIL_GATE_RE.search(text, that.end()) else ():
        tail = text[m.end("clause"):m.end()].strip(" ,")
        yield Hit(m.start(), m.end(),
                  f"The reported statement is attributed twice (“{m.group('subj')} "
                  f"{m.group('v1')} that” and “{tail}”); keep one.",
                  text[m.start():m.end("clause")])


# ---------------------------------------------------------------------------------------------
# TQ204 repeated-word (before TQ203, which reuses its patterns)
# ---------------------------------------------------------------------------------------------

# The space between the two words is horizontal: a word ending a line (a heading such as
# ``Testosterone``) and the same word opening the next line is not a repeat.
REPEAT_RE = re.compile(r"(?<![\w\u2019'])([A-Za-z]+(?:['\u2019][A-Za-z]+)?)"
                       r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+(\1)(?![\w\u2019'-])",
                       re.IGNORECASE)
AND_REPEAT_RE = re.compile(
    r"(?<![\w\u2019'.-])((?:[A-Za-z]\.){2,}|[A-Za-z]{2,}(?:\s[A-Za-z]{2,})?)\s+and\s+(\1)"
    r"(?![\w\u2019'-])", re.IGNORECASE)
REDUPLICATED_NAMES = frozenset("""
sirhan bora walla baden sing duran pago mai tora mahi tutu cha bai wagga kuala
""".split())
"""Names made of one word twice (``Sirhan Sirhan``, ``Bora Bora``, ``Walla Walla``)."""
WHAT_BEFORE_RE = re.compile(r"\b(?:[Ww]hat|[Aa]ll|[Tt]he\s+(?:thing|problem|point|issue|question|"
                            r"truth|fact|reality|reason))\b")
"""Openers of a pseudo-cleft, where ``is is`` is good English (``What it is is ...``)."""
LEGIT_DOUBLES = frozenset("""
had that very really so no yes bye ha hah oh hey go tut knock far many much long ho boo hip
chop pooh blah la na yeah wow quick well bang bla tsk hush now ylang choo chin tom dum tick
""".split())
"""Repeats that are good English or reported speech: ``had had``, ``that that``,
``very very``, ``bye bye``."""
FUNCTION_WORDS = frozenset("""
a an the of to in on at for with by from and or but is are was were be been it its this that
these those he she they we his her their our as than then if not
""".split())
LEGIT_AND = frozenset("""
more less again over on off round around through by out up down back forth in time side bit
little much far now then ever so year day week month hour one two step
""".split())
"""``X and X`` idioms: ``more and more``, ``again and again``, ``on and on``."""


def _legit_and(word: str, other: str) -> bool:
    low = word.lower()
    if low in LEGIT_AND:
        return True
    if low.endswith("er") and word[0].islower() == other[0].islower():
        return True  # comparatives: better and better, closer and closer
    if low.endswith("s") and word == other:
        return True  # years and years, thousands and thousands
    return False


RUN_RE = re.compile(r"[\w'\u2019]+")
CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")
"""Non-ASCII letters that IGNORECASE matches to ASCII ones (İ ı ſ K): no prefilter then."""


def _repeat_candidates(text: str) -> tuple:
    """``(direct, joined)``: false only when ``REPEAT_RE`` (resp. ``AND_REPEAT_RE``) cannot
    match, so the two patterns run on few sentences.

    Both patterns match whole runs of word characters and apostrophes, compared without case:
    ``the the`` is two equal runs in a row, ``Central and central`` an ``and`` run whose next
    run also occurs before it (``U.S. and U.S.``, ``South Korea and South Korea``).
    """
    if text.isascii():
        # the runs of ASCII text in one C pass: every byte but a word character or "'"
        # becomes a space, letters are lower-cased, and split() returns exactly the runs
        # RUN_RE finds in text.lower() (as bytes)
        runs = text.encode("ascii").translate(_RUN_BYTES).split()
        joined = b"and" in runs
        direct = any(map(operator.eq, runs, islice(runs, 1, None)))
        if joined:
            joined = _joined(runs, b"and")
        return direct, joined
    if any(c in text for c in CASE_TRAPS):
        return True, True
    runs = RUN_RE.findall(text.lower())
    direct = any(map(operator.eq, runs, islice(runs, 1, None)))
    return direct, "and" in runs and _joined(runs, "and")


_RUN_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if (97 <= c <= 122 or 48 <= c <= 57 or c in b"_'")
                   else 32 for c in range(256))
"""``bytes.translate`` table for ASCII text: ``RUN_RE``'s characters kept (letters lower-cased),
every other byte a space."""


def _joined(runs: list, conj) -> bool:
    """Is some ``and`` run followed by a run that also occurs before it?"""
    for i, run in enumerate(runs):
        if run == conj and 0 < i < len(runs) - 1 and runs[i + 1] in runs[:i]:
            return True
    return False


_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[^\S\n]+$")
_NEXT_WORD_RE = re.compile(r"[^\S\n]+([A-Za-z]+)")
QUOTED_RE = re.compile(r"(?:(?<=[\s(\[])|^)(?:\u201c[^\u201c\u201d\n]{1,80}\u201d|\u2018[^\u2018\u2019\n]{1,80}"
                       r"\u2019(?![A-Za-z])|\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'(?![A-Za-z]))")


def _in_run(text: str, start: int, end: int, low: str) -> bool:
    """Whether the pair at ``[start, end)`` is part of three or more of one word in a row."""
    before = _PREV_WORD_RE.search(text, max(0, start - 40), start)
    after = _NEXT_WORD_RE.match(text, end)
    return (before is not None and before.group(1).lower() == low) or \
        (after is not None and after.group(1).lower() == low)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a short quotation (a title: ``'Ring Ring'``)."""
    return any(q.start() < start and end < q.end() for q in QUOTED_RE.finditer(text))


def repeated_words(text: str):
    """``(start, end, first_word, kind)`` for each repeated word in ``text``; ``kind`` is
    ``direct`` (``the the``) or ``and`` (``Central and central``).

    >>> [(s, e, w, k) for s, e, w, k in repeated_words("the the cat; Central and central")]
    [(0, 7, 'the', 'direct'), (13, 32, 'Central', 'and')]
    >>> list(repeated_words("He had had enough of it more and more; Boutros Boutros-Ghali"))
    []
    """
    direct, joined = _repeat_candidates(text)
    for m in REPEAT_RE.finditer(text) if direct else ():
        a, b = m.group(1), m.group(2)
        low = a.lower()
        if low in LEGIT_DOUBLES:
            continue
        if low == "is" and WHAT_BEFORE_RE.search(text, 0, m.start()):
            continue  # "What the ruling is is a warning": a pseudo-cleft
        if len(a) == 1 and low not in ("a", "i"):
            continue
        if a[0].isupper() and b[0].isupper() and low in REDUPLICATED_NAMES:
            continue  # names: Sirhan Sirhan, Bora Bora
        titled = a[0].isupper() and b[0].isupper()
        if titled and _in_run(text, m.start(), m.end(), low):
            continue  # three or more title-cased in a row is deliberate: Rum Pum Pum Pum
        if (titled or _in_run(text, m.start(), m.end(), low)) and _quoted(text, m.start(), m.end()):
            continue  # a quoted title: 'Chk Chk Boom', "Ring Ring", 'pum pum pum'
        yield m.start(), m.end(), a, "direct"
    for m in AND_REPEAT_RE.finditer(text) if joined else ():
        a, b = m.group(1), m.group(2)
        if _legit_and(a, b):
            continue
        yield m.start(), m.end(), a, "and"


@rule("TQ204", "repeated-word", "Fluency/Grammar", "minor", kinds=PROSE_KINDS,
      flag=("He said the the talks ended.", "Central and central cooperation is important.",
            "It is is important.", "The the minister left."),
      ok=("He had had enough.", "He said that that was wrong.", "More and more people came.",
          "It rang again and again.", "Boutros Boutros-Ghali spoke.", "It grew 10 10 times.",
          "Prices rose for years and years."))
def repeated_word(seg, ctx):
    """The same word twice: ``the the``, or joined to itself: ``Central and central``.

    Machine translation repeats a word when it aligns one Korean word twice, and renders a
    ``·``-joined abbreviation (``한·중앙아``, Korea–Central Asia) as ``Central and central``.
    Good English repeats (``had had``, ``that that``, ``more and more``, ``again and again``),
    names (``Boutros Boutros-Ghali``) and numbers are not flagged.

    Flagged: ``Central and central cooperation is important.``
    Clean:   ``More and more people came.``
    """
    for start, end, word, kind in repeated_words(seg.text):
        evidence = seg.text[start:end]
        if kind == "direct":
            yield Hit(start, end, f"Repeated word {evidence!r}; remove one.", word)
        else:
            yield Hit(start, end,
                      f"{evidence!r} joins a word to itself; a Korean abbreviation joined with "
                      f"‘·’ (e.g. 한·중앙아, Korea–Central Asia) was probably mistranslated.")


# ---------------------------------------------------------------------------------------------
# TQ203 garbled-headline
# ---------------------------------------------------------------------------------------------

SPEAKER_QUOTE_RE = re.compile(
    r"^\s*(?:[\[(\u3010<][^\])\u3011>]{1,40}[\])\u3011>]\s*)?"
    r"(?:[a-z]+\s+)?(?P<name>(?:[A-Z][\w\u2019'.-]*\s+){0,5}[A-Z][\w\u2019'.-]*)\s+"
    r"(?P<q>[\u201c\"\u2018'])(?P<quote>[^\u201c\u201d\"]+?)(?P<close>[\u201d\"\u2019']*)\s*$"
)
VERSUS_RE = re.compile(r"[\u201d\"\u2019']\s+vs\.?\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s*[\u201c\"\u2018']")
NOMINAL = r"[a-z]+(?:tion|ment|ance|ence|ity|ness|sion|ship|sis|cy|ing)"
NOUN_PILE_RE = re.compile(
    r"^\s*(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*,\s*[\u201c\"\u2018'][^\u201d\"\u2019']+"
    r"[\u201d\"\u2019']\s+(?:[a-z]+\s+){0,2}" + NOMINAL + r"\s+(?:[a-z]+\s+){0,1}" + NOMINAL +
    r"\s*$"
)
"""``Name, ‘phrase’ realization cooperation emphasis``: Korean verbal nouns in a row, no verb."""
HEADLINE_VERBS = frozenset("""
says said say tells told calls called is are was were will would to be has have had vows urges
warns asks asked wants plans seeks hits slams denies claims admits blames backs rejects wins
won loses lost meets met expects sees thinks believes insists stresses emphasizes adds notes
for of on in at with and the a an new how why what who when where as after
""".split())
BRACKET_LABEL_RE = re.compile(r"^\s*(?:\[[^\]]{2,40}\]|\u3010[^\u3011]{1,40}\u3011|<[^>]{2,40}>"
                              r"|\((?:Comprehensive|Update|Breaking|Exclusive|Photo|Sokbo|Dandok)"
                              r"[^)]{0,30}\))")
KO_ENDING_RE = re.compile(
    r"(?<=[A-Za-z])-(?:neun|eun|nun|ga|reul|eul|ui|eseo|euro|eumyeo|myeo|handa|haetda|hamnida|"
    r"haenda|ida|imnida|seumnida|eotda|atda|ra|go|deon)(?![\w-])")
"""A Korean particle or ending left on a romanized word (``Seoul City-neun``,
``supply-handa``): crude MT of a headline."""
LITERAL_MAN_RE = re.compile(r"\b\d[\d,.]*\s+ten[\s-]thousands?\b", re.IGNORECASE)
"""``800 ten thousand``: 800만 (8 million) with its unit translated word for word."""
DESK_LABEL_RE = re.compile(
    r"[\[(<【](?:Exclusive|Breaking(?:\s+[Nn]ews)?|Comprehensive(?:\s+\d\w*\s+report)?|Sokbo|"
    r"Dandok|Updated?|Urgent|Flash|Special|Reportage|Full\s+text|Personnel|Photos?|Photo\s+[Nn]ews|"
    r"Fact\s+[Cc]heck|Issue\s+Plus|Politics\s+ON|News\s+NIGHT|Reporter's\s+Notebook)[\])>】]",
    re.IGNORECASE)
"""Korean news-desk labels as MT renders them (속보 Breaking, 단독 Exclusive, 종합 Comprehensive):
a weak sign.  Labels English-language outlets use themselves ([Editorial], [Herald Interview],
a columnist's name, [Graphic News]) are not Korean-style, so any other label passes."""


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a short quotation (an ellipsis there marks an omission)."""
    return any(q.start() < pos < q.end() for q in QUOTED_RE.finditer(text))
CLAUSE_ELLIPSIS_RE = re.compile(r"[\w\u201d\"')]\s?(?:\.{2,3}|\u2026)\s?[\w\u201c\"\u2018'(]")
MIDDLE_DOT_RE = re.compile(r"[A-Za-z][\u00b7\u318d\u30fb\u2027][A-Za-z]")
WORD_RE = re.compile(r"[A-Za-z][\w\u2019'-]*")
CJK_RE = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")


@rule("TQ203", "garbled-headline", "Fluency/Unintelligible", "major", kinds=("headline",),
      flag=("Park Jin “Central and central cooperation is very important for a ‘global "
            "backbone'”",
            "Yoon \"We will respond sternly to any provocation\"",
            "[Exclusive] Samsung to build new plant",
            "Korea·US summit...Both sides \"a week of fate",
            "尹 \"no compromise on principles\"",
            "Park Jin, 'global backbone' realization cooperation importance"),
      ok=("Park Jin says Korea-Central Asia cooperation is key",
          "Brown 'will not quit'",
          "Obama: \"We will win this election\"",
          "More and more Koreans travel abroad",
          "Moon says inter-Korean talks are 'on track'"))
def garbled_headline(seg, ctx):
    """A headline that does not read as English: doubled nouns, Korean speaker-first quotation
    with no verb, unbalanced quotes, Korean script, Korean bracket labels or clause ellipses.

    Korean headlines are telegraphic: ``박진 "'글로벌 중추국가' 실현 위해 한·중앙아 협력 매우
    중요"`` puts the speaker first and a quotation after it with no verb, joins abbreviations
    with ``·``, abbreviates with single Hanja (``尹``, ``北``) and separates clauses with
    ``…``; machine translation keeps that shape (``Park Jin “Central and central cooperation is
    very important …”``).  Short British-style quote headlines (``Brown 'will not quit'``) and
    ``Name: "…"`` are fine.  Only weak signals (a bracket label, an ellipsis, a middle dot)
    give a ``minor`` finding.

    Flagged: ``Park Jin “Central and central cooperation is very important for a ‘global backbone'”``
    Clean:   ``Park Jin says Korea-Central Asia cooperation is key``
    """
    text = seg.text
    strong, weak = [], []
    doubled = [text[s:e] for s, e, _, kind in repeated_words(text) if kind == "and"]
    if doubled:
        strong.append(f"“{doubled[0]}” doubles a noun (a mistranslated ‘·’ abbreviation)")
    script = getattr(getattr(ctx, "lang", None), "script_re", None) or CJK_RE
    if script.search(text):
        strong.append("it keeps Korean script (Hangul or Hanja abbreviations)")
    m = SPEAKER_QUOTE_RE.match(text)
    if m and _speaker_first(m):
        strong.append(f"Korean word order: the speaker “{m.group('name')}” followed by a "
                      f"quotation with no verb")
    elif VERSUS_RE.search(text):
        strong.append("Korean word order: speaker-quote pairs set against each other with ‘vs’")
    if NOUN_PILE_RE.search(text):
        strong.append("a pile of nouns with no verb follows the quotation")
    if KO_ENDING_RE.search(text):
        strong.append("it keeps a Korean particle or verb ending in Latin letters "
                      "(-neun, -eun, -handa)")
    if LITERAL_MAN_RE.search(text):
        strong.append("a number is followed by 'ten thousand' (the Korean unit 만 translated "
                      "word for word)")
    problems = [p for p in scan_quotes(text) if p.kind in ("unclosed", "unopened", "nested")]
    if problems:
        strong.append("its quotation marks do not pair up")
    label = BRACKET_LABEL_RE.match(text)
    if label and DESK_LABEL_RE.fullmatch(label.group().strip()):
        weak.append("a Korean-style bracket label such as [Exclusive] opens it")
    if any(not _inside_quote(text, m.start() + 1) for m in CLAUSE_ELLIPSIS_RE.finditer(text)):
        weak.append("an ellipsis separates clauses (Korean headline style)")
    if MIDDLE_DOT_RE.search(text):
        weak.append("a middle dot joins abbreviated names (Korean headline style)")
    reasons = strong + weak
    if not reasons:
        return
    yield Hit(0, len(text), "The headline does not read as English: " + "; ".join(reasons) + ".",
              severity=None if strong else "minor")


TITLE_THEN_WORDS_RE = re.compile(r"[\u2019'](?:\s+[\w-]+){2,}")
"""Inside a single-quoted headline quotation: a closing mark followed by two or more words."""


def _speaker_first(m) -> bool:
    """``Name "quotation"`` with no verb between: Korean order, unless it is the short
    British ``Brown 'will not quit'`` form (one surname, single quotes, few words)."""
    name_words = m.group("name").split()
    if any(w.lower().strip(".") in HEADLINE_VERBS for w in name_words):
        return False
    if m.group("q") in "\u201c\"":
        return True
    if TITLE_THEN_WORDS_RE.search(m.group("quote")):
        return False  # Han Kang's 'We Do Not Part' tops ...: a quoted title, then the verb
    quote_words = WORD_RE.findall(m.group("quote"))
    return len(quote_words) >= 5 or len(name_words) >= 2

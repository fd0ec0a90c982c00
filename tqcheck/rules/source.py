"""TQ6xx: the target against its source: untranslated segments and length mismatches.

``untranslated-segment`` looks at each segment and also works without a
source (a sentence that is mostly Hangul is not English); ``length-mismatch`` needs the
Korean to predict how long the English should be.
"""
from __future__ import annotations

import functools
import itertools
import math
import operator
import re
import unicodedata
from typing import NamedTuple

from tqcheck.records import Hit
from tqcheck.rules.registry import rule

PROSE_KINDS = ("headline", "sentence", "caption")

# ---------------------------------------------------------------- TQ601 untranslated-segment

MIN_LETTERS = 4
"""A segment needs this many letters before its script is judged."""
NON_LATIN_SHARE = 0.5
"""More than half the letters in a non-Latin script: the segment is not English.  Hangul
runs inside an English sentence are ``untranslated-hangul``'s (TQ401) business."""
DENSE_SCRIPTS = frozenset({"HANGUL", "CJK"})
DENSE_WEIGHT = 2.5
"""A Hangul syllable or Hanja carries about as much as 2-3 Latin letters (the English of the
calibration corpus is about 2.2x the Korean's characters), so they count 2.5 each."""
MIN_COPIED_CHARS = 20


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """Unicode script of a letter, from its name (``LATIN``, ``HANGUL``, ``CJK``, ...)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split()[0]


def _normalize(text: str) -> str:
    """White space runs made one space, stripped, casefolded.  ``str.split()`` and ``\\s``
    split at the same characters (``str.isspace``), so this is ``re.sub(r"\\s+", " ", text)
    .strip().casefold()`` without the regex."""
    return " ".join(text.split()).casefold()


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_ASCII_LETTER = bytes(c for c in range(256) if c not in _ASCII_LETTERS)


def _surely_latin(text: str) -> bool:
    """Can ``text`` (not ASCII) certainly not be judged a non-Latin segment?

    Every non-Latin letter is a non-ASCII character and weighs at most
    ``max(DENSE_WEIGHT, 1)``; every ASCII letter is Latin.  When the non-ASCII characters,
    so weighted, do not outweigh the ASCII letters, the non-Latin weight cannot exceed the
    Latin letters, so its share is at most one half, not above ``NON_LATIN_SHARE``: an
    English sentence with curly quotes, a dash or an accented name skips the per-letter
    lookup.  (The weights are multiples of 0.5, so the share's division is exact enough:
    a true share of at most 0.5 never rounds above it.)"""
    ascii_only = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_only.translate(None, _NOT_ASCII_LETTER))
    non_ascii = len(text) - len(ascii_only)
    return NON_LATIN_SHARE >= 0.5 and max(DENSE_WEIGHT, 1) * non_ascii <= ascii_letters


def _first_word_elsewhere(text: str, folded_source: str) -> bool:
    """Is ``text`` certainly not a copy of the source: its first word, casefolded, is not in
    the casefolded source?

    A copy's normalized text is a substring of the normalized source.  Its first word is
    whitespace-free (no character casefolds to white space), so it lies inside one casefolded
    source word, which is part of ``source.casefold()`` (casefold works character by
    character).  A text with no word normalizes to "" and is no copy either."""
    words = text.split(None, 1)
    return not words or words[0].casefold() not in folded_source


_ENGLISH_CUES = (" the ", " of ", " and ", " to ", " in ", " a ", " is ", " was ", " for ",
                 " on ", " that ", " with ", " said")
FUNCTION_WORDS = {
    "Spanish": frozenset("el la los las del que y por con para una se su al es lo como más pero "
                         "sus le ya o este fue ha anunció".split()),
    "French": frozenset("le les des du et est une dans pour que qui sur au aux pas ce cette "
                        "il elle a été ont sont".split()),
    "German": frozenset("der die das und ist nicht mit den von zu ein eine im für auf dem des "
                        "sich wird hat".split()),
    "Portuguese": frozenset("o os do da dos das não em um uma com para que é na no pelo pela "
                            "foi".split()),
    "Italian": frozenset("il lo gli della che è per con una non sono del alla nel ha degli "
                         "delle".split()),
}
"""Common function words of the Latin-script languages MT sometimes outputs instead of English
(the target language set wrong, a pivot language left in)."""
ENGLISH_WORDS = frozenset("the of and to in a is was for on that with said as by at from it "
                          "has have be are will an this which his her their not".split())
MIN_FOREIGN_WORDS = 3
"""A segment reads as another language when at least this many of its words (and a fifth of
them) are that language's function words and none is an English one."""


def _other_latin_language(text: str):
    """The language a Latin-script segment is written in when it is plainly not English
    (``El Ministerio de Salud anunció el martes …``), else None.  English prose has one of
    the ``_ENGLISH_CUES`` (checked first, on a lower-cased copy padded with spaces)."""
    if " the " in text or " of " in text or " and " in text or " to " in text:
        return None  # most English sentences, without a lower-cased copy
    low = " " + text.lower() + " "
    if any(cue in low for cue in _ENGLISH_CUES):
        return None
    words = [w.strip(".,;:!?\"'()«»¡¿") for w in low.split()]
    if len(words) < 6 or not ENGLISH_WORDS.isdisjoint(words):
        return None
    best, count = None, 0
    for language, function_words in FUNCTION_WORDS.items():
        n = sum(w in function_words for w in words)
        if n > count:
            best, count = language, n
    if count >= MIN_FOREIGN_WORDS and count * 5 >= len(words):
        return best
    return None


@rule("TQ601", "untranslated-segment", "Accuracy/Untranslated text", "critical",
      scope="document",
      flag=("정부는 3억 원을 지원했다고 밝혔다.", "Park said so.\n\n외교부 장관은 중앙아시아 협력이 중요하다고 말했다.",
            ("", "정부는 3억 원을 지원했다."), "   "),
      ok=("The government said it provided 300 million won.",
          "The 여당 (ruling party) agreed.",
          ("Galaxy S25 Ultra (SM-S938N) 256GB", "Galaxy S25 Ultra (SM-S938N) 256GB")))
def untranslated_segment(doc, ctx):
    """A segment left untranslated: mostly Korean (or another script), another language, or a copy of the source.

    Machine translation pipelines skip segments they fail on (a timeout, a segment too long,
    a quote the engine refused) and pass the Korean through unchanged, or editors paste the
    source where the translation should be.  A headline, caption or sentence whose letters
    are mostly Hangul/Hanja, or that repeats the source verbatim, is reported whole.  Hangul
    runs inside an otherwise English sentence are ``untranslated-hangul`` (TQ401).  A copy
    must hold Hangul or Hanja: Latin text the source already has (a product name, ``Galaxy
    S25 Ultra (SM-S938N)``) needs no translation.  A segment in another Latin-script language
    (Spanish, French, German, Portuguese, Italian: their function words and no English ones)
    was not translated into English either.  An empty target (an XLIFF unit or table row with
    no translation) is reported too: a gate must never pass a record that has nothing to
    check.

    Flagged: ``정부는 3억 원을 지원했다고 밝혔다.`` in the English target; an empty target.
    Clean:   ``The 여당 (ruling party) agreed.`` (a Hangul run, not a Korean sentence).
    """
    source = doc.record.source or ""
    target = doc.target
    if not target or target.isspace():  # not target.strip(), without the copy
        what = "the source has text" if source.strip() else "the record has no text at all"
        return [Hit(0, len(target), f"the translation is empty ({what}); nothing was "
                                    "translated")]
    hits = []
    folded_source = None  # casefolded when first needed
    norm_source = None  # normalized when first needed
    for seg in doc.segments:
        if seg.kind not in PROSE_KINDS:
            continue
        text = seg.text
        # plain ASCII prose (or prose whose non-ASCII characters cannot outweigh its ASCII
        # letters) is not foreign: skip the per-letter script lookup
        if not text.isascii() and not _surely_latin(text):
            letters = [c for c in text if c.isalpha()]
            if len(letters) >= MIN_LETTERS:
                scripts = [_script(c) for c in letters]
                foreign = [s for s in scripts if s != "LATIN"]
                weight = sum(DENSE_WEIGHT if s in DENSE_SCRIPTS else 1 for s in foreign)
                if weight / (weight + len(letters) - len(foreign)) > NON_LATIN_SHARE:
                    main = max(set(foreign), key=foreign.count).title()
                    hits.append(Hit(seg.start, seg.end,
                                    f"segment is not English: {len(foreign)} of "
                                    f"{len(letters)} letters are {main}; it was left "
                                    "untranslated"))
                    continue
        language = _other_latin_language(text)
        if language is not None:
            hits.append(Hit(seg.start, seg.end, f"segment is not English: it reads as "
                                                f"{language}; it was not translated into English"))
            continue
        if not source:
            continue
        if folded_source is None:
            folded_source = source.casefold()
        if _first_word_elsewhere(text, folded_source):
            continue
        if norm_source is None:
            norm_source = _normalize(source)
        if not norm_source:
            continue
        norm = _normalize(text)
        if (len(norm) >= MIN_COPIED_CHARS and len(norm.split()) >= 3 and norm in norm_source
                and _DENSE_RE.search(text)):  # a copy in Latin letters (a product name) is fine
            hits.append(Hit(seg.start, seg.end,
                            "segment is a copy of the source text; it was not translated"))
    return hits


# ---------------------------------------------------------------- TQ602 length-mismatch
#
# How long should the English be?  bench/calibrate_length.py fits, on the 1,000 aligned
# sentence pairs of ../shared/data/korean-english-park.dev.{ko,en} (professional news
# translations, about 2.2 English characters per Korean one):
#
#     log(en chars) = LENGTH_A + LENGTH_B * log(ko weight)
#
# where the Korean weight counts a Hangul syllable or Hanja as 1 and any other non-space
# character (Latin names, digits, punctuation, which carry over about one to one) as
# LATIN_WEIGHT.  The residual's spread shrinks with length (short units are noisy):
#
#     sd(ko weight) = sqrt(LENGTH_S0**2 + LENGTH_C / ko weight)
#
# A unit is flagged when its residual is beyond Z_OMISSION (too short) or Z_ADDITION (too
# long) of those sds; both are set beyond the tails of the clean pairs (see the script's
# table), which still hold a few misaligned or fragment lines of the corpus itself.  A unit
# whose English stops mid-sentence (EN_CUT_RE) while its Korean ends one is flagged already
# at Z_CUT: on the clean pairs no English unit beyond Z_CUT ends so (the script's --check).
LATIN_WEIGHT = 0.5
LENGTH_A = 1.176
LENGTH_B = 0.908
LENGTH_S0 = 0.219
LENGTH_C = 0.43
Z_OMISSION = 4.0
Z_ADDITION = 4.5
MIN_KO_WEIGHT = 12.0
"""Korean units lighter than this predict too little to judge on their own."""
Z_SUSPECT = 2.5
"""When units are paired one to one, a second unit beyond this many sds means the pairing
itself is off (sentences split or merged differently, a misaligned table): the block is then
judged as a whole instead."""
Z_CUT = 2.5
"""A unit whose English visibly stops mid-sentence (no end mark after a word, or a word that
cannot end an English sentence before the full stop: ``the.``, ``of.``) while its Korean
ends a sentence is flagged already this many sds short: the cut, not the length alone, is
the evidence (clean news English never ends so; see bench/calibrate_length.py)."""
CUT_MIN_WORDS = 3
"""... and has at least this many words (a shorter unit with no end mark is a heading)."""
Z_MATCH = 1.5
"""A run of sentences within this many sds of the other side is taken as its translation."""
MIN_EXTRA_EN = 40
"""English left over beyond such a run must be this long to count as added."""
DUP_MIN_WORDS = 8
DUP_MIN_CHARS = 40
"""A repeated word sequence this long (in words and characters) is a duplicated clause,
not a phrase that legitimately recurs (``the Democratic Party``, a title)."""
KO_DUP_WORDS = 4
"""A Korean source that itself repeats this many words in a row may repeat on purpose."""
SKIP_KINDS = ("boilerplate", "byline", "caption")
DENSE_RANGES = (("\uac00", "\ud7a3"), ("\u3131", "\u318e"), ("\u4e00", "\u9fff"))

KO_SENTENCE_END_RE = re.compile(
    # the end mark is matched first (a plain class, so the engine skips to the marks), then
    # a full stop is checked to follow Hangul or a closing mark
    r"[.?!。](?:(?<=[?!。])|(?<=[\uac00-\ud7a3\"”’')\]」』]\.))[.?!]*[\"”’')\]」』]*(?=\s)")
"""A Korean sentence end: ``다.``/``요.`` (a full stop after Hangul or a closing mark, not
after a digit or a Latin abbreviation), ``?``, ``!``, followed by white space."""
KO_END_RE = re.compile(r"[.?!。][\"”’')\]」』]*$")
"""The Korean unit ends a sentence (a full stop, question or exclamation mark)."""
CUT_WORDS = ("the", "a", "an", "and", "or", "but", "nor", "of", "to", "at", "from", "with",
             "into", "onto", "than", "its", "their", "whose", "our", "my", "your", "been",
             "being", "would", "could", "should", "shall", "must")
EN_CUT_RE = re.compile(r"(?:[^\W_]|\b(?:" + "|".join(CUT_WORDS) + r")\.)$", re.IGNORECASE)
"""English that stops mid-sentence: a word with no end mark after it, or a word that never
ends an English sentence (an article, a conjunction, a preposition that takes an object
rather than a particle such as ``up``/``in``, a possessive, an auxiliary) before the stop."""
EN_CUT_TAIL = max(map(len, CUT_WORDS)) + 2
"""EN_CUT_RE matches at most a CUT_WORDS word and its stop, ending at the end or before a
final newline (``$``): searching this many last characters finds any match (``\\b``
still sees the character before the search starts)."""
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class Unit(NamedTuple):
    """One side of an alignment: a span (of the target, or of the source) and its length."""

    start: int
    end: int
    size: float


_DENSE_RE = re.compile("[" + "".join(f"{lo}-{hi}" for lo, hi in DENSE_RANGES) + "]")
"""A Hangul syllable, jamo or Hanja: what a copy of the source must hold to be untranslated."""
_OTHER_RUN_RE = re.compile("[^\\s" + "".join(f"{lo}-{hi}" for lo, hi in DENSE_RANGES) + "]+")
"""Runs of non-space characters outside DENSE_RANGES (few in Korean text: digits, marks)."""


def char_len(text: str) -> int:
    """Characters other than white space (Korean spacing varies; English spacing is regular)."""
    if text.isprintable():  # the only printable white space is " " (a test checks every one)
        return len(text) - text.count(" ")
    return sum(map(len, text.split()))  # str.split() splits at exactly the str.isspace() ones


def ko_weight(text: str) -> float:
    """Korean length: Hangul and Hanja count 1, other non-space characters LATIN_WEIGHT."""
    other = sum(map(len, _OTHER_RUN_RE.findall(text)))
    return char_len(text) - other + LATIN_WEIGHT * other


def expected_log_len(weight: float) -> float:
    """log of the English characters the calibration corpus predicts for a Korean weight."""
    return LENGTH_A + LENGTH_B * math.log(weight)


def length_sd(weight: float) -> float:
    return math.sqrt(LENGTH_S0 ** 2 + LENGTH_C / weight)


def _size(units: list) -> float:
    """Total size of ``units`` (the sum, without a generator for the usual single unit)."""
    if len(units) == 1:
        return 0 + units[0].size  # what sum() gives: 0 + size
    return sum(u.size for u in units)


def _expected(ko_units: list) -> float:
    """English characters the Korean ``ko_units`` predict (the sum of their predictions)."""
    if len(ko_units) == 1:
        return 0 + math.exp(expected_log_len(max(ko_units[0].size, 1.0)))
    return sum(math.exp(expected_log_len(max(u.size, 1.0))) for u in ko_units)


def length_z(ko_units: list, en_chars: int) -> float:
    """How many sds ``en_chars`` lies from what the Korean ``ko_units`` predict.  Several
    Korean sentences predict the sum of their predictions (the fit is per sentence)."""
    return _z(_expected(ko_units), _size(ko_units), en_chars)


def _z(expected: float, weight: float, en_chars: int) -> float:
    """:func:`length_z` from the Korean's prediction and weight (the sums over its units)."""
    return (math.log(max(en_chars, 1)) - math.log(expected)) / length_sd(max(weight, 1.0))


def split_korean(text: str) -> list:
    """Sentence spans ``(start, end)`` of Korean ``text``: lines, then sentence ends inside
    each line, except inside a balanced quotation."""
    if text.isprintable() and KO_SENTENCE_END_RE.search(text) is None:
        # one line (every line break is unprintable) with no sentence end inside: the usual
        # one-sentence source is one span, the text without its outer spaces
        end = len(text.rstrip())
        return [(len(text) - len(text.lstrip()), end)] if end else []
    return _split_korean_lines(text)


def _split_korean_lines(text: str) -> list:
    """:func:`split_korean` line by line (the general case)."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        begin = 0
        balanced = body.count("“") == body.count("”")
        for m in KO_SENTENCE_END_RE.finditer(body):
            if balanced and body.count("“", 0, m.start()) > body.count("”", 0, m.start()):
                continue
            spans.append((pos + begin, pos + m.end()))
            begin = m.end()
        spans.append((pos + begin, pos + len(body)))
        pos += len(line)
    out = []
    for s, e in spans:
        chunk = text[s:e]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((s + lead, s + len(chunk.rstrip())))
    return out


def _line_spans(text: str) -> list:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _ko_units(source: str, start: int, end: int) -> list:
    """The Korean units (:func:`split_korean`) of ``source[start:end]``, with their weights.

    A printable text with no sentence end inside is one unit, the text without its outer
    spaces (split_korean's own fast path), and spaces weigh nothing in :func:`ko_weight`, so
    its weight is computed on the text as it is, with ``char_len``'s printable branch
    inlined: the same int and float operations in the same order, the same float."""
    text = source[start:end]
    if text.isprintable() and KO_SENTENCE_END_RE.search(text) is None:
        stop = len(text.rstrip())
        if not stop:
            return []
        other = sum(map(len, _OTHER_RUN_RE.findall(text)))
        return [Unit(start + len(text) - len(text.lstrip()), start + stop,
                     len(text) - text.count(" ") - other + LATIN_WEIGHT * other)]
    return [Unit(start + s, start + e, ko_weight(source[start + s:start + e]))
            for s, e in _split_korean_lines(text)]


def _en_unit(seg) -> Unit:
    """A target segment as a unit: its :func:`char_len` (the printable branch inlined)."""
    text = seg.text
    return Unit(seg.start, seg.end,
                len(text) - text.count(" ") if text.isprintable() else char_len(text))


def _describe(z: float, ko_units: list, en_chars: int) -> str:
    expected = _expected(ko_units)
    return (f"{en_chars} characters where the Korean ({_size(ko_units):.0f} "
            f"characters) predicts about {expected:.0f}, {en_chars / expected:.0%} of it "
            f"(z = {z:+.1f})")


def _aligned_hits(doc, source: str, prose: list) -> list:
    """The length hits of a record with a source of several lines.

    It aligns as the plain two-step path kept in ``tests/source_reference.py`` does (pair
    lines with paragraphs, sentences with sentences, then judge each block), with these
    shortcuts, each exact:

    - the target's paragraphs are grouped in one pass (each paragraph's sentences keep their
      order, and paragraphs are taken in sorted order, as the plain path takes them);
    - a line whose Korean and English are one unit each has, as its merged pair, the very
      units :func:`_judge` would get, and :func:`_one_unit_terms` gives its z as the same
      float :func:`length_z` computes (``test_one_unit_terms_give_length_z``): the z is
      computed once, for the trust count and the judgement;
    - a block whose z lies in the quiet band (see ``_QUIET_LOW``) yields no hit, so it is
      not judged; a line whose Korean weighs less than MIN_KO_WEIGHT is never judged either
      (``_judge`` returns at once), and any other block takes ``_judge`` itself;
    - sentence pairs inside a line, and the whole-record fallback, take
      :func:`_pair_hits`, the same shortcut for one-to-one sentence pairs.

    ``test_aligned_hits_match_the_full_path`` compares it with the plain path on many
    generated articles."""
    ko_lines = _line_spans(source)
    by_para = {}
    for s in prose:
        group = by_para.get(s.paragraph)
        if group is None:
            by_para[s.paragraph] = [s]
        else:
            group.append(s)
    if len(ko_lines) == len(by_para) > 1:
        ko_all = [_ko_units(source, s, e) for s, e in ko_lines]
        en_all = [[_en_unit(s) for s in by_para[p]] for p in sorted(by_para)]
        lines = []
        short = long = 0
        for k, e in zip(ko_all, en_all):
            weight = _size(k)
            z = None
            if weight >= MIN_KO_WEIGHT:
                log_expected, sd = _one_unit_terms(0 + weight)  # the merged unit's _size
                z = (math.log(max(0 + _size(e), 1)) - log_expected) / sd
                short += z < -Z_SUSPECT
                long += z > Z_SUSPECT
            lines.append((k, e, z))
        if short + long < 2 or not (short and long):  # _trusted(pairs, lines=True)
            hits = []
            for k, e, z in lines:
                if z is None:
                    continue  # too light: _judge yields nothing, nor do its sentence pairs
                if len(k) == len(e) > 1:
                    hits.extend(_pair_hits(doc, source, k, e))
                elif len(k) > 1:
                    hits.extend(_judge(doc, source, k, e))
                elif not _QUIET_LOW[1] <= z <= _QUIET_HIGH[len(e) <= 1]:
                    hits.extend(_judge(doc, source, k, e))
            return hits
    ko = _ko_units(source, 0, len(source))
    en = [_en_unit(s) for s in prose]
    if len(ko) == len(en) > 1:
        return _pair_hits(doc, source, ko, en)
    return list(_judge(doc, source, ko, en))


def _pair_hits(doc, source: str, ko: list, en: list) -> list:
    """The hits of Korean units ``ko`` and English units ``en`` (as many, more than one):
    pair by pair when :func:`_trusted` trusts the pairs, else of the whole block.

    Each pair's z is computed once (with :func:`_one_unit_terms`, the float ``length_z``
    gives) for the trust count and the judgement; a pair in the quiet band for one unit on
    each side, ``[_QUIET_LOW[1], _QUIET_HIGH[1]]``, or lighter than MIN_KO_WEIGHT yields no
    hit and is not judged."""
    zs = []
    short = long = 0
    for k, e in zip(ko, en):
        weight = 0 + k.size
        if weight >= MIN_KO_WEIGHT:
            log_expected, sd = _one_unit_terms(weight)
            z = (math.log(max(0 + e.size, 1)) - log_expected) / sd
            short += z < -Z_SUSPECT
            long += z > Z_SUSPECT
            zs.append(z)
        else:
            zs.append(None)
    if short + long >= 2:
        return list(_judge(doc, source, ko, en))
    hits = []
    for k, e, z in zip(ko, en, zs):
        if z is not None and not _QUIET_LOW[1] <= z <= _QUIET_HIGH[1]:
            hits.extend(_judge(doc, source, [k], [e]))
    return hits


def _trusted(pairs: list, lines: bool = False) -> bool:
    """One-to-one pairing holds unless two or more pairs are far off (then it is misaligned).
    Source lines against target lines (``lines``): unless two are far off the opposite ways."""
    short = long = 0
    for ko, en in pairs:
        if _size(ko) >= MIN_KO_WEIGHT:
            z = length_z(ko, _size(en))
            short += z < -Z_SUSPECT
            long += z > Z_SUSPECT
    # lines of a file or table are fixed boundaries: sentences split or merged differently
    # across them leave one pair short and a neighbour long; lines that are all short (or
    # all long) are each judged, the pairing is not to blame
    return short + long < 2 or (lines and not (short and long))


_QUIET_LOW = (-min(Z_SUSPECT, Z_CUT, Z_OMISSION), -min(Z_CUT, Z_OMISSION))
_QUIET_HIGH = (min(Z_SUSPECT, Z_ADDITION), Z_ADDITION)
"""A block whose z lies within these bounds yields no hit: a short hit needs below ``-Z_CUT``
(or ``-Z_OMISSION``), a long one above ``Z_ADDITION``, and :func:`_unmatched` beyond
``Z_SUSPECT`` too, but only where it has sentences to leave unmatched: index 1 (the wider
bound) applies when the block has no more Korean units than English ones (low bound) or
no more English units than Korean ones (high bound)."""


def length_hits(doc, source: str) -> list:
    """Hits (a list) for aligned units whose English is far too short or too long.

    The usual record (a one-line source, and not as many Korean as English sentences when
    there are several) is one whole-record block, which the plain alignment would make too: it
    is judged here from plain numbers, and its units are built only when its z leaves the
    quiet band ``[_QUIET_LOW, _QUIET_HIGH]``.  The z is the float :func:`length_z` computes
    (the same sums in the same order).  Any other record takes :func:`_aligned_hits`.  Tests
    keep both in step with the plain path (``tests/source_reference.py``)."""
    return _length_list(doc, source, [s for s in doc.segments if s.kind not in SKIP_KINDS])


def _length_list(doc, source: str, prose: list) -> list:
    """:func:`length_hits`, given the segments not in SKIP_KINDS, ``prose``."""
    if not prose:
        return []  # nothing to align: no block
    if not source.isprintable() and len(source.splitlines()) > 1:  # (breaks are unprintable)
        return _aligned_hits(doc, source, prose)  # lines to pair
    if KO_SENTENCE_END_RE.search(source) is None:
        # one line, no sentence end inside: split_korean gives one span (none when blank),
        # the source without its outer spaces, which weigh nothing: the source's weight
        spans = None
        n_ko = 1
        weight = 0 + ko_weight(source)  # what _size adds up for one unit
        if weight < MIN_KO_WEIGHT:
            return []  # too light to judge (or no Korean at all)
        log_expected, sd = _one_unit_terms(weight)
        z = (math.log(max(_en_chars(prose), 1)) - log_expected) / sd
    else:
        spans = split_korean(source)
        n_ko = len(spans)
        if n_ko == len(prose) > 1:  # sentences to pair
            return _aligned_hits(doc, source, prose)
        sizes = [ko_weight(source[s:e]) for s, e in spans]
        weight = sum(sizes)
        if weight < MIN_KO_WEIGHT:
            return []
        expected = sum(math.exp(expected_log_len(max(w, 1.0))) for w in sizes)
        z = _z(expected, weight, _en_chars(prose))
    if _QUIET_LOW[n_ko <= len(prose)] <= z <= _QUIET_HIGH[len(prose) <= n_ko]:
        return []
    ko = [Unit(start, end, ko_weight(source[start:end]))
          for start, end in (spans or split_korean(source))]
    return list(_judge(doc, source, ko, [_en_unit(s) for s in prose]))


@functools.lru_cache(maxsize=4096)
def _one_unit_terms(weight: float) -> tuple:
    """``(log(expected), sd)`` of :func:`length_z` for a single Korean unit of ``weight``,
    computed as it computes them (so its z is the same float).  Weights are multiples of
    LATIN_WEIGHT in a narrow range: few distinct values, cached."""
    expected = 0 + math.exp(expected_log_len(max(weight, 1.0)))  # _expected of one unit
    return math.log(expected), length_sd(max(weight, 1.0))


def _en_chars(prose: list) -> int:
    """The English characters of ``prose``: ``int(_size(en units))`` (an int sum)."""
    if len(prose) == 1:
        text = prose[0].text
        return len(text) - text.count(" ") if text.isprintable() else char_len(text)
    return sum(char_len(s.text) for s in prose)


def _judge(doc, source: str, ko: list, en: list):
    """The hit, if any, for one aligned block of Korean units ``ko`` and English ``en``."""
    if not ko or not en or _size(ko) < MIN_KO_WEIGHT:
        return
    chars = int(_size(en))
    z = length_z(ko, chars)
    start, end = en[0].start, en[-1].end
    extra = _unmatched(ko, en, z)
    if extra is not None:
        yield extra
        return
    if z < -Z_OMISSION or (z < -Z_CUT and _cut(doc.target, source, ko, en)):
        yield Hit(start, end, "much shorter than its source: " + _describe(z, ko, chars)
                  + "; something was probably left out", "", "major")
    elif z > Z_ADDITION:
        yield Hit(start, end, "much longer than its source: " + _describe(z, ko, chars)
                  + "; it may repeat or add text", "", "minor")


def _cut(target: str, source: str, ko: list, en: list) -> bool:
    """Does the English stop mid-sentence where its Korean ends a sentence?"""
    last = en[-1]
    return (target.count(" ", last.start, last.end) >= CUT_MIN_WORDS - 1
            and EN_CUT_RE.search(target, max(last.start, last.end - EN_CUT_TAIL), last.end)
            is not None
            and KO_END_RE.search(source, ko[-1].start, ko[-1].end) is not None)


def _unmatched(ko: list, en: list, z: float):
    """When one side has more sentences and the block is clearly off, a run of sentences
    that matches the other side well leaves the rest unmatched: English sentences with no
    source (an addition), or Korean sentences with no English (an omission)."""
    if z > Z_SUSPECT and len(en) > len(ko):
        for i in range(len(en)):
            for j in range(i + 1, len(en) + 1):
                if (i, j) == (0, len(en)):
                    continue
                inner = sum(u.size for u in en[i:j])
                if abs(length_z(ko, inner)) > Z_MATCH:
                    continue
                rest = [u for u in en[:i] + en[j:]]
                if sum(u.size for u in rest) >= MIN_EXTRA_EN:
                    return Hit(rest[0].start, rest[-1].end,
                               f"{len(rest)} sentence(s) here have no counterpart in the "
                               "source, whose Korean the sentence(s) beside them already "
                               "translate; added or repeated text", "", "minor")
    if z < -Z_SUSPECT and len(ko) > len(en):
        for i in range(len(ko)):
            for j in range(i + 1, len(ko) + 1):
                if (i, j) == (0, len(ko)) or sum(u.size for u in ko[i:j]) < MIN_KO_WEIGHT:
                    continue
                if abs(length_z(ko[i:j], sum(u.size for u in en))) > Z_MATCH:
                    continue
                rest = ko[:i] + ko[j:]
                if sum(u.size for u in rest) >= MIN_KO_WEIGHT:
                    return Hit(en[0].start, en[-1].end,
                               f"{len(rest)} of the {len(ko)} source sentences have no "
                               f"translation here (z = {z:+.1f} for the whole); something "
                               "was probably left out", "", "major")
    return None


def duplicate_hits(doc, source: str) -> list:
    """Hits for long runs of words that the target repeats (a doubled sentence or clause)."""
    return _duplicate_list(doc.target, [s for s in doc.segments if s.kind == "sentence"],
                           source)


def _duplicate_list(text: str, sentences: list, source: str) -> list:
    """:func:`duplicate_hits`, given the sentence segments."""
    if not sentences:
        return []
    keys = _word_keys(text, sentences)
    # _may_repeat is a necessary condition of _has_repeat: cheap, and decisive for short
    # texts, but an article repeats words and bigrams anyway (so it is skipped there)
    if ((len(keys) <= MAY_REPEAT_MAX_WORDS and not _may_repeat(keys))
            or not _has_repeat(keys)):
        return []  # the usual record: cheap necessary conditions already fail
    return list(_duplicates(text, sentences, source, keys))


def _duplicates(text: str, prose: list, source: str, low: list = None):
    """:func:`duplicate_hits` the full way: find the repeats word by word.  ``low``, when
    given, stands for the casefolded words (:func:`_word_keys`: equal where they are equal),
    and the caller has checked :func:`_has_repeat` on it.

    A word position ``j`` does something only where its DUP_MIN_WORDS-gram was seen at a
    visited position ``i`` with ``i + DUP_MIN_WORDS <= j`` (an event); elsewhere it only
    records the gram's first position.  Between events every position is visited, so the
    positions up to the next event are handled at once: the first positions of the grams of
    the run (``dict`` over the reversed run, under those seen before) and the first event
    (``map``/``compress``) are found without a Python loop; the event itself is handled as
    the plain word-by-word search handles it (``tests/source_reference.py``).  After MAX_SKIPS events the rest is walked word by
    word (a text of many short repeats would rebuild the run's table again and again).
    ``test_duplicates_match_the_plain_search`` compares the two."""
    if low is None:
        low = _folded_words(text, prose)
        if len(low) < 2 * DUP_MIN_WORDS:
            return
        # each word of the repeat has an earlier copy: at least DUP_MIN_WORDS recurring tokens
        if len(low) - len(set(low)) < DUP_MIN_WORDS or not _has_repeat(low):
            return
    if source and _repeats(WORD_RE.findall(source), KO_DUP_WORDS):
        return
    words = [m for s in prose for m in WORD_RE.finditer(text, s.start, s.end)]
    n = len(low)
    grams = list(zip(*[low[k:] for k in range(DUP_MIN_WORDS)]))  # grams[j]: the gram at j
    first = {}
    j = 0
    skips = 0
    while j + DUP_MIN_WORDS <= n:
        if skips < MAX_SKIPS:
            skips += 1
            # the run j, j+1, ...: first positions, the earlier ones (``first``) winning
            seen = dict(zip(reversed(grams[j:]), range(len(grams) - 1, j - 1, -1)))
            seen.update(first)
            event = next(itertools.compress(range(j, len(grams)), map(
                operator.ge, map(operator.sub, range(j, len(grams)),
                                 map(seen.__getitem__, grams[j:])),
                itertools.repeat(DUP_MIN_WORDS))), None)
            if event is None:
                return
            if event > j:  # the positions before the event record their grams
                run = dict(zip(reversed(grams[j:event]), range(event - 1, j - 1, -1)))
                run.update(first)
                first = run
            j = event
        gram = grams[j]
        i = first.get(gram)
        if i is None or i + DUP_MIN_WORDS > j:
            first.setdefault(gram, j)
            j += 1
            continue
        step, hit = _extend_repeat(text, words, low, i, j)
        if hit is not None:
            yield hit
        j += step


def _extend_repeat(text: str, words: list, low: list, i: int, j: int) -> tuple:
    """``(step, hit)`` for the words from ``j`` that repeat those from ``i`` (at least
    DUP_MIN_WORDS of them): the hit and the number of words it covers, or None and 1 when they
    are too short to count (the search moves on by ``step``)."""
    k = DUP_MIN_WORDS
    n = len(low)
    while j + k < n and i + k < j and low[i + k] == low[j + k]:
        k += 1
    start, end = words[j].start(), words[j + k - 1].end()
    if end - start < DUP_MIN_CHARS:
        return 1, None
    end = _through_punct(text, end)
    return k, Hit(start, end, f"these {k} words repeat the text at offset {words[i].start()} "
                              "word for word; the translation doubled a sentence or clause",
                  "", "minor")


MAY_REPEAT_MAX_WORDS = 120
"""Texts of more words skip :func:`_may_repeat` (it hardly ever rules a repeat out there)."""
MAX_SKIPS = 16
"""Events after which :func:`_duplicates` walks the rest word by word."""


_ASCII_WORD_FOLD = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122
                         or c == 39 else 32 for c in range(256))
"""A byte table: ASCII capitals to small letters, letters, digits and ``'`` kept, anything
else a space."""


def _folded_words(text: str, prose: list) -> list:
    """The casefolded words (``WORD_RE``) of the ``prose`` segments of ``text``, in order."""
    if text.isascii():  # casefold is lower and keeps every offset: fold once, then split
        folded = text.lower()
        return [w for s in prose for w in WORD_RE.findall(folded, s.start, s.end)]
    low = [w for s in prose for w in WORD_RE.findall(text, s.start, s.end)]
    return "\0".join(low).casefold().split("\0")  # casefold is per character


_NON_ASCII_MARKS_RE = re.compile(r"[^\x00-\x7f\w\u2019]+")
"""Non-ASCII characters that are never part of a ``WORD_RE`` word (curly quotes, dashes,
an ellipsis, a no-break space): not word characters, not the curly apostrophe."""


def _word_keys(text: str, prose: list) -> list:
    """One key per word of the ``prose`` segments of ``text``, in order; two keys are equal
    exactly when the casefolded words (:func:`_folded_words`) are equal.

    The keys are found without ``WORD_RE`` when the segments are ASCII, or become ASCII
    once the _NON_ASCII_MARKS_RE characters are made spaces (no word holds one, so the words
    stay the same) and a curly apostrophe is made ``'`` (when there is no ``'``: the words
    map one to one).  In ASCII, ``WORD_RE`` matches runs of letters and digits joined by
    single apostrophes, and casefolding is lowering.  After the byte table (capitals to
    small letters; letters, digits and ``'`` kept; anything else a space), an apostrophe
    that does not stand between two letters or digits has a space or another apostrophe
    beside it: made a space (all such at once, whatever the order), the runs between spaces
    are exactly the words, as bytes.  Segments are joined with a space, which no word
    crosses, as ``WORD_RE`` run on each segment alone.  Anything else (a non-ASCII letter)
    takes :func:`_folded_words`."""
    part = (text[prose[0].start:prose[0].end] if len(prose) == 1
            else " ".join(text[s.start:s.end] for s in prose))
    if not part.isascii():
        part = _NON_ASCII_MARKS_RE.sub(" ", part)
        if "\u2019" in part and "'" not in part:
            part = part.replace("\u2019", "'")
        if not part.isascii():
            return _folded_words(text, prose)
    folded = part.encode("ascii").translate(_ASCII_WORD_FOLD)
    if b"'" in folded:
        folded = b" " + folded + b" "
        while b" '" in folded or b"' " in folded or b"''" in folded:
            folded = folded.replace(b"''", b"  ").replace(b" '", b"  ").replace(b"' ", b"  ")
    return folded.split()


def _may_repeat(keys: list) -> bool:
    """Cheap necessary conditions for a non-overlapping repeat of DUP_MIN_WORDS words.

    The second copy's DUP_MIN_WORDS words each equal an earlier word, and its
    DUP_MIN_WORDS - 1 bigrams each equal an earlier bigram: the words (bigrams) that repeat
    an earlier one are at least that many, and there are at least 2 * DUP_MIN_WORDS words.
    False rules a repeat out; True leaves it to the full search."""
    n = len(keys)
    return (n >= 2 * DUP_MIN_WORDS and n - len(set(keys)) >= DUP_MIN_WORDS
            and n - 1 - len(set(itertools.pairwise(keys))) >= DUP_MIN_WORDS - 1)


def _has_repeat(low: list) -> bool:
    """Does some DUP_MIN_WORDS-gram of ``low`` recur without overlapping its first copy?

    Such a recurrence exists exactly when some gram lies DUP_MIN_WORDS or more after its
    first occurrence.  The grams and their first positions are built by ``zip`` and ``dict``
    (last write wins: the reversed walk keeps the first position), the distances by ``map``;
    when no gram recurs at all (the dict is as long as the grams), the answer is no at once.
    A test keeps it in step with the plain search (``tests/source_reference.py``).  ``low`` may
    be the casefolded words or :func:`_word_keys` (equal exactly where the words are)."""
    n = len(low) - DUP_MIN_WORDS + 1
    if n <= 0:
        return False
    grams = list(zip(*[low[k:] for k in range(DUP_MIN_WORDS)]))
    first = dict(zip(reversed(grams), range(n - 1, -1, -1)))
    if len(first) == n:
        return False
    return max(map(operator.sub, range(n), map(first.__getitem__, grams))) >= DUP_MIN_WORDS


def _through_punct(text: str, end: int) -> int:
    while end < len(text) and text[end] in ".!?\"”’')":
        end += 1
    return end


def _repeats(tokens: list, n: int) -> bool:
    """Does some ``n``-gram of ``tokens`` occur twice (overlapping or not)?  Exactly when
    the set of the ``n``-grams is smaller than their count."""
    count = len(tokens) - n + 1
    return count > 0 and len(set(zip(*[tokens[k:] for k in range(n)]))) < count


@rule("TQ602", "length-mismatch", "Accuracy/Omission", "major", scope="document",
      flag=(("Park said.", "박진 외교부 장관은 22일 중앙아시아와의 협력이 정부의 글로벌 중추국가 비전 "
                           "실현에 매우 중요하다고 말했다."),
            ("Aid was given.", "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 "
                                        "밝혔다."),
            ("The government said it provided 300 million",
             "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 밝혔다."),
            ("The government said it provided 300 million won in emergency aid to residents "
             "of areas hit by heavy rain. The government said it provided 300 million won in "
             "emergency aid to residents of areas hit by heavy rain.",
             "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 밝혔다.")),
      ok=(("Foreign Minister Park Jin said on June 22 that cooperation with Central Asia is "
           "very important for the government's global pivotal state vision.",
           "박진 외교부 장관은 22일 중앙아시아와의 협력이 정부의 글로벌 중추국가 비전 실현에 매우 "
           "중요하다고 말했다."),
          ("The government said it provided 300 million won in emergency aid to residents of "
           "areas hit by heavy rain.",
           "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 밝혔다.")))
def length_mismatch(doc, ctx):
    """Target far shorter or longer than the Korean source predicts (omission or addition).

    English news copy runs about 2.2 times the Korean's characters.  A translation far
    shorter than that has usually lost a clause, a quote or a sentence (MT truncation, a
    segment dropped by the pipeline); one far longer has usually gained repeated or
    hallucinated text.  Source and target are paired first (line by line when the line
    counts agree, sentence by sentence when the sentence counts agree), so a truncated
    sentence inside a long record is judged on its own, against a band that is wider for
    short units (and narrower when the English visibly stops mid-sentence: no end mark, or
    ``the.``); otherwise the record is judged whole.  A long run of words the English
    says twice is a doubled sentence (found also without a source).
    Omissions are major, additions minor.

    Flagged: a 60-character Korean sentence rendered as ``Park said.``
    Clean:   a translation within the usual band (about 1.5x-3.5x the Korean characters).
    """
    source = doc.record.source or ""
    segments = doc.segments
    if len(segments) == 1 and segments[0].kind == "sentence":
        sentences = segments  # the usual one-sentence record: no list to filter
    else:
        sentences = [s for s in segments if s.kind == "sentence"]
    dups = _duplicate_list(doc.target, sentences, source)
    if not source or source.isspace():  # not source.strip(), without the copy
        return dups
    # sentences are never in SKIP_KINDS: when every segment is one, they are the prose
    hits = _length_list(doc, source, sentences if len(sentences) == len(segments) else
                        [s for s in segments if s.kind not in SKIP_KINDS])
    if not hits:
        return dups
    covered = [(h.start, h.end) for h in dups]
    # a minor (too long) hit over doubled text is dropped: the doubling explains the length
    return dups + [hit for hit in hits if hit.severity != "minor"
                   or not any(a < hit.end and hit.start < b for a, b in covered)]

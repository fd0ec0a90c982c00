"""TQ6xx: the target against its source: untranslated segments and length mismatches.

These rules look at the record as a whole.  ``untranslated-segment`` also works without a
source (a sentence that is mostly Hangul is not English); ``length-mismatch`` needs the
Korean to predict how long the English should be.
"""
from __future__ import annotations

import math
import re
import unicodedata

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
_SPACE_RE = re.compile(r"\s+")


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split()[0]


def _normalize(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip().casefold()


@rule("TQ601", "untranslated-segment", "Accuracy/Untranslated text", "critical",
      scope="document",
      flag=("정부는 3억 원을 지원했다고 밝혔다.", "Park said so.\n\n외교부 장관은 중앙아시아 협력이 중요하다고 말했다."),
      ok=("The government said it provided 300 million won.",
          "The 여당 (ruling party) agreed."))
def untranslated_segment(doc, ctx):
    """A segment left untranslated: mostly Korean (or another non-Latin script), or a copy of the source.

    Machine translation pipelines skip segments they fail on (a timeout, a segment too long,
    a quote the engine refused) and pass the Korean through unchanged, or editors paste the
    source where the translation should be.  A headline, caption or sentence whose letters
    are mostly Hangul/Hanja, or that repeats the source verbatim, is reported whole.  Hangul
    runs inside an otherwise English sentence are ``untranslated-hangul`` (TQ401).

    Flagged: ``정부는 3억 원을 지원했다고 밝혔다.`` in the English target.
    Clean:   ``The 여당 (ruling party) agreed.`` (a Hangul run, not a Korean sentence).
    """
    source = doc.record.source or ""
    norm_source = _normalize(source) if source else ""
    for seg in doc.segments:
        if seg.kind not in PROSE_KINDS:
            continue
        letters = [c for c in seg.text if c.isalpha()]
        if len(letters) >= MIN_LETTERS:
            scripts = [_script(c) for c in letters]
            foreign = [s for s in scripts if s != "LATIN"]
            weight = sum(DENSE_WEIGHT if s in DENSE_SCRIPTS else 1 for s in foreign)
            if weight / (weight + len(letters) - len(foreign)) > NON_LATIN_SHARE:
                main = max(set(foreign), key=foreign.count).title()
                yield Hit(seg.start, seg.end,
                          f"segment is not English: {len(foreign)} of {len(letters)} letters "
                          f"are {main}; it was left untranslated")
                continue
        if norm_source:
            norm = _normalize(seg.text)
            if len(norm) >= MIN_COPIED_CHARS and len(norm.split()) >= 3 and norm in norm_source:
                yield Hit(seg.start, seg.end,
                          "segment is a copy of the source text; it was not translated")


# ---------------------------------------------------------------- TQ602 length-mismatch

# Fitted by bench/calibrate_length.py on the 1,000 aligned pairs of
# ../shared/data/korean-english-park.dev.{ko,en} (professional news translations): over the
# 950 pairs whose Korean has >= 20 non-space characters, log(en chars / ko chars) has median
# 0.769 (English is about 2.2x the Korean), 0.5th percentile -0.389 and 99.5th percentile
# 1.642.  A margin of LENGTH_MARGIN beyond those percentiles keeps clean pairs silent
# (multi-sentence documents vary less than single sentences, so the band is conservative).
LENGTH_LOG_RATIO_MEDIAN = 0.769
LENGTH_LOG_RATIO_LOW = -0.389
LENGTH_LOG_RATIO_HIGH = 1.642
LENGTH_MARGIN = 0.2
MIN_KO_CHARS = 20
"""Shorter sources predict too little to judge (their ratio spread is far wider)."""
SKIP_KINDS = ("boilerplate", "byline")


def char_len(text: str) -> int:
    """Characters other than white space (Korean spacing varies; English spacing is regular)."""
    return sum(1 for c in text if not c.isspace())


@rule("TQ602", "length-mismatch", "Accuracy/Omission", "major", scope="document",
      requires=("source",),
      flag=(("Park said.", "박진 외교부 장관은 22일 중앙아시아와의 협력이 정부의 글로벌 중추국가 비전 "
                           "실현에 매우 중요하다고 말했다."),
            ("Aid was given.", "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 "
                                        "밝혔다.")),
      ok=(("Foreign Minister Park Jin said on June 22 that cooperation with Central Asia is "
           "very important for the government's global pivotal state vision.",
           "박진 외교부 장관은 22일 중앙아시아와의 협력이 정부의 글로벌 중추국가 비전 실현에 매우 "
           "중요하다고 말했다."),
          ("The government said it provided 300 million won in emergency aid to residents of "
           "areas hit by heavy rain.",
           "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 밝혔다.")))
def length_mismatch(doc, ctx):
    """Target far shorter or longer than the Korean source predicts (omission or addition).

    English news copy runs about 2.2 times the Korean's characters (non-space).  A
    translation far shorter than that has usually lost a clause, a quote or a paragraph (MT
    truncation, a segment dropped by the pipeline); one far longer has usually gained
    repeated or hallucinated text.  The band is the 0.5th-99.5th percentile of professional
    translations plus a margin, so clean pairs almost never fire.

    Flagged: a 60-character Korean sentence rendered as ``Park said.``
    Clean:   a translation within the usual 0.7x-5x band.
    """
    source = doc.record.source or ""
    ko = char_len(source)
    if ko < MIN_KO_CHARS:
        return
    segs = [s for s in doc.segments if s.kind not in SKIP_KINDS]
    if not segs:
        return
    en = sum(char_len(s.text) for s in segs)
    start, end = segs[0].start, segs[-1].end
    expected = ko * math.exp(LENGTH_LOG_RATIO_MEDIAN)
    if en == 0:
        yield Hit(start, end, f"the target is empty; the source has {ko} characters")
        return
    ratio = math.log(en / ko)
    if ratio < LENGTH_LOG_RATIO_LOW - LENGTH_MARGIN:
        yield Hit(start, end,
                  f"the target is {en / expected:.0%} of the length the source predicts "
                  f"({en} characters for {ko} Korean characters; expected about "
                  f"{expected:.0f}): something was probably left out", "", "major")
    elif ratio > LENGTH_LOG_RATIO_HIGH + LENGTH_MARGIN:
        yield Hit(start, end,
                  f"the target is {en / expected:.1f}x the length the source predicts "
                  f"({en} characters for {ko} Korean characters; expected about "
                  f"{expected:.0f}): it may repeat or add text", "", "minor")

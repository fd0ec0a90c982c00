"""From per-token log-probabilities to tqcheck's fluency numbers (no torch here).

- ``lm_nll``: mean negative log-likelihood per token (nats).
- ``lm_slor``: SLOR (Kann et al. 2018), ``(ln p_LM(S) - ln p_U(S)) / n_tokens``.  The unigram
  model is ``wordfreq``'s English word frequencies over *words*, not LM tokens: a subword
  token has no meaningful unigram frequency, so each word (``WORD_RE``) contributes
  ``ln wordfreq(word)`` once, floored at ``UNIGRAM_FLOOR`` for words wordfreq does not know
  (names, codes).  Punctuation and symbols are outside the unigram model (probability 1), so
  they enter SLOR only through their LM log-probability.  The LM side sums every token.
- ``fluency``: 0-100 from a calibration file (see ``bench/calibrate_lm.py``): a logistic map
  of the calibrated score with 90 at the calibration set's median and 50 at its 90th
  percentile of badness.  For SmolLM2-135M the score is SLOR, because it ranks MT systems'
  translations of the same sentence closer to expert MQM than mean NLL does (item-level
  Kendall tau 0.058 vs 0.043 on WMT21 TED zh-en, ``bench/lm_agreement.py``).
- ``low-fluency`` spans: windows of consecutive words whose mean token surprisal, after
  discounting rare words (see ``rarity_credit``), is above anything but the worst few
  sentences of the calibration set (see ``find_spans``), widened to whole words.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

import numpy as np

WORD_RE = re.compile(r"\w+(?:['’\-.]\w+)*")
"""A word for SLOR and for span boundaries: letters/digits joined by apostrophes, hyphens or
inner dots (``Korea's``, ``co-prosperity``, ``U.S``)."""
UNIT_RE = re.compile(r"\w+(?:['’\-.]\w+)*|[^\w\s]")
"""Span units: a word or a single punctuation mark (a stray quote can be a span on its own)."""
UNIGRAM_FLOOR = 1e-9
"""wordfreq reports 0 below about 1e-8 for English; unknown words get this floor."""
RARE_FREQ = 1e-4
"""Span score: a word rarer than this (wordfreq) has its surprisal beyond ``-ln RARE_FREQ``
credited back, so names, numbers and foreign terms do not light up for being rare, while
common words (``Central and central cooperation``) keep their full surprisal.  Chosen on
the calibration set, seeds/000 and WMT21 TED MQM (see ``bench/calibrate_lm.py --mqm``)."""
UNKNOWN_NAME_FREQ = UNIGRAM_FLOOR
"""Span score: the frequency assumed for a word wordfreq does not know that is capitalized or
holds a digit (``Tokuda``, ``KF-21``): almost always a name, number or code."""
UNKNOWN_WORD_FREQ = 1e-6
"""Span score: the frequency assumed for an unknown lower-case word: it may be a rare term
(``hanbok``) or garbage (``cooperationn``), so it gets a partial credit only."""
SPAN_SCORES = ("surprisal", "rare-discounted")
"""``spans.score`` in a calibration: ``surprisal`` (the plain mean token surprisal of a window;
the default for calibrations that do not name one) or ``rare-discounted`` (the same minus
each word's ``rarity_credit``)."""


class SegmentLM(NamedTuple):
    """The language model's numbers for one segment (or, aggregated, one document)."""

    lm_nll: float
    lm_slor: float
    fluency: Optional[float]
    tokens: int


class Calibration(NamedTuple):
    """What ``fluency`` and ``low-fluency`` are measured against (one per model)."""

    data: dict

    @property
    def digest(self) -> str:
        blob = json.dumps(self.data, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def fluency(self, nll: float, slor: float) -> Optional[float]:
        f = self.data["fluency"]
        x = _fluency_input(f["score"], nll, slor)
        if x is None or not math.isfinite(x):
            return None
        z = math.log(9.0) - (x - f["median"]) / f["scale"]
        return round(100.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0))), 2)


def _fluency_input(score: str, nll: float, slor: float) -> Optional[float]:
    """The number fluency is a decreasing function of (higher = worse)."""
    if score == "lm_nll":
        return nll
    if score == "neg_slor":
        return -slor
    raise ValueError(f"unknown fluency score {score!r} in calibration")


def load_calibration(path: Path) -> Optional[Calibration]:
    try:
        return Calibration(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


@lru_cache(maxsize=200_000)
def unigram_logprob(word: str) -> float:
    """Natural-log unigram probability of ``word`` from wordfreq (lower-cased)."""
    from wordfreq import word_frequency  # imported late: only the LM layer needs it

    return math.log(max(word_frequency(word.lower(), "en"), UNIGRAM_FLOOR))


def segment_numbers(text: str, logprobs: np.ndarray) -> tuple:
    """``(lm_nll, lm_slor, tokens)`` for one text's token log-probabilities."""
    lp = logprobs[np.isfinite(logprobs)]
    n = int(lp.size)
    if n == 0:
        return (float("nan"), float("nan"), 0)
    total = float(lp.sum(dtype=np.float64))
    uni = sum(unigram_logprob(m.group()) for m in WORD_RE.finditer(text))
    return (-total / n, (total - uni) / n, n)


def aggregate(parts: Sequence[SegmentLM]) -> Optional[SegmentLM]:
    """Token-weighted mean of segments' numbers (fluency likewise, so one garbled sentence
    pulls its article down in proportion to its length)."""
    parts = [p for p in parts if p.tokens]
    n = sum(p.tokens for p in parts)
    if not n:
        return None
    nll = sum(p.lm_nll * p.tokens for p in parts) / n
    slor = sum(p.lm_slor * p.tokens for p in parts) / n
    flu = [p for p in parts if p.fluency is not None]
    fluency = (round(sum(p.fluency * p.tokens for p in flu) / sum(p.tokens for p in flu), 2)
               if flu else None)
    return SegmentLM(nll, slor, fluency, n)


class Span(NamedTuple):
    """A low-fluency span: character offsets in the scored text and its tokens."""

    start: int
    end: int
    mean_surprisal: float
    tokens: tuple
    """``((token_text, probability), ...)``"""
    score: float = math.nan
    """The highest window score in the span (what was compared with the threshold)."""
    measure: str = "surprisal"
    """Which window score (``SPAN_SCORES``)."""


@lru_cache(maxsize=200_000)
def rarity_credit(unit: str, rare_freq: float = RARE_FREQ) -> float:
    """Nats subtracted from a span unit's total surprisal for the ``rare-discounted`` score:
    ``max(0, ln rare_freq - ln f)`` where ``f`` is the word's wordfreq frequency, or
    ``UNKNOWN_NAME_FREQ`` / ``UNKNOWN_WORD_FREQ`` for words wordfreq does not know.
    Punctuation gets none.

    >>> rarity_credit("the"), rarity_credit(",")
    (0.0, 0.0)
    >>> rarity_credit("Tokuda") > rarity_credit("tokudaa") > 0
    True
    """
    if not unit[0].isalnum():
        return 0.0
    from wordfreq import word_frequency

    f = word_frequency(unit.lower(), "en")
    if f <= 0:
        f = UNKNOWN_NAME_FREQ if (unit[0].isupper() or any(c.isdigit() for c in unit)) \
            else UNKNOWN_WORD_FREQ
    return max(0.0, math.log(rare_freq) - math.log(f))


def _units(text: str) -> list:
    return [(m.start(), m.end()) for m in UNIT_RE.finditer(text)]


def unit_surprisals(text: str, offsets: Sequence, logprobs: np.ndarray) -> tuple:
    """Map tokens to span units; returns ``(units, token_unit)`` where ``token_unit[i]`` is the
    unit index of token ``i`` (by the first non-space character of its span), or -1."""
    units = _units(text)
    starts = [u[0] for u in units]
    token_unit = []
    import bisect

    for (s, e) in offsets:
        while s < e and text[s].isspace():
            s += 1
        if s >= e:
            token_unit.append(-1)
            continue
        k = bisect.bisect_right(starts, s) - 1
        token_unit.append(k if k >= 0 and s < units[k][1] else -1)
    return units, token_unit


def window_scores(token_unit: Sequence[int], surprisal: np.ndarray, n_units: int,
                  width: int, credit: Optional[Sequence[float]] = None) -> list:
    """For each run of ``width`` consecutive units: ``(first_unit, score)`` where the score is
    the tokens' total surprisal, minus ``credit[u]`` for each unit ``u`` of the run that has
    tokens (none when ``credit`` is None), divided by the number of tokens; runs without
    tokens are skipped over."""
    per_unit = [[] for _ in range(n_units)]
    for i, u in enumerate(token_unit):
        if u >= 0 and math.isfinite(surprisal[i]):
            per_unit[u].append(float(surprisal[i]))
    out = []
    for a in range(0, max(0, n_units - width + 1)):
        vals = [v for u in range(a, a + width) for v in per_unit[u]]
        if vals:
            minus = sum(credit[u] for u in range(a, a + width) if per_unit[u]) if credit else 0.0
            out.append((a, (sum(vals) - minus) / len(vals)))
    return out


def span_windows(text: str, offsets: Sequence, logprobs: np.ndarray, spec: dict) -> tuple:
    """``(units, token_unit, windows)`` of ``text`` under a calibration's ``spans`` spec
    (``width``, optional ``score`` and ``rare_freq``): what ``find_spans`` thresholds and
    ``bench/calibrate_lm.py`` calibrates."""
    score = spec.get("score", "surprisal")
    if score not in SPAN_SCORES:
        raise ValueError(f"unknown span score {score!r} in calibration")
    surprisal = -np.asarray(logprobs, dtype=np.float64)
    units, token_unit = unit_surprisals(text, offsets, logprobs)
    credit = None
    if score == "rare-discounted":
        rare = float(spec.get("rare_freq", RARE_FREQ))
        credit = [rarity_credit(text[s:e], rare) for s, e in units]
    return units, token_unit, window_scores(token_unit, surprisal, len(units),
                                            int(spec["width"]), credit)


def find_spans(text: str, offsets: Sequence, logprobs: np.ndarray, cal: Calibration) -> list:
    """Low-fluency spans of ``text``: every window of ``width`` consecutive words whose score
    (``spans.score``: mean token surprisal, by default less each rare word's
    ``rarity_credit``) exceeds the calibration threshold (set so that only the worst few
    professional news sentences reach it), merged where windows overlap, as whole words."""
    spec = cal.data["spans"]
    width, threshold = int(spec["width"]), float(spec["threshold"])
    measure = spec.get("score", "surprisal")
    surprisal = -np.asarray(logprobs, dtype=np.float64)
    units, token_unit, windows = span_windows(text, offsets, logprobs, spec)
    spans = []
    for a, m in windows:
        if not m > threshold:
            continue
        b = min(a + width, len(units)) - 1
        if spans and a <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], b)
            spans[-1][2] = max(spans[-1][2], m)
        else:
            spans.append([a, b, m])
    out = []
    for a, b, peak in spans:
        start, end = units[a][0], units[b][1]
        toks = [(text[s:e], math.exp(-surprisal[i])) for i, (s, e) in enumerate(offsets)
                if a <= token_unit[i] <= b]
        vals = [-math.log(max(p, 1e-300)) for _, p in toks]
        out.append(Span(start, end, sum(vals) / len(vals), tuple(toks), peak, measure))
    return out


def span_message(span: Span, threshold: float) -> str:
    shown = ", ".join(f"{t.strip() or repr(t)} {p:.1e}" for t, p in span.tokens[:8])
    more = f", … ({len(span.tokens)} tokens)" if len(span.tokens) > 8 else ""
    if span.measure == "rare-discounted":
        why = (f"mean surprisal {span.mean_surprisal:.1f} nats/token; {span.score:.1f} after "
               f"discounting rare words such as names, above {threshold:.1f} on professional "
               f"news")
    else:
        why = (f"mean surprisal {span.mean_surprisal:.1f} nats/token, above {threshold:.1f} on "
               f"professional news")
    return (f"the language model finds these words very unlikely ({why}); "
            f"token probabilities: {shown}{more}")

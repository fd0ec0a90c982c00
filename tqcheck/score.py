"""Penalties (MQM weights), the combined quality score and the band.

**Penalty.** WMT's MQM weights (Freitag et al. 2021): critical 25, major 5, minor 1, minor
``Fluency/Punctuation`` 0.1, info 0; per segment and per record, and per 100 words.

**Quality** (0-100, higher is better) estimates how a professional MQM annotator would score
the text, from what tqcheck measured::

    mqm_hat  = penalty_per_100w + w_fluency * (100 - fluency) / 100
                                + w_chrf    * (100 - chrf)    / 100
    quality  = 100 * exp(-mqm_hat / TAU)                 TAU = 25

- ``penalty_per_100w`` is already in MQM units (the findings carry MQM weights), so it enters
  with weight 1: every finding lowers quality, nothing about it is fitted.
- The other terms estimate the MQM points per 100 words of the errors rules cannot see
  (mistranslations, awkward style), from LM fluency and, when a reference exists, chrF++;
  they are 0 for fluency and chrF++ of 100.  The weights are **fitted** by
  ``bench/fit_quality.py`` on expert MQM annotations (``mqm_ted_zhen.tsv``: their ratio by a
  pairwise ranking model of translations of the same sentence, their scale by least squares
  against the human MQM; cross-validated by talk) and stored in
  ``tqcheck/data/quality_weights.json``.  Weights are >= 0, so quality is monotone:
  non-increasing in penalty, non-decreasing in fluency and chrF++.
- One model per available signal: ``penalty+fluency+chrf``, ``penalty+chrf`` (LM off),
  ``penalty+fluency`` (reference-free), ``penalty`` (LM off, no reference: quality reflects
  the findings only).  A model the weights file lacks falls back to the same model without
  fluency.
- ``TAU = 25``: the critical weight.  One critical error (or five major ones) per 100 words
  gives quality 37; one major error in a 20-word sentence (25 per 100 words) also 37; one
  minor error in 20 words (5 per 100) gives 82.  So the default bands (pass >= 80, fail < 50)
  read: pass = under about 5.6 MQM points per 100 words, fail = over about 17.3.
"""
from __future__ import annotations

import functools
import json
import math
from pathlib import Path
from typing import Optional

WEIGHTS = {"critical": 25.0, "major": 5.0, "minor": 1.0, "info": 0.0}
MINOR_PUNCTUATION_WEIGHT = 0.1
TAU = 25.0
"""Scale of the quality curve, in MQM points per 100 words (the critical weight)."""
WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "quality_weights.json"
FEATURES = ("fluency", "chrf")


def finding_weight(severity: str, category: str) -> float:
    """MQM weight of one finding.

    >>> finding_weight("minor", "Fluency/Punctuation")
    0.1
    >>> finding_weight("major", "Fluency/Punctuation")
    5.0
    """
    if severity == "minor" and category == "Fluency/Punctuation":
        return MINOR_PUNCTUATION_WEIGHT
    return WEIGHTS[severity]


def penalty(findings) -> float:
    """Sum of MQM weights of ``findings`` (anything with ``severity`` and ``category``)."""
    return round(sum(finding_weight(f.severity, f.category) for f in findings), 4)


def per_100_words(value: float, words: int) -> float:
    return round(100.0 * value / max(words, 1), 4)


@functools.lru_cache(maxsize=None)
def load_weights(path: Optional[str] = None) -> dict:
    """The fitted quality models (``{"models": {name: {"w": {feature: weight}}}, ...}``),
    read once per process (pass ``path`` as a string: the result is cached)."""
    with open(path or WEIGHTS_FILE, encoding="utf-8") as fh:
        data = json.load(fh)
    for name, model in data.get("models", {}).items():
        for feature, weight in model.get("w", {}).items():
            if feature not in FEATURES or not weight >= 0:
                raise ValueError(f"{path or WEIGHTS_FILE}: model {name}: bad weight "
                                 f"{feature}={weight} (features {FEATURES}, weights >= 0)")
    return data


def model_name(fluency: bool, chrf: bool) -> str:
    """``penalty``, ``penalty+fluency``, ``penalty+chrf`` or ``penalty+fluency+chrf``."""
    return "penalty" + ("+fluency" if fluency else "") + ("+chrf" if chrf else "")


def _model(has_fluency: bool, has_chrf: bool, weights: dict):
    models = weights.get("models", {})
    for name in (model_name(has_fluency, has_chrf), model_name(False, has_chrf)):
        if name in models:
            return models[name]
    return None


def unseen_mqm(fluency: Optional[float] = None, chrf: Optional[float] = None,
               weights: Optional[dict] = None) -> float:
    """The fitted estimate of MQM points per 100 words that rules do not catch:
    ``sum_k w_k * (100 - x_k) / 100`` over the model's features (0 when neither fluency nor
    chrF++ is known; values are clipped to 0-100).

    >>> w = {"models": {"penalty+chrf": {"w": {"chrf": 20.0}}}}
    >>> unseen_mqm(chrf=60, weights=w), unseen_mqm(chrf=100, weights=w)
    (8.0, 0.0)
    """
    has_f = fluency is not None and not _nan(fluency)
    has_c = chrf is not None and not _nan(chrf)
    if not (has_f or has_c):
        return 0.0
    model = _model(has_f, has_c, weights or load_weights())
    if model is None:
        return 0.0
    values = {"fluency": fluency, "chrf": chrf}
    total = 0.0
    for feature, weight in model["w"].items():
        value = values[feature]
        if value is None or _nan(value):
            continue
        total += weight * (100.0 - min(max(float(value), 0.0), 100.0)) / 100.0
    return total


def quality(penalty_per_100w: float, fluency: Optional[float] = None,
            chrf: Optional[float] = None, weights: Optional[dict] = None) -> float:
    """0-100, higher is better: ``100 * exp(-(penalty_per_100w + unseen_mqm) / TAU)``.

    Monotone: non-increasing in penalty, non-decreasing in fluency and chrF (module doc).

    >>> quality(0.0)
    100.0
    >>> quality(25.0)
    36.79
    >>> w = {"models": {"penalty+chrf": {"w": {"chrf": 20.0}}}}
    >>> quality(0.0, chrf=40, weights=w) < quality(0.0, chrf=80, weights=w) < 100
    True
    """
    pen = 0.0 if _nan(penalty_per_100w) else max(float(penalty_per_100w), 0.0)
    mqm_hat = pen + unseen_mqm(fluency, chrf, weights)
    return round(100.0 * math.exp(-mqm_hat / TAU), 2)


def band(quality_value: float, pass_quality: float, fail_quality: float) -> str:
    """``pass`` at or above ``pass_quality``, ``fail`` below ``fail_quality``, else ``review``.

    >>> band(85, 80, 50), band(60, 80, 50), band(10, 80, 50)
    ('pass', 'review', 'fail')
    """
    if quality_value >= pass_quality:
        return "pass"
    if quality_value < fail_quality:
        return "fail"
    return "review"


def _nan(x) -> bool:
    try:
        return math.isnan(float(x))
    except (TypeError, ValueError):
        return True

"""Penalties (MQM weights), the combined quality score and the band.

Weights are WMT's MQM weights (Freitag et al. 2021): critical 25, major 5, minor 1, minor
``Fluency/Punctuation`` 0.1, info 0.
"""
from __future__ import annotations

import math
from typing import Optional

WEIGHTS = {"critical": 25.0, "major": 5.0, "minor": 1.0, "info": 0.0}
MINOR_PUNCTUATION_WEIGHT = 0.1


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


def quality(penalty_per_100w: float, fluency: Optional[float] = None,
            chrf: Optional[float] = None) -> float:
    """0-100, higher is better; monotone: decreasing in penalty, increasing in fluency and
    chrF.  (Weights are fitted by ``bench/fit_quality.py``.)"""
    q = 100.0 * math.exp(-penalty_per_100w / 10.0)
    parts, weights = [q], [1.0]
    if fluency is not None and not _nan(fluency):
        parts.append(float(fluency))
        weights.append(0.5)
    if chrf is not None and not _nan(chrf):
        parts.append(float(chrf))
        weights.append(1.0)
    return round(sum(p * w for p, w in zip(parts, weights)) / sum(weights), 2)


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

"""The CI gate: does this run fail the build?

``exit_code(report, config)`` is 1 when any finding is at or above ``config.fail_on``
(``never`` ignores findings), or when any record is below ``config.min_quality`` or above
``config.max_penalty``; otherwise 0.  (Exit codes 2, bad usage or unreadable input, and 3,
interrupted, are the CLI's.)  ``failing_documents`` says which records fail and why, for the
text summary, JUnit and JSON outputs.
"""
from __future__ import annotations

from typing import NamedTuple

from tqcheck.records import SEVERITY_RANK
from tqcheck.report import as_number

EXIT_OK = 0
EXIT_FINDINGS = 1


class GateFailure(NamedTuple):
    """One record that fails the gate, and why (one sentence)."""

    doc_id: str
    reason: str


def at_or_above(severity: str, fail_on: str) -> bool:
    """Whether a finding of ``severity`` trips a gate set to ``fail_on``.

    >>> at_or_above("major", "major"), at_or_above("minor", "major"), at_or_above("critical", "never")
    (True, False, False)
    """
    if fail_on == "never":
        return False
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


def gating_findings(report, config):
    """The rows of ``report.findings`` at or above ``config.fail_on``."""
    df = report.findings
    if df.empty or config.fail_on == "never":
        return df.iloc[0:0]
    return df[df["severity"].map(lambda s: at_or_above(s, config.fail_on))]


def threshold_reasons(quality, penalty, config) -> list:
    """Why a record with this ``quality`` and ``penalty`` fails ``--min-quality`` /
    ``--max-penalty`` (empty when it passes both).

    >>> from tqcheck.config import Config
    >>> threshold_reasons(40.0, 2.0, Config(min_quality=50, max_penalty=1))
    ['quality 40 is below the minimum 50', 'penalty 2 is above the maximum 1']
    """
    reasons = []
    quality, penalty = as_number(quality), as_number(penalty)
    if config.min_quality is not None and quality is not None and quality < config.min_quality:
        reasons.append(f"quality {quality:g} is below the minimum {config.min_quality:g}")
    if config.max_penalty is not None and penalty is not None and penalty > config.max_penalty:
        reasons.append(f"penalty {penalty:g} is above the maximum {config.max_penalty:g}")
    return reasons


def failing_documents(report, config) -> list:
    """``GateFailure`` for every record below ``min_quality`` or above ``max_penalty`` and for
    every record with a finding at or above ``fail_on``, in document order."""
    out = []
    gating = gating_findings(report, config)
    counts = gating["doc_id"].value_counts().to_dict() if not gating.empty else {}
    for row in report.documents.itertuples(index=False):
        reasons = []
        if row.doc_id in counts:
            n = int(counts[row.doc_id])
            reasons.append(f"{n} finding{'s' if n != 1 else ''} at or above {config.fail_on}")
        reasons.extend(threshold_reasons(row.quality, row.penalty, config))
        if reasons:
            out.append(GateFailure(row.doc_id, "; ".join(reasons)))
    return out


def exit_code(report, config) -> int:
    """0 when the run passes the gate, 1 when it does not."""
    if not gating_findings(report, config).empty:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if failing_documents(report, config) else EXIT_OK

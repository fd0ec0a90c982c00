"""tqcheck: checks English machine translations of Korean news.

Finds the damage machine translation leaves (garbled headlines, unbalanced quotes, doubled
attribution, caption and byline residue, untranslated Hangul, mojibake, misspelled names,
number-unit errors) with exact character spans, scores fluency with a language model and
against references with sacrebleu, and writes pandas reports.

``import tqcheck`` is cheap: torch, transformers and sacrebleu load only when used.
"""
__version__ = "0.1.0"


def check_frame(records, config=None):
    """Run the whole pipeline over a pandas frame; see :func:`tqcheck.pipeline.check_frame`."""
    from tqcheck.config import Config
    from tqcheck.pipeline import check_frame as _check_frame

    return _check_frame(records, config or Config())

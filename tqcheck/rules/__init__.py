"""Rules, one module per family; ``registry`` holds their identities.

``load_all`` imports every family module once so that their ``@rule`` decorators register.
Rules never print, log, read files, or import torch or pandas.
"""
from __future__ import annotations

import importlib

FAMILIES = (
    "tqcheck.rules.punctuation",   # TQ1xx punctuation and quotes
    "tqcheck.rules.attribution",   # TQ2xx attribution, headline, repeated words
    "tqcheck.rules.residue",       # TQ3xx page/caption/byline/dateline/copyright residue
    "tqcheck.rules.script",        # TQ4xx untranslated Hangul, mojibake
    "tqcheck.rules.names_numbers", # TQ5xx dates, names, numbers
    "tqcheck.rules.source",        # TQ6xx target vs source (untranslated, length)
    "tqcheck.rules.internal",      # TQ7xx fluency (external), TQ9xx internal
)

_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in FAMILIES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # A family module that does not exist yet is skipped; any other import error
            # (a bug inside a family) propagates.
            if exc.name != name:
                raise

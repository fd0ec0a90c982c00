"""Language packs: everything that depends on the source language lives in one pack.

A pack names the source script (to find untranslated text), the number units (만/억/조 for
Korean), the news agencies whose residue MT leaves behind, and the name glossary.  Rules ask
``ctx.lang`` for these instead of hard-coding Korean, so a Chinese or Japanese pack needs no
change outside its own module.
"""
from __future__ import annotations

import importlib

PACKS = {"ko": "tqcheck.lang.ko"}
"""Source-language code -> module defining ``PACK``."""


def get_pack(code: str = "ko"):
    """Return the language pack for ``code`` (``ValueError`` names the known codes)."""
    try:
        module = PACKS[code]
    except KeyError:
        raise ValueError(f"unknown source language {code!r}; known: {', '.join(sorted(PACKS))}") from None
    return importlib.import_module(module).PACK


def detect_source_lang(texts) -> str:
    """Guess the source language from source texts: the pack whose script covers the most
    characters; ``ko`` when nothing is known."""
    best, best_count = "ko", 0
    for code in PACKS:
        pack = get_pack(code)
        count = sum(len(pack.script_re.findall(t or "")) for t in texts)
        if count > best_count:
            best, best_count = code, count
    return best

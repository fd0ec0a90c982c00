"""The shape of a language pack (see ``tqcheck.lang``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass(frozen=True)
class LanguagePack:
    """What tqcheck knows about one source language and its news sources.

    ``classify_paragraph`` tells the segmenter which paragraphs of the English target are not
    article prose (``boilerplate``, ``caption``, ``byline``) so prose rules skip them and the
    residue rules flag them.  ``parse_amounts`` extracts numeric amounts from source text
    (for ``number-mismatch``).  ``glossary`` is the packaged name glossary's file name.
    """

    code: str
    name: str
    script_re: re.Pattern
    """Characters of the source script that must not survive into English."""
    classify_paragraph: Callable[[str], Optional[str]]
    parse_amounts: Optional[Callable] = None
    glossary: str = ""
    agencies: tuple = ()
    extra: dict = field(default_factory=dict)

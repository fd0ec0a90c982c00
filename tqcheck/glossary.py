"""The Korean->English name glossary: the packaged CSV plus the user's, and fast matchers.

Each row is ``ko,en,variants_wrong,kind,source``: the Korean term, its accepted English forms
(``|``-separated, preferred first), the wrong renderings machine translation produces,
the kind (``person``, ``place``, ``media``, ...) and where the spelling was confirmed.  See
the domain notes §2 (korean-news-mt.md) for how the rows were compiled.

Matching follows the notes' rules (§2, "Matching rules"):

- whole words only (``Yeo`` does not match inside ``Yeouido`` or ``Yeo-ya``);
- variants with a capital letter are proper names and match case-sensitively; all-lower-case
  variants (``women and men``) match in any case;
- accepted forms are masked first, so ``Western District`` inside ``Seoul Western District
  Court`` and ``Central News Agency`` inside ``Korean Central News Agency`` are not hits.
  A form that one row accepts and another row lists as wrong (``Blue House``: right for
  청와대, wrong for 대통령실) is reported with ``ambiguous=True``: only the source can tell.

>>> g = load_glossary()
>>> [(h.variant, h.entry.preferred) for h in g.find_wrong("the Yun Seok-yeol government")]
[('Yun Seok-yeol', 'Yoon Suk Yeol')]
>>> g.find_wrong("at the Seoul Western District Court")
[]
"""
from __future__ import annotations

import csv
import functools
import io
import re
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

PACKAGED = "glossary_ko_en.csv"
REQUIRED_COLUMNS = ("ko", "en")
OPTIONAL_COLUMNS = ("variants_wrong", "kind", "source")
KINDS = frozenset("person party ministry institution office title media place term unit".split())

ERR_MISSING_FILE = "{path}: glossary file not found"
ERR_HEADER = "{path}: line 1: glossary header must include columns ko,en (got: {got})"
ERR_ROW = "{path}: line {line}: {problem}"

_PAREN_RE = re.compile(r"\s*\([^()]*\)\s*$")


class GlossaryError(ValueError):
    """A glossary file the user must fix; the message names the file and line."""


class Entry(NamedTuple):
    ko: str
    en: tuple
    """Accepted English forms, preferred first."""
    wrong: tuple
    kind: str = ""
    source: str = ""
    origin: str = ""
    """``file:line`` the row came from."""

    @property
    def preferred(self) -> str:
        """The preferred English form without a trailing acronym: ``Democratic Party of
        Korea (DP)`` -> ``Democratic Party of Korea``."""
        return _PAREN_RE.sub("", self.en[0]) or self.en[0]

    @property
    def uncertain(self) -> bool:
        return "UNCERTAIN" in self.source


class GlossaryHit(NamedTuple):
    start: int
    end: int
    variant: str
    """The text matched (``text[start:end]``)."""
    entry: Entry
    ambiguous: bool = False
    """Another row accepts this form: only a source mentioning ``entry.ko`` settles it."""


def _form_pattern(form: str) -> str:
    """Regex for a glossary form: flexible white space, straight or curly apostrophes,
    any hyphen character."""
    out = []
    for ch in form:
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch in "-‐‑–":
            out.append("[-‐‑]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alternatives(forms: Iterable[str]) -> list:
    """``(form, regex)`` for ``forms`` in matching order, longest first; forms with a capital
    letter are case-sensitive, all-lower-case ones are not."""
    alts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        pat = _form_pattern(form)
        alts.append((form, pat if any(c.isupper() for c in form) else "(?i:" + pat + ")"))
    return alts


_PARTICLES = "eun|neun|nun|i|ga|ui|reul|eul|do|man|wa|gwa|ege|eseo|ro|euro|kke|kkeseo"
"""Korean particles that crude MT leaves on a romanized name (``Yoon Seok-youl-eun``)."""
_NAME_END = r"(?!\w)(?!-(?!(?:" + _PARTICLES + r")(?![\w-]))\w)"
"""A form ends at a word's end: no word character follows, and a hyphen only before a
romanized particle (``-eun``), not before more of a word (``-based``)."""


def _compile_alternation(alts) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")" + _NAME_END)


def _alternation(forms: Iterable[str]) -> Optional[re.Pattern]:
    """One compiled, word-bounded alternation of ``forms``, longest first; forms with a
    capital letter are case-sensitive, all-lower-case ones are not."""
    alts = [pat for _, pat in _alternatives(forms)]
    return _compile_alternation(alts) if alts else None


_WORD_RE = re.compile(r"\w+")
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
"""Characters that IGNORECASE also matches to ASCII letters (İ ı ſ K)."""
_CASE_ODD_RE = re.compile("[" + "".join(_CASE_ODD) + "]")
_ASCII_WORDS = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 0x5F) else 0x20
                     for c in range(256))
"""A ``bytes.translate`` table that keeps ASCII word characters (``[A-Za-z0-9_]``) and turns
every other byte into a space, including each byte of a UTF-8 encoded non-ASCII character."""
_ASCII_WORDS_LOWER = _ASCII_WORDS.translate(bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                            b"abcdefghijklmnopqrstuvwxyz"))
"""``_ASCII_WORDS`` that also lower-cases ASCII letters."""


def ascii_words(text: str) -> list:
    """The words of ``text`` that ``\\w+`` finds and that are pure ASCII, plus pieces of the
    others: ``re.findall(r"\\w+", text)`` restricted to ASCII runs, as UTF-8 ``bytes``.

    An ASCII run of word characters is bounded on each side by a character that is not a word
    character (or by the end), and every such character -- ASCII punctuation or any non-ASCII
    character -- becomes a space; so every ASCII ``\\w+`` run comes back whole.  A run that
    contains a non-ASCII letter (``café``) comes back split at it (``caf``): an extra word,
    never a missing one.  Several times faster than ``findall`` (one C pass, no regex).

    >>> ascii_words("Seo’s café, Yun Seok-yeol (2022)")
    [b'Seo', b's', b'caf', b'Yun', b'Seok', b'yeol', b'2022']
    """
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).split()


def ascii_words_lower(text: str) -> list:
    """:func:`ascii_words` of ``text``, lower-cased: ``ascii_words(text.lower())`` for a text
    without ``İ`` or the Kelvin sign (the only characters ``str.lower`` turns into ASCII).

    >>> ascii_words_lower("Yun SEOK-yeol’s")
    [b'yun', b'seok', b'yeol', b's']
    """
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS_LOWER).split()


class _FirstWordIndex:
    """``regex.finditer(text)`` for a glossary alternation, without running the whole
    alternation over the text.

    A form matches only where each of its words (runs of word characters) is a whole word of
    the text (in any case for a case-insensitive form): the form is word-bounded
    (``(?<![\\w-])...(?![\\w-])``) and its words are separated by non-word characters.  So
    only the forms whose words all occur in the (lower-cased) text can match; the alternation
    of just those forms, in the original order, finds the same matches as ``finditer``.

    The text's words are taken with :func:`ascii_words_lower`, which returns every ASCII word
    (and some extra pieces), lower-cased; the index is used only when every form's words are
    ASCII, so no form that can match is left out, and an extra piece only adds a form the
    regex then rejects.  Lower-casing only ASCII letters is exact too: ``str.lower`` maps a
    character to an ASCII letter only from an ASCII letter or from ``İ``/``K``, and texts with
    those (and the other letters that IGNORECASE folds to ASCII: ``ı``, ``ſ``) take the full
    alternation.
    """

    def __init__(self, alts: list):
        self.alts = [pat for _, pat in alts]
        self.by_word = {}  # a form's longest lower-cased word -> [(index, all its words)]
        self.usable = True
        for i, (form, _) in enumerate(alts):
            words = _WORD_RE.findall(form.lower())
            if not words or not all(w.isascii() for w in words):
                self.usable = False  # cannot key this form: use the whole alternation
                return
            words = frozenset(w.encode("ascii") for w in words)
            key = max(sorted(words), key=len)
            self.by_word.setdefault(key, []).append((i, words))
        self._keys = frozenset(self.by_word)
        self._compiled = {}

    def _regex_for(self, key: tuple) -> re.Pattern:
        regex = self._compiled.get(key)
        if regex is None:
            regex = self._compiled[key] = _compile_alternation([self.alts[i] for i in key])
        return regex

    def regex_for(self, regex: re.Pattern, text: str) -> Optional[re.Pattern]:
        """A regex whose ``finditer(text)`` gives what ``regex.finditer(text)`` gives, or None
        when that is nothing (most texts: no form's key word is among the text's words)."""
        if not self.usable or (not text.isascii() and _CASE_ODD_RE.search(text)):
            return regex  # (İ and K lower-case to ASCII; ı, ſ match i, s in any case)
        tokens = ascii_words_lower(text)
        found = self._keys.intersection(tokens)
        if not found:
            return None
        words = set(tokens)
        cands = [i for w in found for i, need in self.by_word[w] if need <= words]
        return self._regex_for(tuple(sorted(cands))) if cands else None

    def finditer(self, regex: re.Pattern, text: str):
        """What ``regex.finditer(text)`` finds, found as :meth:`regex_for` says."""
        found = self.regex_for(regex, text)
        return found.finditer(text) if found is not None else iter(())


class Glossary:
    """Glossary entries with a matcher for wrong variants and one for accepted forms."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries = tuple(entries)
        self._wrong = {}
        self._accepted = {}
        for e in self.entries:
            for w in e.wrong:
                self._wrong.setdefault(_key(w), []).append(e)
            for form in e.en:
                for f in {form, _PAREN_RE.sub("", form)}:
                    if f:
                        self._accepted.setdefault(_key(f), []).append(e)
        wrong = _alternatives(w for e in self.entries for w in e.wrong)
        self.wrong_re = _compile_alternation([pat for _, pat in wrong]) if wrong else None
        self._wrong_index = _FirstWordIndex(wrong)
        self.accepted_re = _alternation(f for e in self.entries for form in e.en
                                        for f in {form, _PAREN_RE.sub("", form)} if f)

    def __len__(self) -> int:
        return len(self.entries)

    def entries_for_wrong(self, text: str) -> list:
        return list(self._wrong.get(_key(text), ()))

    def entries_for_accepted(self, text: str) -> list:
        return list(self._accepted.get(_key(text), ()))

    def find_accepted(self, text: str) -> list:
        """``(start, end, entries)`` for every accepted form in ``text``."""
        if self.accepted_re is None:
            return []
        return [(m.start(), m.end(), self.entries_for_accepted(m.group()))
                for m in self.accepted_re.finditer(text)]

    def find_wrong(self, text: str) -> list:
        """Every wrong variant in ``text`` as a :class:`GlossaryHit` (one per entry that
        lists it), after masking longer accepted forms that contain it."""
        if self.wrong_re is None:
            return []
        regex = self._wrong_index.regex_for(self.wrong_re, text)
        if regex is None:
            return []
        masks = None  # found only when there is a wrong variant to mask
        hits = []
        for m in regex.finditer(text):
            s, e = m.start(), m.end()
            if masks is None:
                masks = [(s, e) for s, e, _ in self.find_accepted(text)]
            if any(ms <= s and e <= me and (me - ms) > (e - s) for ms, me in masks):
                continue
            variant = m.group()
            ambiguous = bool(self._accepted.get(_key(variant)))
            for entry in self.entries_for_wrong(variant):
                hits.append(GlossaryHit(s, e, variant, entry, ambiguous))
        return hits


def _key(form: str) -> str:
    return re.sub(r"\s+", " ", form.replace("’", "'").replace("‐", "-").replace("‑", "-")).lower()


def parse_glossary(text: str, name: str) -> list:
    """Entries of one glossary CSV's ``text``; ``GlossaryError`` names ``name`` and the line."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise GlossaryError(ERR_HEADER.format(path=name, got="an empty file")) from None
    except csv.Error as exc:
        raise GlossaryError(ERR_ROW.format(path=name, line=1, problem=str(exc))) from None
    cols = [h.strip().lstrip("\ufeff").lower() for h in header]
    if not all(c in cols for c in REQUIRED_COLUMNS):
        raise GlossaryError(ERR_HEADER.format(path=name, got=",".join(cols) or "nothing"))
    index = {c: cols.index(c) for c in REQUIRED_COLUMNS + OPTIONAL_COLUMNS if c in cols}
    entries = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise GlossaryError(ERR_ROW.format(path=name, line=reader.line_num,
                                               problem=f"not valid CSV: {exc}")) from None
        line = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) > len(cols):
            raise GlossaryError(ERR_ROW.format(
                path=name, line=line,
                problem=f"{len(row)} fields but the header has {len(cols)} (quote fields "
                        f"that contain commas)"))
        cell = {c: (row[i].strip() if i < len(row) else "") for c, i in index.items()}
        if not cell["ko"]:
            raise GlossaryError(ERR_ROW.format(path=name, line=line, problem="empty 'ko'"))
        en = tuple(f.strip() for f in cell["en"].split("|") if f.strip())
        if not en:
            raise GlossaryError(ERR_ROW.format(path=name, line=line,
                                               problem=f"empty 'en' for {cell['ko']!r}"))
        kind = cell.get("kind", "")
        if kind and kind not in KINDS:
            raise GlossaryError(ERR_ROW.format(
                path=name, line=line,
                problem=f"unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})"))
        wrong = tuple(f.strip() for f in cell.get("variants_wrong", "").split("|") if f.strip())
        entries.append(Entry(cell["ko"], en, wrong, kind, cell.get("source", ""),
                             f"{name}:{line}"))
    return entries


@functools.lru_cache(maxsize=1)
def _packaged() -> tuple:
    try:
        text = resources.files("tqcheck").joinpath("data", PACKAGED).read_text(encoding="utf-8")
    except (OSError, TypeError, ValueError):
        # an editable install made before tqcheck/__init__.py existed resolves ``tqcheck`` as
        # a namespace package, which importlib.resources cannot read from
        text = (Path(__file__).parent / "data" / PACKAGED).read_text(encoding="utf-8")
    return tuple(parse_glossary(text, PACKAGED))


@functools.lru_cache(maxsize=8)
def _build(paths: tuple, stamps: tuple) -> Glossary:
    entries = {e.ko: e for e in _packaged()}
    for path in paths:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise GlossaryError(ERR_MISSING_FILE.format(path=path)) from None
        except UnicodeDecodeError as exc:
            raise GlossaryError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        for e in parse_glossary(text, str(path)):
            entries[e.ko] = e  # a user row replaces the packaged row for the same term
    return Glossary(entries.values())


def load_glossary(paths: Iterable[str] = ()) -> Glossary:
    """The packaged glossary plus the CSV files in ``paths`` (``Config.glossary``); a user row
    replaces the packaged row with the same ``ko``.  Cached (per file modification time)."""
    paths = tuple(str(p) for p in paths)
    stamps = []
    for p in paths:
        try:
            stamps.append(Path(p).stat().st_mtime_ns)
        except OSError:
            stamps.append(None)
    return _build(paths, tuple(stamps))

"""TQ4xx script and encoding: source-script text left in the English, and text decoded with
the wrong codec.

Segment kinds: both rules scan ALL kinds.  Hangul in a caption or a byline is as untranslated
as Hangul in a sentence, and a mojibake'd footer is still mojibake (the residue rules flag the
footer for being there; this family flags it for being unreadable).

The source script is the language pack's (``ctx.lang.script_re``, a one-character class) and
so are the legacy encodings to try (``ctx.lang.extra["legacy_encodings"]``, ``cp949`` for
Korean); nothing here is Korean-specific.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from tqcheck.records import Hit
from tqcheck.rules.registry import ALL_KINDS, rule

SCRIPT_KINDS = ALL_KINDS

# Characters that may sit inside one run of source script: "박진 외교부 장관", "한·중".
SCRIPT_JOINERS = r"[ \t\u00a0·・‧\-]"
# Fullwidth ASCII forms (ＵＳ, ％, （주）) and the ideographic space: East Asian typography that
# MT copies through; they belong to no source language in particular, so they live here.
FULLWIDTH = "[\uff01-\uff5e\u3000]"
HTML_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
REPLACEMENT_RE = re.compile("\ufffd+")

# Windows-1252's characters in 0x80-0x9F; everything else in 0x80-0xFF is Latin-1.
_CP1252_HIGH = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0)
                if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# Typographic marks a real text puts after an accented letter ("Pelé’s"); a "decoding" that
# uses only these as continuation bytes and yields an ideograph is a coincidence.
_SMART_PUNCT = set("‘’“”—–…")
# What a legacy double-byte encoding's punctuation rows legitimately turn into (¡¯ -> ’).
_LEGACY_PUNCT = set("‘’“”…·€—–―〈〉《》「」『』【】※〔〕")


def _byte_of(ch: str):
    """The byte ``ch`` came from if the text was decoded as Windows-1252/Latin-1, for
    non-ASCII bytes only; else ``None``."""
    o = ord(ch)
    if 0x80 <= o <= 0xFF:
        return o
    return _CP1252_HIGH.get(ch)


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


# Blocks a mis-decoded UTF-8 character plausibly came from in Korean/English news: Latin,
# Greek, Cyrillic, punctuation and symbols, CJK, Hangul, fullwidth forms, emoji.  (A 2-byte
# "decoding" into Armenian or Arabic is a coincidence of EUC-KR bytes.)
_PLAUSIBLE_BLOCKS = ((0x00A0, 0x036F), (0x0370, 0x04FF), (0x2000, 0x2BFF), (0x2E80, 0x9FFF),
                     (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
                     (0x1F000, 0x1FAFF))


def _plausible_utf8(decoded: str, conts: str, lead: str = "") -> bool:
    if any(unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") for c in decoded):
        return False
    if not all(any(a <= ord(c) <= b for a, b in _PLAUSIBLE_BLOCKS) for c in decoded):
        return False
    if all(c in _SMART_PUNCT for c in conts) and not ("\u2000" <= decoded <= "\u206f"):
        # a letter before a curly quote or dash is usually just that ("Ö”"), but "Ã"
        # (0xC3) + one of them is the Latin-1 block read as Windows-1252: "Ã—" for "×"
        return lead == "Ã" and "\u00a0" <= decoded <= "\u00ff"
    return True


def _utf8_pieces(text: str, start: int, end: int) -> list:
    """``(i, j, repaired)`` for byte sequences in ``text[start:end]`` (a run of non-ASCII
    Latin-1/CP1252 characters) that are valid UTF-8: ``Ã©`` -> ``é``, ``â€œ`` -> ``“``."""
    out = []
    i = start
    while i < end:
        b = _byte_of(text[i])
        n = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if n and i + n <= end:
            raw = bytes(_byte_of(c) for c in text[i:i + n])
            try:
                decoded = raw.decode("utf-8")
            except UnicodeDecodeError:
                decoded = ""
            if decoded and _plausible_utf8(decoded, text[i + 1:i + n], text[i]):
                out.append((i, i + n, decoded))
                i += n
                continue
        i += 1
    return out


def _legacy_pieces(text: str, start: int, end: int, encoding: str) -> list:
    """``(i, j, repaired)`` for double-byte characters of ``encoding`` (EUC-KR/CP949 read as
    Latin-1: ``¡¯`` -> ``’``, ``¼­¿ï`` -> ``서울``) in a run of Latin-1 characters; kept only
    when the repaired run reads as Hangul or legacy punctuation."""
    out = []
    i = start
    while i + 1 < end:
        a, b = ord(text[i]), ord(text[i + 1])
        if 0xA1 <= a <= 0xFE and 0xA1 <= b <= 0xFE:
            try:
                decoded = bytes([a, b]).decode(encoding)
            except (UnicodeDecodeError, LookupError):
                decoded = ""
            if decoded:
                out.append((i, i + 2, decoded))
                i += 2
                continue
        i += 1
    # keep maximal chains of adjacent pairs that read as text
    kept, chain = [], []
    for piece in out + [None]:
        if piece is not None and chain and chain[-1][1] == piece[0]:
            chain.append(piece)
            continue
        if chain:
            chars = "".join(p[2] for p in chain)
            hangul = sum(map(_is_hangul, chars))
            punct = sum(c in _LEGACY_PUNCT for c in chars)
            if (hangul + punct) * 3 >= len(chars) * 2 and (hangul >= 2 or punct >= 1):
                kept.extend(chain)
        chain = [piece] if piece is not None else []
    return kept


_MAC_CONT = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø"
"""Mac Roman's characters for the bytes 0x80-0xBF (UTF-8 continuation bytes)."""
MAC_ROMAN_RE = re.compile(f"\u201aÄ[{_MAC_CONT}]|√[{_MAC_CONT}]")
"""UTF-8 of ``’ “ ” – — …`` (E2 80 xx) and of ``é``-like letters (C3 xx) read as Mac Roman."""


def _covered(pieces) -> int:
    return sum(b - a for a, b, _ in pieces)


# runs of the characters ``_byte_of`` maps to a byte
_BYTE_RUN_RE = re.compile("[\u0080-\u00ff" + "".join(re.escape(c) for c in sorted(_CP1252_HIGH))
                          + "]+")


def _byte_runs(text: str):
    for m in _BYTE_RUN_RE.finditer(text):
        yield m.span()


_HANGUL_SOUP_RE = re.compile("[\uac00-\ud7a3\u4e00-\u9fff?\ufffd]{3,}")
"""A run of Hangul, Hanja and lost characters: what UTF-8 Korean read as CP949 looks like."""


def _rare_syllables(run: str) -> tuple:
    """``(syllables, rare)``: the Hangul syllables of ``run`` and how many of them lie outside
    the 2,350 of KS X 1001 (EUC-KR), which Korean news text keeps to (none of the 45,648
    syllables of the benchmark corpus is outside it) and mojibake does not."""
    syllables = [c for c in run if "\uac00" <= c <= "\ud7a3"]
    return len(syllables), sum(len(c.encode("euc_kr")) != 2 for c in syllables)


def is_hangul_soup(run: str) -> bool:
    """Whether ``run`` is UTF-8 Korean read as CP949 (``?꽌?슱鍮쏆큹``): at least two syllables
    outside KS X 1001, and they are at least half of its syllables."""
    total, rare = _rare_syllables(run)
    return rare >= 2 and rare * 2 >= total


def _soup_pieces(text: str) -> list:
    """``(i, j, repaired)`` for Hangul soup in ``text``; the repair (re-encode as CP949, read
    as UTF-8) only where no byte was lost."""
    out = []
    for m in _HANGUL_SOUP_RE.finditer(text):
        if is_hangul_soup(m.group()):
            try:
                fixed = m.group().encode("cp949").decode("utf-8")
            except UnicodeError:
                fixed = ""
            out.append((m.start(), m.end(), "" if "?" in m.group() else fixed))
    return out


def repair_mojibake(text: str, encodings=("cp949",)) -> list:
    """Mojibake pieces of ``text`` as ``(start, end, repaired)``: UTF-8 read as Windows-1252
    and, failing that, ``encodings`` (double-byte legacy codecs) read as Latin-1.

    >>> repair_mojibake("â€œHelloâ€� it’s cafÃ©")
    [(0, 3, '“'), (8, 11, '”'), (20, 22, 'é')]
    >>> repair_mojibake("McCain¡¯s advantage")
    [(6, 8, '’')]
    >>> repair_mojibake("Pelé’s café in São Paulo, 25°C")
    []
    """
    pieces = []
    for s, e in _byte_runs(text):
        # the reading that explains more of the run wins; UTF-8 on a tie
        found = _utf8_pieces(text, s, e)
        for enc in encodings:
            legacy = _legacy_pieces(text, s, e, enc)
            if _covered(legacy) > _covered(found):
                found = legacy
        pieces.extend(found)
    if "cp949" in encodings and _HANGUL_SOUP_RE.search(text):
        covered = {k for a, b, _ in pieces for k in range(a, b)}
        pieces.extend(p for p in _soup_pieces(text) if p[0] not in covered)
    if "\u201aÄ" in text or "√" in text:  # UTF-8 read as Mac Roman: ‚Äô for ’, √© for é
        covered = {k for a, b, _ in pieces for k in range(a, b)}
        for m in MAC_ROMAN_RE.finditer(text):
            if m.start() in covered:
                continue
            try:
                fixed = m.group().encode("mac_roman").decode("utf-8")
            except UnicodeError:
                continue
            if _plausible_utf8(fixed, m.group()[1:]):
                pieces.append((m.start(), m.end(), fixed))
    # "â€" whose last byte was lost (0x9D is undefined in Windows-1252): most often ”
    if "â€" not in text:
        return sorted(pieces)
    covered = {k for a, b, _ in pieces for k in range(a, b)}
    for m in re.finditer("â€\ufffd?", text):
        if m.start() not in covered:
            pieces.append((m.start(), m.end(), "”" if m.group().endswith("\ufffd") else ""))
    return sorted(pieces)


def _fix_all(text: str, encodings) -> str:
    """``text`` with every mojibake piece repaired, applied until stable (double encoding)."""
    for _ in range(3):
        pieces = repair_mojibake(text, encodings)
        if not pieces or any(not rep for _, _, rep in pieces):
            return text
        out, pos = [], 0
        for a, b, rep in pieces:
            out.append(text[pos:a])
            out.append(rep)
            pos = b
        out.append(text[pos:])
        text = "".join(out)
    return text


def _unescape(entity: str) -> str:
    out = entity
    for _ in range(3):
        new = html.unescape(out)
        if new == out:
            break
        out = new
    return out.replace("\u00a0", " ")


@lru_cache(maxsize=16)
def _run_re(char_class: str):
    unit = f"(?:{char_class}|{FULLWIDTH})"
    return re.compile(f"{unit}(?:{SCRIPT_JOINERS}*{unit})*")


FULLWIDTH_ONLY_RE = re.compile(f"(?:{FULLWIDTH}|{SCRIPT_JOINERS})+")
_ONE_CLASS_RE = re.compile(r"\[[^\[\]]*\]")


@lru_cache(maxsize=16)
def _misses_ascii(char_class: str) -> bool:
    """Whether ``_run_re(char_class)`` cannot match in plain ASCII text: true when the pack's
    script pattern is one character class with no ASCII member (fullwidth forms are not
    ASCII either), so most English sentences skip the scan."""
    if not _ONE_CLASS_RE.fullmatch(char_class):
        return False
    one = re.compile(char_class)
    return not any(one.match(chr(c)) for c in range(128))


@rule("TQ401", "untranslated-hangul", "Accuracy/Untranslated", "major", kinds=SCRIPT_KINDS,
      flag=("Park Jin met 외교부 officials on Wednesday.", "尹 meets Biden in Seoul",
            "KoreaㆍUS summit", "(끝)", "the ＵＳ military"),
      ok=("Park Jin met Foreign Ministry officials on Wednesday.", "Zoë visited São Paulo.",
          "The Korea-U.S. summit ended."))
def untranslated_hangul(seg, ctx):
    """Source-script text (Hangul, jamo such as ``ㆍ``, Hanja) left in the English.

    MT leaves Korean untranslated when it cannot parse it: names it has no romanization for,
    headline abbreviations in Hanja (``尹`` for Yoon, ``美`` for the U.S., ``北`` for North
    Korea), the middle dot ``ㆍ`` (a compatibility jamo, U+318D) used as a list separator, and
    whole residue lines (``(끝)``, ``무단 전재 및 재배포 금지``).  Consecutive words are one span.
    The suggestion is given only when it is obvious (a one-character headline abbreviation,
    ``ㆍ`` between two names).

    Fullwidth ASCII (``ＵＳ``, ``％``, ``（주）``) copied from Korean typography is flagged too,
    with its ASCII form as the suggestion.

    Flagged: ``尹 meets Biden in Seoul``; ``KoreaㆍUS summit``; ``the ＵＳ military``
    Clean:   ``Yoon meets Biden in Seoul``
    """
    script = getattr(ctx.lang, "script_re", None)
    if script is None:
        return
    text = seg.text
    if text.isascii() and _misses_ascii(script.pattern):
        return
    suggestions = (getattr(ctx.lang, "extra", None) or {}).get("script_suggestions") or {}
    lang_name = getattr(ctx.lang, "name", "") or "source-language"
    soup = [(a, b) for a, b, _ in _soup_pieces(text)] if _HANGUL_SOUP_RE.search(text) else ()
    for m in _run_re(script.pattern).finditer(text):
        run = m.group()
        if soup and any(a <= m.start() < b for a, b in soup):
            continue  # UTF-8 read as CP949: mojibake reports it
        suggestion = suggestions.get(run, "")
        if FULLWIDTH_ONLY_RE.fullmatch(run):  # ＵＳ -> US
            yield Hit(m.start(), m.end(), f"Fullwidth characters {run!r}; use ordinary ASCII.",
                      unicodedata.normalize("NFKC", run))
            continue
        if run == "\u318d":  # ㆍ: "KoreaㆍUS" -> "Korea-US"
            before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
            if before.isalpha() and after[:1].isupper():
                suggestion = "-"
        yield Hit(m.start(), m.end(), f"Untranslated {lang_name} text left in the English: "
                                      f"{run!r}.", suggestion)


@rule("TQ402", "mojibake", "Fluency/Character encoding", "major", kinds=SCRIPT_KINDS,
      flag=("â€œWe will do it,â€� he said.", "Obama has eroded McCain¡¯s advantage.",
            "(¼­¿ï=¿¬ÇÕ´º½º) ¹Ú¼º¹Î ±âÀÚ", "The results suggest Obama's trip &#8212;",
            "raw jalape&ntilde; os"),
      ok=("Pelé’s café in São Paulo was full.", "It was 25°C in Seoul.",
          "AT&T and Q&A sessions", "South Korea´s exports rose."))
def mojibake(seg, ctx):
    """Text decoded with the wrong codec (``â€œ``, ``Ã©``, EUC-KR ``¡¯``) or HTML entities left
    as text (``&#8212;``, ``&quot;``).

    Korean sites long served EUC-KR/CP949; a pipeline that reads those bytes as Latin-1 prints
    ``¡¯`` for ``’`` and ``(¼­¿ï=¿¬ÇÕ´º½º)`` for ``(서울=연합뉴스)``, and one that reads UTF-8 as
    Windows-1252 prints ``â€œ`` for ``“`` (as Mac Roman: ``‚Äô``; Korean UTF-8 read as CP949
    prints Hangul soup such as ``?꽌?슱鍮쏆큹``, given away by syllables outside KS X 1001).  Scraped HTML leaves entities such as ``&#8212;``.
    Each hit is verified by the round trip (re-encode, decode correctly) and the repaired text
    is the suggestion.

    Flagged: ``McCain¡¯s advantage`` (suggest ``’``); ``Obama's trip &#8212;`` (suggest ``—``)
    Clean:   ``Pelé’s café in São Paulo``
    """
    text = seg.text
    if text.isascii():
        # no byte run, "â€" or replacement character can occur in ASCII: only entities
        yield from _entity_hits(text)
        return
    encodings = tuple((getattr(ctx.lang, "extra", None) or {}).get("legacy_encodings") or ())
    pieces = repair_mojibake(text, encodings)
    # one hit per stretch of mojibake: "(¼­¿ï=¿¬ÇÕ´º½º) ¹Ú¼º¹Î ±âÀÚ" is one finding
    groups = []
    for a, b, rep in pieces:
        if groups and a - groups[-1][1] <= 3 and re.fullmatch(r"[\s=()\[\]<>,.\-]*",
                                                             text[groups[-1][1]:a]):
            groups[-1][1] = b
            groups[-1][2].append((a, b, rep))
        else:
            groups.append([a, b, [(a, b, rep)]])
    for a, b, parts in groups:
        out, pos = [], a
        unknown = False
        for pa, pb, rep in parts:
            out.append(text[pos:pa])
            out.append(rep)
            unknown |= not rep
            pos = pb
        out.append(text[pos:b])
        repaired = "" if unknown else _fix_all("".join(out), encodings)
        yield Hit(a, b, f"Mojibake: text decoded with the wrong character encoding; "
                        f"{text[a:b]!r} should read {repaired!r}." if repaired else
                        f"Mojibake: text decoded with the wrong character encoding ({text[a:b]!r}).",
                  repaired)
    yield from _entity_hits(text)
    for m in REPLACEMENT_RE.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in pieces):
            yield Hit(m.start(), m.end(), "Replacement character: a character was lost when "
                                          "the text was decoded.")


def _entity_hits(text: str):
    """Hits for the HTML entities of ``text`` that decode to something else."""
    if "&" not in text:
        return
    for m in HTML_ENTITY_RE.finditer(text):
        decoded = _unescape(m.group())
        if decoded != m.group():
            yield Hit(m.start(), m.end(), f"HTML entity left as text: {m.group()!r} is "
                                          f"{decoded!r}.", decoded)

"""Decode input bytes: UTF-8 (with or without BOM), UTF-16 (BOM), CP949/EUC-KR.

Nothing undecodable is ever replaced: if no candidate codec decodes the whole file, the
error names the file and the byte offset where UTF-8 decoding failed.
"""
from __future__ import annotations

import codecs

from tqcheck.io.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16_without_bom(data: bytes):
    """UTF-16 without BOM shows NUL in every other byte of ASCII text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_nul = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _plausible_korean(text: str) -> bool:
    """Does CP949-decoded ``text`` read as Korean rather than a misread Western file?

    EUC-KR text uses the KS X 1001 syllables (both bytes >= 0xA1).  CP949's extension
    syllables take an ASCII trail byte, so a Windows-1252 file's ``’s`` (0x92 0x73) decodes
    to a rare syllable such as ``뭩``: require most syllables to be KS X 1001 ones.
    """
    syllables = [ch for ch in text if "\uac00" <= ch <= "\ud7a3"]
    if not syllables:
        return False
    common = 0
    for ch in syllables:
        lead, trail = ch.encode("cp949")
        common += lead >= 0xA1 and trail >= 0xA1
    return common >= 0.9 * len(syllables)


def decode_bytes(data: bytes, path: str) -> tuple:
    """Return ``(text, encoding)``.

    >>> decode_bytes("한국".encode("cp949"), "x.txt")
    ('한국', 'cp949')
    >>> decode_bytes(b"\\xef\\xbb\\xbfhi", "x.txt")
    ('hi', 'utf-8-sig')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {codec} byte-order mark but cannot be "
                                       f"decoded as {codec} ({exc.reason})",
                                 f"byte {exc.start}") from None
    utf16 = _looks_utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    # CP949 is a superset of EUC-KR; accept it only when the text then holds Hangul, so a
    # Latin-1 or random binary file is not silently read as Korean.
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_korean(text):
        return text, "cp949"
    nul = data.find(b"\x00", 0, 8000)
    if nul >= 0:
        raise InputError(path, "is binary, not text", f"byte {nul}")
    raise InputError(path, "is not valid UTF-8, UTF-16 or CP949/EUC-KR text "
                           f"({first_error.reason}); re-save it as UTF-8",
                     f"byte {first_error.start}")

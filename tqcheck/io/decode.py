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
    if text is not None and any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return text, "cp949"
    nul = data.find(b"\x00", 0, 8000)
    if nul >= 0:
        raise InputError(path, "is binary, not text", f"byte {nul}")
    raise InputError(path, "is not valid UTF-8, UTF-16 or CP949/EUC-KR text "
                           f"({first_error.reason}); re-save it as UTF-8",
                     f"byte {first_error.start}")

"""The plain, step-by-step forms of the length and repeat searches in
``tqcheck.rules.source``: the references its fast paths are tested against.

They live with the tests because nothing else calls them: the rules run the fast paths
(``length_hits`` with ``_aligned_hits``, ``_duplicates``, ``_has_repeat``, ``_repeats``),
and ``tests/test_rules_source.py`` checks on many generated records that each gives exactly
what its plain form here gives.
"""
from tqcheck.rules.source import (DUP_MIN_WORDS, KO_DUP_WORDS, SKIP_KINDS, WORD_RE, Unit,
                                  _en_unit, _extend_repeat, _folded_words, _judge, _ko_units,
                                  _line_spans, _size, _trusted)


def merge(units: list) -> Unit:
    """Several units as one: first start, last end, summed size."""
    return Unit(units[0].start, units[-1].end, _size(units))


def blocks(doc, source: str) -> list:
    """``(ko_units, en_units)`` to compare one to one: source lines against target paragraphs
    when their counts agree, then sentences against sentences when their counts agree;
    anything else is one block of the whole (a single pair of units)."""
    prose = [s for s in doc.segments if s.kind not in SKIP_KINDS]
    if not prose:
        return []
    ko_lines = _line_spans(source)
    paras = sorted({s.paragraph for s in prose})
    if len(ko_lines) == len(paras) > 1:
        ko_all = [_ko_units(source, s, e) for s, e in ko_lines]
        en_all = [[_en_unit(s) for s in prose if s.paragraph == p] for p in paras]
        pairs = [([merge(k)], [merge(e)]) for k, e in zip(ko_all, en_all)]
        if _trusted(pairs, lines=True):
            out = []
            for k, e in zip(ko_all, en_all):
                sub = list(zip(([u] for u in k), ([u] for u in e)))
                out.extend(sub if len(k) == len(e) > 1 and _trusted(sub) else [(k, e)])
            return out
    return whole_blocks(source, prose)


def whole_blocks(source: str, prose: list) -> list:
    """:func:`blocks` once the lines are not paired: sentences against sentences when their
    counts agree (and the pairing is trusted), else one block of the whole."""
    ko = _ko_units(source, 0, len(source))
    en = [_en_unit(s) for s in prose]
    if len(ko) == len(en) > 1:
        pairs = [([k], [e]) for k, e in zip(ko, en)]
        if _trusted(pairs):
            return pairs
    return [(ko, en)]


def length_hits(doc, source: str):
    """``source.length_hits`` the plain way: align (:func:`blocks`), then judge each block."""
    for ko, en in blocks(doc, source):
        yield from _judge(doc, source, ko, en)


def duplicates_plain(text: str, prose: list, source: str):
    """``source._duplicates`` word by word."""
    low = _folded_words(text, prose)
    if len(low) < 2 * DUP_MIN_WORDS:
        return
    # each word of the repeat has an earlier copy: at least DUP_MIN_WORDS recurring tokens
    if len(low) - len(set(low)) < DUP_MIN_WORDS or not has_repeat_loop(low):
        return
    if source and repeats_loop(WORD_RE.findall(source), KO_DUP_WORDS):
        return
    words = [m for s in prose for m in WORD_RE.finditer(text, s.start, s.end)]
    first = {}
    j = 0
    while j + DUP_MIN_WORDS <= len(low):
        gram = tuple(low[j:j + DUP_MIN_WORDS])
        i = first.get(gram)
        if i is None or i + DUP_MIN_WORDS > j:
            first.setdefault(gram, j)
            j += 1
            continue
        step, hit = _extend_repeat(text, words, low, i, j)
        if hit is not None:
            yield hit
        j += step


def has_repeat_loop(low: list) -> bool:
    """``source._has_repeat`` gram by gram."""
    first = {}
    for j in range(len(low) - DUP_MIN_WORDS + 1):
        gram = tuple(low[j:j + DUP_MIN_WORDS])
        i = first.setdefault(gram, j)
        if i + DUP_MIN_WORDS <= j:
            return True
    return False


def repeats_loop(tokens: list, n: int) -> bool:
    """``source._repeats`` gram by gram."""
    seen = set()
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i:i + n])
        if gram in seen:
            return True
        seen.add(gram)
    return False

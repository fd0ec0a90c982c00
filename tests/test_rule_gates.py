"""Fast patterns and cheap gates must agree with the full patterns they stand in for.

Several rules run a cheap pre-check (a gate) or a faster rewrite of a pattern before the
expensive one.  These tests keep each pair in step: on real news sentences, the seeds and
randomly mutated text, a gate never says "no" where the full pattern matches, and a rewrite
finds exactly the same matches.
"""
import random
from pathlib import Path

import pytest

from tqcheck.rules import names_numbers, punctuation

HERE = Path(__file__).resolve().parent
ALPHABET = ("abcKLM 0123456789.,;:!?'\"“”‘’()[]-–—…@#%&*/\\=+\n\t억만조천백원명달러 ’n’ "
            "said that Mr. U.S. 3.5 , . \u00a0")


def texts():
    lines = (HERE / "data" / "dev_sample.en").read_text(encoding="utf-8").splitlines()
    for seed in sorted((HERE.parent / "seeds").glob("*.txt")):
        lines.extend(seed.read_text(encoding="utf-8").splitlines())
    rng = random.Random(1234)
    mutated = []
    for line in lines[:150]:
        chars = list(line)
        for _ in range(rng.randint(1, 6)):
            pos = rng.randint(0, len(chars))
            chars.insert(pos, rng.choice(ALPHABET))
        mutated.append("".join(chars))
    noise = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 60)))
             for _ in range(3000)]
    return lines + mutated + noise


TEXTS = texts()


def test_korean_reportable_fast_pattern_agrees():
    for t in TEXTS:
        assert bool(names_numbers._KO_REPORTABLE_RE.search(t)) == \
            bool(names_numbers._KO_REPORTABLE_FAST_RE.search(t)), t


def test_elision_scan_finds_the_same_matches():
    for t in TEXTS:
        assert [m.span() for m in punctuation.ELISION_RE.finditer(t)] == \
            [m.span() for m in punctuation.ELISION_SCAN_RE.finditer(t)], t


@pytest.mark.parametrize("full,gate", [
    ("SPACE_BEFORE_RE", "SPACE_BEFORE_GATE_RE"),
    ("MISSING_SPACE_RE", "MISSING_SPACE_GATE_RE"),
])
def test_gate_never_hides_a_match(full, gate):
    full_re, gate_re = getattr(punctuation, full), getattr(punctuation, gate)
    for t in TEXTS:
        if full_re.search(t):
            assert gate_re.search(t), t

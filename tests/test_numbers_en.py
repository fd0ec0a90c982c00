"""English amount parser (tqcheck.numbers_en)."""
from decimal import Decimal

import pytest

from tqcheck.numbers_en import parse_english_amounts

CASES = [
    ("a 1.2 trillion won budget", "1200000000000", "KRW", "1.2 trillion won"),
    ("some 300 million", "300000000", "", "300 million"),
    ("It spent 3 billion won.", "3000000000", "KRW", "3 billion won"),
    ("worth $1.5 bn", "1500000000", "USD", "$1.5 bn"),
    ("KRW 480 million", "480000000", "KRW", "KRW 480 million"),
    ("480 million KRW", "480000000", "KRW", "480 million KRW"),
    ("W131tr", "131000000000000", "KRW", "W131tr"),
    ("12,000 people", "12000", "count", "12,000 people"),
    ("two ships", "2", "count", "two ships"),
    ("twenty people", "20", "count", "twenty people"),
    ("eight-point-four-five billion U.S. dollars", "8450000000", "USD",
     "eight-point-four-five billion U.S. dollars"),
    ("one-point-nine trillion won", "1900000000000", "KRW", "one-point-nine trillion won"),
    ("up 3.5 percent", "3.5", "pct", "3.5 percent"),
    ("1.2 percentage points", "1.2", "pp", "1.2 percentage points"),
    ("US$2.7 million", "2700000", "USD", "US$2.7 million"),
    ("hundreds of billions of won", "100000000000", "KRW", "hundreds of billions of won"),
]


@pytest.mark.parametrize("text,value,category,span", CASES)
def test_parses_amount(text, value, category, span):
    amounts = parse_english_amounts(text)
    assert len(amounts) == 1, amounts
    a = amounts[0]
    assert (a.value, a.category, text[a.start:a.end]) == (Decimal(value), category, span)


@pytest.mark.parametrize("text", ["in 1992", "He won the race.", "the 5m long wall",
                                  "Two of them left."])
def test_no_amount(text):
    assert [a for a in parse_english_amounts(text) if a.category not in ("time",)] == []


def test_precision_follows_written_digits():
    a = parse_english_amounts("1.2 trillion won")[0]
    assert a.precision == Decimal("0.05") * 10 ** 12


def test_vague_amounts_of_one_scale():
    from tqcheck.numbers_en import parse_english_amounts
    found = [(a.text, int(a.value), a.category, a.is_vague)
             for a in parse_english_amounts("lose several billion won as a few thousand people "
                                            "left several hundred years ago")]
    assert found == [("several billion won", 10 ** 9, "KRW", True),
                     ("a few thousand people", 1000, "count", True)]

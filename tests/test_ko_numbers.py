"""Korean amount parser (tqcheck.lang.ko_numbers)."""
from decimal import Decimal

import pytest

from tqcheck.lang.ko_numbers import parse_korean_amounts, parse_korean_number

CASES = [
    ("3억 원", "300000000", "원", "3억 원"),
    ("총 1조2000억원 규모", "1200000000000", "원", "1조2000억원"),
    ("5천만원을", "50000000", "원", "5천만원"),
    ("1만2000명이", "12000", "명", "1만2000명"),
    ("12억 3456만 7898", "1234567898", "", "12억 3456만 7898"),
    ("1.5억", "150000000", "", "1.5억"),
    ("3조 5천억 원", "3500000000000", "원", "3조 5천억 원"),
    ("천만 원", "10000000", "원", "천만 원"),
    ("2억5000만 달러", "250000000", "달러", "2억5000만 달러"),
    ("이천삼백만", "23000000", "", "이천삼백만"),
    ("1,000억", "100000000000", "", "1,000억"),
    ("1억1천만 달러 짜리", "110000000", "달러", "1억1천만 달러"),
    ("80%인 반면", "80", "%", "80%"),
    ("1억5천만 유로였다가", "150000000", "유로", "1억5천만 유로"),
]


@pytest.mark.parametrize("text,value,unit,span", CASES)
def test_parses_amount(text, value, unit, span):
    amounts = parse_korean_amounts(text)
    assert len(amounts) == 1
    a = amounts[0]
    assert (a.value, a.unit, text[a.start:a.end]) == (Decimal(value), unit, span)


@pytest.mark.parametrize("text", ["그만큼 중요하다", "열흘 만에 돌아왔다", "헌법 제3조에 따라",
                                  "조 대표와 천 의원이 만났다", "불만이 크다", "천만에요", "이 사람"])
def test_ignores_words_that_are_not_numbers(text):
    assert parse_korean_amounts(text) == []


def test_vague_and_approximate():
    vague = parse_korean_amounts("수천억 원의 손실")[0]
    assert vague.is_vague and vague.value == Decimal(200000000000) and vague.category == "KRW"
    more = parse_korean_amounts("100억여 원")[0]
    assert more.approx and more.value == Decimal(10 ** 10)
    assert parse_korean_amounts("약 3억 원")[0].approx


def test_particle_is_not_part_of_the_number():
    a = parse_korean_amounts("피해액이 3억이 넘는다")[0]
    assert a.text == "3억" and a.unit == ""


def test_two_separate_numbers_are_not_joined():
    amounts = parse_korean_amounts("2022년 3억 원")
    assert [a.text for a in amounts] == ["2022년", "3억 원"]
    assert amounts[0].category == "time"


def test_parse_number_rejects_disordered_units():
    assert parse_korean_number("만억") is None
    assert parse_korean_number("3조 5천억") == Decimal(3500000000000)


def test_more_than_thousands_and_area_units():
    from tqcheck.lang.ko_numbers import parse_korean_amounts as parse
    (a,) = parse("주택 3천여 채가 탔다")
    assert (int(a.value), a.unit, a.approx) == (3000, "채", True)
    for text in ("산림 4만5000㏊가", "4만5000ha다", "4만5000 헥타르"):
        (a,) = parse(text)
        assert (int(a.value), a.category) == (45000, "measure"), text
    (a,) = parse("1만 happy")          # a Latin unit must end at a non-letter
    assert a.unit == ""

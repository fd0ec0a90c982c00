"""Korean amounts: 만/억/조 numbers with their unit word, parsed to exact ``Decimal`` values.

Korean groups large numbers by four digits (만 10^4, 억 10^8, 조 10^12, 경 10^16); English
by three.  Machine translation that renders ``3억 원`` as "3 billion won" is off by ten, so
``number-mismatch`` needs the source's amounts as numbers.  Wire copy writes them as Arabic
digits mixed with unit characters (``1조2000억원``, ``5천만원``, ``12억 3456만 7898``), sometimes
as Hangul numerals (``천만 원``, ``이천삼백만``), and vaguely (``수천억 원`` "hundreds of
billions of won").  See the domain notes §4 (korean-news-mt.md).

Hangul numeral characters are also ordinary syllables (이 "this", 일 "work", 만 "only",
조 "article"/a surname, 천 a surname), so a Hangul digit counts only before a unit character,
a Hangul-only number must start a word and be followed by a counter (or be three characters
or longer), and ``제3조`` (Article 3) is not an amount.

>>> [(str(a.value), a.unit) for a in parse_korean_amounts("정부는 3억 원을 지원했다.")]
[('300000000', '원')]
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple, Optional

BIG_UNITS = {"만": 10 ** 4, "억": 10 ** 8, "조": 10 ** 12, "경": 10 ** 16}
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
HANGUL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}

# One element of a number: Arabic digits (commas and a decimal point allowed), a Hangul digit
# that is followed by a unit character, or a unit character.
_ELEMENT = r"(?:\d[\d,]*(?:\.\d+)?|[일이삼사오육칠팔구](?=[십백천만억조경])|[십백천만억조경])"
NUMBER_RUN_RE = re.compile(
    r"(?=[\d수몇일이삼사오육칠팔구십백천만억조경])"  # what can start one: checked first, cheaply
    r"(?:(?<![\uac00-\ud7a3])|(?=\d))"   # a Hangul numeral must start a word (에만 800 ≠ 10800)
    r"(?P<vague>수십|수백|수천|십수|몇십|몇백|몇천|수|몇)?"
    r"(?P<run>" + _ELEMENT + r"+(?: " + _ELEMENT + r"+)*)"
)
TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[일이삼사오육칠팔구]|[십백천]|[만억조경]")
_DIGIT_COMMA_RE = re.compile(r"(?<=\d),(?=\d)")

# Counters and currencies after an amount, longest first.  ``여`` (more than) may come
# between the number and the counter: ``100억여 원``, ``300여명``.
UNIT_RE = re.compile(
    r"(?P<more>여)?\s?(?P<unit>미국\s?달러|미\s?달러|달러|원|엔|위안|유로|파운드|"
    r"%\s?포인트|%p|%P|퍼센트\s?포인트|퍼센트|%|명|건|개국|개월|개|가구|대|척|톤|배|세|살|곳|"
    r"마리|채|주년|주|표|번|회|차례|헥타르|에이커|km|㎞|kg|㎏|평|㎡|㎢|㏊|ha|년|월|일|시간|시|분|초|달)"
)
APPROX_AFTER_RE = re.compile(r"\s?(?:가량|정도|남짓|안팎|여|쯤|내외|이상|넘)")
APPROX_BEFORE_RE = re.compile(r"(?:약|대략|거의|최소|최대|무려|줄잡아|추정)\s?$")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_DIGIT_RE = re.compile(r"\d")

CURRENCY = {"원": "KRW", "달러": "USD", "미달러": "USD", "미국달러": "USD", "엔": "JPY",
            "위안": "CNY", "유로": "EUR", "파운드": "GBP"}
_CATEGORY = {"%": "pct", "퍼센트": "pct", "%p": "pp", "%P": "pp", "%포인트": "pp",
             "퍼센트포인트": "pp", "배": "times", "세": "age", "살": "age"}
_TIME_UNITS = frozenset({"년", "월", "일", "시간", "시", "분", "초", "달", "개월", "주년", "주"})
_MEASURE_UNITS = frozenset({"km", "㎞", "kg", "㎏", "평", "㎡", "㎢", "㏊", "ha", "헥타르", "에이커",
                            "톤"})
# Vague prefixes: the amount is "several" of the following unit (수천억 = hundreds of billions).
_VAGUE_LOW = {"수": 2, "몇": 2, "수십": 20, "수백": 200, "수천": 2000, "십수": 10,
              "몇십": 20, "몇백": 200, "몇천": 2000}


class Amount(NamedTuple):
    """A Korean amount.  ``value`` is exact (for a vague amount, its lower bound: 수천억 ->
    200000000000 means "some hundreds of billions"); ``unit`` is the counter as written
    (``원``, ``달러``, ``명``, ``%``; empty when none); ``start:end`` is the span in the text
    (number and unit); ``approx`` marks 약/여/가량 ("about", "more than")."""

    value: Decimal
    unit: str
    start: int
    end: int
    is_vague: bool = False
    approx: bool = False
    text: str = ""

    @property
    def span(self) -> tuple:
        return (self.start, self.end)

    @property
    def category(self) -> str:
        """``KRW``/``USD``/... for money, ``pct``, ``pp``, ``times``, ``age``, ``time``,
        ``measure``, ``count`` (people, cases, ...) or ``""`` (no unit)."""
        return unit_category(self.unit)


@lru_cache(maxsize=256)
def unit_category(unit: str) -> str:
    """The comparison class of a Korean counter.

    >>> unit_category("원"), unit_category("미 달러"), unit_category("명"), unit_category("")
    ('KRW', 'USD', 'count', '')
    """
    u = unit.replace(" ", "")
    if not u:
        return ""
    if u in CURRENCY:
        return CURRENCY[u]
    if u in _CATEGORY:
        return _CATEGORY[u]
    if u in _TIME_UNITS:
        return "time"
    if u in _MEASURE_UNITS:
        return "measure"
    return "count"


@lru_cache(maxsize=4096)
def _parse_part(part: str) -> Optional[tuple]:
    """Value of one space-free numeral chunk and the smallest big unit it used (or None)."""
    part = _DIGIT_COMMA_RE.sub("", part)
    tokens = TOKEN_RE.findall(part)
    if "".join(tokens) != part:
        return None
    total = Decimal(0)
    section = Decimal(0)
    num: Optional[Decimal] = None
    last_big = None
    last_small = 10 ** 5
    for tok in tokens:
        if tok[0].isdigit():
            if num is not None:
                return None
            try:
                num = Decimal(tok)
            except InvalidOperation:
                return None
        elif tok in HANGUL_DIGITS:
            if num is not None:
                return None
            num = Decimal(HANGUL_DIGITS[tok])
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            if unit >= last_small:
                return None
            last_small = unit
            section += (num if num is not None else 1) * unit
            num = None
        else:
            big = BIG_UNITS[tok]
            if last_big is not None and big >= last_big:
                return None
            coeff = section + (num if num is not None else 0)
            if coeff == 0:
                coeff = Decimal(1)
            total += coeff * big
            last_big = big
            section = Decimal(0)
            num = None
            last_small = 10 ** 5
    total += section + (num if num is not None else 0)
    return total, last_big


@lru_cache(maxsize=4096)
def parse_korean_number(text: str) -> Optional[Decimal]:
    """The value of a Korean numeral written with digits and/or unit characters.

    >>> str(parse_korean_number("1조2000억")), str(parse_korean_number("이천삼백만"))
    ('1200000000000', '23000000')
    >>> parse_korean_number("만큼") is None
    True
    """
    parts = text.split()
    total = Decimal(0)
    prev_big = None
    for i, part in enumerate(parts):
        parsed = _parse_part(part)
        if parsed is None:
            return None
        value, big = parsed
        if i and (prev_big is None or (big is not None and big >= prev_big)):
            return None
        total += value
        prev_big = big
    if not parts:
        return None
    return Decimal(int(total)) if total == total.to_integral_value() else total.normalize()


def _split_run(run: str, offset: int) -> list:
    """Split a run at spaces that do not continue a number (``12억 3456만 7898`` is one
    number; ``2022 3`` is two).  Returns ``(start, end)`` pieces."""
    if " " not in run:
        return [(offset, offset + len(run))]  # one chunk: what the loop below returns for it
    pieces = []
    cur_start = offset
    pos = offset
    chunks = run.split(" ")
    prev_big = None
    for i, chunk in enumerate(chunks):
        parsed = _parse_part(chunk)
        big = parsed[1] if parsed else None
        if i and not (parsed and prev_big is not None and chunks[i - 1][-1] in BIG_UNITS
                      and (big is None or big < prev_big)):
            pieces.append((cur_start, pos - 1))
            cur_start = pos
        prev_big = big if big is not None else (None if parsed is None else prev_big)
        if parsed is None:
            prev_big = None
        pos += len(chunk) + 1
    pieces.append((cur_start, pos - 1))
    return pieces


def parse_korean_amounts(text: str) -> list:
    """Every amount in Korean ``text``, in order, as :class:`Amount` records.

    >>> def show(t):
    ...     return [(str(a.value), a.unit, t[a.start:a.end]) for a in parse_korean_amounts(t)]
    >>> show("3억 원")
    [('300000000', '원', '3억 원')]
    >>> show("총 1조2000억원 규모")
    [('1200000000000', '원', '1조2000억원')]
    >>> show("5천만원"), show("1만2000명")
    ([('50000000', '원', '5천만원')], [('12000', '명', '1만2000명')])
    >>> show("12억 3456만 7898")
    [('1234567898', '', '12억 3456만 7898')]
    >>> show("1.5억"), show("1,000억")
    ([('150000000', '', '1.5억')], [('100000000000', '', '1,000억')])
    >>> show("3조 5천억 원을"), show("천만 원"), show("2억5000만 달러")
    ([('3500000000000', '원', '3조 5천억 원')], [('10000000', '원', '천만 원')], [('250000000', '달러', '2억5000만 달러')])
    >>> show("이천삼백만")
    [('23000000', '', '이천삼백만')]
    >>> show("그만큼 열흘 만에 만났다"), show("헌법 제3조에 따라"), show("조 대표와 천 의원")
    ([], [], [])
    >>> a = parse_korean_amounts("수천억 원")[0]
    >>> (str(a.value), a.is_vague)
    ('200000000000', True)
    >>> [a.text for a in parse_korean_amounts("피해액이 3억이 넘는다")]
    ['3억']
    """
    out = []
    for m in NUMBER_RUN_RE.finditer(text):
        run_start = m.start("run")
        for p_start, p_end in _split_run(m.group("run"), run_start):
            amount = _make_amount(text, m, p_start, p_end)
            if amount is not None:
                out.append(amount)
    return out


def _make_amount(text: str, m: re.Match, start: int, end: int) -> Optional[Amount]:
    chunk = text[start:end]
    vague = m.group("vague") if start == m.start("run") else None
    lead = m.start("vague") if vague else start
    before = text[lead - 1] if lead > 0 else ""
    # a chunk's digits are NUMBER_RUN_RE's ``\d`` (str.isdigit says the same of them)
    has_digit = _DIGIT_RE.search(chunk) is not None
    if before and (before.isascii() and (before.isalnum() or before in ".,") ):
        return None
    if before == "제" or (text[max(0, lead - 2):lead] == "제 "
                          and not _HANGUL_RE.match(text[lead - 3:lead - 2] or " ")):
        return None  # 제3조, 제3자: an ordinal, not an amount
    if not has_digit and before and _HANGUL_RE.match(before) and not vague:
        return None  # 불만, 교수천...: the unit character is inside a word
    value = parse_korean_number(chunk)
    if value is None:
        return None
    unit_m = UNIT_RE.match(text, end)
    unit = ""
    stop = end
    more = False
    if unit_m and _unit_ends_word(text, unit_m.end()):
        unit = unit_m.group("unit").replace(" ", "")
        more = bool(unit_m.group("more"))
        stop = unit_m.end()
    elif text.startswith("여", end) and not _HANGUL_RE.match(text[end + 1:end + 2] or " "):
        more = True
    if not has_digit and not vague:
        if len(chunk.replace(" ", "")) < 3 and not unit:
            return None  # 만, 천만에, 오만: ordinary words unless a counter follows
        if unit in _TIME_UNITS:
            return None  # 이십일 ... too ambiguous with dates written in words
        if len(chunk) == 2 and chunk[1] in "조경":
            return None  # 구조대 (rescue team), 이조: words, not 9 or 2 trillion
    if chunk.endswith("조") and not unit and re.match(r"\s?(?:제?\d+항|의\s?\d)", text[end:]):
        return None  # 3조 2항: an article of a law
    approx = bool(more or APPROX_AFTER_RE.match(text, stop)
                  or APPROX_BEFORE_RE.search(text[max(0, lead - 6):lead]))
    if vague:
        value = value * _VAGUE_LOW[vague]
    return Amount(value, unit, lead, stop, bool(vague), approx, text[lead:stop])


def _unit_ends_word(text: str, pos: int) -> bool:
    """A counter must not run on into another word (``원장`` director, ``명단`` list)."""
    nxt = text[pos:pos + 1]
    if nxt.isascii() and nxt.isalpha() and text[pos - 1].isascii():
        return False  # "ha" in "1만 happy", "km" in "kms": a Latin unit ends at a non-letter
    if not nxt or not _HANGUL_RE.match(nxt):
        return True
    if text[pos - 1] in "러로안드":  # 달러, 유로, 위안, 파운드 do not begin longer words
        return True
    if text[pos - 1].isascii() and text[pos - 1].isalpha():
        return True  # a Latin unit (km, ha) never runs on into a Hangul word: 4만ha다
    return nxt in "을를이가은는의에도만씩대여과와로으까부짜어쯤정였인일"

"""English amounts: ``1.2 trillion won``, ``$1.5 bn``, ``KRW 480 million``, ``W131tr``,
``12,000 people``, spelled numbers (``two`` .. ``ninety-nine``, ``eight-point-four-five
billion``) and vague magnitudes (``hundreds of billions of won``), parsed to ``Decimal``.

``number-mismatch`` compares these with the Korean source's amounts
(``tqcheck.lang.ko_numbers``), so each amount carries its currency or unit class and the
precision it was written with (``1.2 trillion`` means 1.15-1.25 trillion).

>>> [(str(a.value), a.category) for a in parse_english_amounts("It cost 3 billion won.")]
[('3000000000', 'KRW')]
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

SCALES = {"thousand": 10 ** 3, "k": 10 ** 3, "million": 10 ** 6, "mn": 10 ** 6, "mil": 10 ** 6,
          "m": 10 ** 6, "billion": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9, "trillion": 10 ** 12,
          "tr": 10 ** 12, "tn": 10 ** 12, "hundred": 100}
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_UNITS_ALT = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
_POINT = r"(?:-point(?:-(?:zero|" + _ONES_ALT + r"))+)?"
_WORD_NUM = (r"(?:(?:" + "|".join(_TENS) + r")-(?:" + _ONES_ALT + r")|(?:" + _UNITS_ALT + r")"
             + _POINT + r"|an?)")


def _word_num_by_letter() -> str:
    """``_WORD_NUM`` (case-insensitive) regrouped by first letter, each group behind a plain
    character class: same matches in the same order of preference (alternatives with another
    first letter cannot match), but a word like ``the`` fails at its second letter instead of
    after thirty case-insensitive tries.  ``ſ`` is listed because IGNORECASE matches it to s."""
    units = _UNITS_ALT.split("|")
    alts = []
    for first in dict.fromkeys(w[0] for w in (*_TENS, *units, "a")):
        tens = [w[1:] for w in _TENS if w[0] == first]
        rest = [w[1:] for w in units if w[0] == first]
        parts = []
        if tens:
            parts.append(r"(?:" + "|".join(tens) + r")-(?:" + _ONES_ALT + r")")
        if rest:
            parts.append(r"(?:" + "|".join(rest) + r")" + _POINT)
        if first == "a":
            parts.append(r"n?")
        cls = "Ssſ" if first == "s" else first.upper() + first
        alts.append("[" + cls + "](?i:" + "|".join(parts) + ")")
    return "(?:" + "|".join(alts) + ")"


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_SCALE_ABBR = r"(?:tr|tn|bn|mn|mil|k|m|b)"
_CUR_PRE = (r"(?:US\s?\$|U\.S\.\s?\$|USD\s?|KRW\s?|EUR\s?|JPY\s?|CNY\s?|GBP\s?|₩\s?|"
            r"W(?=\d)|\$|€|£|¥|RMB\s?)")
_CUR_POST = (r"(?i:(?:South\s)?Korean\swon|won|KRW|USD|(?:U\.S\.\s|US\s|American\s)?dollars?|yen|"
             r"yuan|renminbi|euros?|pounds?(?:\ssterling)?)")
AMOUNT_RE = re.compile(
    # every match starts with a digit, a currency sign or prefix, or a number word's first
    # letter (IGNORECASE: ſ too): checked first, so most positions fail at once
    r"(?=[\d$€£¥₩UKEJCGRWZzOoTtFfSsſEeNnAa])"
    r"(?<![\w$€£¥₩.,-])"
    r"(?P<pre>" + _CUR_PRE + r")?"
    r"(?P<num>" + _DIGITS + r"|" + _word_num_by_letter() + r"(?=[\s-]))"
    r"(?:(?P<sep>[\s-]?)(?P<scale>(?i:" + _SCALE_WORD + r")(?:\s(?i:" + _SCALE_WORD + r"))?|"
    + _SCALE_ABBR + r")(?![A-Za-z]))?"
    r"(?P<post>\s" + _CUR_POST + r"(?![A-Za-z])|\s?(?:%|percent(?:age\spoints?)?|per\scent)"
    r"|\s(?:percentage\spoints?|times|-?fold)(?![A-Za-z])|-fold)?"
)
VAGUE_RE = re.compile(
    r"(?=[TtHhMmBb])(?<![\w-])(?P<mag>(?i:tens|hundreds|thousands|millions|billions|trillions))"
    r"(?:\sof\s(?P<mag2>thousands|millions|billions|trillions))?"
    r"(?:\sof\s(?:(?P<cur>(?:South\s)?Korean\swon|won|dollars|yen|yuan|euros)|(?P<noun>[a-z]+)))?"
)
FEW_RE = re.compile(
    r"(?<![\w-])(?i:several|a\s+few|few|some|many|a\s+couple\s+of)\s+"
    r"(?P<scale>(?i:hundred|thousand|million|billion|trillion))(?![\w-])"
    r"(?:\s(?P<cur>(?:South\s)?Korean\swon|won|dollars|yen|yuan|euros)\b|\s(?P<noun>[a-z]+))?")
"""``several billion won``, ``a few thousand people``: a vague amount of one scale (as vague
as ``billions of won``)."""
_FEW_SCALE = {"hundred": 100, "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9,
              "trillion": 10 ** 12}
NOUN_RE = re.compile(r"\s(?:more\s|fewer\s|new\s|additional\s|other\s)?(?P<noun>[a-z]+)")
_VAGUE_MAG = {"tens": 10, "hundreds": 100, "thousands": 10 ** 3, "millions": 10 ** 6,
              "billions": 10 ** 9, "trillions": 10 ** 12}
_TIME_NOUNS = frozenset("""year years month months week weeks day days hour hours minute minutes
second seconds decade decades century centuries""".split())
_MEASURE_NOUNS = frozenset("""feet foot ft meters metres meter metre m km kilometers kilometres
miles mile inches inch cm mm kg kilograms pounds lbs tons tonnes acres hectares square degrees
mph knots liters litres gallons barrels""".split())
_AGE_RE = re.compile(r"\s?-?years?-old|\s(?:years?\sold)")
_NOT_SCALE_M_RE = re.compile(r"[\s-]?(?:m|b|k)(?=\s*(?:long|tall|high|wide|deep|away|\b(?:of|in)\s)|[²³/])")


class EnAmount(NamedTuple):
    """An English amount.  ``category`` is ``KRW``/``USD``/``JPY``/``CNY``/``EUR``/``GBP``,
    ``pct``, ``pp`` (percentage points), ``times``, ``age``, ``time``, ``count`` (a number
    followed by a noun) or ``""``.  ``precision`` is half a unit of the last written digit
    (for ``1.2 trillion``, 0.05 trillion).  ``scaled`` says a scale word was used."""

    value: Decimal
    category: str
    start: int
    end: int
    unit: str = ""
    is_vague: bool = False
    precision: Decimal = Decimal(0)
    scaled: bool = False
    text: str = ""

    @property
    def span(self) -> tuple:
        return (self.start, self.end)


def _currency(pre: str, post: str) -> str:
    p = (pre or "").replace(" ", "").upper()
    q = (post or "").strip().lower()
    if p in ("KRW", "₩", "W") or q.endswith("won") or q == "krw":
        return "KRW"
    if p in ("US$", "U.S.$", "USD", "$") or "dollar" in q or q == "usd":
        return "USD"
    if p in ("€", "EUR") or q.startswith("euro"):
        return "EUR"
    if p in ("£", "GBP") or q.startswith("pound"):
        return "GBP"
    if p in ("RMB", "CNY") or q in ("yuan", "renminbi"):
        return "CNY"
    if p in ("¥", "JPY") or q == "yen":
        return "JPY"
    return ""


def _word_value(word: str) -> tuple:
    """(value, precision) of a spelled number: ``two``, ``twenty-one``, ``one-point-nine``.

    The case-insensitive pattern also matches look-alike letters (``ſix``, ``fİve``, ``fıve``);
    fold them to ASCII before the table lookup.

    >>> _word_value("ſix")[0], _word_value("fİve")[0], _word_value("fıve")[0]
    (Decimal('6'), Decimal('5'), Decimal('5'))
    """
    w = unicodedata.normalize("NFKC", word).lower().replace("i\u0307", "i").replace("ı", "i")
    if w in ("a", "an"):
        return Decimal(1), Decimal("0.5")
    if "-point-" in w:
        head, tail = w.split("-point-", 1)
        digits = "".join(str(WORD_NUMBERS[d]) for d in tail.split("-"))
        value = Decimal(f"{WORD_NUMBERS[head]}.{digits}")
        return value, Decimal(5) * Decimal(10) ** (-len(digits) - 1)
    if "-" in w:
        tens, ones = w.split("-")
        return Decimal(WORD_NUMBERS[tens] + WORD_NUMBERS[ones]), Decimal("0.5")
    return Decimal(WORD_NUMBERS[w]), Decimal("0.5")


def _digit_value(num: str) -> tuple:
    plain = num.replace(",", "")
    value = Decimal(plain)
    if "." in plain:
        precision = Decimal(5) * Decimal(10) ** (-len(plain.split(".")[1]) - 1)
    else:
        # trailing zeros of an integer may be rounding: 300 million may stand for 2.95억
        stripped = plain.rstrip("0") or "0"
        precision = Decimal(5) * Decimal(10) ** (len(plain) - len(stripped) - 1)
    return value, precision


def parse_english_amounts(text: str) -> list:
    """Every amount in English ``text`` as :class:`EnAmount`, in order.

    >>> def show(t):
    ...     return [(str(a.value), a.category, t[a.start:a.end]) for a in parse_english_amounts(t)]
    >>> show("a 1.2 trillion won budget")
    [('1200000000000', 'KRW', '1.2 trillion won')]
    >>> show("300 million"), show("$1.5 bn")
    ([('300000000', '', '300 million')], [('1500000000', 'USD', '$1.5 bn')])
    >>> show("KRW 480 million"), show("W131tr")
    ([('480000000', 'KRW', 'KRW 480 million')], [('131000000000000', 'KRW', 'W131tr')])
    >>> show("12,000 people"), show("two ships")
    ([('12000', 'count', '12,000 people')], [('2', 'count', 'two ships')])
    >>> show("eight-point-four-five billion U.S. dollars")
    [('8450000000', 'USD', 'eight-point-four-five billion U.S. dollars')]
    >>> show("up 3.5 percent"), show("in 1992, 20 years")
    ([('3.5', 'pct', '3.5 percent')], [('20', 'time', '20 years')])
    >>> show("hundreds of billions of won")
    [('100000000000', 'KRW', 'hundreds of billions of won')]
    """
    out = []
    taken = []
    low = text.lower()
    vague = ("tens" in low or "hundreds" in low or "thousands" in low or "illions" in low
             or "\u017f" in text)  # ſ: IGNORECASE matches it to s
    for m in (VAGUE_RE.finditer(text) if vague else ()):
        mag = _VAGUE_MAG[m.group("mag").lower()]
        if m.group("mag2"):
            mag *= _VAGUE_MAG[m.group("mag2").lower()]
        end = m.end()
        category = ""
        if m.group("cur"):
            category = _currency("", m.group("cur"))
        elif m.group("noun"):
            noun = m.group("noun")
            if noun in _TIME_NOUNS:
                continue
            end = m.end("noun")
            category = "count"
        elif not m.group("mag2") and mag < 10 ** 6:
            continue  # "thousands" alone: too loose to compare
        out.append(EnAmount(Decimal(mag), category, m.start(), end, "", True, Decimal(0), True,
                            text[m.start():end]))
        taken.append((m.start(), end))
    few = ("several" in low or "few" in low or "some" in low or "many" in low
           or "couple" in low)
    for m in (FEW_RE.finditer(text) if few else ()):
        end, category = m.end(), ""
        if m.group("cur"):
            category = _currency("", m.group("cur"))
        elif m.group("noun"):
            if m.group("noun") in _TIME_NOUNS:
                continue
            end, category = m.end("noun"), "count"
        out.append(EnAmount(Decimal(_FEW_SCALE[m.group("scale").lower()]), category, m.start(),
                            end, "", True, Decimal(0), True, text[m.start():end]))
        taken.append((m.start(), end))
    for m in AMOUNT_RE.finditer(text):
        if taken and any(s <= m.start() < e for s, e in taken):
            continue
        if m.group("num") in _ARTICLES and m.group("scale") is None:
            continue  # "a", "an" count only with a scale word (as in _make, without the call)
        amount = _make(text, m)
        if amount is not None:
            out.append(amount)
    out.sort(key=lambda a: a.start)
    return out


_ARTICLES = frozenset({"a", "an", "A", "An", "aN", "AN"})


def _make(text: str, m: re.Match):
    num, scale = m.group("num", "scale")
    if scale is None and num in _ARTICLES:
        return None  # "a", "an" count only with a scale word ("a million")
    pre, post, scale = m.group("pre") or "", m.group("post") or "", scale or ""
    if num[0].isdigit():
        value, precision = _digit_value(num)
    else:
        if num.lower() in ("a", "an") and not scale:
            return None
        value, precision = _word_value(num)
    end = m.end()
    if scale and scale in ("m", "b", "k") and not pre and _NOT_SCALE_M_RE.match(
            text, m.end("num")):
        return None  # 5m long, 3k of: metres, not millions
    if scale:
        if scale.lower() == "hundred" and not num[0].isdigit() and num.lower() in ("a", "an"):
            pass
        factor = 1
        for part in scale.lower().split():
            factor *= SCALES[part]
        value *= factor
        precision *= factor
    category = _currency(pre, post)
    p = post.strip().lower()
    if not category and post:
        if "%" in p or p.startswith("per"):
            category = "pp" if "point" in p else "pct"
        elif "times" in p or "fold" in p:
            category = "times"
    if not category and not post:
        if _AGE_RE.match(text, end):
            category = "age"
        else:
            n = NOUN_RE.match(text, end)
            if n:
                noun = n.group("noun")
                if noun in _TIME_NOUNS or noun in _MEASURE_NOUNS:
                    category = "time" if noun in _TIME_NOUNS else "measure"
                    end = n.end()
                elif noun not in ("and", "or", "to", "of", "in", "on", "at", "for", "by", "from",
                                  "percent", "the", "a", "an", "with", "as", "than"):
                    category = "count"
                    end = n.end()
    if not num[0].isdigit() and not scale and not category:
        return None  # a bare "two" is not an amount worth comparing
    if (num[0].isdigit() and not pre and not post and not scale
            and (category in ("", "time") or not text[:end].endswith("s"))
            and "," not in num and "." not in num and len(num) == 4 and num[:2] in ("19", "20")):
        return None  # a year
    unit = post.strip() or pre.strip()
    value = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
    return EnAmount(value, category, m.start(), end, unit, False, precision, bool(scale),
                    text[m.start():end])

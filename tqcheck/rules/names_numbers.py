"""TQ5xx: dates, names and numbers.

Korean news gives dates as a bare day of the month (``22일`` -> ``on the 22nd``), romanizes
names in several competing ways (``윤석열`` -> ``Yun Seok-yeol``), and counts in units of 10^4
(``3억 원`` is 300 million won, which MT renders as ``3 billion won``).  These rules find the
English those habits leave behind; see the domain notes §1.E, §1.J, §1.L and §4
(korean-news-mt.md).
"""
from __future__ import annotations

import calendar
import datetime
import re
from decimal import Decimal
from functools import lru_cache

from wordfreq import zipf_frequency

from tqcheck.lang import ko_numbers
from tqcheck.numbers_en import parse_english_amounts
from tqcheck.records import Hit
from tqcheck.rules.registry import rule

# ---------------------------------------------------------------- TQ501 literal-date

_ORD = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
LITERAL_DATE_RE = re.compile(
    r"\((?i:last|this|next|the)\s+" + _ORD + r"(?:,?\s+(?i:local\s+time))?\)"   # (last 9th), (the 2nd)
    r"|(?<![\w-])(?P<prep>(?i:(?P<tod>(?:on\s+|in\s+)?the\s+(?:early\s+|late\s+)?"
    r"(?:morning|afternoon|evening|night|dawn|early\s+hours)\s+of|(?:at\s+|before\s+)?dawn\s+on"
    r"|(?:early|late)\s+(?:morning|afternoon|evening|night)\s+on)"
    r"|on|until|till|since|from|by|before|after|through|around|between|dated|as\s+of|"
    r"(?:early|late)\s+on)\s+"
    r"(?:the\s+(?:coming\s+|upcoming\s+)?|(?P<rel>last|this|next)\s+)|(?P<rel2>(?i:last))\s+)"
    + _ORD.replace("day", "day2") +
    r"(?P<range>\s*(?:-|–|\s(?:to|and|through|till|until)\s+(?:the\s+)?)"
    + _ORD.replace("day", "day3") + r")?"
    r"(?P<tail>\s+of\s+(?P<when>last|this|next)\s+month)?(?![\w-])"
)
_ORDINAL_GATE_RE = re.compile(r"\d(?:st|nd|rd|th)")
# After "on the 22nd" a noun means an ordinal ("22nd floor", "21st century"); a date is followed
# by punctuation, the end, a month, or a function word.
_NEXT_WORD_RE = re.compile(r"\s*(?P<word>[A-Za-z]+)?")
_MONTH_AFTER_RE = re.compile(r"\s*(?:of\s+)?(?:" + MONTHS + r")\b")
DATE_FOLLOWERS = frozenset("""and or to through at in on of when that as after before with for
from by while amid he she it they we i you the a an his her its their local said says told
announced but if because since until this last next morning afternoon evening night earlier
later amid saying""".split())
# A verb right after the bare ordinal makes it a date in the Korean subject-date-verb order
# ("The court on the 27th sentenced ...", "Police on the 3rd arrested ...").
DATE_VERBS = frozenset("""held met made sent gave took won lost began left found put set saw went
came wrote spoke sought brought caught rose fell sold bought struck stood ran paid kept led fled
shot chose drew flew grew threw knew broke hit cut became will would could should may might must
was were is are has have had also officially formally jointly reportedly again first then
unveiled""".split())
_PAST_RE = re.compile(r"[a-z]{2,}(?:ed|ied)$")
_NOT_VERBS = frozenset("""ranked seeded placed rated numbered scheduled revised amended united
red bed shed hundred daily weekly monthly yearly quarterly biweekly""".split())
# "the 7th Infantry Division", "the 22nd National Assembly", "the 3rd Fleet": an ordinal that
# starts a capitalized unit or organization name is not a day of the month.
_CAP_RUN_RE = re.compile(r"\s+((?:[A-Z][A-Za-z]*\s+){0,3}[A-Z][A-Za-z]*)")
UNIT_HEADS = frozenset("""Division Divisions Brigade Regiment Battalion Company Corps Fleet Army
Wing Squadron Group Command Infantry Armored Armoured Airborne Mechanized Artillery Assembly
Congress Committee Session Conference Council Plenum Plenary Parliament Legislature Republic
Festival Awards Award Games Olympics Championship Championships Cup Biennale Exhibition Edition
Anniversary Floor Round Amendment Century Generation Street Avenue District Circuit Precinct
Class Grade Term Meeting Summit Forum Symposium Convention Inning Quarter Season Series Ward
Force Marine Marines Naval Fighter Symphony Revolution Industrial Plan Prize Administration
Government Cabinet Expo Film International Annual Party Dynasty Stage Phase Wave Batch Leg Lap
Hole Test""".split())
ARTICLE_DATE_RE = re.compile(r"\b((?:19|20)\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})\b")
CAPTION_KINDS = ("headline", "sentence", "caption")


def _article_date(doc):
    """The article's date from a ``2022.6.22`` caption stamp, if any."""
    if doc is None:
        return None
    m = ARTICLE_DATE_RE.search(doc.target)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _resolve(day: int, when: str, article):
    """The calendar date a Korean bare day refers to, given the article date."""
    year, month = article.year, article.month
    if when == "next":
        month += 1
    elif when == "last" or (when == "" and day > article.day):
        month -= 1
    if month == 0:
        year, month = year - 1, 12
    elif month == 13:
        year, month = year + 1, 1
    if day > calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, day)


def _date_follower(word: str, after: str) -> bool:
    """Whether ``word`` (the word right after ``on the 22nd``) leaves the ordinal a date."""
    if word.islower():
        return (word in DATE_FOLLOWERS or word in DATE_VERBS
                or (_PAST_RE.search(word) is not None and word not in _NOT_VERBS)
                or (word.endswith("ly") and word not in _NOT_VERBS))
    run = _CAP_RUN_RE.match(after)
    return run is None or not any(w in UNIT_HEADS for w in run.group(1).split())


# Each rule of this module returns None when a cheap test shows there is nothing to report
# (the engine skips a None), and otherwise the generator that finds the hits: most texts are
# done without making a generator.
@rule("TQ501", "literal-date", "Locale convention/Date format", "minor",
      kinds=CAPTION_KINDS,
      flag=("Park said on the 22nd that talks matter.",
            "Lee Jae-myung / Democratic Party leader (last 9th)",
            "Applications are open until the 3rd of next month.",
            "The Seoul High Court on the 27th sentenced him to three years."),
      ok=("Park said on June 22 that talks matter.", "the 21st century",
          "on the 22nd floor of the building", "on the 22nd of June",
          "Soldiers from the 7th Infantry Division took part."))
def literal_date(seg, ctx):
    """A Korean day-of-month date rendered literally: ``on the 22nd``, ``(last 9th)``.

    Korean news dates events by the day alone (``22일``, ``지난 9일`` "the 9th of this or last
    month"); MT renders these as ``on the 22nd`` or ``(last 9th)``, which English news never
    writes.  English says ``on June 22`` (or the weekday within the past week).  When the
    article carries a ``2022.6.22`` caption stamp, the suggestion gives the resolved date.

    Korean puts the date between subject and verb (``서울고법은 27일 … 선고했다``), so MT
    writes ``The court on the 27th sentenced ...``: a verb after the ordinal makes it a date,
    while a noun (``the 22nd floor``) or a capitalized unit name (``the 7th Infantry
    Division``, ``the 22nd National Assembly``) makes it an ordinal.

    Flagged: ``Minister Park said on the 22nd that ...``, ``until the 3rd of next month``,
    ``The court on the 27th sentenced ...``.
    Clean:   ``on June 22``, ``on the 22nd of June``, ``the 21st century``, ``the 22nd floor``,
    ``from the 7th Infantry Division``.
    """
    text = seg.text
    if _ORDINAL_GATE_RE.search(text) is None:
        return None  # every date form has an ordinal ("22nd")
    return _literal_date_hits(text, ctx)


def _literal_date_hits(text: str, ctx):
    """The hits of :func:`literal_date` in ``text`` (which has an ordinal)."""
    for m in LITERAL_DATE_RE.finditer(text):
        if m.group("prep") is not None:
            after = text[m.end():]
            if _MONTH_AFTER_RE.match(after):
                continue
            word = _NEXT_WORD_RE.match(after).group("word")
            between = m.group("prep")[:7].lower() == "between"
            if between and not m.group("range"):
                continue  # "between the 2nd ...": only a range of days is a date
            # "the evening of", "3rd to the 5th" (but "between the 2nd and 3rd floors")
            strong = m.group("tod") or (m.group("range") and not between)
            if word and not strong and not _date_follower(word, after):
                continue  # an ordinal: "on the 22nd floor", "from the 7th Infantry Division"
            day = int(m.group("day2"))
            when = (m.group("when") or m.group("rel") or m.group("rel2") or "").lower()
        else:
            day = int(m.group("day"))
            when = "last" if m.group(0)[1:].lower().startswith("last") else ""
        article = _article_date(ctx.doc)
        suggestion = ""
        hint = "give the month and day (e.g. 'on June 22') or the weekday"
        if article is not None:
            date = _resolve(day, when, article)
            if date is not None:
                month_day = f"{calendar.month_name[date.month]} {date.day}"
                if m.group("prep") is not None:
                    prep = re.sub(r"\s+(?:the\s+|last\s+|this\s+|next\s+)?$", "",
                                  m.group("prep"))
                    prep = re.sub(r"^(?i:last)$", "on", prep)
                    suggestion = f"{prep} {month_day}"
                    if m.group("range"):  # "from the 3rd to the 5th" -> "from June 3 to 5"
                        joint = re.search(r"[a-z]+", m.group("range"))
                        suggestion += (f" {joint.group()} " if joint else "-") + m.group("day3")
                else:
                    suggestion = f"({month_day})"
                hint = f"the article is dated {article.isoformat()}, so this is {month_day} " \
                       f"({calendar.day_name[date.weekday()]})"
        yield Hit(m.start(), m.end(),
                  f"literal Korean date '{m.group(0)}': {hint}", suggestion)


# ---------------------------------------------------------------- TQ502 name-romanization

NAME_KINDS = frozenset({"person", "party", "media", "place", "ministry", "institution",
                        "office"})
"""Glossary kinds that are names.  Terms, titles and units (``Yeo``, ``CEO``) are left to the
source-aware rules: without the Korean they are ordinary English words."""
_TOKEN_RE = re.compile(r"[A-Za-z]+")
_LEGACY_NAME_RE = re.compile(r"\s+[A-Z][a-z]+")
"""A place variant followed by a capitalised word is part of a legacy proper name:
``Pusan National University``, ``Kwangju Uprising`` (notes §2, matching rule 3)."""


_LONGER_NAME_RE = re.compile(r"\s+(?:(?:and|of|for|&)\s+)?(?:the\s+)?[A-Z][a-z]+")
_FOREIGN_OWNER_RE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:Korea|Korean|South|Seoul|The|A|An)\b)"
    r"(?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.|[A-Z]{2,})(?:['’]s)?\s+$")
"""An institution variant right after another proper name or nationality belongs to that
country's institution: ``Japanese Meteorological Agency``, ``Taiwan's Central News Agency``."""


@lru_cache(maxsize=4096)
def _distinctive(variant: str) -> bool:
    """Does ``variant`` contain a word that is not ordinary English (``Deobureo``, ``Pusan``)?
    All-English variants (``Department of Defense``, ``Central News Agency``) are legitimate
    in other contexts and need the source."""
    return any(zipf_frequency(t.lower(), "en") < 2.6 for t in _TOKEN_RE.findall(variant))


_SPACE_RE = re.compile(r"\s+")


def _source_key(text: str) -> str:
    return _SPACE_RE.sub("", text or "")


def _in_credit(text: str, hit, entry, ctx) -> bool:
    """Is glossary ``hit`` (in a caption) part of the photo credit rather than the caption's
    prose?  An outlet (``media``) in a caption is taken as its credit; any other name counts
    only inside a span of the pack's ``photo_credit_re``, so ``the People's Power Party`` in
    the caption's sentence is still checked."""
    if entry.kind == "media":
        return True
    credit = (getattr(getattr(ctx, "lang", None), "extra", None) or {}).get("photo_credit_re")
    if credit is None:
        return False
    return any(m.start() < hit.end and hit.start < m.end() for m in credit.finditer(text))


@rule("TQ502", "name-romanization", "Terminology/Inappropriate for context", "major",
      kinds=CAPTION_KINDS,
      flag=("The Yun Seok-yeol government announced it.",
            "Former president Mun Jae-in met him.",
            "He spoke at the Deobureo Minjudang convention."),
      ok=("The Yoon Suk Yeol government announced it.",
          "It was reported by the Korean Central News Agency.",
          "She studied at Pusan National University."))
def name_romanization(seg, ctx):
    """A known name in a non-standard spelling (glossary): ``Yun Seok-yeol`` for ``Yoon Suk Yeol``.

    MT romanizes Korean names by rule (Revised Romanization: 윤석열 -> ``Yun Seok-yeol``) where
    the person, party or outlet has an established spelling (``Yoon Suk Yeol``).  The
    packaged glossary (plus ``--glossary`` files) lists the wrong renderings; the suggestion
    is the preferred form.  With a Korean source, a hit counts only when the source names the
    term; without one, only person names and variants with a non-English word are reported.

    Flagged: ``the Yun Seok-yeol government`` -> ``Yoon Suk Yeol``.
    Clean:   ``Seoul Western District Court`` (accepted form masks ``Western District``).
    """
    glossary = ctx.glossary
    if glossary is None:
        return None
    hits = glossary.find_wrong(seg.text)
    if not hits:
        return None
    return _name_romanization_hits(seg, ctx, glossary, hits)


def _name_romanization_hits(seg, ctx, glossary, hits: list):
    """The hits of :func:`name_romanization` among glossary ``hits`` in ``seg``."""
    record = ctx.doc.record if ctx.doc is not None else None
    source = _source_key(record.source) if record is not None and record.source else ""
    seen = set()
    for h in hits:
        entry = h.entry
        if (h.start, h.end) in seen:
            continue
        if source:
            if _source_key(entry.ko) not in source:
                continue
            if h.ambiguous and any(_source_key(e.ko) in source
                                   for e in glossary.entries_for_accepted(h.variant)):
                continue
            severity = None
        else:
            if h.ambiguous or entry.kind not in NAME_KINDS:
                continue
            if entry.kind != "person" and _LONGER_NAME_RE.match(seg.text, h.end):
                continue  # "Centers for Disease Control and Prevention": another name
            severity = None if entry.kind == "person" or _distinctive(h.variant) else "minor"
        if seg.kind == "caption" and entry.kind != "person" and _in_credit(seg.text, h, entry, ctx):
            continue  # credit lines ("2022.6.22/News 1") are photo-credit-residue's
        if entry.kind == "place" and _LEGACY_NAME_RE.match(seg.text, h.end):
            continue
        if entry.kind != "person" and _FOREIGN_OWNER_RE.search(seg.text, 0, h.start):
            continue  # "Japanese Meteorological Agency", "Taiwan's Central News Agency"
        seen.add((h.start, h.end))
        accepted = " or ".join(f"'{f}'" for f in entry.en)
        note = " (spelling uncertain; check)" if entry.uncertain else ""
        yield Hit(h.start, h.end,
                  f"'{h.variant}' is a non-standard spelling of {entry.ko}: use {accepted}{note}",
                  entry.preferred, severity)


# ---------------------------------------------------------------- TQ503 inconsistent-name

SURNAMES = ("Kim|Lee|Yi|Rhee|Park|Bak|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Gang|Cho|Jo|Yoon|Yun|"
            "Jang|Chang|Lim|Im|Han|Oh|O|Seo|Suh|Shin|Sin|Kwon|Gwon|Kweon|Hwang|Ahn|An|Song|Ryu|Yoo|"
            "Yu|Hong|Jeon|Chun|Go|Ko|Moon|Mun|Yang|Son|Bae|Baek|Paik|Heo|Hur|Nam|Noh|Roh|Ha|Kwak|"
            "Sung|Seong|Cha|Joo|Ju|Woo|Koo|Gu|Min|Uhm|Eom|Chae|Won|Cheon|Bang|Kong|Gong|Hyun|"
            "Hyeon|Ham|Byun|Byeon|Yeom|Yum|Yeo|Choo|Chu|Seok|Sunwoo|Namgung|Hwangbo|Jegal|Dokgo")
_SYL = (r"(?:[gkndrlmbpsjchtf]{0,2}|ss|jj|kk|tt|pp)(?:w|y)?(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|"
        r"oe|yo|u|wo|we|wi|yu|eu|ui|i|oo|ee|ea|ou|uh|oh|ah)(?:ng|nk|[kgnltmbpsh])?")
SYLLABLE_RE = re.compile(_SYL, re.IGNORECASE)
ONE_TWO_SYL_RE = re.compile(r"(?:" + _SYL + r"){1,2}", re.IGNORECASE)
PERSON_RE = re.compile(
    r"(?<![\w-])(?P<sur>" + SURNAMES + r"|" + SURNAMES.upper() + r")\s"
    r"(?P<given>[A-Z][a-z]+-[A-Za-z][a-z]*|[A-Z][a-z]+\s[A-Z][a-z]+|[A-Z][a-z]+"
    r"|[A-Z]{2,}(?:-[A-Z]+)?)(?![\w-])"
)
_SURNAME_KEY = {}
for _group, _k in (("lee yi rhee i", "i"), ("park bak pak", "bak"), ("choi choe", "choi"),
                   ("jung jeong chung", "jung"), ("kang gang", "gang"), ("cho jo", "jo"),
                   ("yoon yun", "yun"), ("jang chang", "jang"), ("lim im", "im"),
                   ("oh o", "o"), ("seo suh", "so"), ("shin sin", "sin"),
                   ("kwon gwon kweon", "gwon"), ("ahn an", "an"), ("ryu yoo yu", "yu"),
                   ("jeon chun cheon", "jun"), ("go ko", "go"), ("moon mun", "mun"),
                   ("heo hur", "ho"), ("noh roh", "no"), ("sung seong", "sung"),
                   ("joo ju", "ju"), ("woo u", "u"), ("koo gu", "gu"), ("uhm eom", "um"),
                   ("hyun hyeon", "hyun"), ("byun byeon", "byun"), ("yeom yum", "yum"),
                   ("choo chu", "chu"), ("baek paik", "baek"), ("kong gong", "gong")):
    for _s in _group.split():
        _SURNAME_KEY[_s] = _k
_KEY_STEPS = (("oo", "u"), ("ou", "u"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("ee", "i"),
              ("ui", "i"), ("wo", "o"), ("sh", "s"), ("ch", "j"), ("k", "g"), ("t", "d"),
              ("p", "b"), ("l", "r"))
_VOWELS = frozenset("aeiouwy")


_NAME_SEP_RE = re.compile(r"[\s\-‐‑]")
_SILENT_H_RE = re.compile(r"(?<=[aeiou])h(?![aeiouwy])")


@lru_cache(maxsize=8192)
def phonetic_key(given: str) -> str:
    """A spelling-insensitive key for a romanized given name (notes §1.J).

    >>> phonetic_key("Yong-ju") == phonetic_key("Yongjoo"), phonetic_key("Won-shik") == phonetic_key("Won-sik")
    (True, True)
    """
    k = _NAME_SEP_RE.sub("", given.lower())
    for a, b in _KEY_STEPS:
        k = k.replace(a, b)
    return _SILENT_H_RE.sub("", k)  # Ahn/An, Ho/Hoh


_CLUSTER_RE = re.compile(r"[aeiouwy]+|[^aeiouwy]+")


def _one_vowel_apart(a: str, b: str) -> bool:
    """Same consonants, and at most one vowel group spelled differently (``seok``/``suk``,
    ``young``/``yeong``)."""
    if a == b:
        return True
    ca, cb = _CLUSTER_RE.findall(a), _CLUSTER_RE.findall(b)
    if len(ca) != len(cb):
        return False
    diff = [(x, y) for x, y in zip(ca, cb) if x != y]
    # the one difference must be the o/u confusion of customary spellings (석 Seok/Suk,
    # 명 Myeong/Myung, 영 Yeong/Young); hun/hyun or jae/ju are different names
    return len(diff) == 1 and diff[0][0].replace("o", "u") == diff[0][1].replace("o", "u")


# Syllable-by-syllable spelling keys: Revised Romanization, McCune-Reischauer without
# diacritics and the customary spellings write one Hangul syllable several ways (서 Seo/Suh/So,
# 태 Tae/Tai/Te, 환 Hwan/Hoan, 룡 Ryong/Yong, 철 Cheol/Chul).  Each romanized syllable maps to a
# canonical onset + vowel + final; two spellings of one name share a key.
_ONSETS = {"": "", "g": "G", "k": "G", "kk": "G", "gg": "G", "n": "N", "d": "D", "t": "D",
           "tt": "D", "r": "R", "l": "R", "m": "M", "b": "B", "p": "B", "pp": "B", "s": "S",
           "ss": "S", "sh": "S", "j": "J", "jj": "J", "ch": "J", "tch": "J", "h": "H"}
_VOWEL_KEYS = {"a": "A", "ae": "E", "ai": "E", "e": "E", "ya": "YA", "yae": "YE", "ye": "YE",
               "yea": "YE", "eo": "O", "o": "O", "u": "O", "oo": "O", "ou": "O", "eu": "O",
               "yeo": "YO", "yo": "YO", "yu": "YO", "yoo": "YO", "you": "YO", "yeu": "YO",
               "wa": "WA", "oa": "WA", "wae": "WE", "oe": "WE", "oi": "WE", "we": "WE",
               "wai": "WE", "wo": "WO", "weo": "WO", "wu": "WU", "woo": "WU", "wi": "WI",
               "wee": "WI", "ui": "I", "eui": "I", "i": "I", "ee": "I"}
_FINALS = {"": "", "k": "K", "g": "K", "n": "N", "t": "T", "d": "T", "l": "L", "r": "L",
           "m": "M", "p": "P", "b": "P", "ng": "NG"}
_RR_SYLLABLE_RE = re.compile(
    r"(?P<on>tch|kk|gg|tt|pp|ss|jj|sh|ch|[gkndtrlmbpsjh]?)"
    r"(?P<v>" + "|".join(sorted(_VOWEL_KEYS, key=len, reverse=True)) + r")"
    r"h?(?P<fin>ng|[kgntdlrmpb]?)")


def _syllable_key(onset: str, vowel: str, final: str) -> str:
    on, v = _ONSETS[onset], _VOWEL_KEYS[vowel]
    if v == "WU":
        v = "O" if on == "" else "WO"  # 우 Woo/Wu/U
    if on in ("R", "N") and v[0] in "IY":
        on = ""  # 룡/용, 녀/여, 리/이: the initial-sound rule
    if on and v in ("YE",):
        v = "E"  # 혜 Hye/He, 계 Gye/Ge: ㅖ after a consonant is said ㅔ
    return on + v + _FINALS[final]


@lru_cache(maxsize=8192)
def _syllable_parses(word: str) -> tuple:
    """All ways to read ``word`` (lower case, no separators) as 1-3 romanized syllables, as
    tuples of syllable keys."""
    out = []

    def walk(pos: int, keys: tuple):
        if pos == len(word):
            out.append(keys)
            return
        if len(keys) == 3:
            return
        for end in range(len(word), pos, -1):
            m = _RR_SYLLABLE_RE.fullmatch(word, pos, end)
            if m is not None:
                walk(end, keys + (_syllable_key(m["on"], m["v"], m["fin"]),))

    walk(0, ())
    return tuple(out)


@lru_cache(maxsize=8192)
def spelling_keys(given: str) -> frozenset:
    """Canonical syllable keys of a romanized given name; two spellings of one name share one.

    >>> bool(spelling_keys("Suh-woo") & spelling_keys("Seo-woo"))
    True
    >>> bool(spelling_keys("Min-ji") & spelling_keys("Min-jun"))
    False
    """
    parts = [p for p in re.split(r"[\s\-‐‑]+", given.lower()) if p]
    keys = [()]
    for part in parts:
        parses = _syllable_parses(part)
        if not parses:
            return frozenset()
        # a hyphenated part is one syllable, a run-together name two: read it that way
        # when possible ("Hyeu" may be 혀 or 혜우)
        most = max(min(len(p) for p in parses), 1 if len(parts) > 1 else 2)
        keys = [k + p for k in keys for p in parses if len(p) <= most][:16]
    return frozenset("|".join(k) for k in keys)


_SURNAME_WORDS = frozenset(SURNAMES.split("|")) | frozenset(SURNAMES.upper().split("|"))


def _surname_start_pattern(words) -> str:
    """``(?<![\\w-])(?:Kim|Lee|...)\\s`` rewritten so the regex engine can skip ahead: the
    surnames grouped by first letter, each group a literal letter, then the look-behind
    (``(?<![\\w-].)``: the character before that letter is no word character or hyphen; at
    the start of the text there is none), then the rest of the surname.  A pattern that starts
    with literal letters lets ``search`` jump from one candidate capital to the next."""
    groups = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(re.escape(first) + r"(?<![\w-].)(?:" + "|".join(rest) + ")"
                            for first, rest in sorted(groups.items())) + r")\s"


SURNAME_START_RE = re.compile(_surname_start_pattern(_SURNAME_WORDS))
"""Where ``PERSON_RE`` can start: a surname (case-sensitively, as ``PERSON_RE`` has it) at
the start of a word, then white space."""


def _person_matches(text: str):
    """``PERSON_RE.finditer(text)``, trying only where a word of the text is a surname.

    A match's surname starts a word (``(?<![\\w-])``) and is followed by white space: a
    ``SURNAME_START_RE`` match starts there (its matches, a surname and one space, overlap no
    other such place), and ``PERSON_RE`` cannot match anywhere else.  Trying those places in
    order, each only after the previous match's end, gives the same matches as ``finditer``.
    Most texts have no such place: one fast ``finditer`` pass."""
    end = 0
    for w in SURNAME_START_RE.finditer(text):
        start = w.start()
        if start < end:
            continue
        m = PERSON_RE.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _name_mentions(text: str) -> list:
    """``(start, end, surface, surname_key, given_key)`` for person-name candidates."""
    out = []
    for m in _person_matches(text):
        given = m.group("given")
        parts = re.split(r"[\s-]", given)
        if " " in given:
            if not all(SYLLABLE_RE.fullmatch(p) for p in parts):
                continue
        elif "-" in given:
            if not all(ONE_TWO_SYL_RE.fullmatch(p) for p in parts) and not spelling_keys(given):
                continue
        elif not ONE_TWO_SYL_RE.fullmatch(given) and not spelling_keys(given):
            continue
        sur = m.group("sur")
        if given.isupper() != (sur.isupper() and len(sur) > 1):  # "O" is one capital
            continue
        if given.isupper() and len(given) < 4:
            continue
        sur = sur.lower()
        surface = re.sub(r"\s+", " ", m.group(0))
        out.append((m.start(), m.end(), surface, _SURNAME_KEY.get(sur, phonetic_key(sur)),
                    phonetic_key(given)))
    return out


RUN_TOGETHER_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{5,}(?![\w-])")


def _run_together_mentions(text: str, mentions: list) -> list:
    """Names written as one word (``Seoyongju``) that spell a name mentioned elsewhere."""
    full = {}
    for _, _, surface, _, _ in mentions:
        full.setdefault(phonetic_key(surface), surface)
    out = []
    for m in RUN_TOGETHER_RE.finditer(text):
        key = phonetic_key(m.group())
        for fk, surface in full.items():
            if fk[:1] == key[:1] and _one_vowel_apart(fk, key) and zipf_frequency(
                    m.group().lower(), "en") < 2.0:
                out.append((m.start(), m.end(), m.group(), surface))
                break
    return out


def _distinct_in_source(members: list, source: str, extra: dict) -> bool:
    """Whether each spelling in ``members`` fits a different Hangul name of the source.

    ``Lee Sung-hoon`` and ``Lee Seung-hoon`` share a spelling key, but a source naming both
    이성훈 and 이승훈 shows two people: ``Seung`` spells only 승, so ``Sung`` is 성."""
    names = [n for n in extra["hangul_names"](source)]
    if len(names) < 2:
        return False
    fits = []
    for m in members:
        flat = re.sub(r"[\s\-‐‑]+", "", m.lower())
        fits.append([n for n in names if extra["name_spelling_re"](n).fullmatch(flat)])
    if any(not f for f in fits):
        return False

    def assign(i: int, used: frozenset) -> bool:
        if i == len(fits):
            return True
        return any(assign(i + 1, used | {n}) for n in fits[i] if n not in used)

    return assign(0, frozenset())


@rule("TQ503", "inconsistent-name", "Terminology/Inconsistent use of terminology", "major",
      scope="document",
      flag=("Lee Jae-myung spoke first. Later Lee Jae-myeong left.",
            "Seo Yong-ju said so. Seo Yong-joo denied it.",
            "Woo Won-shik opened the session. Woo Won-sik closed it."),
      ok=("Lee Jae-myung spoke first. Later Lee Jae-myung left.",
          "Kim Min-seok met Kim Min-jae.", "Park Jin met Park Jin-ho."))
def inconsistent_name(doc, ctx):
    """One person's name spelled two ways in one article (``Lee Jae-myung`` / ``Lee Jae-myeong``).

    Korean names have no enforced romanization, and MT romanizes each mention afresh, so one
    article can call the same person ``Seo Yong-ju``, ``Seo Yong-joo`` and ``Seoyongju``.
    Names are grouped by a phonetic key (hyphens, spaces and spelling variants such as
    oo/u, eo/o, sh/s, k/g ignored; one vowel may differ), and a glossary variant counts as
    the same person as its accepted form.  Every mention that differs from the article's
    main spelling (the glossary's accepted form, else the most frequent) is reported.

    Flagged: ``Woo Won-shik ... Woo Won-sik``.   Clean: ``Kim Min-seok met Kim Min-jae.``
    """
    text = doc.target
    if SURNAME_START_RE.search(text) is None:
        return None  # no person name: ``_name_mentions`` would find none (_person_matches)
    return _inconsistent_name_hits(doc, ctx, text)


def _surname_uses(text: str, surface: str) -> int:
    """How often the surname of ``surface`` (``Ahn`` of ``Ahn Se-young``) stands in ``text``
    as a word of its own, alone or in a full name."""
    sur = surface.split(" ", 1)[0]
    return len(re.findall(r"(?<![\w-])" + re.escape(sur) + r"(?![\w-])", text))


REVERSED_NAME_RE = re.compile(r"(?<![\w-])(?P<given>[A-Z][a-z]+-[a-z]+)\s+(?P<sur>" + SURNAMES
                              + r")(?![\w-])")
"""``Seo-yeon Kim``: a hyphenated (Korean) given name before the surname, the Western order."""


def _reversed_order_hits(text: str, mentions: list, segs: list):
    """Hits for ``Seo-yeon Kim`` where the article also writes ``Kim Seo-yeon``: one person,
    names in two orders."""
    surfaces = {mn[2].lower() for mn in mentions}
    for m in REVERSED_NAME_RE.finditer(text):
        korean_order = f"{m.group('sur')} {m.group('given')}"
        if korean_order.lower() in surfaces and any(s.start <= m.start() < s.end for s in segs):
            yield Hit(m.start(), m.end(),
                      f"'{m.group()}' is written '{korean_order}' elsewhere in this article "
                      "(surname first): use one order", korean_order)


def _inconsistent_name_hits(doc, ctx, text: str):
    """The hits of :func:`inconsistent_name` in ``doc`` (``text`` is its target)."""
    mentions = _name_mentions(text)
    if not mentions:
        return  # a run-together name counts only as a spelling of a mentioned name
    segs = [s for s in doc.segments if s.kind in CAPTION_KINDS]
    mentions = [mn for mn in mentions if any(s.start <= mn[0] < s.end for s in segs)]
    if not mentions:
        return
    yield from _reversed_order_hits(text, mentions, segs)
    for start, end, word, surface in _run_together_mentions(text, mentions):
        if any(s.start <= start < s.end for s in segs):
            mentions.append((start, end, word, *next((mn[3], mn[4]) for mn in mentions
                                                     if mn[2] == surface)))
    mentions.sort()
    if len(mentions) < 2:
        return
    glossary = ctx.glossary
    # union-find over surfaces
    surfaces = sorted({mn[2] for mn in mentions}, key=lambda s: next(
        i for i, mn in enumerate(mentions) if mn[2] == s))
    keys = {mn[2]: (mn[3], mn[4]) for mn in mentions}
    parent = {s: s for s in surfaces}

    def find(s):
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for i, a in enumerate(surfaces):
        for b in surfaces[i + 1:]:
            (sa, ga), (sb, gb) = keys[a], keys[b]
            same = sa == sb and (_one_vowel_apart(ga, gb) or bool(
                spelling_keys(a.split(" ", 1)[1]) & spelling_keys(b.split(" ", 1)[1])))
            if not same and glossary is not None:
                ea = {e.ko for e in glossary.entries_for_wrong(a) + glossary.entries_for_accepted(a)
                      if e.kind == "person"}
                eb = {e.ko for e in glossary.entries_for_wrong(b) + glossary.entries_for_accepted(b)
                      if e.kind == "person"}
                same = bool(ea & eb)
            if same:
                parent[find(b)] = find(a)
    groups = {}
    for s in surfaces:
        groups.setdefault(find(s), []).append(s)
    counts = {}
    for mn in mentions:
        counts[mn[2]] = counts.get(mn[2], 0) + 1
    source = doc.record.source
    extra = getattr(getattr(ctx, "lang", None), "extra", None) or {}
    for members in groups.values():
        if len(members) < 2:
            continue
        if source and "hangul_names" in extra and _distinct_in_source(members, source, extra):
            continue  # 이성훈 and 이승훈: two people the spelling key cannot tell apart
        accepted = [m for m in members
                    if glossary is not None and glossary.entries_for_accepted(m)]
        # the spelling used most; on a tie, the one whose surname the article goes on to use
        # alone ("Ahn will face ..."), then the first
        main = accepted[0] if accepted else max(members, key=lambda m: (
            counts[m], _surname_uses(text, m), -members.index(m)))
        for start, end, surface, _, _ in mentions:
            if surface in members and surface.lower() != main.lower():
                yield Hit(start, end,
                          f"'{surface}' is spelled '{main}' elsewhere in this article "
                          f"({counts[main]} time{'s' if counts[main] != 1 else ''}): "
                          f"use one spelling", main)


# ---------------------------------------------------------------- TQ504 number-mismatch

_SKIP_CATEGORIES = frozenset({"time", "age", "measure"})
_MONEY = frozenset({"KRW", "USD", "JPY", "CNY", "EUR", "GBP"})
EN_APPROX_RE = re.compile(
    r"(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more\s+than|"
    r"less\s+than|under|up\s+to|at\s+least|at\s+most|close\s+to|just\s+over|just\s+under|"
    r"an\s+estimated|estimated|upward\s+of|upwards\s+of)\s+$", re.IGNORECASE)
CONVERSION_BEFORE_RE = re.compile(
    r"(?:\(\s*(?:about\s+|around\s+|approx\.\s+|roughly\s+|or\s+|some\s+|equivalent\s+to\s+)?"
    r"|,?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?)$", re.IGNORECASE)
# The two patterns above written backwards, for ``re.match`` on the reversed text: a string
# has a match of ``X$`` (ending at its end, or before a final newline) exactly when its
# reverse (or that of the string less its final newline) starts with a match of X reversed.
# ``search`` tries X at every position of the string; ``match`` tries one.


def _backwards(phrase: str) -> str:
    """``phrase`` reversed as a regex, its spaces matching any white space."""
    return re.escape(phrase[::-1]).replace(r"\ ", r"\s+")


_EN_APPROX_WORDS = ("about", "around", "approximately", "approx.", "roughly", "nearly", "almost",
                    "some", "over", "more than", "less than", "under", "up to", "at least",
                    "at most", "close to", "just over", "just under", "an estimated",
                    "estimated", "upward of", "upwards of")
_EN_APPROX_REV_RE = re.compile(
    r"\s+(?:" + "|".join(_backwards(w) for w in _EN_APPROX_WORDS) + ")", re.IGNORECASE)
_CONVERSION_REV_RE = re.compile(
    r"(?:(?:" + "|".join(r"\s+" + _backwards(w) for w in (
        "about", "around", "approx.", "roughly", "or", "some", "equivalent to")) + r")?\s*\("
    r"|(?:" + "|".join(r"\s+" + _backwards(w) for w in ("about", "around", "roughly", "some"))
    + r")?\s+ro\s+,?)", re.IGNORECASE)


def _ends_with(rev_re: re.Pattern, text: str) -> bool:
    """``X$`` found in ``text``, where ``rev_re`` is X written backwards: see above."""
    return (rev_re.match(text[::-1]) is not None
            or (text[-1:] == "\n" and rev_re.match(text[-2::-1]) is not None))


def _approx_before(before: str) -> bool:
    """``EN_APPROX_RE.search(before) is not None`` ("about ", "more than "), faster.

    >>> _approx_before("rose by about "), _approx_before("rose by "), _approx_before("handsome ")
    (True, False, True)
    """
    return before[-1:].isspace() and _ends_with(_EN_APPROX_REV_RE, before)


def _conversion_before(text: str) -> bool:
    """``CONVERSION_BEFORE_RE.search(text) is not None`` ("(about ", ", or "), faster."""
    return _ends_with(_CONVERSION_REV_RE, text)
_NAMES = {"KRW": "won", "USD": "dollars", "JPY": "yen", "CNY": "yuan", "EUR": "euros",
          "GBP": "pounds", "pct": "percent", "pp": "percentage points", "times": "times"}


def format_amount(value: Decimal, category: str = "") -> str:
    """An amount in English news style: ``300 million won``, ``1.2 trillion won``, ``12,000``.

    >>> format_amount(Decimal(300000000), "KRW"), format_amount(Decimal(1200000000000), "KRW")
    ('300 million won', '1.2 trillion won')
    """
    for scale, word in ((10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million")):
        if value >= scale:
            n = (value / scale).normalize()
            s = format(n, "f")
            body = f"{s} {word}"
            break
    else:
        n = value.normalize()
        body = f"{int(n):,}" if n == n.to_integral_value() else format(n, "f")
    unit = _NAMES.get(category, "")
    return f"{body} {unit}".strip()


def _compatible(ko_cat: str, en_cat: str) -> bool:
    if ko_cat in _MONEY or en_cat in _MONEY:
        return ko_cat == en_cat
    if ko_cat == "" or en_cat == "":
        return True  # a bare number may be written with or without its counter
    groups = ({"pct", "pp"}, {"times"}, {"count"})
    return any(ko_cat in g and en_cat in g for g in groups)


def _range(value: Decimal, vague: bool) -> tuple:
    return (value, value * 5) if vague else (value, value)


_TOL, _TOL_APPROX = Decimal("0.02"), Decimal("0.2")


def _close(ko, ko_value: Decimal, en, en_approx: bool) -> bool:
    if ko.is_vague or en.is_vague:
        klo, khi = _range(ko_value, ko.is_vague)
        elo, ehi = (en.value * 2, en.value * 10) if en.is_vague else (en.value, en.value)
        return klo < ehi * 2 and elo < khi * 2
    if ko_value == 0:
        return en.value == 0
    tol = max(en.precision, ko_value * _TOL)
    if ko.approx or en_approx:
        tol = max(tol, ko_value * _TOL_APPROX)
    return abs(en.value - ko_value) <= tol


def _significant(en, ko) -> bool:
    if en.category in _MONEY or en.category in ("pct", "pp", "times"):
        return True
    # plain counts only when the Korean used a myriad unit (1만2000명) and the English is in
    # the thousands: small counts ("2 people") align too loosely to compare
    if en.category == "" and not (en.scaled or en.is_vague or "," in en.text):
        return False  # a bare "747" may be a model number, a year, a page ("82,000" is not)
    return ((en.scaled or en.value >= 1000 or en.is_vague)
            and (ko.value >= 10000 or ko.is_vague))


# Counters that name what is counted: an English count and a Korean one are compared only
# when their nouns agree (``275 people`` / ``27만5000명``; ``290 thousand barrels`` /
# ``290만배럴``), so a small plain count is not set against an unrelated figure.
_PEOPLE_NOUNS = frozenset("""people persons person residents citizens voters workers employees
students soldiers troops civilians children kids women men adults tourists visitors passengers
patients members refugees protesters demonstrators fans spectators users subscribers customers
consumers immigrants migrants inhabitants villagers farmers police policemen officers officials
teachers doctors nurses victims casualties dead injured wounded evacuees prisoners inmates
detainees applicants candidates participants attendees delegates athletes players staff youths
teenagers infants babies viewers readers individuals volunteers laborers labourers defectors
nationals pilgrims fishermen miners sailors marines pupils graduates retirees seniors elderly
followers believers supporters strikers rioters suspects employers jobseekers""".split())
_EN_COUNTERS = {"households": "household", "families": "household", "homes": "home",
                "houses": "house", "buildings": "house", "cases": "case",
                "incidents": "case", "vehicles": "vehicle", "cars": "vehicle",
                "trucks": "vehicle", "buses": "vehicle", "units": "vehicle",
                "aircraft": "vehicle", "planes": "vehicle", "ships": "ship", "boats": "ship",
                "vessels": "ship", "barrels": "barrel", "tons": "ton", "tonnes": "ton",
                "megawatts": "mw", "kilowatts": "kw", "animals": "animal", "cattle": "animal",
                "pigs": "animal", "cows": "animal", "chickens": "animal", "birds": "animal",
                "head": "animal", "places": "place", "sites": "place", "locations": "place"}
_KO_COUNTERS = {"명": {"people"}, "가구": {"household", "home"}, "세대": {"household", "home"},
                "건": {"case"}, "대": {"vehicle"}, "척": {"ship"}, "배럴": {"barrel"},
                "톤": {"ton"}, "메가와트": {"mw"}, "킬로와트": {"kw"}, "마리": {"animal"},
                "채": {"house", "home"}, "곳": {"place"}}
_KO_COUNTER_RE = re.compile(r"여?\s?(배럴|메가와트|킬로와트|세대)")
_EN_NOUNS_RE = re.compile(
    r"(?:[\s-](?:hundred|thousand|million|billion|trillion))*"
    r"((?:\s+(?:more|fewer|new|additional|other|of|the|senior|elderly|young|older|local|foreign|"
    r"[a-z]+(?:ed|al|ic|ive|ian|ese)|[a-z]{1,3}))"
    r"{0,2})\s+([A-Za-z]+)")
_BIG_UNIT_RE = re.compile(r"[만억조경]")
_SMALL_UNIT_RE = re.compile(r"[천백]")
_SLIP_UNIT_RE = re.compile(r"[만억조경천백]")
_PP_AFTER_RE = re.compile(r"[\s-]*(?:points?|pts?\b\.?|p\b)", re.IGNORECASE)
"""``3.2 percent point(s)``, ``3.2%p``: the English already says percentage points."""
_EN_GATE_RE = re.compile(r"\d")
_EN_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven
twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million billion trillion tens hundreds thousands
millions billions trillions""".split())
_EN_NUMBER_BYTES = frozenset(w.encode("ascii") for w in _EN_NUMBER_WORDS)
_ASCII_LETTERS_LOWER = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32
                             for c in range(256))
"""``bytes.translate`` table: ASCII letters lower-cased, every other byte (digits, punctuation,
each byte of a UTF-8 encoded non-ASCII character) a space."""
_UNIT_AFTER = re.sub(r"\(\?P<\w+>", "(?:", ko_numbers.UNIT_RE.pattern)
"""``ko_numbers.UNIT_RE`` (``여``, a space, a counter or currency) without its group names."""
_KO_AMOUNT_GATE_RE = re.compile(
    r"[\d수몇십백천만억조경](?:"
    r"(?<=[\d,일이삼사오육칠팔구십백천만억조경][만억조경])"
    r"|(?<=[만억조경])(?<![\uac00-\ud7a3][만억조경])"
    r"(?: ?(?:\d|[일이삼사오육칠팔구]?[십백천만억조경])|" + _UNIT_AFTER + r")"
    r"|(?<=[수몇])[\d일이삼사오육칠팔구십백천만억조경]"
    r"|(?<=\d)(?:,?\d){4}|(?<=\d)[십백천]|(?<=[십백천])\d"
    r"|(?<=[\d십백천만억조경])여?\s?(?:미|달러|원|엔|위안|유로|파운드|%\s?포인트|%[pP]"
    r"|퍼센트\s?포인트)"
    r"|(?<=[천백])[\d,.일이삼사오육칠팔구십백천]*여?\s?"
    r"(?:명|가구|세대|건|대|척|배럴|톤|메가와트|킬로와트|마리|채|곳))")
"""Found in every source that has a :func:`_reportable` amount (and in few others), so a
source without a match has nothing to report and need not be parsed.  Each alternative is
written as its first character, shared in one leading class, then the rest behind a
look-behind on that character (the regex engine then skips to candidate characters); a unit
after a digit or numeral (``3억``, ``오만``) is found at the unit, so that the class leaves out
the Hangul digits, which are also common syllables (이, 사, 구).  Why each kind of
reportable amount ``k`` (``ko_numbers.parse_korean_amounts``) contains one of them:

- a 만/억/조/경 unit (any amount of 10,000 or more written with one, and the unit slips):
  inside a number it follows a digit, comma or numeral character; starting the number it
  follows no Hangul syllable, and the number goes on (a digit or numeral, perhaps after one
  space) or, a lone unit character being a word (``경찰``, ``조사``, ``만약``), a counter
  follows (``만 명``, ``억 원``);
- a vague amount starts 수 or 몇 before a numeral (``수천억``, ``몇만``);
- 10,000 or more without such a unit needs five digits, or digits next to 십/백/천
  (``12천``, ``천9999``): 천/백/십 with a Hangul digit count at most to 9,999;
- money and percentage points end in a digit or unit character, then ``여``, a space and
  the currency or ``%p`` (``3억여 원``, ``3.2%포인트``);
- a 천/백 unit slip needs a counter that names what is counted (``오천 명``, ``3천여
  가구``), right after the number's digits and numerals.
"""
_COUNT_SKIP = frozenset({"time", "age", "pct", "pp", "times"}) | _MONEY


def _en_class(text: str, en) -> str:
    """What an English plain count counts (``people``, ``barrel``, ...), or ``""``."""
    m = _EN_NOUNS_RE.match(text, en.start + len(en.text.split()[0]))
    if m is None:
        return ""
    noun = m.group(2)
    if noun.lower() in _PEOPLE_NOUNS or (noun[0].isupper() and noun.endswith(("ans", "ese"))):
        return "people"
    return _EN_COUNTERS.get(noun.lower(), "")


def _ko_classes(source: str, k) -> set:
    """What a Korean amount counts, from its counter (``명``, ``가구``, ``배럴``)."""
    if k.unit:
        return _KO_COUNTERS.get(k.unit, set())
    m = _KO_COUNTER_RE.match(source, k.end)
    return _KO_COUNTERS[m.group(1)] if m else set()


def _aligned_slip(text: str, source: str, en, en_approx: bool, ko_amounts: list):
    """A plain count that is a power of ten off a Korean 만/억 count of the same thing
    (``about 275 people`` for ``27만5000명``): ``(k, shown)`` or None."""
    if en.is_vague or en.category in _COUNT_SKIP:
        return None
    cls = _en_class(text, en)
    if not cls:
        return None
    plain = [k for k in ko_amounts if not k.is_vague and k.category not in _COUNT_SKIP]
    aligned = [k for k in plain if cls in _ko_classes(source, k)]
    if not aligned or any(_close(k, k.value, en, en_approx) for k in plain):
        return None
    small = not en.scaled and en.value < 1000
    for k in aligned:
        if _BIG_UNIT_RE.search(k.text):
            exact = small  # a 만/억 unit slip
        elif _SMALL_UNIT_RE.search(k.text) and max(en.value, k.value) >= 1000:
            exact = True  # a 천/백 slip (``1천 명`` -> ``10,000 residents``): exact powers only
        else:
            continue
        for power in (1, 2, 3, 4):
            for factor, shown in ((Decimal(10) ** power, f"{10 ** power:,}x"),
                                  (Decimal(10) ** -power, f"1/{10 ** power:,} of")):
                want = k.value * factor
                if (en.value == want) if exact else _close(k, want, en, en_approx):
                    return k, shown
    return None


def _same_thing(text: str, source: str, en, k) -> bool:
    """Can ``en`` and Korean ``k`` count the same thing?  False only when both name what they
    count (``houses`` / ``㏊``-less ``명``) and the names differ: such amounts never align."""
    if k.category in _MONEY or en.category in _MONEY or en.category in ("pct", "pp", "times"):
        return True
    cls = _en_class(text, en)
    if not cls:
        return True
    ko = _ko_classes(source, k)
    return not ko or cls in ko


def _pp_as_percent(text: str, en, ko_amounts: list):
    """``fell 3.2 percent`` where the source has ``3.2%포인트``: the Korean percentage-point
    change rendered as a percent change.  The Korean ``pp`` amount, or None."""
    if en.category != "pct" or _PP_AFTER_RE.match(text, en.end):
        return None
    same = [k for k in ko_amounts if k.value == en.value and k.category in ("pct", "pp")]
    if not same or any(k.category == "pct" for k in same):
        return None  # the source also has the plain percent: that one may be meant
    return same[0]


def _has_english_number(text: str) -> bool:
    """Whether ``text`` has a digit or a number word (``two``, ``million``), the start of
    every English amount.  The words are the runs of ASCII letters, lower-cased (a
    ``bytes.translate`` pass): ``re.findall("[a-z]+", text.lower())`` differs only where
    ``str.lower`` turns ``İ`` or the Kelvin sign into ``i``/``k`` inside a run, and no number
    word contains a ``k`` or ends in an ``i`` (``İ`` lowers to ``i`` plus a combining dot, which
    ends the run), so both find a number word in the same texts -- or this one in more.

    >>> _has_english_number("Two ships"), _has_english_number("In 2020"), _has_english_number("none")
    (True, True, False)
    """
    return (_EN_GATE_RE.search(text) is not None
            or not _EN_NUMBER_BYTES.isdisjoint(
                text.encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS_LOWER).split()))


def _reportable(source: str, k) -> bool:
    """Can Korean amount ``k`` be the source's side of any ``number-mismatch`` report?

    Every report names a source amount of one of four kinds, so a source with none of them has
    nothing to report and the English need not be parsed:

    - a percentage-point change (``3.2%포인트``): the percent-for-points report;
    - money (``원``, ``달러``): the only amounts an English sum of money is compared with;
    - a count or bare number of 10,000 or more, or a vague one (``수천 명``): the amounts an
      English count is set against (``_significant``);
    - a plain count of something a counter names (``명``, ``가구``, ``배럴``) written with a
      만/억/조/경/천/백 unit: the unit slips of ``_aligned_slip``.
    """
    category = k.category
    if category == "pp" or category in _MONEY:
        return True
    if category in ("count", "") and (k.is_vague or k.value >= 10000):
        return True
    return (not k.is_vague and category not in _COUNT_SKIP
            and _SLIP_UNIT_RE.search(k.text) is not None and bool(_ko_classes(source, k)))


@rule("TQ504", "number-mismatch", "Accuracy/Mistranslation", "critical", scope="document",
      requires=("source",),
      flag=(("The government provided 3 billion won.", "정부는 3억 원을 지원했다."),
            ("The project will cost 12 trillion won.", "사업비는 1조2000억원이다."),
            ("About 1,200 people were evacuated.", "주민 1만2000명이 대피했다."),
            ("Approval fell 3.2 percent.", "지지율은 3.2%포인트 떨어졌다.")),
      ok=(("The government provided 300 million won.", "정부는 3억 원을 지원했다."),
          ("The project will cost 1.2 trillion won ($900 million).", "사업비는 1조2000억원이다."),
          ("Losses ran to hundreds of billions of won.", "수천억 원의 손실이 났다.")))
def number_mismatch(doc, ctx):
    """An amount that differs from the Korean source's (만/억/조 units): ``3억 원`` -> ``3 billion won``.

    Korean counts in units of 10^4: 억 is 100 million, 조 a trillion, so ``3억 원`` is 300
    million won and ``1조2000억`` is 1.2 trillion.  MT and hurried translators slip by a
    factor of ten or a thousand (``3 billion won``, ``12 trillion``).  Amounts are parsed on
    both sides and aligned by currency or unit; a target amount that matches no source amount
    is reported with the expected value, as critical when it is off by an exact power of ten.
    Added conversions (``(US$2.7 million)``) and vague amounts (``수천억`` "hundreds of
    billions", compared by order of magnitude only) are handled.  A count with a 천/백 unit is
    reported only for an exact power of ten of the same counted thing (``1천 명`` ->
    ``10,000 residents``); amounts whose counted things differ (houses vs ㏊) never align; a
    percent where the source has the same value in percentage points (``3.2%포인트`` ->
    ``fell 3.2 percent``) is major, suggesting ``percentage points``.

    Flagged: source ``정부는 3억 원을 지원했다.``, target ``... provided 3 billion won.``
    Clean:   the same source with ``... provided 300 million won.``
    """
    source = doc.record.source or ""
    if _KO_AMOUNT_GATE_RE.search(source) is None:
        return None  # no source amount that can be reported (most sources: checked first)
    parse = getattr(ctx.lang, "parse_amounts", None)
    if parse is None:
        return None
    text = doc.target
    if not _has_english_number(text):
        return None  # no number on the English side
    all_ko = parse(source)
    ko_amounts = [a for a in all_ko if a.category not in _SKIP_CATEGORIES]
    if not ko_amounts or not any(_reportable(source, k) for k in all_ko if k.category != "time"):
        return None  # the Korean is parsed first: it has fewer amounts than the English
    en_amounts = parse_english_amounts(text)
    if all(e.category in ("time", "age") for e in en_amounts):
        return None
    return _number_mismatch_hits(text, source, all_ko, ko_amounts, en_amounts)


def _number_mismatch_hits(text: str, source: str, all_ko: list, ko_amounts: list,
                          en_amounts: list):
    """The hits of :func:`number_mismatch`, given both sides' amounts."""
    prev_end = None
    for en in en_amounts:
        before = text[max(0, en.start - 30):en.start]
        is_conversion = (prev_end is not None and en.start - prev_end <= 25
                         and _conversion_before(text[prev_end:en.start])
                         and _conversion_before(before))
        prev_end = en.end
        if is_conversion and not any(k.category == en.category for k in ko_amounts):
            continue  # "($220,000)" added for English readers: nothing in the source to match
        if en.category in ("time", "age"):
            continue
        en_approx = _approx_before(before)
        pp = _pp_as_percent(text, en, ko_amounts)
        if pp is not None:
            number = en.text.split("%")[0].split()[0]
            yield Hit(en.start, en.end,
                      f"{en.text} renders the source's {pp.text} (percentage points) as a "
                      f"percent change; use percentage points",
                      f"{number} percentage points", "major")
            continue
        if en.category != "measure" and any(
                _compatible(k.category, en.category) and _close(k, k.value, en, en_approx)
                and _same_thing(text, source, en, k) for k in ko_amounts):
            continue  # the source has this amount ("3천여 채" for "more than 3,000 houses")
        cands = [] if en.category == "measure" else [
            k for k in ko_amounts if _compatible(k.category, en.category) and _significant(en, k)
            and _same_thing(text, source, en, k)]
        if not cands or en.category not in _MONEY and en.category not in ("count", ""):
            if cands and any(_close(k, k.value, en, en_approx) for k in cands):
                continue
            if not cands or en.category in ("count", ""):
                slip = _aligned_slip(text, source, en, en_approx,
                                     [k for k in all_ko if k.category != "time"])
                if slip is not None:
                    k, shown = slip
                    expected = format_amount(k.value, k.category or en.category)
                    yield Hit(en.start, en.end,
                              f"{en.text} is {shown} the source's {k.text} ({expected}): "
                              f"a Korean unit (만/억/조) was probably converted wrongly",
                              expected, "critical")
            continue  # percentages and multiples: not a 만/억/조 slip, and too loosely aligned
        if any(_close(k, k.value, en, en_approx) for k in cands):
            continue
        cands = [k for k in cands if k.category in _MONEY or k.category in ("count", "")]
        hit = None
        for k in cands:
            if k.is_vague and not (en.is_vague or en.scaled or en.category in _MONEY):
                continue  # "수천명" vs "154 injured": another figure, not a unit slip
            for power in (1, 2, 3, 4):
                for factor, shown in ((Decimal(10) ** power, f"{10 ** power:,}x"),
                                      (Decimal(10) ** -power, f"1/{10 ** power:,} of")):
                    if _close(k, k.value * factor, en, en_approx):
                        expected = format_amount(k.value, k.category or en.category)
                        vague = k.is_vague or en.is_vague
                        hit = Hit(en.start, en.end,
                                  f"{en.text} is {shown} the source's {k.text} ({expected}): "
                                  f"a Korean unit (만/억/조) was probably converted wrongly",
                                  "" if vague else expected, "major" if vague else "critical")
                        break
                if hit:
                    break
            if hit:
                break
        # one source amount (perhaps repeated: headline and body) against one English one
        if (hit is None and len({(k.value, k.category) for k in cands}) == 1
                and not cands[0].is_vague and not en.is_vague
                and (en.category or en.scaled)):  # a bare "9,700": only a unit slip counts
            k = cands[0]
            peers = [e for e in en_amounts if e.category not in _SKIP_CATEGORIES
                     and _compatible(k.category, e.category) and _significant(e, k)]
            if len({(e.value, e.category) for e in peers}) == 1:
                expected = format_amount(k.value, k.category or en.category)
                hit = Hit(en.start, en.end,
                          f"{en.text} does not match the source's {k.text} ({expected})",
                          expected, "major")
        if hit is None and en.category in ("count", ""):
            slip = _aligned_slip(text, source, en, en_approx,
                                 [k for k in all_ko if k.category != "time"])
            if slip is not None:
                k, shown = slip
                expected = format_amount(k.value, k.category or en.category)
                hit = Hit(en.start, en.end,
                          f"{en.text} is {shown} the source's {k.text} ({expected}): "
                          f"a Korean unit (천/만/억) was probably converted wrongly",
                          expected, "critical")
        if hit is not None:
            yield hit

"""Inject Korean->English news MT artifacts into clean news English, with known spans.

Every injector takes a ``random.Random`` and the clean corpus (``Corpus``: aligned English and
Korean sentence pairs from ``korean-english-park.dev.*``) and returns an ``Injection``: a
``Record`` ready for the rule engine, the rule that should fire, and the character span of the
damage in ``record.target`` (``target[start:end] == evidence``).  Each artifact comes in many
forms (``form`` names the one used) so that a benchmark on these records measures whether a
rule generalizes, not whether it matches one string.

Built from the domain notes (``shared/notes/korean-news-mt.md``), written before reading the
rules, on purpose: the forms follow what Korean news MT actually produces, not the rules'
regexes.

    from bench.inject import Corpus, INJECTORS, generate
    corpus = Corpus.load()
    for inj in generate(corpus, "stray-punctuation", n=5, seed=1):
        print(inj.form, repr(inj.evidence))
"""
from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable, Optional

from tqcheck.records import Record

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
GLOSSARY = ROOT / "tqcheck" / "data" / "glossary_ko_en.csv"

# --------------------------------------------------------------------------------------------
# corpus


REAL_DEFECT_RE = re.compile(r"[\u00a1-\u00ff]|&#?\w+;|[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
                            r"\u4e00-\u9fff]")
"""Characters that mark a corpus line as carrying its own (real) defect."""


@dataclass(frozen=True)
class Pair:
    index: int
    en: str
    ko: str


class Corpus:
    """Aligned sentence pairs; ``clean`` holds the ones fit to inject into."""

    def __init__(self, pairs: list):
        self.pairs = pairs
        self.clean = [p for p in pairs if _is_clean(p.en) and _is_korean(p.ko)]
        self.quoted = [p for p in self.clean if re.search(r'"[^"]{8,}"', p.en)]
        self.starts_lower = [p for p in self.clean
                             if p.en.split(" ", 1)[0] in LOWERABLE_FIRST]

    @classmethod
    def load(cls, en_path: Optional[Path] = None, ko_path: Optional[Path] = None) -> "Corpus":
        en_path = en_path or DATA / "korean-english-park.dev.en"
        ko_path = ko_path or DATA / "korean-english-park.dev.ko"
        en = Path(en_path).read_text(encoding="utf-8").splitlines()
        ko = Path(ko_path).read_text(encoding="utf-8").splitlines()
        return cls([Pair(i, e.strip(), k.strip()) for i, (e, k) in enumerate(zip(en, ko))])

    def sentence(self, rng: random.Random, min_words: int = 6, max_words: int = 45,
                 unquoted: bool = False) -> Pair:
        while True:
            p = rng.choice(self.clean)
            if min_words <= len(p.en.split()) <= max_words and not (unquoted and '"' in p.en):
                return p

    def neighbours(self, rng: random.Random, k: int) -> list:
        return [self.sentence(rng) for _ in range(k)]


LOWERABLE_FIRST = {"The", "A", "An", "Its", "This", "That", "These", "Those", "Some", "Many",
                   "Most", "Several", "Such", "Other", "Both", "All", "Each", "Every", "More"}


def _is_korean(ko: str) -> bool:
    letters = [c for c in ko if c.isalpha()]
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in letters)
    return bool(letters) and hangul >= 0.6 * len(letters)


TYPO_RE = re.compile(r"``|’’|””|˝|(?:^|\s)”\w|\"\"")


def _is_clean(en: str) -> bool:
    if TYPO_RE.search(en):
        return False
    if REAL_DEFECT_RE.search(en) or not (30 <= len(en) <= 260):
        return False
    if not en[0].isupper() or en[-1] not in '.!?"':
        return False
    if en.count('"') % 2 or "  " in en or re.search(r"\s[,.;:?!]|[,.][,.]|[.,][A-Za-z]{2}", en):
        return False
    return True


# --------------------------------------------------------------------------------------------
# the injection and record assembly


@dataclass(frozen=True)
class Injection:
    record: Record
    rule: str
    start: int
    end: int
    form: str

    @property
    def evidence(self) -> str:
        return self.record.target[self.start:self.end]


class Text:
    """Build a target text piece by piece, remembering the span of the marked piece."""

    def __init__(self):
        self.parts: list = []
        self.mark: Optional[tuple] = None

    def add(self, s: str, marked: bool = False) -> "Text":
        pos = sum(len(p) for p in self.parts)
        if marked:
            self.mark = (pos, pos + len(s))
        self.parts.append(s)
        return self

    def add_marked_in(self, s: str, start: int, end: int) -> "Text":
        """Add ``s`` whose sub-span ``[start, end)`` is the damage."""
        pos = sum(len(p) for p in self.parts)
        self.mark = (pos + start, pos + end)
        self.parts.append(s)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _doc_id(rule: str, rng: random.Random) -> str:
    return f"{rule}-{rng.randrange(16 ** 8):08x}"


def in_context(rng: random.Random, corpus: Corpus, rule: str, form: str, sent: str,
               start: int, end: int, pair: Optional[Pair] = None, ko: Optional[str] = None,
               source_p: float = 0.5, context_p: float = 0.5) -> Injection:
    """Place a damaged sentence (damage at ``[start, end)``) alone or between clean corpus
    sentences (same paragraph or one line each), as a table-row style record."""
    before = after = []
    if rng.random() < context_p:
        before = corpus.neighbours(rng, rng.randint(0, 2))
        after = corpus.neighbours(rng, rng.randint(0, 2))
    joiner = rng.choice([" ", "\n", "\n\n"])
    t = Text()
    for p in before:
        t.add(p.en + joiner)
    t.add_marked_in(sent, start, end)
    for p in after:
        t.add(joiner + p.en)
    source = None
    if ko is None and pair is not None:
        ko = pair.ko
    if ko is not None and rng.random() < source_p:
        kos = [p.ko for p in before] + [ko] + [p.ko for p in after]
        source = ("\n" if joiner != " " else " ").join(kos)
    rec = Record(doc_id=_doc_id(rule, rng), target=t.text, source=source, has_headline=False,
                 locator=form)
    return Injection(rec, rule, t.mark[0], t.mark[1], form)


CLEAN_HEADLINES = (
    "Government unveils plan to ease housing costs for young families",
    "Seoul and Tokyo agree to resume regular shuttle diplomacy",
    "North Korea fires short-range ballistic missile into the East Sea",
    "Samsung posts record quarterly profit on strong chip demand",
    "Opposition party vows to block budget bill in National Assembly",
    "Heavy rain leaves three dead and hundreds displaced in southern provinces",
    "Central bank holds key rate steady at 3.5 percent",
    "Foreign minister calls for closer ties with Central Asia",
    "Police arrest suspect in Busan stabbing case",
    "Exports rise for fifth straight month as chip sales rebound",
    "President Yoon to visit Washington next week for summit talks",
    "Court upholds prison sentence for former lawmaker",
    "Hyundai Motor to build new EV plant in Georgia",
    "Unemployment falls to lowest level in two decades",
    "Moon says inter-Korean talks are 'on track'",
    "Lawmakers pass bill to tighten rules on online lending",
    "Korea, U.S. begin joint military drills amid tensions",
    "Fine dust alert issued for Seoul metropolitan area",
    "Prime minister apologizes for delayed response to floods",
    "Teachers rally in Seoul to demand better protection",
    "Kospi closes higher as foreign investors return",
    "Health authorities report first case of new flu strain",
    "Ruling party picks new floor leader after weeks of infighting",
    "Japan, South Korea sign deal on intelligence sharing",
    "Doctors' strike enters third week with no end in sight",
    "Why the housing market is cooling faster than expected",
    "Record number of tourists visit Jeju during holiday",
    "Bank of Korea warns of rising household debt",
    "Election watchdog probes vote-buying allegations",
    "Busan wins bid to host international film market",
)


def article(rng: random.Random, corpus: Corpus, rule: str, form: str, lines: list,
            marked_line: int, mark: Optional[tuple] = None, headline: Optional[str] = None,
            source: Optional[str] = None, blank: bool = True) -> Injection:
    """A text-file style article: optional headline, then one paragraph per line.  The damage
    is line ``marked_line`` of ``lines`` (index into the full list incl. headline), or the
    sub-span ``mark`` of that line."""
    full = ([headline] if headline is not None else []) + lines
    if headline is not None:
        marked_line += 1
    sep = "\n\n" if blank else "\n"
    t = Text()
    for i, line in enumerate(full):
        if i:
            t.add(sep)
        if i == marked_line:
            a, b = mark if mark else (0, len(line))
            t.add_marked_in(line, a, b)
        else:
            t.add(line)
    rec = Record(doc_id=_doc_id(rule, rng), target=t.text, source=source,
                 has_headline=headline is not None, locator=form)
    return Injection(rec, rule, t.mark[0], t.mark[1], form)


def body_lines(rng: random.Random, corpus: Corpus, k: Optional[int] = None) -> list:
    return [p.en for p in corpus.neighbours(rng, k or rng.randint(2, 4))]


# --------------------------------------------------------------------------------------------
# shared vocab

SURNAMES = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
            "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Hong", "Jeon", "Ko", "Moon",
            "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Woo")
GIVEN = ("min", "ji", "seo", "hyun", "jun", "woo", "young", "soo", "jin", "hee", "ho", "sung",
         "yeon", "kyung", "eun", "ha", "jae", "dong", "hoon", "seok", "chul", "won", "yong",
         "sang", "tae", "hye", "gyu", "bin", "myung", "seop", "joon", "kyu", "hwan", "il")
TITLES = ("Minister", "Foreign Minister", "Vice Minister", "Rep.", "Prosecutor", "Mayor",
          "Governor", "Chairman", "Professor", "spokesperson", "CEO", "Director", "Ambassador",
          "Commissioner", "lawmaker", "Prime Minister", "Deputy Prime Minister")
AGENCIES = ("News1", "News 1", "Newsis", "Yonhap", "Yonhap News", "Yonhap News Agency",
            "Money Today", "Edaily", "Herald Economy", "Asia Economy", "Seoul Economic Daily",
            "Maeil Business", "Hankyung", "Chosun Biz", "MBN", "YTN", "Kukmin Ilbo",
            "Joongang Ilbo", "Hankook Ilbo", "Dong-A Ilbo", "Segye Ilbo", "The Fact", "Sports Seoul",
            "Financial News", "Newspim", "Inews24", "Digital Times", "Electronic Times", "OSEN",
            "Xports News", "JTBC", "SBS", "KBS", "MBC")
AGENCY_DOMAINS = {"News1": "news1.kr", "News 1": "news1.kr", "Newsis": "newsis.com",
                  "Yonhap": "yna.co.kr", "Yonhap News": "yna.co.kr",
                  "Yonhap News Agency": "yna.co.kr", "Money Today": "mt.co.kr",
                  "Edaily": "edaily.co.kr", "Herald Economy": "heraldcorp.com",
                  "Asia Economy": "asiae.co.kr", "Seoul Economic Daily": "sedaily.com",
                  "Maeil Business": "mk.co.kr", "Hankyung": "hankyung.com",
                  "Chosun Biz": "chosunbiz.com", "MBN": "mbn.co.kr", "YTN": "ytn.co.kr",
                  "Kukmin Ilbo": "kmib.co.kr", "Joongang Ilbo": "joongang.co.kr",
                  "Hankook Ilbo": "hankookilbo.com", "Dong-A Ilbo": "donga.com",
                  "Segye Ilbo": "segye.com", "The Fact": "tf.co.kr",
                  "Sports Seoul": "sportsseoul.com", "Financial News": "fnnews.com",
                  "Newspim": "newspim.com", "Inews24": "inews24.com", "Digital Times": "dt.co.kr",
                  "Electronic Times": "etnews.com", "OSEN": "osen.co.kr",
                  "Xports News": "xportsnews.com", "JTBC": "jtbc.co.kr", "SBS": "sbs.co.kr",
                  "KBS": "kbs.co.kr", "MBC": "mbc.co.kr"}
CITIES = ("Seoul", "Busan", "Sejong", "Incheon", "Daegu", "Daejeon", "Gwangju", "Suwon", "Ulsan",
          "Changwon", "Jeonju", "Cheongju", "Chuncheon", "Jeju", "Pohang", "Washington",
          "Beijing", "Tokyo", "Gimhae", "Andong", "Uijeongbu", "Goyang", "Seongnam", "Hwaseong")
SPEECH_VERBS = ("said", "added", "stressed", "emphasized", "noted", "explained", "mentioned",
                "stated", "pointed out", "continued", "revealed", "argued", "claimed",
                "told reporters", "insisted", "remarked", "disclosed", "announced")


def person(rng: random.Random, hyphen: bool = True) -> str:
    a, b = rng.sample(GIVEN, 2)
    given = f"{a.capitalize()}-{b}" if hyphen else f"{a.capitalize()}{b}"
    return f"{rng.choice(SURNAMES)} {given}"


def email_local(rng: random.Random, name: str) -> str:
    sur, given = name.split(" ", 1)
    parts = given.lower().replace("-", "")
    forms = [f"{sur.lower()}{parts[:3]}", f"{parts}{rng.randint(1, 99)}",
             f"{sur.lower()}.{parts}", f"{rng.choice(['ntiger', 'coinlocker', 'min22', 'hwang', 'kimhyun81', 'jhlee', 'sssunny', 'dew', 'pjh25', 'yoonjy', 'seoul_ks', 'cube'])}",
             f"{parts[0]}{sur.lower()}", f"{sur.lower()}{rng.randint(10, 2024)}"]
    return rng.choice(forms)


def agency_email(rng: random.Random, name: str, agency: Optional[str] = None) -> str:
    agency = agency or rng.choice(AGENCIES)
    return f"{email_local(rng, name)}@{AGENCY_DOMAINS.get(agency, 'news.co.kr')}"


def lcfirst(s: str) -> str:
    return s[0].lower() + s[1:] if s else s


def strip_end(s: str) -> str:
    return s.rstrip(".!?")


def curly(s: str) -> str:
    """Straight double quotes to curly, pairwise."""
    out, open_ = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


def words_spans(s: str) -> list:
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", s)]


# --------------------------------------------------------------------------------------------
# 1xx punctuation and quotes


def inj_unbalanced_quote(rng, corpus):
    form = rng.choice(["drop-close", "drop-open", "open-never-closed", "stray-close",
                       "single-open", "curly-drop-close"])
    if form in ("drop-close", "drop-open", "curly-drop-close") and corpus.quoted:
        p = rng.choice(corpus.quoted)
        s = curly(p.en) if form == "curly-drop-close" or rng.random() < 0.4 else p.en
        opens = [m.start() for m in re.finditer(r'["“]', s)]
        # first pair: opening mark at opens[0], closing mark is the next quote char
        o = opens[0]
        c = re.compile(r'["”]').search(s, o + 1).start()
        if form == "drop-open":
            s2 = s[:o] + s[o + 1:]
            c -= 1
            return in_context(rng, corpus, "unbalanced-quote", form, s2, c, c + 1, p)
        s2 = s[:c] + s[c + 1:]
        return in_context(rng, corpus, "unbalanced-quote", form, s2, o, o + 1, p)
    p = corpus.sentence(rng, 8)
    s = p.en
    if form == "open-never-closed" or form == "drop-close" or form == "drop-open" or form == "curly-drop-close":
        q = rng.choice(["“", '"'])
        spk = rng.choice(["He said", "She said", f"{person(rng)} said", "The official said",
                          "The ministry said", "He added", "Officials said"])
        sent = f"{spk} {q}{lcfirst(s) if s.split()[0] in LOWERABLE_FIRST else s}"
        o = len(spk) + 1
        return in_context(rng, corpus, "unbalanced-quote", "open-never-closed", sent, o, o + 1, p)
    if form == "stray-close":
        q = rng.choice(["”", '"'])
        pos = rng.choice(["end", "mid"])
        if pos == "end":
            sent = s + q
            return in_context(rng, corpus, "unbalanced-quote", form, sent, len(s), len(s) + 1, p)
        ws = words_spans(s)
        a, b = ws[rng.randrange(2, max(3, len(ws) - 1))]
        sent = s[:b] + q + s[b:]
        return in_context(rng, corpus, "unbalanced-quote", form, sent, b, b + 1, p)
    if form == "single-open":
        ws = words_spans(s)
        i = rng.randrange(1, max(2, len(ws) - 3))
        a = ws[i][0]
        sent = s[:a] + "‘" + s[a:]
        return in_context(rng, corpus, "unbalanced-quote", form, sent, a, a + 1, p)
    ws = words_spans(s)
    i = rng.randrange(1, max(2, len(ws) - 3))
    a = ws[i][0]
    sent = s[:a] + "‘" + s[a:]
    return in_context(rng, corpus, "unbalanced-quote", "single-open", sent, a, a + 1, p)


QUOTE_PAIRS = (("“", "”"), ('"', '"'))


def _quoted_sentence(rng, corpus):
    """A corpus sentence turned into quoted speech: returns (sentence, open_idx, close_idx)."""
    p = corpus.sentence(rng, 6, 35, unquoted=True)
    body = strip_end(p.en)
    o, c = rng.choice(QUOTE_PAIRS)
    name = rng.choice([person(rng), "he", "she", "the official", "the minister",
                       f"{rng.choice(TITLES)} {person(rng)}"])
    verb = rng.choice(["said", "added", "said on Monday", "told reporters", "stressed"])
    if rng.random() < 0.5:
        s = f"{o}{body},{c} {name} {verb}."
        return p, s, 0, len(body) + 2
    lead = rng.choice(["He said,", "She said,", f"{person(rng)} said,", "The spokesperson said,",
                       "He added,"])
    s = f"{lead} {o}{body}.{c}"
    return p, s, len(lead) + 1, len(s) - 1


def inj_doubled_quote(rng, corpus):
    p, s, o, c = _quoted_sentence(rng, corpus)
    form = rng.choice(["double-open", "double-close", "double-both", "open-space-open",
                       "mixed-double-open", "single-in-double"])
    oq, cq = s[o], s[c]
    if form == "double-open":
        s2 = s[:o] + oq + s[o:]
        return in_context(rng, corpus, "doubled-quote", form, s2, o, o + 2, p)
    if form == "open-space-open":
        oq = "“"
        s = s[:o] + oq + s[o + 1:]
        s2 = s[:o] + oq + " " + s[o:]
        return in_context(rng, corpus, "doubled-quote", form, s2, o, o + 3, p)
    if form == "double-close":
        s2 = s[:c] + cq + s[c:]
        return in_context(rng, corpus, "doubled-quote", form, s2, c, c + 2, p)
    if form == "double-both":
        s2 = s[:o] + oq + s[o:c + 1] + cq + s[c + 1:]
        return in_context(rng, corpus, "doubled-quote", form, s2, o, o + 2, p)
    if form == "mixed-double-open":
        extra = '"' if oq == "“" else "“"
        s2 = s[:o] + extra + s[o:c + 1] + ('"' if cq == "”" else "”") + s[c + 1:]
        return in_context(rng, corpus, "doubled-quote", form, s2, o, o + 2, p)
    # single-in-double: “‘text’” is legit nesting; make it ‘“text”’ doubled opening run ““
    s2 = s[:o] + "“" + s[o:]
    return in_context(rng, corpus, "doubled-quote", "double-open", s2, o, o + 2, p)


def inj_mixed_quote_style(rng, corpus):
    p = corpus.sentence(rng, 8)
    s = p.en
    form = rng.choice(["curly-single-straight-close", "straight-single-curly-close",
                       "curly-double-straight-close", "straight-double-curly-close",
                       "single-open-double-close", "double-open-single-close"])
    opener, closer = {
        "curly-single-straight-close": ("‘", "'"),
        "straight-single-curly-close": ("'", "’"),
        "curly-double-straight-close": ("“", '"'),
        "straight-double-curly-close": ('"', "”"),
        "single-open-double-close": ("‘", "”"),
        "double-open-single-close": ("“", "’"),
    }[form]
    ws = words_spans(s)
    n = rng.randint(1, 3)
    i = rng.randrange(1, max(2, len(ws) - n))
    a, b = ws[i][0], ws[min(i + n - 1, len(ws) - 1)][1]
    sent = s[:a] + opener + s[a:b] + closer + s[b:]
    return in_context(rng, corpus, "mixed-quote-style", form, sent, a, b + 2, p)


def inj_stray_punctuation(rng, corpus):
    p = corpus.sentence(rng, 8)
    s = p.en
    form = rng.choice(["dot-space-dot", "dot-dot", "comma-dot", "dot-comma", "comma-comma",
                       "comma-space-comma", "dot-space-comma", "question-dot", "semicolon-dot",
                       "bullet", "space-bracket", "colon-dot", "exclaim-dot"])
    if form == "bullet":
        mark = rng.choice(["▲", "▶", "■", "◆", "※", "☞", "▷", "□"])
        ws = words_spans(s)
        a = ws[rng.randrange(1, max(2, len(ws) - 1))][0]
        sent = s[:a] + mark + rng.choice(["", " "]) + s[a:]
        return in_context(rng, corpus, "stray-punctuation", form, sent, a, a + 1, p)
    if form == "space-bracket":
        sent = strip_end(s) + rng.choice([". ]", ".) ", ". )", " ]"]).rstrip()
        k = len(strip_end(s))
        return in_context(rng, corpus, "stray-punctuation", form, sent, k, len(sent), p)
    end_forms = {"dot-space-dot": ". .", "dot-dot": "..", "comma-dot": ",.", "dot-comma": ".,",
                 "dot-space-comma": ". ,", "question-dot": "?.", "semicolon-dot": ";.",
                 "colon-dot": ":.", "exclaim-dot": "!."}
    if form in end_forms and s.endswith("."):
        core = s[:-1]
        sent = core + end_forms[form]
        return in_context(rng, corpus, "stray-punctuation", form, sent, len(core), len(sent), p)
    # mid-sentence: after an existing comma, or after a word
    commas = [m.start() for m in re.finditer(r",(?= )", s)]
    if form in ("comma-comma", "comma-space-comma") and commas:
        c = rng.choice(commas)
        ins = "," if form == "comma-comma" else " ,"
        sent = s[:c + 1] + ins + s[c + 1:]
        return in_context(rng, corpus, "stray-punctuation", form, sent, c, c + 1 + len(ins), p)
    ws = words_spans(s)
    b = ws[rng.randrange(1, max(2, len(ws) - 1))][1]
    ins = rng.choice([",,", ".,", ",.", ". ,", ", ."])
    sent = s[:b] + ins + s[b:]
    return in_context(rng, corpus, "stray-punctuation", "mid-" + form, sent, b, b + len(ins), p)


def inj_space_before_punctuation(rng, corpus):
    p = corpus.sentence(rng, 8)
    s = p.en
    form = rng.choice(["space-comma", "space-dot-end", "space-semicolon", "space-question",
                       "space-colon", "space-exclaim", "space-close-paren", "open-paren-space",
                       "double-space-comma"])
    if form == "space-dot-end" and s.endswith("."):
        k = len(s) - 1
        sp = rng.choice([" ", " ", "  "])
        sent = s[:k] + sp + "."
        return in_context(rng, corpus, "space-before-punctuation", form, sent, k, len(sent), p)
    if form in ("space-comma", "double-space-comma"):
        commas = [m.start() for m in re.finditer(r"(?<=[A-Za-z]),(?= )", s)]
        if commas:
            c = rng.choice(commas)
            sp = " " if form == "space-comma" else "  "
            sent = s[:c] + sp + s[c:]
            return in_context(rng, corpus, "space-before-punctuation", form, sent, c,
                              c + len(sp) + 1, p)
    if form in ("space-close-paren", "open-paren-space"):
        ws = words_spans(s)
        i = rng.randrange(1, max(2, len(ws) - 3))
        a, b = ws[i][0], ws[min(i + rng.randint(0, 2), len(ws) - 1)][1]
        inner = s[a:b]
        if form == "space-close-paren":
            sent = s[:b] + " (" + inner + " )" + s[b:]
            k = b + 2 + len(inner)
            return in_context(rng, corpus, "space-before-punctuation", form, sent, k, k + 2, p)
        sent = s[:b] + " ( " + inner + ")" + s[b:]
        return in_context(rng, corpus, "space-before-punctuation", form, sent, b + 1, b + 3, p)
    # insert " X" after a word mid-sentence, with X in ;:?!,
    mark = {"space-semicolon": ";", "space-question": "?", "space-colon": ":",
            "space-exclaim": "!"}.get(form, ",")
    ws = words_spans(s)
    b = ws[rng.randrange(2, max(3, len(ws) - 1))][1]
    if mark in "?!":
        core = strip_end(s)
        sent = core + " " + mark
        return in_context(rng, corpus, "space-before-punctuation", form, sent, len(core),
                          len(sent), p)
    sent = s[:b] + " " + mark + s[b:]
    return in_context(rng, corpus, "space-before-punctuation", form, sent, b, b + 2, p)


def inj_missing_space(rng, corpus):
    form = rng.choice(["sentence-join", "sentence-join", "comma-word", "said-comma-quote",
                       "colon-word", "semicolon-word", "close-quote-word", "paren-word",
                       "question-join"])
    if form in ("sentence-join", "question-join"):
        a, b = corpus.sentence(rng, 5, 30), corpus.sentence(rng, 5, 30)
        while not a.en.endswith("."):
            a = corpus.sentence(rng, 5, 30)
        left = a.en if form == "sentence-join" else strip_end(a.en) + "?"
        sent = left + b.en
        k = len(left) - 1
        return in_context(rng, corpus, "missing-space", form, sent, k, k + 2, None,
                          ko=a.ko + " " + b.ko, context_p=0.3)
    p = corpus.sentence(rng, 8)
    s = p.en
    if form == "comma-word":
        commas = [m.start() for m in re.finditer(r"(?<=[A-Za-z]), (?=[A-Za-z])", s)]
        if commas:
            c = rng.choice(commas)
            sent = s[:c + 1] + s[c + 2:]
            return in_context(rng, corpus, "missing-space", form, sent, c, c + 2, p)
        form = "said-comma-quote"
    if form == "said-comma-quote":
        lead = rng.choice(["He said,", "She said,", f"{person(rng)} said,", "He added,",
                           "The minister stressed,", "Officials said,"])
        q = rng.choice(['"', "“"])
        body = strip_end(s)
        sent = f"{lead}{q}{body}.{'”' if q == '“' else q}"
        k = len(lead) - 1
        return in_context(rng, corpus, "missing-space", form, sent, k, k + 2, p)
    if form in ("colon-word", "semicolon-word"):
        mark = ":" if form == "colon-word" else ";"
        ws = [(a, b) for a, b in words_spans(s)[2:-1]
              if s[b:b + 1] == " " and s[b + 1:b + 2].isalpha()] or [words_spans(s)[1]]
        b = rng.choice(ws)[1]
        rest = s[b:].lstrip()
        sent = s[:b] + mark + rest
        return in_context(rng, corpus, "missing-space", form, sent, b, b + 2, p)
    if form == "close-quote-word":
        ws = [(a, b) for a, b in words_spans(s)
              if b < len(s) - 1 and s[b] == " " and s[b + 1].isalpha() and (a == 0 or s[a - 1] == " ")]
        a, b = rng.choice(ws[1:] or ws)
        q = rng.choice([('"', '"'), ("“", "”")])
        sent = s[:a] + q[0] + s[a:b] + q[1] + s[b + 1:]
        k = b + 1
        return in_context(rng, corpus, "missing-space", form, sent, k, k + 2, p)
    # paren-word: "(KCNA)said"
    ws = words_spans(s)
    i = rng.randrange(1, max(2, len(ws) - 2))
    b = ws[i][1]
    tag = rng.choice(["(local time)", "(KST)", "(Yonhap)", "(AP)", "(pictured)", "(NIS)"])
    after = s[b:]
    if after.startswith(" "):
        sent = s[:b] + " " + tag + after[1:]
        k = b + len(tag)
        return in_context(rng, corpus, "missing-space", form, sent, k, k + 2, p)
    sent = s[:b] + " " + tag + "said" + after
    k = b + len(tag)
    return in_context(rng, corpus, "missing-space", form, sent, k, k + 2, p)


# --------------------------------------------------------------------------------------------
# 2xx attribution, headline, repeated words


def _speaker(rng):
    return rng.choice([f"{rng.choice(TITLES)} {person(rng).split()[0]}",
                       f"{rng.choice(TITLES)} {person(rng)}", person(rng),
                       "The official", "The spokesperson", "A ministry official",
                       "Minister Park", "President Yoon", "Chairman Lee"])


def inj_split_attribution(rng, corpus):
    p = corpus.sentence(rng, 6, 35, unquoted=True)
    body = strip_end(p.en)
    q_open, q_close = rng.choice(QUOTE_PAIRS)
    pron = rng.choice(["He", "She", "They", "He", "She", "The minister", "The official",
                       person(rng).split()[0], "Kim", "Park"])
    verb = rng.choice(["mentioned", "said", "added", "emphasized", "stressed", "explained",
                       "noted", "pointed out", "stated", "revealed", "remarked",
                       "expressed", "continued", "insisted", "argued", "claimed", "said so"])
    also = rng.choice(["", "also ", "", "then "])
    tail = rng.choice([".", ".", " on the day.", " at the meeting.", " to reporters."])
    lead = f"{_speaker(rng)} said, {q_open}"
    form = rng.choice(["open-before-attr", "closed-then-fragment", "lower-after-full-stop",
                       "open-before-attr-nolead"])
    if form == "open-before-attr":
        attr = f"{q_open}{pron} {also}{verb}{tail}"
        sent = f"{lead}{body}. {attr}"
        k = len(lead) + len(body) + 2
        return in_context(rng, corpus, "split-attribution", form, sent, k, len(sent), p)
    if form == "open-before-attr-nolead":
        attr = f"{q_open}{pron} {also}{verb}{tail}"
        sent = f"{q_open}{body}. {attr}"
        k = 1 + len(body) + 2
        return in_context(rng, corpus, "split-attribution", form, sent, k, len(sent), p)
    if form == "closed-then-fragment":
        attr = f"{pron} {also}{verb}{tail}"
        sent = f"{q_open}{body}.{q_close} {attr}"
        k = len(sent) - len(attr)
        return in_context(rng, corpus, "split-attribution", form, sent, k, len(sent), p)
    # “…important.” he said.
    attr = f"{lcfirst(pron) if pron in ('He', 'She', 'They') else pron} {also}{verb}{tail}"
    sent = f"{q_open}{body}.{q_close} {attr}"
    k = len(sent) - len(attr)
    return in_context(rng, corpus, "split-attribution", form, sent, k - 2, len(sent), p)


def inj_doubled_attribution(rng, corpus):
    p = corpus.sentence(rng, 6, 30, unquoted=True)
    body = strip_end(p.en)
    spk = _speaker(rng)
    spk = spk[0].upper() + spk[1:]
    surname = spk.split()[-1] if spk.split()[-1][:1].isupper() and "-" in spk else "he"
    v1 = rng.choice(["said", "continued", "added", "stressed", "emphasized", "explained",
                     "noted", "also said", "then said", "went on to say", "told reporters"])
    v2 = rng.choice(["he said", "she said", "he added", "she added", "he stressed",
                     "he emphasized", "she explained", "they said", "he noted",
                     f"{surname} said"])
    tail = rng.choice(["", "", ", emphasizing that the issue needs attention",
                       ", adding that more measures would follow",
                       ", stressing the importance of cooperation"])
    o, c = rng.choice(QUOTE_PAIRS)
    form = rng.choice(["comma-quote", "comma-quote", "that-clause", "according-to",
                       "continued-quote", "colon-quote"])
    if form in ("comma-quote", "continued-quote"):
        first = f"{spk} {v1 if form == 'comma-quote' else 'continued'}, {o}{body},{c} {v2}"
    elif form == "colon-quote":
        first = f"{spk} {v1}: {o}{body},{c} {v2}"
    elif form == "according-to":
        spk2 = lcfirst(spk) if spk.split()[0] in ("The", "A") else spk
        first = f"According to {spk2}, {o}{body},{c} {v2}"
    elif body.split()[0] in LOWERABLE_FIRST:
        first = f"{spk} {v1} that {lcfirst(body)}, {v2}"
    else:
        form = "comma-quote"
        first = f"{spk} {v1}, {o}{body},{c} {v2}"
    sent = first + tail + "."
    return in_context(rng, corpus, "doubled-attribution", form, sent, 0, len(first), p)


DOUBLE_WORDS = ("Central", "North", "South", "East", "West", "Korea", "Japan", "China",
                "U.S.", "Russia", "Central Asian")
HL_NOUNS = ("cooperation", "summit", "talks", "relations", "trade", "exchange", "alliance",
            "partnership", "dialogue", "meeting", "forum")
HL_FRAGMENTS = ("will respond sternly to provocations", "no compromise on principles",
                "the economy is the top priority", "a week of fate",
                "respecting the judiciary", "incitement to the end",
                "we will not tolerate it", "time to unite for the people",
                "special prosecutor is the answer", "I will take responsibility",
                "household debt is a ticking bomb", "there is no plan B",
                "cooperation is very important for the implementation",
                "the door to dialogue is open", "peace through strength")
LABELS = ("[Exclusive]", "[Breaking]", "[Photo]", "[Photo News]", "[Comprehensive]",
          "(Comprehensive)", "(Comprehensive 2nd report)", "(Comprehensive 3rd report)",
          "[Editorial]", "[Column]", "[Interview]", "[Reportage]", "[Fact Check]", "[Video]",
          "[Graphic]", "[Obituary]", "[Personnel]", "[Full text]", "[Q&A]",
          "[Reporter's Notebook]", "[Politics ON]", "[News NIGHT]", "[Issue Plus]",
          "[Update]", "[Special]", "[Sokbo]", "[Dandok]", "【Breaking】", "<Exclusive>")
HANJA = ("尹", "美", "中", "日", "北", "與", "野", "李", "韓", "文", "朴", "金")
HANGUL_ABBR = ("한미", "한일", "한중", "남북", "여야", "북미", "한·중앙아", "정부", "국회")
ROMAN_ABBR = ("Yeo", "Ya", "Yeo-ya", "Han-mi", "Nambuk", "Minju", "Gukhim", "Dang")


def _fragment(rng, corpus, lo=3, hi=8):
    p = corpus.sentence(rng, 8)
    ws = strip_end(p.en).split()
    n = rng.randint(lo, min(hi, len(ws) - 1))
    i = rng.randrange(0, len(ws) - n + 1)
    return " ".join(ws[i:i + n]).strip(",;:\"")


def garbled_headline_text(rng, corpus) -> tuple:
    """A headline garbled the ways Korean headlines go wrong; returns (form, text)."""
    person_name = rng.choice([person(rng), person(rng).split()[0],
                              rng.choice(["Park Jin", "Lee Jae-myung", "Yoon", "Han Dong-hoon",
                                          "Choo Kyung-ho", "Kim Gun-hee", "Cho Kuk"])])
    o, c = rng.choice([("“", "”"), ('"', '"'), ("'", "'"), ("‘", "’"), ("“", "'”")])
    frag = rng.choice(HL_FRAGMENTS) if rng.random() < 0.4 else _fragment(rng, corpus)
    form = rng.choice(["speaker-first", "doubled-noun", "bracket-label", "hanja",
                       "hangul-abbr", "ellipsis", "romanized-abbr", "noun-pile-quote",
                       "combo"])
    if form == "speaker-first":
        t = f"{rng.choice(['', rng.choice(TITLES) + ' '])}{person_name} {o}{frag[0].upper() + frag[1:]}{c}"
    elif form == "doubled-noun":
        w = rng.choice(DOUBLE_WORDS)
        t = (f"{w} and {w.lower()} {rng.choice(HL_NOUNS)} "
             f"{rng.choice(['is very important', 'expanded', 'to be strengthened', 'agreed', 'in focus', ''])}").strip()
        if rng.random() < 0.5:
            t = f"{person_name} {o}{t}{c}"
    elif form == "bracket-label":
        rest = rng.choice([f"{person_name} {o}{frag}{c}", rng.choice(CLEAN_HEADLINES),
                           _fragment(rng, corpus, 4, 9)])
        t = f"{rng.choice(LABELS)} {rest}"
    elif form == "hanja":
        h = rng.choice(HANJA)
        t = rng.choice([f"{h} {o}{frag}{c}", f"{h}, {_fragment(rng, corpus, 3, 6)}",
                        f"{_fragment(rng, corpus, 3, 6)}... {h} {rng.choice(['response', 'reaction', 'countermeasure', 'pressure'])}"])
    elif form == "hangul-abbr":
        h = rng.choice(HANGUL_ABBR)
        t = f"{h} {rng.choice(HL_NOUNS)}... {_fragment(rng, corpus, 3, 6)}"
    elif form == "ellipsis":
        sep = rng.choice(["...", "…", " ... ", "..", "… "])
        t = f"{_fragment(rng, corpus, 3, 6)}{sep}{o}{frag}{c}"
    elif form == "romanized-abbr":
        r = rng.choice(ROMAN_ABBR)
        t = f"{r} {o}{frag}{c} vs {person_name} {o}{_fragment(rng, corpus, 2, 4)}{c}"
    elif form == "noun-pile-quote":
        t = (f"{person_name}, {o}{rng.choice(['global backbone', 'K-diplomacy', 'win-win', 'proactive fiscal policy', 'economic security'])}{c} "
             f"{rng.choice(['realization', 'implementation', 'strengthening', 'expansion'])} "
             f"{rng.choice(HL_NOUNS)} {rng.choice(['importance', 'emphasis', 'necessity', 'urgency'])}")
    else:
        t = (f"{rng.choice(LABELS)} {person_name} {o}{rng.choice(DOUBLE_WORDS)} and "
             f"{rng.choice(DOUBLE_WORDS).lower()} {rng.choice(HL_NOUNS)}{c}...{rng.choice(HANJA)} "
             f"{rng.choice(['response', 'reaction', 'silence'])}")
    t = re.sub(r"\s+", " ", t).strip()
    return form, t


def inj_garbled_headline(rng, corpus):
    form, hl = garbled_headline_text(rng, corpus)
    lines = body_lines(rng, corpus, rng.randint(2, 3))
    pre = rng.random() < 0.15
    if pre:
        lines_all = [hl] + lines
        inj = article(rng, corpus, "garbled-headline", form, lines_all, 0, headline=None)
        rec = inj.record._replace(has_headline=True)
        return Injection(rec, inj.rule, inj.start, inj.end, form)
    return article(rng, corpus, "garbled-headline", form, lines, -1, headline=hl)


REPEATABLE_STOP = {"had", "that", "is"}  # legitimately doubled in English


def inj_repeated_word(rng, corpus):
    p = corpus.sentence(rng, 8)
    s = p.en
    ws = [(a, b) for a, b in words_spans(s) if s[a:b].lower() not in REPEATABLE_STOP]
    form = rng.choice(["exact", "exact", "case", "x-and-x", "function-word"])
    if form == "function-word":
        fw = [(a, b) for a, b in ws if s[a:b].lower() in
              ("the", "a", "of", "to", "in", "and", "for", "on", "with", "by", "at")]
        if fw:
            a, b = rng.choice(fw)
            w = s[a:b]
            sent = s[:b] + " " + w + s[b:]
            return in_context(rng, corpus, "repeated-word", form, sent, a, b + 1 + len(w), p)
        form = "exact"
    if form == "x-and-x":
        caps = [(a, b) for a, b in ws if s[a].isupper() and a > 0 and b - a > 2 and s[a:b].isalpha()]
        if caps:
            a, b = rng.choice(caps)
            w = s[a:b]
            ins = f"{w} and {w.lower()} "
            sent = s[:a] + ins + s[a:]
            return in_context(rng, corpus, "repeated-word", form, sent, a, a + len(ins) - 1, p)
        form = "exact"
    if form == "across-comma":
        a, b = rng.choice(ws[1:] or ws)
        w = s[a:b]
        sent = s[:b] + ", " + w + s[b:]
        return in_context(rng, corpus, "repeated-word", form, sent, a, b + 2 + len(w), p)
    a, b = rng.choice(ws[1:] or ws)
    w = s[a:b]
    if form == "case":
        a, b = ws[0]
        w = s[a:b]
        sent = s[:b] + " " + w.lower() + s[b:]
        return in_context(rng, corpus, "repeated-word", form, sent, a, b + 1 + len(w), p)
    sent = s[:b] + " " + w + s[b:]
    return in_context(rng, corpus, "repeated-word", form, sent, a, b + 1 + len(w), p)


# --------------------------------------------------------------------------------------------
# 3xx residue


BOILERPLATE = ("Newsletter", "Font size settings", "Print", "Share", "Suggest Translation Improvements",
               "Subscribe", "Log in", "Go to list", "Copy URL", "Facebook Twitter KakaoTalk",
               "Text size", "Listen to the article", "Top of page", "Related articles",
               "Most viewed news", "Comments 0", "Like 0", "Translated by AI", "Enlarge font",
               "Reduce font", "Scrap", "List", "Send to email", "Report an error",
               "Subscribe to the reporter", "Share on KakaoTalk", "Font size", "Larger text",
               "Smaller text", "Print article", "Bookmark", "Audio report: written by reporters, read by AI",
               "Reading mode", "Share this article", "Copy link", "Recommended articles",
               "Popular news", "Back to top", "Next article", "Previous article",
               "Listen", "Translation", "Original article", "See original",
               "Font size settings Print", "Share Print Font size", "Login Subscribe",
               "AD", "Advertisement", "Go to home", "Menu", "Search")


def inj_page_boilerplate(rng, corpus):
    ui = rng.choice(BOILERPLATE)
    if rng.random() < 0.2:
        ui = " ".join(rng.sample([b for b in BOILERPLATE if " " not in b], 3))
    form = rng.choice(["top", "after-headline", "end", "middle"])
    headline = rng.choice(CLEAN_HEADLINES)
    lines = body_lines(rng, corpus)
    if form == "top":
        inj = article(rng, corpus, "page-boilerplate", form, [ui, headline] + lines, 0)
        return Injection(inj.record._replace(has_headline=True), inj.rule, inj.start, inj.end, form)
    if form == "after-headline":
        return article(rng, corpus, "page-boilerplate", form, [ui] + lines, 0, headline=headline)
    if form == "end":
        return article(rng, corpus, "page-boilerplate", form, lines + [ui], len(lines),
                       headline=headline)
    k = rng.randint(1, len(lines) - 1)
    return article(rng, corpus, "page-boilerplate", form, lines[:k] + [ui] + lines[k:], k,
                   headline=headline)


def photo_date(rng) -> str:
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}", f"{y}.{m:02d}.{d:02d}.",
                       f"{y}. {m}. {d}", f"{y}.{m}.{d}."])


def photo_credit(rng) -> tuple:
    name = person(rng)
    ag = rng.choice(AGENCIES)
    date = photo_date(rng)
    forms = {
        "news1-caption": f"{date}/{rng.choice(['News 1', 'News1'])} © News1 Reporter {name}",
        "agency-date": f"{date}/{ag}",
        "date-agency-dot": f"{date} {ag}",
        "newsis-caption": f"{date.rstrip('.')}. {rng.choice(['Newsis', 'photo@newsis.com'])}",
        "courtesy": f"/Courtesy of {ag}",
        "slash-agency": f"/{ag}",
        "yonhap-bracket": rng.choice(["[YONHAP]", "[Yonhap News Agency file photo]",
                                       "[Yonhap News Agency photo]", "[JOINT PRESS CORPS]",
                                       "[NEWS1]", "[NEWSIS]", "(Yonhap)"]),
        "photo-by": f"Photo by {name} {email_local(rng, name)}@",
        "photo-equals": rng.choice([f"(Photo = {ag})", f"[Photo = {ag}]", f"Photo = Reporter {name}",
                                    f"(Photo provided by {rng.choice(['the Ministry of Foreign Affairs', 'the Presidential Office', 'Seoul City', 'Samsung Electronics', 'the National Police Agency'])})",
                                    f"[Photo source = {ag}]", f"Photo = {ag} DB",
                                    f"(Photo=Provided by {rng.choice(['Gyeonggi Province', 'KT', 'LG Electronics'])})"]),
        "db": rng.choice([f"ⓒ {ag} DB", f"/{ag} DB", f"© {ag} DB"]),
        "click": rng.choice(["<Click on the image to see a larger version>",
                             "<Click the image to enlarge>", "(Click to enlarge the photo)"]),
        "copyright-reporter": f"© {ag} Reporter {name}",
    }
    form = rng.choice(list(forms))
    return form, forms[form]


CAPTION_LEADS = ("{t} {n} (center) poses for a commemorative photo before a meeting in Seoul.",
                 "Citizens walk past a giant screen showing the news at Seoul Station.",
                 "{t} {n} speaks at a press conference at the National Assembly.",
                 "Visitors look around the booth at the exhibition held at COEX in Seoul.",
                 "Police officers stand guard near the scene of the accident.",
                 "{t} {n} (second from right) attends a meeting at the Government Complex Seoul.",
                 "Passengers wait for their flights at Incheon International Airport.",
                 "Rescue workers search for survivors among the rubble.")


def inj_photo_credit_residue(rng, corpus):
    form, credit = photo_credit(rng)
    lines = body_lines(rng, corpus)
    headline = rng.choice(CLEAN_HEADLINES) if rng.random() < 0.7 else None
    where = rng.choice(["append-caption", "own-line", "append-body"])
    if where == "own-line":
        k = rng.randint(0, len(lines))
        return article(rng, corpus, "photo-credit-residue", f"{form}/{where}",
                       lines[:k] + [credit] + lines[k:], k, headline=headline)
    if where == "append-caption":
        cap = rng.choice(CAPTION_LEADS).format(t=rng.choice(TITLES), n=person(rng))
    else:
        cap = lines.pop(rng.randrange(len(lines)))
    line = cap + " " + credit
    k = rng.randint(0, len(lines))
    return article(rng, corpus, "photo-credit-residue", f"{form}/{where}",
                   lines[:k] + [line] + lines[k:], k, mark=(len(cap) + 1, len(line)),
                   headline=headline)


def byline_text(rng) -> tuple:
    name = person(rng)
    ag = rng.choice(AGENCIES)
    mail = agency_email(rng, name, ag)
    forms = {
        "bare-email": mail,
        "reporter-email": f"Reporter {name} {mail}",
        "name-reporter-email": f"{name}, reporter ({mail})",
        "email-end": f"{mail} (End)",
        "end-marker": rng.choice(["(End)", "(end)", "<End>", "[End]", "(끝)"]),
        "newsis-promo": f"☞{rng.choice(['Sympathetic Media Newsis', 'Empathy Press Newsis', 'Empathetic Media Newsis'])} {mail}",
        "subscribe-promo": rng.choice(["▶ Subscribe to Newsis on Naver", "▶ Subscribe to News1 on Naver",
                                       f"▶ Add {ag} as a Naver main channel", "▶ Subscribe to Yonhap News on Daum",
                                       f"▶ Follow {ag} on KakaoTalk"]),
        "by-reporter": rng.choice([f"By Reporter {name}", f"Reporter {name}",
                                   f"{ag} Reporter {name}", f"Correspondent {name}"]),
        "truncated-email": f"{name.split()[0]} {name.split()[1]} {email_local(rng, name)}@",
        "email-in-sentence": f"Contact: {mail}",
    }
    form = rng.choice(list(forms))
    return form, forms[form]


def inj_byline_residue(rng, corpus):
    form, by = byline_text(rng)
    lines = body_lines(rng, corpus)
    headline = rng.choice(CLEAN_HEADLINES) if rng.random() < 0.7 else None
    where = rng.choice(["own-line-end", "own-line-end", "append-last", "own-line-start"])
    if where == "append-last" and form not in ("end-marker",):
        last = lines[-1]
        line = last + " " + by
        return article(rng, corpus, "byline-residue", f"{form}/{where}", lines[:-1] + [line],
                       len(lines) - 1, mark=(len(last) + 1, len(line)), headline=headline)
    if where == "own-line-start" and form != "end-marker":
        return article(rng, corpus, "byline-residue", f"{form}/{where}", [by] + lines, 0,
                       headline=headline)
    return article(rng, corpus, "byline-residue", f"{form}/end", lines + [by], len(lines),
                   headline=headline)


def inj_dateline_residue(rng, corpus):
    name = person(rng)
    city = rng.choice(CITIES)
    ag = rng.choice(["News1", "Newsis", "Yonhap News", "Yonhap", "News 1", "Money Today",
                     "Edaily", "Newspim", "Asia Economy", "Hankyung", "The Fact"])
    role = rng.choice(["Reporter", "Reporter", "Correspondent", "Special Correspondent",
                       "Reporters", "Intern Reporter", "Senior Reporter"])
    who = f"{name} and {person(rng)}" if role == "Reporters" else name
    br = rng.choice([("(", ")"), ("[", "]"), ("【", "】")])
    eq = rng.choice(["=", " = ", "="])
    forms = {
        "full": f"{br[0]}{city}{eq}{ag}{br[1]} {role} {who} =",
        "no-reporter": f"{br[0]}{city}{eq}{ag}{br[1]}",
        "reporter-only": f"{role} {who} =",
        "agency-first": f"{br[0]}{ag}{eq}{city}{br[1]} {role} {who} =",
        "equals-dash": f"{br[0]}{city}{eq}{ag}{br[1]} {role} {who} -",
        "spaced": f"{br[0]} {city} = {ag} {br[1]} {role} {who} =",
    }
    form = rng.choice(list(forms))
    dl = forms[form]
    lines = body_lines(rng, corpus)
    headline = rng.choice(CLEAN_HEADLINES) if rng.random() < 0.7 else None
    if rng.random() < 0.8:
        first = lines[0]
        line = dl + " " + first
        return article(rng, corpus, "dateline-residue", form, [line] + lines[1:], 0,
                       mark=(0, len(dl)), headline=headline)
    return article(rng, corpus, "dateline-residue", form + "/own-line", [dl] + lines, 0,
                   headline=headline)


COPYRIGHT_OWNERS = ("Yonhap News", "Yonhap News Agency", "News1 Korea (news1.kr)", "News1",
                    "Sympathetic Media Newsis", "Newsis", "Chosun Ilbo & chosun.com",
                    "JoongAng Ilbo", "Dong-A Ilbo", "Money Today", "Edaily", "Hankyung.com",
                    "Maeil Business Newspaper & mk.co.kr", "Herald Corporation", "Seoul Economic Daily",
                    "Financial News", "Newspim", "Asia Economy", "The Fact", "MBN", "YTN",
                    "JTBC", "SBS", "KBS")


def copyright_text(rng) -> tuple:
    owner = rng.choice(COPYRIGHT_OWNERS)
    c = rng.choice(["©", "ⓒ", "(c)", "(C)", "Copyright ©", "Copyright ⓒ", "Copyrights ⓒ"])
    ban = rng.choice(["Unauthorized reproduction and redistribution prohibited",
                      "unauthorized reproduction-redistribution prohibited",
                      "Unauthorized reprinting and redistribution prohibited",
                      "No unauthorized reproduction or redistribution",
                      "unauthorized reproduction and redistribution are prohibited",
                      "Reproduction and redistribution without permission prohibited",
                      "Unauthorized copying and redistribution prohibited",
                      "Unauthorized reproduction, redistribution, and use for AI training prohibited",
                      "prohibition of unauthorized reproduction and redistribution",
                      "Prohibited from unauthorized reproduction and redistribution"])
    ai = rng.choice(["", "", " Prohibited from AI learning and use.", ", AI learning and use prohibited",
                     " AI training and use prohibited."])
    forms = {
        "bracket": f"<{c} {owner}, {ban}{ai}>",
        "square": f"[{c} {owner}, {ban}]",
        "plain": f"{c} {owner}. All rights reserved.",
        "ban-only": f"{ban}.",
        "copyright-holder": f"<Copyright holder {c} {owner}. {ban}.>",
        "all-rights": f"Copyright {owner}. All rights reserved. {ban}.",
        "ai-ban": rng.choice(["Prohibited from AI learning and use", "AI learning and use prohibited",
                              "Use for AI training prohibited"]) + f" <{c} {owner}>",
    }
    form = rng.choice(list(forms))
    return form, re.sub(r"\s+", " ", forms[form])


def inj_copyright_residue(rng, corpus):
    form, cr = copyright_text(rng)
    lines = body_lines(rng, corpus)
    headline = rng.choice(CLEAN_HEADLINES) if rng.random() < 0.7 else None
    if rng.random() < 0.25:
        last = lines[-1]
        line = last + " " + cr
        return article(rng, corpus, "copyright-residue", form + "/append", lines[:-1] + [line],
                       len(lines) - 1, mark=(len(last) + 1, len(line)), headline=headline)
    extra = []
    if rng.random() < 0.3:
        extra = [byline_text(rng)[1]]
    inj = article(rng, corpus, "copyright-residue", form, lines + [cr] + extra, len(lines),
                  headline=headline)
    return inj


# --------------------------------------------------------------------------------------------
# 4xx script and encoding


HANGUL_RUN_RE = re.compile(r"[\uac00-\ud7a3]{2,}")


def inj_untranslated_hangul(rng, corpus):
    p = corpus.sentence(rng, 8)
    s = p.en
    runs = HANGUL_RUN_RE.findall(p.ko) or ["정부"]
    form = rng.choice(["replace-word", "insert-word", "particle-glued", "hanja", "middle-dot",
                       "parenthetical", "jamo", "halfwidth"])
    ws = words_spans(s)
    a, b = ws[rng.randrange(1, max(2, len(ws)))]
    if form == "replace-word":
        h = rng.choice(runs)
        sent = s[:a] + h + s[b:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, a, a + len(h), p)
    if form == "insert-word":
        h = rng.choice(runs)
        sent = s[:a] + h + " " + s[a:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, a, a + len(h), p)
    if form == "particle-glued":
        part = rng.choice(["은", "는", "이", "가", "을", "를", "의", "에서", "에게", "에", "도", "씨", "님"])
        sent = s[:b] + part + s[b:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, b, b + len(part), p)
    if form == "hanja":
        h = rng.choice(HANJA + ("北美", "中日", "韓美", "與野"))
        sent = s[:a] + h + " " + s[a:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, a, a + len(h), p)
    if form == "middle-dot":
        sent = s[:b] + "ㆍ" + s[b + 1:] if s[b:b + 1] == " " else s[:b] + "ㆍ" + s[b:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, b, b + 1, p)
    if form == "parenthetical":
        h = rng.choice(runs)
        sent = s[:b] + f" ({h})" + s[b:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, b + 2, b + 2 + len(h), p)
    if form == "jamo":
        j = rng.choice(["ㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㄱ", "ㅇㅇ"])
        sent = s[:b] + " " + j + s[b:]
        return in_context(rng, corpus, "untranslated-hangul", form, sent, b + 1, b + 1 + len(j), p)
    # halfwidth / fullwidth forms
    fw = rng.choice(["ＵＳ", "（주）", "ＫＴ", "％"])
    sent = s[:a] + fw + " " + s[a:]
    return in_context(rng, corpus, "untranslated-hangul", "fullwidth", sent, a, a + len(fw), p)


def _utf8_as_cp1252(s: str) -> str:
    out = []
    for byte in s.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("latin-1"))
    return "".join(out)


def _cp949_as_latin1(s: str) -> str:
    return s.encode("cp949").decode("latin-1")


ACCENTED = ("Müller", "café", "São Paulo", "Nestlé", "Zürich", "Pokémon", "résumé", "Québec",
            "Gdańsk", "Škoda", "Curaçao", "Ibrahimović", "Citroën", "naïve", "façade")
ENTITIES = ("&#8212;", "&#8217;", "&#8220;", "&#8221;", "&quot;", "&amp;", "&#39;", "&rsquo;",
            "&lsquo;", "&ldquo;", "&rdquo;", "&nbsp;", "&lt;", "&gt;", "&#x2019;", "&hellip;",
            "&middot;", "&mdash;", "&ndash;", "&#183;")


def inj_mojibake(rng, corpus):
    p = corpus.sentence(rng, 8)
    s = p.en
    form = rng.choice(["cp949-quotes", "cp949-hangul", "utf8-cp1252-quotes",
                       "utf8-cp1252-accent", "utf8-cp1252-hangul", "html-entity",
                       "html-entity-quotes", "utf8-cp1252-dash"])
    ws = words_spans(s)
    if form == "cp949-quotes":
        # a quoted phrase or an apostrophe in curly quotes, saved as EUC-KR, read as Latin-1
        i = rng.randrange(1, max(2, len(ws) - 2))
        a, b = ws[i][0], ws[min(i + rng.randint(0, 2), len(ws) - 1)][1]
        o, c = rng.choice([("“", "”"), ("‘", "’")])
        mo, mc = _cp949_as_latin1(o), _cp949_as_latin1(c)
        sent = s[:a] + mo + s[a:b] + mc + s[b:]
        return in_context(rng, corpus, "mojibake", form, sent, a, b + 2 * len(mo), p)
    if form == "cp949-hangul":
        h = rng.choice(HANGUL_RUN_RE.findall(p.ko) or ["연합뉴스"])
        h = rng.choice([h, f"(서울=연합뉴스) {person(rng)[:0]}박성민 기자", "저작권자(c) 연합뉴스", h + " " + h])
        m = _cp949_as_latin1(h)
        a = ws[rng.randrange(0, len(ws))][0]
        sent = s[:a] + m + " " + s[a:]
        return in_context(rng, corpus, "mojibake", form, sent, a, a + len(m), p)
    if form in ("utf8-cp1252-quotes", "utf8-cp1252-dash"):
        i = rng.randrange(1, max(2, len(ws) - 2))
        a, b = ws[i][0], ws[min(i + rng.randint(0, 2), len(ws) - 1)][1]
        if form == "utf8-cp1252-dash":
            d = _utf8_as_cp1252(rng.choice(["—", "–", "…"]))
            sent = s[:b] + " " + d + " " + s[b:].lstrip()
            return in_context(rng, corpus, "mojibake", form, sent, b + 1, b + 1 + len(d), p)
        o, c = rng.choice([("“", "”"), ("‘", "’")])
        mo, mc = _utf8_as_cp1252(o), _utf8_as_cp1252(c)
        sent = s[:a] + mo + s[a:b] + mc + s[b:]
        return in_context(rng, corpus, "mojibake", form, sent, a, b + len(mo) + len(mc), p)
    if form == "utf8-cp1252-accent":
        w = _utf8_as_cp1252(rng.choice(ACCENTED))
        a = ws[rng.randrange(0, len(ws))][0]
        sent = s[:a] + w + " " + s[a:]
        return in_context(rng, corpus, "mojibake", form, sent, a, a + len(w), p)
    if form == "utf8-cp1252-hangul":
        h = rng.choice(HANGUL_RUN_RE.findall(p.ko) or ["서울"])
        m = _utf8_as_cp1252(h)
        a = ws[rng.randrange(0, len(ws))][0]
        sent = s[:a] + m + " " + s[a:]
        return in_context(rng, corpus, "mojibake", form, sent, a, a + len(m), p)
    if form == "html-entity-quotes":
        i = rng.randrange(1, max(2, len(ws) - 2))
        a, b = ws[i][0], ws[min(i + rng.randint(0, 2), len(ws) - 1)][1]
        o, c = rng.choice([("&quot;", "&quot;"), ("&ldquo;", "&rdquo;"), ("&#8220;", "&#8221;"),
                           ("&lsquo;", "&rsquo;")])
        sent = s[:a] + o + s[a:b] + c + s[b:]
        return in_context(rng, corpus, "mojibake", form, sent, a, a + len(o), p)
    e = rng.choice(ENTITIES)
    b = ws[rng.randrange(0, len(ws))][1]
    sep = " " if e in ("&#8212;", "&mdash;", "&ndash;", "&amp;", "&middot;", "&#183;") else ""
    sent = s[:b] + sep + e + sep + s[b:].lstrip() if sep else s[:b] + e + s[b:]
    k = b + len(sep)
    return in_context(rng, corpus, "mojibake", form, sent, k, k + len(e), p)


# --------------------------------------------------------------------------------------------
# 5xx dates, names, numbers


ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}


def ordinal(d: int) -> str:
    return ORD.get(d, f"{d}th")


def literal_date(rng) -> tuple:
    d = ordinal(rng.randint(1, 31))
    d2 = ordinal(rng.randint(1, 31))
    forms = {
        "on-the": f"on the {d}",
        "until-the": f"until the {d}",
        "since-the": f"since the {d}",
        "by-the": f"by the {d}",
        "from-to": f"from the {d} to the {d2}",
        "last-paren": f"(last {d})",
        "last": f"last {d}",
        "of-this-month": f"on the {d} of this month",
        "of-last-month": f"on the {d} of last month",
        "of-next-month": f"until the {d} of next month",
        "time-local": f"at {rng.randint(1, 11)} {rng.choice(['a.m.', 'p.m.'])} on the {d} (local time)",
        "morning-of": f"on the {rng.choice(['morning', 'afternoon', 'evening', 'night'])} of the {d}",
        "around-the": f"around the {d}",
        "on-the-local": f"on the {d} local time",
    }
    form = rng.choice(list(forms))
    return form, forms[form]


def inj_literal_date(rng, corpus):
    form, dt = literal_date(rng)
    p = corpus.sentence(rng, 8)
    s = p.en
    where = rng.choice(["end", "after-verb", "start"])
    if where == "start" and form not in ("last-paren",):
        cap = dt[0].upper() + dt[1:]
        rest = lcfirst(s) if s.split()[0] in LOWERABLE_FIRST else s
        sent = f"{cap}, {rest}"
        return in_context(rng, corpus, "literal-date", form, sent, 0, len(dt), p)
    m = re.search(r"\b(said|announced|reported|told|held|met|arrived|began|started|launched|"
                  r"released|visited|signed)\b", s)
    if where == "after-verb" and m:
        b = m.end()
        sent = s[:b] + " " + dt + s[b:]
        return in_context(rng, corpus, "literal-date", form, sent, b + 1, b + 1 + len(dt), p)
    core = strip_end(s)
    if core.endswith('"'):
        core = s
        sent = core + " " + dt[0].upper() + dt[1:] + "."
        k = len(core) + 1
        return in_context(rng, corpus, "literal-date", form, sent, k, k + len(dt), p)
    sent = core + " " + dt + s[len(core):]
    k = len(core) + 1
    return in_context(rng, corpus, "literal-date", form, sent, k, k + len(dt), p)


AMBIGUOUS_VARIANTS = {"Yeo", "CEO", "Representative", "Premier", "Western District",
                      "Central News Agency", "Department of Defense", "Justice Department",
                      "Department of Justice", "Department of Education", "Department of Labor",
                      "Ministry of Defence", "Centers for Disease Control", "Blue House",
                      "Central and central", "Korea and central", "women and men", "Security Office",
                      "party representative", "Korea Daily", "Korean Daily", "One Nation",
                      "Union News", "United News", "Associated News", "Daily Economy",
                      "National Power", "People Strength", "Grand Court", "Great Court",
                      "Audit Office", "Weather Agency", "Financial Committee", "News is",
                      "Statistics Office", "Statistical Office", "Statistics Agency",
                      "Meteorological Office", "Meteorological Agency", "East Asia Daily",
                      "Central Daily", "Labor Newspaper", "Workers' Newspaper", "Korean Bank",
                      "Korea Bank", "Premier", "Board of Inspection", "Joint General Staff"}


def load_glossary_rows(path: Path = GLOSSARY) -> list:
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            vs = [v.strip() for v in r["variants_wrong"].split("|") if v.strip()]
            vs = [v for v in vs if v not in AMBIGUOUS_VARIANTS and v[:1].isupper()
                  and r["kind"] not in ("term", "unit", "title")]
            if vs:
                rows.append((r["ko"], r["en"].split("|")[0], vs, r["kind"]))
    return rows


_GLOSSARY_CACHE: dict = {}


def glossary_rows() -> list:
    if "rows" not in _GLOSSARY_CACHE:
        _GLOSSARY_CACHE["rows"] = load_glossary_rows()
    return _GLOSSARY_CACHE["rows"]


def inj_name_romanization(rng, corpus):
    rows = glossary_rows()
    persons = [r for r in rows if r[3] == "person"]
    others = [r for r in rows if r[3] != "person"]
    ko, en, variants, kind = rng.choice(persons if rng.random() < 0.55 else others)
    wrong = rng.choice(variants)
    p = corpus.sentence(rng, 6, 35)
    s = p.en
    if kind == "person":
        tmpl = rng.choice(["{t} {w} said {s}", "{w} said {s}", "{s0}, {t} {w} said.",
                           "{s0}, according to {w}.", "{w}, the {t2}, said {s}",
                           "{s0} {w} said in a statement."])
    elif kind in ("ministry", "institution", "office", "party", "media"):
        tmpl = rng.choice(["The {w} said {s}", "{s0}, the {w} said.",
                           "According to the {w}, {s}", "{s0}, officials at the {w} said."])
    else:  # places
        tmpl = rng.choice(["{s0} in {w}.", "In {w}, {s}", "{s0}, officials in {w} said.",
                           "Authorities in {w} said {s}"])
    t = rng.choice(TITLES)
    low = lcfirst(s) if s.split()[0] in LOWERABLE_FIRST else s
    s0 = strip_end(s)
    if s0.endswith('"'):
        s0 = s0[:-1].rstrip(",.") + '"'
    out = tmpl.format(t=t, w="\x00", s=low, s0=s0, t2=rng.choice(["minister", "lawmaker", "leader"]))
    k = out.index("\x00")
    sent = out.replace("\x00", wrong)
    if wrong.startswith("The ") and "the \x00" in out.lower():
        pass
    src_ko = f"{ko} {rng.choice(['관계자는', '측은', '은', '는'])} " + p.ko
    if rng.random() < 0.5:
        return in_context(rng, corpus, "name-romanization", f"{kind}/src", sent, k,
                          k + len(wrong), p, ko=src_ko, source_p=1.0)
    return in_context(rng, corpus, "name-romanization", f"{kind}/nosrc", sent, k,
                      k + len(wrong), p, source_p=0.0)


SYLLABLE_VARIANTS = {
    "min": ["meen"], "ji": ["jee", "chi"], "seo": ["suh", "so"], "hyun": ["hyeon", "hyon"],
    "jun": ["joon", "chun"], "woo": ["u", "wu"], "young": ["yeong", "yung", "yong"],
    "soo": ["su", "sou"], "jin": ["chin", "jeen"], "hee": ["hui", "hi"], "ho": ["hoh"],
    "sung": ["seong", "song"], "yeon": ["yun", "yon"], "kyung": ["gyeong", "kyoung", "gyung"],
    "eun": ["un"], "ha": ["hah"], "jae": ["je", "chae"], "dong": ["tong"], "hoon": ["hun"],
    "seok": ["suk", "sok"], "chul": ["cheol", "chol"], "won": ["weon"], "yong": ["yeong", "ryong"],
    "sang": ["sahng"], "tae": ["te", "tai"], "hye": ["hae", "hyea"], "gyu": ["kyu"],
    "bin": ["been"], "myung": ["myeong", "myoung"], "seop": ["sub", "sup"], "joon": ["jun"],
    "kyu": ["gyu"], "hwan": ["hoan"], "il": ["eel"],
}


def name_variant(rng, name: str) -> tuple:
    """Another spelling of ``name`` (same person); returns (form, variant)."""
    sur, given = name.split(" ", 1)
    sylls = given.lower().split("-")
    form = rng.choice(["no-hyphen", "space", "vowel", "vowel", "vowel", "run-together",
                       "all-caps", "vowel+no-hyphen"])
    if form.startswith("vowel"):
        idx = [i for i, x in enumerate(sylls) if x in SYLLABLE_VARIANTS]
        if idx:
            i = rng.choice(idx)
            sylls = sylls[:i] + [rng.choice(SYLLABLE_VARIANTS[sylls[i]])] + sylls[i + 1:]
        else:
            form = "no-hyphen"
    if form == "vowel":
        return form, f"{sur} {sylls[0].capitalize()}-{'-'.join(sylls[1:])}"
    if form in ("vowel+no-hyphen", "no-hyphen"):
        return form, f"{sur} {''.join(sylls).capitalize()}"
    if form == "space":
        return form, f"{sur} {' '.join(x.capitalize() for x in sylls)}"
    if form == "run-together":
        return form, (sur + "".join(sylls)).capitalize()
    return form, f"{sur.upper()} {''.join(sylls).upper()}"


def inj_inconsistent_name(rng, corpus):
    name = person(rng)
    form, var = name_variant(rng, name)
    t = rng.choice(TITLES)
    lines = body_lines(rng, corpus, rng.randint(1, 3))
    p1, p2 = corpus.sentence(rng, 6, 30), corpus.sentence(rng, 6, 30)
    first = f"{t} {name} said {lcfirst(p1.en) if p1.en.split()[0] in LOWERABLE_FIRST else p1.en}"
    vt = rng.choice(["{v} added that {s}", "{s0}, {v} said.", "According to {v}, {s}",
                     "{v} also said {s}", "{s0}, {t} {v} added."])
    low = lcfirst(p2.en) if p2.en.split()[0] in LOWERABLE_FIRST else p2.en
    s0 = strip_end(p2.en)
    if s0.endswith('"'):
        s0 = p2.en
    out = vt.format(v="\x00", s=low, s0=s0, t=t)
    k = out.index("\x00")
    second = out.replace("\x00", var)
    order = [first] + lines[:1] + [second] + lines[1:]
    idx = order.index(second)
    headline = rng.choice(CLEAN_HEADLINES) if rng.random() < 0.5 else None
    return article(rng, corpus, "inconsistent-name", form, order, idx,
                   mark=(k, k + len(var)), headline=headline, blank=rng.random() < 0.6)


# --- numbers


KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
SMALL = {"십": 10, "백": 100, "천": 1000}
BIG = {"만": 10 ** 4, "억": 10 ** 8, "조": 10 ** 12}
KO_NUM_RE = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|[일이삼사오육칠팔구십백천])"
                       r"(?:[\d,.]|[일이삼사오육칠팔구십백천만억조]|\s(?=[\d,]+[천백십만억조]))*")


def ko_value(tok: str) -> Optional[Decimal]:
    """Value of a Korean amount like ``1억1천만``, ``12조3천억``, ``2만5000``."""
    tok = tok.replace(",", "").replace(" ", "")
    if not re.search(r"[만억조]", tok):
        return None
    total, chunk, num = Decimal(0), Decimal(0), None
    i = 0
    while i < len(tok):
        m = re.match(r"\d+(?:\.\d+)?", tok[i:])
        if m:
            num = Decimal(m.group())
            i += m.end()
            continue
        ch = tok[i]
        if ch in KO_DIGITS:
            num = Decimal(KO_DIGITS[ch])
        elif ch in SMALL:
            chunk += (num if num is not None else 1) * SMALL[ch]
            num = None
        elif ch in BIG:
            chunk += num if num is not None else 0
            total += (chunk if chunk else 1) * BIG[ch]
            chunk, num = Decimal(0), None
        else:
            return None
        i += 1
    return total + chunk + (num or 0)


EN_AMT_RE = re.compile(r"(?:US\$|\$|W|₩)?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?")
MAG = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}


def render_en(value: Decimal, rng: random.Random, digits_ok: bool = True) -> str:
    """English rendering of ``value`` (number + magnitude word)."""
    v = Decimal(value)
    if digits_ok and v < 10 ** 6 and v == v.to_integral() and rng.random() < 0.8:
        return f"{int(v):,}"
    for word, m in (("trillion", 10 ** 12), ("billion", 10 ** 9), ("million", 10 ** 6),
                    ("thousand", 10 ** 3)):
        if v >= m:
            q = (v / m).normalize()
            qs = f"{q:f}"
            if "." in qs:
                qs = qs.rstrip("0").rstrip(".")
            if len(qs.replace(".", "")) > 6:
                continue
            if rng.random() < 0.15 and v == v.to_integral() and v < 10 ** 10:
                return f"{int(v):,}"
            return f"{qs} {word}"
    return f"{int(v):,}" if v == v.to_integral() else f"{v.normalize():f}"


CURRENCIES = (("원", "won"), ("달러", "dollars"), ("엔", "yen"), ("위안", "yuan"), ("유로", "euros"))


def ko_amount_forms(value: int, rng: random.Random) -> str:
    """A Korean rendering of ``value`` (a multiple of 만)."""
    jo, rest = divmod(value, 10 ** 12)
    eok, rest = divmod(rest, 10 ** 8)
    man, one = divmod(rest, 10 ** 4)
    style = rng.choice(["digits", "digits", "cheon", "spaced"])

    def chunk(n):
        if style == "cheon" and n >= 1000 and n % 1000 == 0:
            return f"{n // 1000}천"
        if style == "cheon" and n >= 1000 and n % 100 == 0:
            return f"{n // 1000}천{(n % 1000) // 100}백"
        if style == "cheon" and n >= 1000:
            return f"{n // 1000}천{n % 1000}"
        return f"{n:,}" if rng.random() < 0.2 and n >= 1000 else str(n)

    parts = []
    if jo:
        parts.append(chunk(jo) + "조")
    if eok:
        parts.append(chunk(eok) + "억")
    if man:
        parts.append(chunk(man) + "만")
    if one:
        parts.append(chunk(one))
    joiner = " " if style == "spaced" else ""
    return joiner.join(parts)


NUM_TEMPLATES = (
    # (korean with {k}, english with {e}, kind)
    ("정부는 소상공인 지원에 {k} 투입하기로 했다.", "The government decided to spend {e} to support small business owners.", "money"),
    ("회사는 올해 {k}의 영업이익을 기록했다.", "The company posted an operating profit of {e} this year.", "money"),
    ("서울시는 {k}의 예산을 편성했다.", "The Seoul Metropolitan Government set aside a budget of {e}.", "money"),
    ("공정위는 해당 업체에 과징금 {k} 부과했다.", "The Fair Trade Commission imposed a fine of {e} on the company.", "money"),
    ("삼성전자는 새 공장에 {k} 투자할 계획이다.", "Samsung Electronics plans to invest {e} in the new plant.", "money"),
    ("피해액은 {k}에 달하는 것으로 집계됐다.", "The damage was estimated at {e}.", "money"),
    ("지난해 수출액은 {k}로 집계됐다.", "Exports last year totaled {e}.", "money"),
    ("그는 {k} 상당의 뇌물을 받은 혐의를 받고 있다.", "He is accused of taking bribes worth {e}.", "money"),
    ("이번 계약 규모는 {k}이다.", "The contract is worth {e}.", "money"),
    ("정부는 추가경정예산 {k} 편성했다.", "The government drew up a supplementary budget of {e}.", "money"),
    ("이날 집회에는 {k}명이 참가했다.", "{e} people took part in the rally.", "count"),
    ("관객 {k}명이 영화를 관람했다.", "The film drew {e} viewers.", "count"),
    ("이번 태풍으로 주민 {k}명이 대피했다.", "{e} residents were evacuated because of the typhoon.", "count"),
    ("{k}가구가 정전 피해를 입었다.", "{e} households lost power.", "count"),
)


def _particle(ko_amount: str, kind_suffix: str) -> str:
    last = ko_amount[-1]
    if "\uac00" <= last <= "\ud7a3":
        return "을" if (ord(last) - 0xAC00) % 28 else "를"
    return "을"


def synth_number_pair(rng: random.Random) -> tuple:
    """(ko, en_prefix, en_amount, en_suffix, form) with the English amount wrong by 10^k."""
    ko_t, en_t, kind = rng.choice(NUM_TEMPLATES)
    unit = rng.choice(["만", "억", "억", "조"]) if kind == "money" else rng.choice(["만", "만", "억"])
    if unit == "만":
        coef = rng.choice([rng.randint(1, 9999), rng.randint(1, 99) * 100, rng.randint(1, 9) * 1000])
    elif unit == "억":
        coef = rng.choice([rng.randint(1, 9999), rng.randint(1, 99), rng.randint(10, 9999) // 10 * 10])
    else:
        coef = rng.choice([rng.randint(1, 99), rng.randint(1, 9)])
    value = coef * BIG[unit]
    if unit != "만" and rng.random() < 0.35:  # compound: 1조2000억, 4억8000만
        value += rng.randint(1, 9) * 1000 * BIG["억" if unit == "조" else "만"]
    ko_amt = ko_amount_forms(value, rng)
    if rng.random() < 0.08 and value in (10 ** 7, 10 ** 6, 10 ** 8):
        ko_amt = {10 ** 7: "천만", 10 ** 6: "백만", 10 ** 8: "일억"}[value]
    if kind == "money":
        cur_ko, cur_en = rng.choice(CURRENCIES)
        sep = rng.choice(["", " "]) if cur_ko == "원" else rng.choice(["", " "])
        k_full = f"{ko_amt}{sep}{cur_ko}"
        ko_t2 = ko_t
        if "{k} " in ko_t and "투" in ko_t or "{k} 부과" in ko_t or "{k} 편성" in ko_t:
            k_full += _particle(k_full, "")
    else:
        cur_en = ""
        k_full = ko_amt
        ko_t2 = ko_t
    # the error: a power of ten, weighted toward the classic 억->billion / 조->billion slips
    k = rng.choice([1, 1, 1, -1, 2, -2, 3, -3, 4, -4]) if unit != "조" else rng.choice([-3, -3, 1, -1, 3, 2])
    wrong = Decimal(value) * (Decimal(10) ** k)
    if wrong < 1:
        wrong = Decimal(value) * 10
        k = 1
    num = render_en(wrong, rng)
    if kind == "money":
        style = rng.choice(["word", "word", "symbol", "code", "code-after"])
        if cur_en == "won":
            en_amt = {"word": f"{num} won", "symbol": f"W{num}", "code": f"KRW {num}",
                      "code-after": f"{num} KRW"}[style]
        elif cur_en == "dollars":
            en_amt = {"word": f"{num} dollars", "symbol": f"${num}", "code": f"US${num}",
                      "code-after": f"${num}"}[style]
        elif cur_en == "yen":
            en_amt = {"word": f"{num} yen", "symbol": f"¥{num}", "code": f"JPY {num}",
                      "code-after": f"{num} yen"}[style]
        elif cur_en == "yuan":
            en_amt = {"word": f"{num} yuan", "symbol": f"{num} yuan", "code": f"CNY {num}",
                      "code-after": f"{num} yuan"}[style]
        else:
            en_amt = {"word": f"{num} euros", "symbol": f"€{num}", "code": f"EUR {num}",
                      "code-after": f"{num} euros"}[style]
    else:
        en_amt = num
    ko_sent = ko_t2.replace("{k}", k_full)
    pre, post = en_t.split("{e}")
    if not pre and en_amt[:1].isalpha():
        en_amt = en_amt[0].upper() + en_amt[1:]
    return ko_sent, pre, en_amt, post, f"synth/{unit}/x10^{k}"


def corpus_number_pairs(corpus: Corpus) -> list:
    """Corpus pairs where a Korean 만/억/조 amount equals an English amount: (pair, m, value)."""
    out = []
    for p in corpus.clean:
        kvals = [ko_value(t) for t in KO_NUM_RE.findall(p.ko)]
        kvals = [v for v in kvals if v]
        if not kvals:
            continue
        for m in EN_AMT_RE.finditer(p.en):
            num = Decimal(m.group(1).replace(",", ""))
            val = num * MAG.get(m.group(2) or "", 1)
            if any(abs(val - kv) <= kv * Decimal("0.005") for kv in kvals):
                out.append((p, m, val))
                break
    return out


def inj_number_mismatch(rng, corpus):
    cands = _GLOSSARY_CACHE.setdefault("numpairs", corpus_number_pairs(corpus))
    if cands and rng.random() < 0.3:
        p, m, val = rng.choice(cands)
        k = rng.choice([1, -1, 3, -3, 2])
        wrong = val * (Decimal(10) ** k)
        s = p.en
        prefix = re.match(r"(?:US\$|\$|W|₩)?", s[m.start():]).group()
        new = prefix + render_en(wrong, rng, digits_ok=not m.group(2))
        sent = s[:m.start()] + new + s[m.end():]
        return in_context(rng, corpus, "number-mismatch", f"corpus/x10^{k}", sent, m.start(),
                          m.start() + len(new), p, source_p=1.0, context_p=0.3)
    ko, pre, amt, post, form = synth_number_pair(rng)
    sent = pre + amt + post
    return in_context(rng, corpus, "number-mismatch", form, sent, len(pre), len(pre) + len(amt),
                      None, ko=ko, source_p=1.0, context_p=0.3)


# --------------------------------------------------------------------------------------------
# 6xx target vs source


def inj_untranslated_segment(rng, corpus):
    form = rng.choice(["copy-source", "copy-source", "mostly-hangul", "one-line-of-three"])
    p = corpus.sentence(rng, 6)
    if form == "copy-source":
        t = p.ko
        rec = Record(doc_id=_doc_id("untranslated-segment", rng), target=t, source=p.ko,
                     has_headline=False, locator=form)
        return Injection(rec, "untranslated-segment", 0, len(t), form)
    if form == "mostly-hangul":
        toks = p.ko.split()
        names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?", p.en) or ["Seoul"]
        i = rng.randrange(len(toks))
        toks[i] = rng.choice(names)
        if len(toks) > 4 and rng.random() < 0.5:
            j = rng.randrange(len(toks))
            toks[j] = rng.choice(["the government", "said", "percent", "on Monday", "officials"])
        t = " ".join(toks)
        rec = Record(doc_id=_doc_id("untranslated-segment", rng), target=t, source=p.ko,
                     has_headline=False, locator=form)
        return Injection(rec, "untranslated-segment", 0, len(t), form)
    others = corpus.neighbours(rng, 2)
    pairs = others[:1] + [p] + others[1:]
    lines = [q.en for q in pairs]
    lines[1] = p.ko
    target = "\n".join(lines)
    start = len(lines[0]) + 1
    rec = Record(doc_id=_doc_id("untranslated-segment", rng), target=target,
                 source="\n".join(q.ko for q in pairs), has_headline=False, locator=form)
    return Injection(rec, "untranslated-segment", start, start + len(p.ko), form)


def inj_length_mismatch(rng, corpus):
    form = rng.choice(["truncated", "truncated", "truncated-no-punct", "duplicated",
                       "added-sentences", "one-line-truncated"])
    p = corpus.sentence(rng, 18, 60)
    ws = p.en.split()
    if form in ("truncated", "truncated-no-punct", "one-line-truncated"):
        keep = max(3, int(len(ws) * rng.uniform(0.12, 0.3)))
        t = " ".join(ws[:keep]).rstrip(",;:")
        if form != "truncated-no-punct":
            t = t.rstrip(".") + "."
        if form == "one-line-truncated":
            others = corpus.neighbours(rng, 2)
            lines = [others[0].en, t, others[1].en]
            src = "\n".join([others[0].ko, p.ko, others[1].ko])
            start = len(lines[0]) + 1
            rec = Record(doc_id=_doc_id("length-mismatch", rng), target="\n".join(lines),
                         source=src, has_headline=False, locator=form)
            return Injection(rec, "length-mismatch", start, start + len(t), form)
    elif form == "duplicated":
        t = p.en + rng.choice([" ", " ", "\n"]) + p.en
        if rng.random() < 0.3:
            t = t + " " + p.en
    else:
        extra = corpus.neighbours(rng, rng.randint(2, 3))
        t = p.en + " " + " ".join(q.en for q in extra)
    rec = Record(doc_id=_doc_id("length-mismatch", rng), target=t, source=p.ko,
                 has_headline=False, locator=form)
    return Injection(rec, "length-mismatch", 0, len(t), form)


# --------------------------------------------------------------------------------------------

INJECTORS: dict = {
    "unbalanced-quote": inj_unbalanced_quote,
    "doubled-quote": inj_doubled_quote,
    "mixed-quote-style": inj_mixed_quote_style,
    "stray-punctuation": inj_stray_punctuation,
    "space-before-punctuation": inj_space_before_punctuation,
    "missing-space": inj_missing_space,
    "split-attribution": inj_split_attribution,
    "doubled-attribution": inj_doubled_attribution,
    "garbled-headline": inj_garbled_headline,
    "repeated-word": inj_repeated_word,
    "untranslated-hangul": inj_untranslated_hangul,
    "mojibake": inj_mojibake,
    "page-boilerplate": inj_page_boilerplate,
    "photo-credit-residue": inj_photo_credit_residue,
    "byline-residue": inj_byline_residue,
    "dateline-residue": inj_dateline_residue,
    "copyright-residue": inj_copyright_residue,
    "literal-date": inj_literal_date,
    "name-romanization": inj_name_romanization,
    "inconsistent-name": inj_inconsistent_name,
    "number-mismatch": inj_number_mismatch,
    "untranslated-segment": inj_untranslated_segment,
    "length-mismatch": inj_length_mismatch,
}
"""Rule name -> injector ``fn(rng, corpus) -> Injection``."""


def generate(corpus: Corpus, rule: str, n: int, seed: int = 0) -> list:
    """``n`` injections for ``rule``, reproducible from ``seed``."""
    rng = random.Random(f"{seed}/{rule}")
    fn: Callable = INJECTORS[rule]
    return [fn(rng, corpus) for _ in range(n)]

"""TQ6xx rules: untranslated-segment, length-mismatch."""
import itertools
import random
import re
import sys

import pytest
from rulecheck import check

from tqcheck.engine import make_document
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules import source as S

import source_reference as R


def findings(target, rule, source=None):
    return check(target, [rule], source=source)


@pytest.mark.parametrize("target,span,source", [
    ("정부는 3억 원을 지원했다고 밝혔다.", "정부는 3억 원을 지원했다고 밝혔다.", None),
    ("Park said so.\n\n외교부 장관은 협력이 중요하다고 말했다.", "외교부 장관은 협력이 중요하다고 말했다.", None),
    ("The Minister said so. 尹錫悅 大統領 北韓 訪問.", "尹錫悅 大統領 北韓 訪問.", None),
    ("Samsung said so. 삼성전자는 3분기 실적 발표", "삼성전자는 3분기 실적 발표",
     "삼성전자는 3분기 실적 발표"),
])
def test_untranslated_segment_flags(target, span, source):
    assert [f.evidence for f in findings(target, "untranslated-segment", source)] == [span]


@pytest.mark.parametrize("target,source", [
    ("The government said it provided 300 million won.", None),
    ("The 여당 (ruling party) agreed to the bill.", None),
    ("Park Jin met Samsung officials.", "박진 장관은 Samsung 관계자를 만났다."),
])
def test_untranslated_segment_passes(target, source):
    assert findings(target, "untranslated-segment", source) == []


KO = "박진 외교부 장관은 22일 중앙아시아와의 협력이 정부의 글로벌 중추국가 비전 실현에 매우 중요하다고 말했다."
EN = ("Foreign Minister Park Jin said on June 22 that cooperation with Central Asia is very "
      "important for the government's global pivotal state vision.")


def test_length_mismatch_short_target():
    f, = findings("Park said.", "length-mismatch", KO)
    assert f.evidence == "Park said." and f.severity == "major" and "left out" in f.message


def test_length_mismatch_long_target():
    found = findings(" ".join([EN] * 3), "length-mismatch", KO)
    assert found and all(f.severity == "minor" and "repeat" in f.message for f in found)
    assert [f.start for f in found] == [len(EN) + 1, 2 * len(EN) + 2]


@pytest.mark.parametrize("target,source", [
    (EN, KO),
    ("Short.", "짧다."),            # too short a source to judge
])
def test_length_mismatch_passes(target, source):
    assert findings(target, "length-mismatch", source) == []


def test_length_mismatch_needs_source():
    assert findings("Park said.", "length-mismatch") == []


SENTS = [
    ("Foreign Minister Park Jin said on June 22 that cooperation with Central Asia is very "
     "important for the government's global pivotal state vision.", KO),
    ("The government said it provided 300 million won in emergency aid to residents of areas "
     "hit by heavy rain.", "정부는 집중호우 피해 지역 주민들에게 3억 원을 긴급 지원했다고 밝혔다."),
    ("Police arrested a man in his 40s on charges of setting fire to a warehouse in Busan "
     "early Tuesday morning.", "경찰은 화요일 새벽 부산의 한 창고에 불을 지른 혐의로 40대 남성을 체포했다."),
]


@pytest.mark.parametrize("joiner", [" ", "\n"])
def test_length_mismatch_truncated_sentence_inside_record(joiner):
    ens = [e for e, _ in SENTS]
    ens[1] = "Aid was given."
    target = joiner.join(ens)
    f, = findings(target, "length-mismatch", joiner.join(k for _, k in SENTS))
    assert f.evidence == "Aid was given." and f.severity == "major"


@pytest.mark.parametrize("joiner", [" ", "\n"])
def test_length_mismatch_clean_record_passes(joiner):
    assert findings(joiner.join(e for e, _ in SENTS), "length-mismatch",
                    joiner.join(k for _, k in SENTS)) == []


def test_length_mismatch_duplicated_sentence():
    target = " ".join([SENTS[0][0], SENTS[1][0], SENTS[1][0]])
    found = findings(target, "length-mismatch", " ".join([SENTS[0][1], SENTS[1][1]]))
    assert [f.evidence for f in found] == [SENTS[1][0]]
    assert found[0].severity == "minor" and "repeat" in found[0].message


def test_length_mismatch_added_sentences():
    target = " ".join(e for e, _ in SENTS)
    f, = findings(target, "length-mismatch", SENTS[0][1])
    assert f.severity == "minor" and f.evidence == " ".join(e for e, _ in SENTS[1:])


def test_length_mismatch_korean_split():
    from tqcheck.rules.source import split_korean
    ko = "그는 말했다. “좋다. 정말.”라고 3.5% 올랐다! 끝"
    assert [ko[s:e] for s, e in split_korean(ko)] == ["그는 말했다.", "“좋다. 정말.”라고 3.5% 올랐다!", "끝"]


def test_duplicate_found_with_non_ascii_text():
    # the non-ASCII path folds case per word; the repeat is still found
    sent = "The Café Society said it provided 300 million won in emergency aid to residents."
    found = findings(sent + " " + sent.upper(), "length-mismatch")
    assert [f.severity for f in found] == ["minor"] and found[0].start == len(sent) + 1


def test_ko_weight_and_char_len():
    from tqcheck.rules.source import char_len, ko_weight
    assert char_len(" a\tb\u3000c\n") == 3
    assert ko_weight("한국 AB 3") == 2 + 0.5 * 3
    assert ko_weight("尹 대통령") == 4


@pytest.mark.parametrize("target", [
    "The government said it provided 300 million",       # no end mark: cut off
    "The government said it provided the.",             # an article cannot end a sentence
])
def test_length_mismatch_cut_sentence_flagged_in_wider_band(target):
    # about 2.6-3.3 sds short: within the plain band, but the English visibly stops mid-way
    f, = findings(target, "length-mismatch", SENTS[1][1])
    assert f.severity == "major" and f.evidence == target


def test_length_mismatch_short_complete_sentence_passes():
    # as short as the cut one above, but a whole sentence: a terse translation, not a cut
    assert findings("The government provided aid to residents.", "length-mismatch",
                    SENTS[1][1]) == []


def test_length_mismatch_cut_needs_korean_sentence_end():
    # a Korean heading (no sentence end) against a short English label is not a cut
    assert findings("Government aid to flood victims", "length-mismatch",
                    "정부 집중호우 피해 지역 주민들에게 3억 원 긴급 지원 결정 발표") == []


def test_length_mismatch_two_short_lines_each_flagged():
    # two lines both far short: the line pairing still holds (nothing moved between lines),
    # so each truncated line is flagged on its own, not the record as a whole
    ens = [e for e, _ in SENTS]
    ens[1], ens[2] = "Aid was given.", "Police arrested a man."
    found = findings("\n".join(ens), "length-mismatch", "\n".join(k for _, k in SENTS))
    assert [f.evidence for f in found] == ["Aid was given.", "Police arrested a man."]
    assert all(f.severity == "major" for f in found)


# ---------------------------------------------------------------- fast paths kept in step
#
# The rules decide the usual record on a fast path; each test below compares it with the
# full path on many generated inputs (edge cases included), so a change to one that the
# other does not follow fails here.

ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_unicode_facts_the_fast_paths_rely_on():
    spaces = "".join(filter(str.isspace, ALL_CHARS))
    # char_len: the only printable white space is " "
    assert [c for c in spaces if c.isprintable()] == [" "]
    # _normalize, _OTHER_RUN_RE: the regex's \s is str.isspace
    assert "".join(re.findall(r"\s", ALL_CHARS)) == spaces
    # one line when printable: every line break is unprintable
    breaks = [line[-1] for line in ALL_CHARS.splitlines(keepends=True)][:-1]
    assert breaks and not any(c.isprintable() for c in breaks)
    # _first_word_elsewhere: casefolding makes no white space and keeps it as it is
    assert "".join(filter(str.isspace, ALL_CHARS.casefold())) == spaces
    # _surely_latin: every ASCII letter is Latin
    assert {S._script(c) for c in ALL_CHARS[:128] if c.isalpha()} == {"LATIN"}


def _doc(target, source=None):
    return make_document(Record("t", target, source=source, has_headline=False), PACK)


KO_PARTS = [k for _, k in SENTS] + [
    "“좋다. 정말.”라고 말했다.", "그는 3.5% 올랐다!", "정부 발표", "짧다.", "U.S. 정부는 밝혔다.",
    "尹 대통령은 22일 말했다?", "‘우리’는 “함께” 간다…", "ㅋㅋ 대박", "A B C 1 2 3",
]
EN_PARTS = [e for e, _ in SENTS] + [
    "Aid was given.", "Park said.", "The government said it provided the.",
    "The government said it provided 300 million", "“It’s good,” he said.",
    "Police arrested a man.", "Prices rose 3.5% — the most since 2008…",
]
JOINERS = [" ", "  ", "\n", "\u00a0", "\t", "\u3000", "\r\n", "\n\n"]


def _records(n, seed):
    rng = random.Random(seed)
    for _ in range(n):
        ko = rng.choice(JOINERS).join(rng.sample(KO_PARTS, rng.randint(1, 3)))
        en = rng.choice(JOINERS).join(rng.sample(EN_PARTS, rng.randint(1, 3)))
        if rng.random() < 0.3:
            en = en[:rng.randint(1, len(en))]
        if rng.random() < 0.2:
            ko = rng.choice(JOINERS) + ko + rng.choice(JOINERS)
        if rng.random() < 0.2:
            en = en + " " + en  # a doubled text
        yield en, ko


def test_length_hits_fast_path_matches_full_path():
    cases = list(_records(1500, 7))
    cases += [(e, k) for e, k in itertools.product(EN_PARTS, KO_PARTS)]
    cases += [("x" * n, KO) for n in range(1, 400, 3)]  # every z from far short to far long
    assert len({tuple(h for h in R.length_hits(_doc(e, k), k)) for e, k in cases}) > 5
    for en, ko in cases:
        doc = _doc(en, ko)
        assert S.length_hits(doc, ko) == list(R.length_hits(doc, ko)), (en, ko)


def test_length_hits_fast_path_is_taken_for_one_sentence(monkeypatch):
    calls = []  # neither the alignment of several lines nor a block's judgement is needed
    monkeypatch.setattr(S, "_aligned_hits", lambda *a: calls.append(a) or [])
    monkeypatch.setattr(S, "_judge", lambda *a: calls.append(a) or iter(()))
    for en, ko in SENTS:
        assert S.length_hits(_doc(en, ko), ko) == []
    assert S.length_hits(_doc(SENTS[0][0], SENTS[0][1] + "\u00a0"), SENTS[0][1] + "\u00a0") == []
    assert calls == []


def test_one_unit_terms_give_length_z():
    for weight in [w / 2 for w in range(800)]:
        log_expected, sd = S._one_unit_terms(weight)
        for chars in (0, 1, 7, 50, 123, 999):
            z = (S.math.log(max(chars, 1)) - log_expected) / sd
            assert z == S.length_z([S.Unit(0, 1, weight)], chars)


def test_split_korean_fast_path_matches_lines():
    texts = KO_PARTS + [" ".join(p) for p in itertools.permutations(KO_PARTS[:5], 2)]
    texts += ["", " ", "\u00a0", "  다.  ", "끝", "다. 다", "다.\t다.", "다.\n다."]
    for text in texts:
        assert S.split_korean(text) == S._split_korean_lines(text), text


def test_char_len_fast_path():
    for text in ["", " ", "a b", " a\tb\u3000c\n", "\u00a0x\u00a0", "x" * 5, "한 국 어 "]:
        assert S.char_len(text) == sum(map(len, text.split()))


def _dup_texts(seed):
    rng = random.Random(seed)
    words = ("the", "The", "government", "said", "it", "provided", "aid", "to", "a", "I",
             "won't", "it’s", "'quoted'", "rock'n'roll", "3.5%", "U.S.", "Café", "CAFÉ",
             "straße", "STRASSE", "“Yes,”", "—", "x", "ab", "residents", "of", "areas",
             "résumé", "resume", "r sum")
    for _ in range(600):
        base = [rng.choice(words) for _ in range(rng.randint(1, 14))]
        size = rng.choice((6, 7, 8, 9, 12))
        piece = base[:size]
        text = " ".join(base + rng.choice(([], [";"], ["and"])) + piece
                        + [rng.choice(words) for _ in range(rng.randint(0, 4))])
        yield text + rng.choice(("", ".", ". And more follows here."))
    # just at the thresholds: 8 words of 40 characters and of 39, 7 words
    for w in ("aaaa", "aaa"):
        eight = " ".join([w] * 7 + ["b" * (40 - 7 - 7 * len(w))])
        yield f"One {eight} two {eight} three."
        yield f"One {eight} two {eight[:-2]} three."
    yield "One two three four five six seven. One two three four five six seven."


def test_word_keys_and_precheck_match_the_full_search():
    found = 0
    for text in list(_dup_texts(3)) + [e for e, _ in _records(300, 11)]:
        doc = _doc(text)
        prose = [s for s in doc.segments if s.kind == "sentence"]
        keys, words = S._word_keys(text, prose), S._folded_words(text, prose)
        assert len(keys) == len(words)
        # equal keys exactly where the folded words are equal
        assert ({(a, b) for a, b in itertools.combinations(range(len(keys)), 2)
                 if keys[a] == keys[b]}
                == {(a, b) for a, b in itertools.combinations(range(len(words)), 2)
                    if words[a] == words[b]}), text
        full = list(S._duplicates(text, prose, ""))
        found += bool(full)
        assert S.duplicate_hits(doc, "") == full
        if full:
            assert S._may_repeat(keys), text
    assert found > 50


def test_surely_latin_and_first_word_prechecks_are_exact():
    rng = random.Random(5)
    pieces = ["Park", "said", "정부는", "尹錫悅", "Café", "“", "”", "—", "é", "ñ", "Россия",
              "3억", "won", "ﬁnal", "Kelvin", "K", "ß", "SS", "\u00a0", "  ", "Ⅻ"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, 9)))
        if not text.isascii() and S._surely_latin(text):
            letters = [c for c in text if c.isalpha()]
            foreign = [s for s in map(S._script, letters) if s != "LATIN"]
            weight = sum(S.DENSE_WEIGHT if s in S.DENSE_SCRIPTS else 1 for s in foreign)
            assert not letters or weight / (weight + len(letters) - len(foreign)) <= 0.5, text
        source = "".join(rng.choice(pieces) + " " for _ in range(rng.randint(0, 12)))
        if S._first_word_elsewhere(text, source.casefold()):
            assert not S._normalize(text) or S._normalize(text) not in S._normalize(source)


def test_untranslated_segment_copy_found_despite_case_and_spacing():
    # mostly Latin, so not caught as foreign script: found as a copy of the source
    found = findings("SAMSUNG   Electronics 실적 Q3 results", "untranslated-segment",
                     "삼성 samsung electronics 실적 q3 results 발표")
    assert [f.evidence for f in found] == ["SAMSUNG   Electronics 실적 Q3 results"]


def test_cut_searches_only_the_tail():
    rng = random.Random(9)
    tails = [w + "." for w in S.CUT_WORDS] + ["bathe.", "x", "said.", "of. ", "THE.", "ſhould."]
    for _ in range(2000):
        text = " ".join(rng.choice(EN_PARTS[3:] + tails) for _ in range(rng.randint(1, 4)))
        text += rng.choice(("", "\n", " the.", "—the.", " 3"))
        start = rng.randint(0, len(text))
        whole = S.EN_CUT_RE.search(text, start, len(text)) is not None
        tail = S.EN_CUT_RE.search(text, max(start, len(text) - S.EN_CUT_TAIL), len(text))
        assert whole == (tail is not None), (text, start)


def _articles(n, seed):
    """Multi-line (and multi-sentence one-line) records: lines of one to three sentences,
    some cut, dropped, doubled or padded, line counts sometimes off by one."""
    rng = random.Random(seed)
    for _ in range(n):
        lines = rng.randint(2, 8)
        ko_lines, en_lines = [], []
        for _ in range(lines):
            idx = rng.sample(range(len(SENTS)), rng.choice((1, 1, 1, 2, 3)))
            ko_lines.append(" ".join(SENTS[i][1] for i in idx))
            en = [SENTS[i][0] for i in idx]
            r = rng.random()
            if r < 0.1:
                en = en[:-1] or [en[0][:rng.randint(1, len(en[0]))]]
            elif r < 0.2:
                en[-1] = en[-1][:rng.randint(1, len(en[-1]))]
            elif r < 0.3:
                en = en + [rng.choice(EN_PARTS)]
            elif r < 0.35:
                en = en + en
            elif r < 0.4:
                en = [rng.choice(EN_PARTS)]
            en_lines.append(" ".join(en))
        if rng.random() < 0.1:
            en_lines.pop(rng.randrange(len(en_lines)))
        if rng.random() < 0.1:
            ko_lines.append(rng.choice(KO_PARTS))
        if rng.random() < 0.05:
            ko_lines.insert(rng.randrange(len(ko_lines)), " ")
        joiner = rng.choice(("\n", "\n", "\n\n", " ", "\r\n"))
        yield joiner.join(en_lines), rng.choice(("\n", "\n", " ", "\n\n")).join(ko_lines)


def test_aligned_hits_match_the_full_path():
    cases = list(_articles(1500, 21)) + [(e, k) for e, k in _records(800, 5)]
    hits = 0
    for en, ko in cases:
        doc = _doc(en, ko)
        prose = [s for s in doc.segments if s.kind not in S.SKIP_KINDS]
        full = list(R.length_hits(doc, ko))
        hits += bool(full)
        assert S.length_hits(doc, ko) == full, (en, ko)
        if prose:
            assert S._aligned_hits(doc, ko, prose) == full, (en, ko)
    assert hits > 200


def test_ko_units_fast_path_matches_split_korean():
    texts = KO_PARTS + ["", " ", "\u00a0", "  다.  ", "끝", "다. 다", "다.\t다.", "다.\n다.", " A 1 "]
    texts += [" ".join(p) for p in itertools.permutations(KO_PARTS[:6], 2)]
    for text in texts:
        for pad in ("", "x\n"):
            src = pad + text + "\n"
            full = [S.Unit(len(pad) + s, len(pad) + e, S.ko_weight(src[len(pad) + s:len(pad) + e]))
                    for s, e in S.split_korean(text)]
            assert S._ko_units(src, len(pad), len(pad) + len(text)) == full, text


def _repeat_lists(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        alphabet = rng.choice(("ab", "abc", "abcdefgh", "abcdefghijklmnopqrstuvwxyz"))
        words = [rng.choice(alphabet) for _ in range(rng.randint(0, 60))]
        if words and rng.random() < 0.5:  # plant a copy of a stretch
            i = rng.randrange(len(words))
            piece = words[i:i + rng.randint(1, 14)]
            at = rng.randint(0, len(words))
            words[at:at] = piece
        yield words


def test_has_repeat_and_repeats_match_their_loops():
    found = [0, 0]
    for words in _repeat_lists(4):
        has = S._has_repeat(words)
        assert has == R.has_repeat_loop(words), words
        found[0] += has
        for n in (1, 2, 4, 8):
            rep = S._repeats(words, n)
            assert rep == R.repeats_loop(words, n), (words, n)
            found[1] += rep
    assert min(found) > 300 and found[0] < 2900


def test_duplicates_match_the_plain_search():
    rng = random.Random(13)
    texts = list(_dup_texts(17)) + [e for e, _ in _articles(300, 3)]
    texts += [" ".join(["a b c d e f g h"] * n) + "." for n in (2, 3, 20, 40)]
    texts += [" ".join(["aa"] * n) + "." for n in (16, 17, 40, 200)]
    texts += [" ".join(rng.choice(("aa", "bbbbbbb", "cc")) for _ in range(300)) for _ in range(30)]
    found = 0
    for text in texts:
        for source in ("", "정부는 3억 원을 지원했다.", "가 나 다 라 가 나 다 라"):
            doc = _doc(text)
            prose = [s for s in doc.segments if s.kind == "sentence"]
            plain = list(R.duplicates_plain(text, prose, source))
            found += bool(plain)
            assert list(S._duplicates(text, prose, source)) == plain, text
            assert S.duplicate_hits(doc, source) == plain, text
            keys = S._word_keys(text, prose)
            if S._has_repeat(keys):
                assert list(S._duplicates(text, prose, source, keys)) == plain, text
    assert found > 100


def test_a_segment_in_another_latin_language_is_untranslated():
    from rulecheck import check
    text = ("El Ministerio de Salud y Bienestar anunció el martes que ampliará el número de "
            "médicos residentes en las regiones.")
    found = check(text, ["untranslated-segment"])
    assert len(found) == 1 and "Spanish" in found[0].message
    for english in ("Samsung unveils 2nm chip for foldables",
                    "Le Monde reported the deal on Tuesday, citing Die Zeit.",
                    "Samsung Electronics Q3 profit up 20 pct on HBM sales boom"):
        assert check(english, ["untranslated-segment"]) == []


def test_a_latin_name_copied_from_the_source_is_not_untranslated():
    from rulecheck import check
    text = "Galaxy S25 Ultra (SM-S938N) 256GB"
    assert check(text, ["untranslated-segment"], source=text) == []

"""Glossary loading and matching (tqcheck.glossary)."""
import random
import re

import pytest

from tqcheck.glossary import (
    Entry,
    Glossary,
    GlossaryError,
    ascii_words,
    ascii_words_lower,
    load_glossary,
)


def test_packaged_glossary_loads_and_is_cached():
    g = load_glossary()
    assert len(g) >= 100
    assert load_glossary() is g
    yoon = next(e for e in g.entries if e.ko == "윤석열")
    assert yoon.preferred == "Yoon Suk Yeol" and "Yun Seok-yeol" in yoon.wrong


@pytest.mark.parametrize("text,variant", [
    ("the Yun Seok-yeol government", "Yun Seok-yeol"),
    ("members of the Minjoo Party said", "Minjoo Party"),
    ("the People’s Power Party", "People’s Power Party"),
    ("News 1 reported", "News 1"),
])
def test_finds_wrong_variants(text, variant):
    hits = load_glossary().find_wrong(text)
    assert [text[h.start:h.end] for h in hits][:1] == [variant]


@pytest.mark.parametrize("text", [
    "at the Seoul Western District Court",      # accepted form masks "Western District"
    "the Korean Central News Agency said",      # masks "Central News Agency"
    "in Yeouido, Seoul",                        # "Yeo" only as a whole word
    "The Yoon Suk Yeol government",
])
def test_accepted_forms_are_not_hits(text):
    assert load_glossary().find_wrong(text) == []


def test_ambiguous_form_is_marked():
    hits = load_glossary().find_wrong("officials at the Blue House said")
    assert hits and all(h.ambiguous for h in hits)


def test_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("ko,en,variants_wrong,kind,source\n"
                    "홍길동,Hong Gil-dong,Hong Kil-tong|Hong Gildong,person,test\n"
                    "박진,Park Jin|Pak Jin,Bak Jin,person,test\n", encoding="utf-8")
    g = load_glossary([str(path)])
    hit = g.find_wrong("Minister Hong Kil-tong said")
    assert [(h.variant, h.entry.preferred, h.entry.origin) for h in hit] == [
        ("Hong Kil-tong", "Hong Gil-dong", f"{path}:2")]
    assert g.find_wrong("Pak Jin said") == []           # the user row replaced the packaged one
    assert load_glossary().find_wrong("Hong Kil-tong") == []   # packaged glossary untouched


@pytest.mark.parametrize("content,line", [
    ("ko,english\n홍길동,Hong\n", 1),
    ("ko,en\n홍길동,Hong Gil-dong\n,Kim\n", 3),
    ("ko,en,variants_wrong,kind\n홍길동,,Hong Kil-tong,person\n", 2),
    ("ko,en,variants_wrong,kind\n홍길동,Hong Gil-dong,x,alien\n", 2),
    ("ko,en\n홍길동,Hong,Gil,dong\n", 2),
])
def test_bad_csv_names_file_and_line(tmp_path, content, line):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError) as err:
        load_glossary([str(path)])
    assert f"{path}: line {line}:" in str(err.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GlossaryError, match="not found"):
        load_glossary([str(tmp_path / "nope.csv")])


# ------------------------------------------ the word index finds what the alternation finds

UNUSUAL = [
    Entry("홍길동", ("Hong Gil-dong",), ("Hong Kil-tong", "Hong Gildong", "HONG KIL TONG"), "person"),
    Entry("뉴스원", ("News1",), ("News 1", "News-1", "NEWS1"), "media"),
    Entry("여의도", ("Yeouido",), ("Yoido", "Yeo", "yoi-do"), "place"),
    Entry("오상", ("Oh Sang",), ("O’Sang", "O'Sang", "o sang"), "person"),
    Entry("카페", ("Cafe Seoul",), ("Café Seoul", "café seoul"), "place"),  # non-ASCII form
    Entry("삼성", ("Samsung",), ("Samseong", "Sam_sung", "samseong 2"), "institution"),
    Entry("민주", ("Minjoo",), ("Minju", "Minjoo Party", "minjoo"), "party"),
]
TEXT_WORDS = ["Hong", "Kil-tong", "Kil", "tong", "Gildong", "HONG", "KIL", "TONG", "News", "1",
              "News1", "NEWS1", "Yoido", "Yeo", "Yeouido", "yoi", "do", "O’Sang", "O'Sang", "o",
              "sang", "Café", "café", "Seoul", "seoul", "Samseong", "Sam_sung", "samseong", "2",
              "Minju", "Minjoo", "Party", "party", "the", "Yun", "Seok-yeol", "Mun", "Jae-in",
              "ſamseong", "SAMSEONG", "İ", "\u212a", "Blue", "House", "Western", "District",
              "Court", "Korean", "Central", "News", "Agency", "women", "and", "men", "WOMEN"]


def _texts(n, seed):
    rng = random.Random(seed)
    seps = [" ", " ", "  ", "-", "\n", ", ", "", "’s ", "(", "_", "\u00a0"]
    return ["".join(rng.choice(TEXT_WORDS) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
            for _ in range(n)]


@pytest.mark.parametrize("glossary", [load_glossary(), Glossary(UNUSUAL),
                                      Glossary([e for e in UNUSUAL if e.ko != "카페"])],
                         ids=["packaged", "unusual", "unusual-ascii"])
def test_word_index_matches_the_full_alternation(glossary):
    index = glossary._wrong_index
    for text in _texts(6000, 8):
        assert [m.span() for m in index.finditer(glossary.wrong_re, text)] == \
            [m.span() for m in glossary.wrong_re.finditer(text)], text


def test_word_index_is_used_for_ascii_forms_only():
    assert load_glossary()._wrong_index.usable
    assert Glossary([e for e in UNUSUAL if e.ko != "카페"])._wrong_index.usable
    assert not Glossary(UNUSUAL)._wrong_index.usable  # "Café Seoul": the full alternation


def test_ascii_words_keep_every_ascii_word():
    rng = random.Random(9)
    alphabet = list("abcXYZ019_ -’'é한İ\u212a\n.,") + ["\ud800"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        words = set(ascii_words(text))
        for w in re.findall(r"\w+", text):
            if w.isascii():
                assert w.encode() in words, (text, w)
        assert ascii_words_lower(text) == [w.lower() for w in ascii_words(text)]


def test_a_name_with_a_romanized_particle_is_still_the_name():
    from rulecheck import check
    found = check("Yoon Seok-youl-eun said so.", ["name-romanization"])
    assert [f.evidence for f in found] == ["Yoon Seok-youl"]
    assert check("a Yun Seok-yeol-based policy", ["name-romanization"]) == []

"""TQ4xx script and encoding rules: exact spans and repaired suggestions."""
from __future__ import annotations

import pytest
from rulecheck import check

from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, run_rules
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules.registry import get
from tqcheck.rules.script import repair_mojibake

RULES = ("untranslated-hangul", "mojibake")


def findings(text):
    return check(text, RULES)


FLAG = [
    # rule, text, [(evidence, suggestion), ...]
    ("untranslated-hangul", "Park Jin met 외교부 officials.", [("외교부", "")]),
    ("untranslated-hangul", "박진 외교부 장관 said so.", [("박진 외교부 장관", "")]),
    ("untranslated-hangul", "尹 meets Biden in Seoul", [("尹", "Yoon")]),
    ("untranslated-hangul", "KoreaㆍUS summit", [("ㆍ", "-")]),
    ("untranslated-hangul", "the economyㆍsociety", [("ㆍ", "")]),
    ("untranslated-hangul", "The minister씨 said", [("씨", "")]),
    ("untranslated-hangul", "He laughed ㅋㅋ loudly", [("ㅋㅋ", "")]),
    ("untranslated-hangul", "the ＵＳ military", [("ＵＳ", "US")]),
    ("untranslated-hangul", "Samsung （주） shares", [("（주）", "")]),
    ("mojibake", "Obama has eroded McCain¡¯s advantage.", [("¡¯", "’")]),
    ("mojibake", "¡°There are early indications,¡± said CNN.", [("¡°", "“"), ("¡±", "”")]),
    ("mojibake", "bananas to ¢æ114 ($179)", [("¢æ", "€")]),
    ("mojibake", "(¼­¿ï=¿¬ÇÕ´º½º) ¹Ú¼º¹Î ±âÀÚ", [("¼­¿ï=¿¬ÇÕ´º½º) ¹Ú¼º¹Î ±âÀÚ", "서울=연합뉴스) 박성민 기자")]),
    ("mojibake", "â€œWe will,â€\x9d he said.", [("â€œ", "“"), ("â€\x9d", "”")]),
    ("mojibake", "Itâ€™s a cafÃ©", [("â€™", "’"), ("Ã©", "é")]),
    ("mojibake", "Ã¢â‚¬â„¢", [("Ã¢â‚¬â„¢", "’")]),
    ("mojibake", "í•œêµ­ exports", [("í•œêµ\xad", "한국")]),
    ("mojibake", "Obama's trip &#8212; to Europe", [("&#8212;", "—")]),
    ("mojibake", "raw jalape&ntilde; os", [("&ntilde;", "ñ")]),
    ("mojibake", "Q&amp;A and &quot;hope&quot;", [("&amp;", "&"), ("&quot;", '"'), ("&quot;", '"')]),
    ("mojibake", "a lost byte \ufffd here", [("\ufffd", "")]),
]


@pytest.mark.parametrize("rule,text,expected", FLAG)
def test_flags_exact_span_and_suggestion(rule, text, expected):
    got = [(f.evidence, f.suggestion) for f in findings(text) if f.rule == rule]
    assert got == expected


CLEAN = [
    "Pelé’s café in São Paulo was full, and Zoë ordered crème brûlée.",
    "It was 25°C in Seoul, with ½ inch of rain expected.",
    "AT&T and Verizon held a Q&A session on Monday.",
    "South Korea´s exports rose.",
    "Müller and Ångström visited Reykjavík’s Þórður hall.",
    "Kim Jong-un — the North's leader — attended the ceremony.",
    "“I don’t know,” he said. “We’ll see.”",
    "Police believed it may have been a ””domestic incident”” at the campus.",
    "The company’s “Pelé’” ad ran in ¿Qué? magazine.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_passes(text):
    assert [(f.rule, f.evidence) for f in findings(text)] == []


def test_repair_round_trip_is_verified():
    # Latin-1 pairs that decode to Hanja, not Hangul, are not EUC-KR mojibake
    assert repair_mojibake("Þó") == []
    # without the legacy codec the EUC-KR quote is not repaired
    assert repair_mojibake("McCain¡¯s", encodings=()) == []
    assert repair_mojibake("McCain¡¯s") == [(6, 8, "’")]


def test_script_comes_from_the_pack():
    import re
    from dataclasses import replace
    cyrillic = replace(PACK, name="Russian", script_re=re.compile("[\u0400-\u04ff]"))
    doc = make_document(Record("t", "He met Путин and 외교부.", has_headline=False), cyrillic)
    out = run_rules(doc, [get("untranslated-hangul")], RuleContext(Config(), cyrillic))
    assert [f.evidence for f in out] == ["Путин"]


@pytest.mark.parametrize("name,code,category,severity", [
    ("untranslated-hangul", "TQ401", "Accuracy/Untranslated", "major"),
    ("mojibake", "TQ402", "Fluency/Character encoding", "major"),
])
def test_registered_identity(name, code, category, severity):
    r = get(name)
    assert (r.code, r.category, r.severity) == (code, category, severity)
    assert len(r.examples.flag) >= 2 and len(r.examples.ok) >= 2
    for text in r.examples.flag:
        assert any(f.rule == name for f in findings(text)), text
    for text in r.examples.ok:
        assert not any(f.rule == name for f in findings(text)), text


def test_ascii_fast_path_only_for_a_script_class_without_ascii():
    from tqcheck.rules import script
    assert script._misses_ascii(PACK.script_re.pattern)
    assert not script._misses_ascii("[A-Za-z가-힣]")   # a class with ASCII letters
    assert not script._misses_ascii("(?:가|ab)")        # not a single class: no fast path


def test_a_pack_whose_script_includes_ascii_still_flags_ascii_text():
    import dataclasses
    import re
    pack = dataclasses.replace(PACK, script_re=re.compile("[Q가-힣]"))
    ctx = RuleContext(Config(lm=False), pack)
    rec = Record("d", "A Q here.", has_headline=False)
    found = run_rules(make_document(rec, pack), [get("untranslated-hangul")], ctx)
    assert [(f.evidence, f.rule) for f in found] == [("Q", "untranslated-hangul")]


def test_latin1_letter_read_as_windows_1252_before_a_dash_is_mojibake():
    found = findings("The 3Ã—3 tournament opens tonight.")
    assert [(f.evidence, f.suggestion) for f in found] == [("Ã—", "×")]
    assert findings("The party “ÖVP” won; Pelé—the striker—scored.") == []


def test_utf8_read_as_mac_roman():
    found = findings("It‚Äôs the caf√© owners‚Äô call.")
    assert [(f.evidence, f.suggestion) for f in found] == [("‚Äô", "’"), ("√©", "é"),
                                                          ("‚Äô", "’")]
    assert findings("The square root √2 is irrational.") == []


def test_enclosed_hangul_is_untranslated():
    assert [f.evidence for f in findings("Samsung ㈜ shares rose.")] == ["㈜"]


def test_utf8_korean_read_as_cp949_is_mojibake_not_hangul():
    soup = "서울빛초롱축제".encode("utf-8").decode("cp949", errors="replace")
    found = findings(f"Seoul hosts the {soup} festival.")
    assert [f.rule for f in found] == ["mojibake"], found
    assert findings("Park met 외교부 officials.")[0].rule == "untranslated-hangul"
    # real Korean keeps to the 2,350 syllables of KS X 1001
    from tqcheck.rules.script import is_hangul_soup
    assert not is_hangul_soup("서울시는 빛초롱축제를 열었다")

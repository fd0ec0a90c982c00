"""TQ5xx rules: literal-date, name-romanization, inconsistent-name, number-mismatch."""
import random
import re
from pathlib import Path

import pytest
from rulecheck import check

from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document
from tqcheck.glossary import load_glossary
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules import names_numbers as nn

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_09e1b2929afa9eb8.txt"


def findings(target, rule=None, source=None, has_headline=False):
    found = check(target, [rule] if rule else None, source=source, has_headline=has_headline)
    return [f for f in found if rule is None or f.rule == rule]


@pytest.mark.parametrize("text,span", [
    ("Park said on the 22nd that talks matter.", "on the 22nd"),
    ("On the 7th, police raided the office.", "On the 7th"),
    ("Lee Jae-myung / Democratic Party leader (last 9th)", "(last 9th)"),
    ("Applications are accepted until the 3rd of next month.", "until the 3rd of next month"),
    ("It was held on the 22nd of last month.", "on the 22nd of last month"),
    ("at 2 p.m. on the 15th (local time)", "on the 15th"),
    ("He has been detained since the 1st.", "since the 1st"),
])
def test_literal_date_flags(text, span):
    assert [f.evidence for f in findings(text, "literal-date")] == [span]


@pytest.mark.parametrize("text", [
    "Park said on June 22 that talks matter.", "on the 22nd of June", "the 21st century",
    "an office on the 22nd floor", "by the 3rd quarter", "He finished on the 2nd day of the race.",
    "the 30th anniversary of ties",
])
def test_literal_date_passes(text):
    assert findings(text, "literal-date") == []


def test_literal_date_resolves_with_caption_date():
    text = ("Ministers met on the 20th.\n\nPark poses. 2022.6.22/News 1 © News1 Reporter Kim\n\n"
            "The vote is until the 3rd of next month.")
    found = findings(text, "literal-date")
    assert [f.suggestion for f in found] == ["on June 20", "until July 3"]


@pytest.mark.parametrize("text,span,suggestion", [
    ("the Yun Seok-yeol government", "Yun Seok-yeol", "Yoon Suk Yeol"),
    ("Former President Mun Jae-in said.", "Mun Jae-in", "Moon Jae-in"),
    ("North Korean leader Kim Jeong-eun", "Kim Jeong-eun", "Kim Jong Un"),
    ("at the Deobureo Minjudang meeting", "Deobureo Minjudang", "Democratic Party of Korea"),
])
def test_name_romanization_flags(text, span, suggestion):
    found = findings(text, "name-romanization")
    assert [(f.evidence, f.suggestion) for f in found] == [(span, suggestion)]


@pytest.mark.parametrize("text,source", [
    ("The Yoon Suk Yeol government", None),
    ("She studied at Pusan National University.", None),
    ("The Japanese Meteorological Agency said there was no danger.", "일본 기상청은 말했다."),
    ("Officials at the U.S. Department of Defense said.", None),  # another country's
    ("Mr. Yeo Jong-nam was released.", None),                    # "Yeo" is a term entry
    ("Yun Seok-yeol, a painter, exhibited.", "화가 윤석렬이 전시했다."),  # source names someone else
])
def test_name_romanization_passes(text, source):
    assert findings(text, "name-romanization", source=source) == []


def test_name_romanization_institution_without_source_is_minor():
    f, = findings("Officials at the Department of Defense said.", "name-romanization")
    assert f.severity == "minor" and f.suggestion == "Ministry of National Defense"


def test_name_romanization_uses_source_for_institutions():
    found = findings("The Meteorological Agency issued a warning.", "name-romanization",
                     source="기상청은 경보를 발령했다.")
    assert [f.suggestion for f in found] == ["Korea Meteorological Administration"]


@pytest.mark.parametrize("text,spans,suggestion", [
    ("Lee Jae-myung spoke. Lee Jae-myung left. Later Lee Jae-myeong returned.",
     ["Lee Jae-myeong"], "Lee Jae-myung"),
    ("Seo Yong-ju said so. Seo Yong-joo denied it.", ["Seo Yong-joo"], "Seo Yong-ju"),
    ("Han Dong-hoon met voters. Han Donghoon later spoke.", ["Han Donghoon"], "Han Dong-hoon"),
    ("Yun Seok-yeol said. Yoon Suk Yeol agreed.", ["Yun Seok-yeol"], "Yoon Suk Yeol"),
    ("Woo Won-shik opened it. Woo Won-sik closed it.", ["Woo Won-sik"], "Woo Won-shik"),
])
def test_inconsistent_name_flags(text, spans, suggestion):
    found = findings(text, "inconsistent-name")
    assert [f.evidence for f in found] == spans
    assert {f.suggestion for f in found} == {suggestion}


@pytest.mark.parametrize("text", [
    "Lee Jae-myung spoke. Lee Jae-myung left.",
    "Kim Min-seok met Kim Min-jae.",
    "Park Jin met Park Jin-ho and Park Ji-won.",
    "Kim Ji-hoon and Kim Ji-hyun attended.",
])
def test_inconsistent_name_passes(text):
    assert findings(text, "inconsistent-name") == []


@pytest.mark.parametrize("source,target,span,factor,severity", [
    ("정부는 3억 원을 지원했다.", "The government provided 3 billion won.", "3 billion won", "10x",
     "critical"),
    ("예산은 1조2000억원이다.", "The budget is 12 trillion won.", "12 trillion won", "10x",
     "critical"),
    ("3억 원을 지원했다.", "It provided 30 million won.", "30 million won", "1/10 of", "critical"),
    ("2억5000만 달러를 투자했다.", "It invested $25 billion.", "$25 billion", "100x", "critical"),
    ("주민 1만2000명이 대피했다.", "Some 1,200 residents fled.", "1,200 residents", "1/10 of",
     "critical"),
    ("예산은 5천만원이다.", "The budget is 50 billion won.", "50 billion won", "1,000x", "critical"),
    ("수천억 원의 손실", "losses of thousands of billions of won",
     "thousands of billions of won", "10x", "major"),
])
def test_number_mismatch_flags(source, target, span, factor, severity):
    found = findings(target, "number-mismatch", source=source)
    assert [(f.evidence, f.severity) for f in found] == [(span, severity)]
    assert f" is {factor} the source's " in found[0].message


def test_number_mismatch_message_and_suggestion():
    f, = findings("The government provided 3 billion won.", "number-mismatch",
                  source="정부는 3억 원을 지원했다.")
    assert f.message.startswith("3 billion won is 10x the source's 3억 원 (300 million won)")
    assert f.suggestion == "300 million won"


def test_number_mismatch_non_power_of_ten_is_major():
    f, = findings("It raised 450 million won.", "number-mismatch", source="3억 원을 모금했다.")
    assert f.severity == "major" and f.suggestion == "300 million won"


@pytest.mark.parametrize("source,target", [
    ("정부는 3억 원을 지원했다.", "The government provided 300 million won."),
    ("예산은 1조2000억원이다.", "The budget is 1.2 trillion won ($900 million)."),
    ("예산은 1조2345억원이다.", "The budget is about 1.23 trillion won."),
    ("3조 5천억 원", "3.5 trillion won, or roughly 2.6 billion U.S. dollars"),
    ("1억1천만 달러 짜리 설비", "the $110 million machine"),
    ("수천억 원의 손실", "losses of hundreds of billions of won"),
    ("100억여 원", "more than 10 billion won"),
    ("27만5000명이 참가했다.", "275,000 people took part."),
    ("2명이 숨졌다.", "Twenty people died."),                      # small counts are not compared
    ("3억 원을 지원했다.", "It provided $270,000."),                # converted currency
])
def test_number_mismatch_passes(source, target):
    assert findings(target, "number-mismatch", source=source) == []


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    found = findings(text, has_headline=True)
    dates = [f for f in found if f.rule == "literal-date"]
    assert [f.evidence for f in dates] == ["on the 22nd", "on the 22nd"]
    assert {f.segment_id for f in dates} != {dates[0].segment_id}   # caption and body
    names = [f for f in found if f.rule == "name-romanization"]
    assert [(f.evidence, f.suggestion) for f in names] == [("Yun Seok-yeol", "Yoon Suk Yeol")]


# --- recall additions: time-of-day and range dates, syllable spelling keys, aligned counts


@pytest.mark.parametrize("text, phrase", [
    ("Obama said on the evening of the 18th equal pay matters.", "on the evening of the 18th"),
    ("Police raided it at dawn on the 9th amid protests.", "at dawn on the 9th"),
    ("The fair runs from the 3rd to the 5th in Seoul.", "from the 3rd to the 5th"),
    ("Fars reported around the 17th earlier that it ended.", "around the 17th"),
])
def test_literal_date_strong_contexts(text, phrase):
    fs = findings(text, "literal-date")
    assert [text[f.start:f.end] for f in fs] == [phrase]


@pytest.mark.parametrize("text", ["He lives on the 3rd floor.", "in the 21st century",
                                  "on the morning of the 22nd of June"])
def test_literal_date_strong_contexts_pass(text):
    assert findings(text, "literal-date") == []


@pytest.mark.parametrize("first, second", [
    ("Choi Seo-woo", "Choi Suh-woo"), ("Kang Tae-dong", "Kang Tai-dong"),
    ("Ha Sung-woo", "Ha Sung-u"), ("Han Joon-yong", "Han Joon-ryong"),
    ("Hong Hwan-won", "Hong Hoanwon"), ("Kwon Tae-sung", "Kwon Taisung"),
])
def test_inconsistent_name_syllable_variants(first, second):
    text = f"Minister {first} spoke first. Later {second} left the room."
    fs = findings(text, "inconsistent-name")
    assert [text[f.start:f.end] for f in fs] == [second]
    assert fs[0].suggestion == first


@pytest.mark.parametrize("text", [
    "Kim Min-ji met Kim Min-jun on Monday.", "Kim Jong-il and Kim Jong-un ruled.",
    "HONG KONG (CNN) -- Hong Kong shares fell.", "Park Jin met Park Jin-ho."])
def test_inconsistent_name_syllable_variants_pass(text):
    assert findings(text, "inconsistent-name") == []


@pytest.mark.parametrize("source, target, span", [
    ("당국이 주민 27만5000명을 대피시켰다.", "Authorities evacuated about 275 people.", "275 people"),
    ("유권자 20만 명은 투표를 하지 못했다.", "Some 200 registered voters could not vote.",
     "200 registered"),
    ("재고가 290만배럴 증가했다.", "Stockpiles jumped by 290 thousand barrels.",
     "290 thousand barrels"),
    ("재고가 290만배럴 증가했다.", "Stockpiles jumped by 29 million barrels.",
     "29 million barrels"),
])
def test_number_mismatch_aligned_counts(source, target, span):
    fs = findings(target, "number-mismatch", source=source)
    assert [target[f.start:f.end] for f in fs] == [span]
    assert fs[0].severity == "critical"


@pytest.mark.parametrize("source, target", [
    ("주민 수천명이 대피했다.", "About 154 people were injured."),
    ("차량 74730대가 팔렸다.", "The plane flew at 10,000 feet."),
    ("주민 27만5000명 중 28명이 다쳤다.", "Of 275,000 residents, 28 people were hurt."),
    ("재고가 290만배럴 증가했다.", "Stockpiles jumped by 2.9 million barrels."),
    ("구조대 30명이 투입됐다.", "Some 3,000 rescuers were sent."),
])
def test_number_mismatch_aligned_counts_pass(source, target):
    assert findings(target, "number-mismatch", source=source) == []


# --- held-out weaknesses: glossary names in captions, 천 slips, %p as percent, unit alignment --

def test_name_romanization_party_variant_in_caption_without_source():
    text = ("Headline here\n\nChoo Kyung-ho, floor leader of the People's Power Party, shakes hands "
            "at the National Assembly on the 28th. Photo by Kim Hyun-min kimhyun81@\n\nThey agreed.")
    found = findings(text, "name-romanization", has_headline=True)
    assert [f.evidence for f in found] == ["People's Power Party"]
    assert found[0].suggestion == "People Power Party"


def test_name_romanization_prose_party_variant_without_source():
    (f,) = findings("The People's Power Party rejected the bill.", "name-romanization")
    assert f.evidence == "People's Power Party" and f.severity == "minor"


@pytest.mark.parametrize("source,target,span,factor", [
    ("주민 1천 명이 대피했다.", "It forced 10,000 residents to evacuate.", "10,000 residents", "10x"),
    ("1만6000가구가 정전되고 주민 1천 명이 대피했다.",
     "16,000 households lost power and 10,000 residents evacuated.", "10,000 residents", "10x"),
    ("차량 5백 대가 침수됐다.", "5,000 vehicles were flooded.", "5,000 vehicles", "10x"),
    ("주민 2만 명이 대피했다. 주택 3천 채가 부서졌다.", "20,000 people fled and 300 houses broke.",
     "300 houses", "1/10 of"),
])
def test_number_mismatch_thousand_unit_slip(source, target, span, factor):
    found = findings(target, "number-mismatch", source=source)
    assert [(f.evidence, f.severity) for f in found] == [(span, "critical")]
    assert f" is {factor} the source's " in found[0].message


@pytest.mark.parametrize("source,target", [
    ("주민 1천 명이 대피했다.", "About 1,000 residents evacuated."),
    ("주민 1천 명이 대피했다.", "It cost 10,000 won."),                  # another thing counted
    ("주택 1천 채가 부서지고 주민 1만 명이 대피했다.", "10,000 residents fled; 1,000 homes broke."),
    ("주민 3백 명이 대피했다.", "30 residents were hurt."),             # both under 1,000
])
def test_number_mismatch_thousand_unit_slip_passes(source, target):
    assert findings(target, "number-mismatch", source=source) == []


@pytest.mark.parametrize("source,target,span", [
    ("지지율은 3.2%포인트 떨어진 29%를 기록했다.", "Its approval fell 3.2 percent to 29 percent.",
     "3.2 percent"),
    ("금리를 0.25%p 인상했다.", "It raised the rate by 0.25%.", "0.25%"),
    ("실업률이 1.5퍼센트포인트 올랐다.", "Unemployment rose 1.5 percent.", "1.5 percent"),
])
def test_number_mismatch_percentage_points_as_percent(source, target, span):
    (f,) = findings(target, "number-mismatch", source=source)
    assert (f.evidence, f.severity) == (span, "major")
    assert f.suggestion.endswith(" percentage points") and "percentage points" in f.message


@pytest.mark.parametrize("source,target", [
    ("지지율은 3.2%포인트 떨어졌다.", "Its approval fell 3.2 percentage points."),
    ("지지율은 3.2%p 떨어졌다.", "Its approval fell 3.2 percent points."),
    ("지지율은 3.2%포인트 떨어진 29%다.", "It fell to 29 percent."),
    ("매출이 3.2% 늘고 이익률은 3.2%포인트 올랐다.", "Sales rose 3.2 percent."),  # the plain 3.2%
])
def test_number_mismatch_percentage_points_passes(source, target):
    assert findings(target, "number-mismatch", source=source) == []


@pytest.mark.parametrize("source,target", [
    # 여 ("more than") after 천: ~3,000, and hectares are not houses
    ("산림 약 4만5000㏊가 불에 타고 주택 3천여 채가 불에 탔다.",
     "About 45,000 hectares burned and more than 3,000 houses were destroyed."),
    ("산림 4만5000㏊가 불에 탔다. 주택 3천여 채가 탔다.", "It destroyed more than 3,000 houses."),
    ("농경지 2만 헥타르가 침수됐다.", "The flood hit 2,000 homes."),          # unit mismatch
    ("피해 면적은 4만5000ha다.", "It destroyed 3,000 houses."),
])
def test_number_mismatch_counted_things_must_agree(source, target):
    assert findings(target, "number-mismatch", source=source) == []


# --- heldout2 gaps: subject-date-verb order, unit ordinals, two people with one spelling key


@pytest.mark.parametrize("text", [
    "The Seoul High Court on the 27th sentenced a former mayor to three years in prison.",
    "Police on the 3rd arrested a man suspected of arson.",
    "The ministry on the 15th unveiled a new housing plan.",
    "The ministry on the 15th will announce the results.",
    "The court on the 27th, however, ruled otherwise.",
    "The ministry on the 15th officially announced it.",
    "Yoon said on the 22nd North Korea must stop its provocations.",
])
def test_literal_date_subject_date_verb(text):
    fs = findings(text, "literal-date")
    assert len(fs) == 1 and fs[0].evidence.lower().startswith("on the ")


@pytest.mark.parametrize("text", [
    "Soldiers from the 7th Infantry Division and the 1st Armored Brigade held drills.",
    "Lawmakers of the 22nd National Assembly met in Seoul.",
    "Ships from the 3rd Fleet arrived.",
    "It marks the 10th anniversary of the deal.",
    "Offices on the 5th floor were closed.",
    "He advanced to the 2nd round.",
    "He played on the 3rd seeded team.",
])
def test_literal_date_unit_ordinals_pass(text):
    assert findings(text, "literal-date") == []


TWO_LEES_EN = ("Council member Lee Seung-hoon, who chairs the committee, and member "
               "Lee Sung-hoon of the opposition both voted in favor.")


def test_inconsistent_name_two_people_in_source_pass():
    src = "예산결산특별위원장인 이승훈 의원과 야당 이성훈 의원 모두 찬성표를 던졌다."
    assert findings(TWO_LEES_EN, "inconsistent-name", source=src) == []


@pytest.mark.parametrize("source", [
    None,                                              # no source: the spelling rule stands
    "예산결산특별위원장인 이승훈 의원이 찬성표를 던졌다. 이승훈 의원은 말했다.",  # one person
])
def test_inconsistent_name_one_person_still_flags(source):
    fs = findings(TWO_LEES_EN, "inconsistent-name", source=source)
    assert [f.evidence for f in fs] == ["Lee Sung-hoon"]


def test_inconsistent_name_two_spellings_of_one_source_name_flag():
    # both spellings fit 이승훈 only; the source's other name (이성훈) cannot be "Seung"
    text = "Lee Seung-hoon spoke first. Later Lee Seung-hun left. Lee Seung-hoon returned."
    src = "이승훈 의원이 먼저 말했다. 이성훈 의원은 떠났다."
    assert [f.evidence for f in findings(text, "inconsistent-name", source=src)] == \
        ["Lee Seung-hun"]


# ------------------------------------------------- fast paths agree with the full code
#
# The rules skip work with exact pre-checks (see the docstrings of _reportable,
# _KO_AMOUNT_GATE_RE, _person_matches, _approx_before, _has_english_number).  Each test below
# runs a rule both ways on many generated inputs and requires the same findings.

KO_NUMBERS = ["3", "12", "1.2", "2,500", "27", "300", "12345", "1,000", "3천", "오천", "천", "만",
              "삼억", "1.2조", "1조2000억", "27만5000", "수천억", "몇백", "수만", "십수", "이천삼백만",
              "억", "조", "경", "5천만", "3억5천만", "천9999", "12천", "1만2000", "3.2", "50",
              "오십", "백", "2백", "9,700", "만 5천", "3억 5천만"]
KO_UNITS = ["원", " 원", "억 원", "달러", " 달러", "미 달러", "명", " 명", "여 명", "여명", "가구",
            "세대", "%", "%포인트", "%p", "퍼센트포인트", "톤", "배럴", " 배럴", "마리", "채", "년",
            "일", "배", "세", "곳", "", "", "여", "ha", "km"]
KO_WORDS = ["정부는", "경찰이", "조사에 따르면", "만약", "주민", "사업비는", "지원했다.", "피해액이",
            "이", "조 대표와", "천 의원", "제3조에 따라", "구조대", "약", "무려", "\n", "을", "이다."]
EN_AMOUNTS = ["300 million won", "3 billion won", "30 billion won", "1.2 trillion won",
              "12 trillion won", "$1.5 bn", "$15 million", "US$2.7 million", "KRW 480 million",
              "12,000 people", "1,200 people", "120,000 people", "about 50,000 residents",
              "5,000 residents", "500 households", "3,000 houses", "hundreds of billions of won",
              "thousands of people", "3.2 percent", "3.2 percentage points", "50 percent",
              "two ships", "twenty-one", "9,700", "2,900 barrels", "29 million barrels",
              "3 tons", "a million", "in 2008", "3 years", "(about $250,000)", "or 300 million won",
              "more than 3,000 houses", "nearly 275 people", "10,000 residents", "1,000 people"]
EN_WORDS = ["The government provided", "Officials said", "It cost", "on the 3rd", "and",
            "rose by", "fell", "Police evacuated", "\n", "Lee Jae-myung said", "roughly", "with"]


def _pairs(n, seed):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        ko = " ".join(rng.choice(KO_WORDS) + " " + rng.choice(KO_NUMBERS) + rng.choice(KO_UNITS)
                      for _ in range(rng.randint(1, 3)))
        en = " ".join(rng.choice(EN_WORDS) + " " + rng.choice(EN_AMOUNTS)
                      for _ in range(rng.randint(1, 3))) + "."
        out.append((ko, en))
    return out


def _hits(rule_fn, pairs, glossary=None):
    out = []
    for ko, en in pairs:
        doc = make_document(Record("t", en, source=ko, has_headline=False), PACK)
        ctx = RuleContext(Config(lm=False), PACK, glossary, doc)
        out.append(list(rule_fn(doc, ctx) or ()))
    return out


def _old_has_english_number(text):
    return (re.search(r"\d", text) is not None
            or not nn._EN_NUMBER_WORDS.isdisjoint(re.findall("[a-z]+", text.lower())))


def test_number_mismatch_pre_checks_change_no_finding(monkeypatch):
    pairs = _pairs(2500, 5)
    fast = _hits(nn.number_mismatch, pairs)
    # the full code: no amount gate, every amount reportable, the regexes searched directly
    monkeypatch.setattr(nn, "_KO_AMOUNT_GATE_RE", re.compile(""))
    monkeypatch.setattr(nn, "_reportable", lambda source, k: True)
    monkeypatch.setattr(nn, "_has_english_number", _old_has_english_number)
    monkeypatch.setattr(nn, "_approx_before", lambda before: before[-1:].isspace()
                        and nn.EN_APPROX_RE.search(before) is not None)
    monkeypatch.setattr(nn, "_conversion_before",
                        lambda text: nn.CONVERSION_BEFORE_RE.search(text) is not None)
    full = _hits(nn.number_mismatch, pairs)
    assert fast == full
    assert sum(map(len, full)) > 200  # the generated pairs do exercise the reports


def _has_reportable(source):
    return any(nn._reportable(source, k) for k in PACK.parse_amounts(source)
               if k.category != "time")


@pytest.mark.parametrize("source", [
    "주민 오천 명이 대피했다.", "지지율이 3.2%포인트 올랐다.", "1천 명", "만 명이 모였다.",
    "삼억 원", "1.2조 원", "수천억 원의 손실", "하루 290만배럴", "3,000달러", "12345명",
    "오십%p 올랐다", "1만2000명",
])
def test_amount_gate_finds_reportable_sources(source):
    assert _has_reportable(source)
    assert nn._KO_AMOUNT_GATE_RE.search(source)


@pytest.mark.parametrize("source", [
    "경찰이 조사했다.", "만약 그가 온다면", "조지 부시 대통령", "2008년 9월 11일", "3명이 다쳤다",
    "20%가 늘었다", "조사 결과 원인이 나왔다",
])
def test_amount_gate_lets_sources_without_reportable_amounts_go(source):
    assert not _has_reportable(source)
    assert nn._KO_AMOUNT_GATE_RE.search(source) is None


def test_amount_gate_covers_reportable_amounts_of_generated_sources():
    rng = random.Random(11)
    for _ in range(4000):
        source = "".join(rng.choice(KO_WORDS + KO_NUMBERS + KO_UNITS + [" ", " ", "여"])
                         for _ in range(rng.randint(1, 8)))
        if any(nn._reportable(source, k) for k in PACK.parse_amounts(source)
               if k.category != "time"):
            assert nn._KO_AMOUNT_GATE_RE.search(source), source


APPROX_WORDS = ("about around approximately approx. roughly nearly almost some over more than "
                "less under up to at least most close just an estimated upward upwards of "
                "equivalent or ( , x handsome ABOUT Some ſome OVER").split()


def test_reversed_approx_and_conversion_patterns_agree():
    rng = random.Random(3)
    seps = [" ", "  ", "\n", "\t", "", " \n", "\u00a0", ",", "(", "\n\n"]
    for _ in range(20000):
        s = "".join(rng.choice(APPROX_WORDS) + rng.choice(seps) for _ in range(rng.randint(0, 5)))
        assert nn._approx_before(s) == (s[-1:].isspace() and bool(nn.EN_APPROX_RE.search(s))), s
        assert nn._conversion_before(s) == bool(nn.CONVERSION_BEFORE_RE.search(s)), s


def test_has_english_number_agrees_with_word_split():
    rng = random.Random(4)
    alphabet = list("abcdefghijklmnoprstuvwxyz TWOEIGHT-_İıſK\u212a\u0130é’1") + [
        "two", "Three", "MILLION", "tens", "one_", "twoİ", "İone", "fıve"]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        old = _old_has_english_number(s)
        assert nn._has_english_number(s) or not old, s  # never misses a number word
        if s.isascii():
            assert nn._has_english_number(s) == old, s


def _old_person_matches(text):
    end = 0
    for w in re.finditer(r"[A-Z]\w*", text):
        if w.start() < end or w.group() not in nn._SURNAME_WORDS:
            continue
        m = nn.PERSON_RE.match(text, w.start())
        if m is not None:
            end = m.end()
            yield m


NAME_WORDS = ["Kim", "Lee", "Park", "An", "KIM", "LEE", "Seo", "Yong-ju", "Yongjoo", "Jae-myung",
              "Min", "Jae", "Hong", "Kong", "Gil-dong", "Woo", "Won-shik", "the", "said", "-",
              "Mr.", "(", "’s", "Kimchi", "aKim", "Seoyongju", "\n", "_Lee", "Lee-", "SEO", "YONG"]


def test_person_matches_agree_with_capital_word_scan():
    rng = random.Random(6)
    seps = [" ", " ", "  ", "\n", "-", "", ", ", "\t", "\u00a0"]
    for _ in range(20000):
        s = "".join(rng.choice(NAME_WORDS) + rng.choice(seps) for _ in range(rng.randint(1, 7)))
        assert [m.span() for m in nn._person_matches(s)] == \
            [m.span() for m in _old_person_matches(s)], s


FULL_NAMES = ["Seo Yong-ju", "Seo Yong-joo", "Seoyongju", "Woo Won-shik", "Woo Won-sik",
              "Lee Jae-myung", "Lee Jae-myeong", "LEE JAE-MYUNG", "Kim Min-seok", "Kim Min-jae",
              "Park Jin", "Park Jin-ho", "An official", "Hong Kong", "Yun Seok-yeol",
              "Yoon Suk Yeol", "Lee Seung-hoon", "Lee Sung-hoon", "Mr. Kim"]


def test_inconsistent_name_surname_gate_changes_no_finding(monkeypatch):
    rng = random.Random(7)
    texts = ["".join(rng.choice(FULL_NAMES + NAME_WORDS) + rng.choice([" said. ", ". ", " "])
                     for _ in range(rng.randint(2, 6))) for _ in range(1500)]
    pairs = [(None, t) for t in texts]
    gl = load_glossary()
    fast = _hits(nn.inconsistent_name, pairs, gl)
    monkeypatch.setattr(nn, "SURNAME_START_RE", re.compile(r"[A-Z]"))  # try every capital
    full = _hits(nn.inconsistent_name, pairs, gl)
    assert fast == full
    assert sum(map(len, full)) > 50


@pytest.mark.parametrize("source, target, factor", [
    ("주민 오천 명이 대피했다.", "About 50,000 residents were evacuated.", "10"),
    ("주민 오백 명이 대피했다.", "About 5,000 residents were evacuated.", "10"),
])
def test_hangul_numeral_counts_without_digits_are_checked(source, target, factor):
    found = [f for f in check(target, ["number-mismatch"], source=source)]
    assert len(found) == 1 and factor in found[0].message, found


def test_parenthesized_korean_date_is_literal():
    found = check("The previous record, set the day before (the 2nd), was shorter.",
                  ["literal-date"])
    assert [f.evidence for f in found] == ["(the 2nd)"]


def test_one_letter_surname_o_is_oh():
    text = ("Seoul Mayor Oh Se-hoon said the city would add buses. O Se-hun said fares would "
            "stay the same.")
    found = check(text, ["inconsistent-name"])
    assert "O Se-hun" in [f.evidence for f in found], found


@pytest.mark.parametrize("text, evidence", [
    ("The talks began at the Commerce Department (the 16th, local time) in Washington.",
     "(the 16th, local time)"),
    ("The championships will be held between the 11th and the 14th, the city said.",
     "between the 11th and the 14th"),
])
def test_more_literal_date_forms(text, evidence):
    assert [f.evidence for f in check(text, ["literal-date"])] == [evidence]


@pytest.mark.parametrize("text", ["Cracks appeared between the 2nd and 3rd floors.",
                                  "It rained between the 5th and the 6th innings."])
def test_between_ordinals_that_are_not_dates(text):
    assert check(text, ["literal-date"]) == []


def test_tied_spellings_keep_the_one_the_article_goes_on_to_use():
    text = ("An Se-young into All England semifinals. World No. 1 Ahn Se-young beat Akane "
            "Yamaguchi. Ahn will face Chen Yufei in the semifinals.")
    assert [f.evidence for f in check(text, ["inconsistent-name"])] == ["An Se-young"]


def test_ordinals_before_a_capitalized_name_are_not_dates():
    assert check("Experts presented a report on the 4th Industrial Revolution.",
                 ["literal-date"]) == []
    assert [f.evidence for f in check("Results come out on the coming 15th.",
                                      ["literal-date"])] == ["on the coming 15th"]


def test_a_repeated_amount_mismatch_in_headline_and_body():
    target = ("Seoul to spend 1.5 trillion won on flood tunnels\nThe city will spend 1.5 trillion "
              "won by 2030 to build three flood tunnels.")
    source = ("서울시, 빗물터널에 1조500억 원\n서울시는 2030년까지 1조500억 원을 들여 빗물터널 3곳을 "
              "짓는다.")
    found = check(target, ["number-mismatch"], source=source, has_headline=True)
    assert [f.evidence for f in found] == ["1.5 trillion won", "1.5 trillion won"]
    assert all("1.05 trillion" in f.message for f in found)


@pytest.mark.parametrize("target, source, evidence", [
    ("Daejeon will hire 25,000 senior citizens for school-zone patrols.",
     "대전시는 스쿨존 순찰에 어르신 이천오백 명을 채용한다.", "25,000 senior"),
    ("It will cost $7.4 billion (about 1.03 trillion won).",
     "74억 달러(약 10조3천억 원)를 들인다.", "1.03 trillion won"),
    ("Battery makers could lose several billion won this year, analysts said.",
     "배터리 3사가 올해 수조 원의 손실을 볼 수 있다고 분석했다.", "several billion won"),
])
def test_seventh_set_number_forms(target, source, evidence):
    assert [f.evidence for f in check(target, ["number-mismatch"], source=source)] == [evidence]


def test_a_conversion_the_source_does_not_have_is_not_checked():
    assert check("The government provided 300 million won ($220,000).", ["number-mismatch"],
                 source="정부는 3억 원을 지원했다.") == []


def test_dated_the_nth():
    assert [f.evidence for f in check("KCNA released a statement dated the 19th.",
                                      ["literal-date"])] == ["dated the 19th"]


def test_one_name_in_two_orders():
    text = ("Kim Seo-yeon, a senior at Seoul Science High School, won a gold medal. Seo-yeon Kim "
            "ranked fourth overall.")
    found = check(text, ["inconsistent-name"])
    assert [(f.evidence, f.suggestion) for f in found] == [("Seo-yeon Kim", "Kim Seo-yeon")]
    assert check("Seo-yeon Kim won the medal, her school said.", ["inconsistent-name"]) == []

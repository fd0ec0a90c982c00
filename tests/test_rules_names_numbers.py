"""TQ5xx rules: literal-date, name-romanization, inconsistent-name, number-mismatch."""
from pathlib import Path

import pytest
from rulecheck import check


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

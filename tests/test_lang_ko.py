"""The Korean pack: paragraph classification (what the segmenter treats as residue) and the
pack's shape."""
from __future__ import annotations

import doctest

import pytest

import tqcheck.lang.ko as ko
from tqcheck.lang.ko import PACK, classify_paragraph
from tqcheck.records import Record
from tqcheck.segment import segment_record


def test_doctests():
    result = doctest.testmod(ko)
    assert result.attempted >= 10 and result.failed == 0


CASES = [
    ("Newsletter", "boilerplate"),
    ("Font size settings", "boilerplate"),
    ("Facebook Twitter KakaoTalk", "boilerplate"),
    ("Comments (3)", "boilerplate"),
    ("Go to home", "boilerplate"),
    ("Posted : 2023-01-05 09:12", "boilerplate"),
    ("Unauthorized reproduction and redistribution prohibited", "boilerplate"),
    ("Copyright ⓒ News1. All rights reserved.", "boilerplate"),
    ("Park poses for a photo at the meeting in Seoul on the 22nd. 2022.6.22/News 1 © News1 "
     "Reporter Kim Myung-seop", "caption"),
    ("[Yonhap News Agency file photo]", "caption"),
    ("(Photo=Samsung Electronics)", "caption"),
    ("ⓒ Sports Seoul DB", "caption"),
    ("<Click on the image to see a larger version>", "caption"),
    ("ntiger@news1.kr", "byline"),
    ("Reporter Kim Min-ji ntiger@news1.kr", "byline"),
    ("Ahn Ha-gyu, reporter (ahnhag@sportsseoul.com)", "byline"),
    ("(End)", "byline"),
    ("☞Sympathetic Media Newsis", "byline"),
    ("▶ Subscribe to Newsis on Naver", "byline"),
    ("[Seoul=Newsis] Reporter Hwang Jun-seon =", "byline"),
    ("By Kim Min-ji", "byline"),
    # prose stays prose
    ("Minister Park said on the 22nd that cooperation matters.", None),
    ("Share prices rose 2 percent in Seoul on Tuesday.", None),
    ("Print media are in decline, the report said.", None),
    ("(Seoul=News1) Reporter Kim Min-ji = Foreign Minister Park Jin said on the 22nd that "
     "cooperation with Central Asia is very important.", None),
    ("He was charged with unauthorized reproduction and distribution of copyrighted films.", None),
    ("For more information, contact the ministry at press@mofa.go.kr.", None),
    ("Reporter Kim Min-ji of News1 asked the minister about the plan.", None),
    ("He met Abbas. (C) Sympathetic Media Newsis. All rights reserved.", None),
    ("SEOUL, June 22 (Yonhap) -- South Korea's exports rose 5 percent in May.", None),
]


@pytest.mark.parametrize("text,kind", CASES)
def test_classify_paragraph(text, kind):
    assert classify_paragraph(text) == kind


def test_long_prose_with_a_credit_inside_stays_prose():
    text = ("[Yonhap file photo] The government said on Tuesday that it would raise the minimum "
            "wage by 5 percent next year, citing rising prices, while business groups said the "
            "increase would hurt small firms that are already struggling with high interest "
            "rates and weak demand at home and abroad, and unions said it was not enough.")
    assert classify_paragraph(text) is None


def test_segmenter_uses_classifier_for_headline():
    text = "Newsletter\n\nPark Jin meets envoys\n\nPark said so.\n\nntiger@news1.kr"
    segs, _ = segment_record(Record("d", text), classify_paragraph)
    assert [(s.kind, s.text) for s in segs] == [
        ("boilerplate", "Newsletter"), ("headline", "Park Jin meets envoys"),
        ("sentence", "Park said so."), ("byline", "ntiger@news1.kr")]


def test_pack_fields():
    assert PACK.code == "ko" and PACK.name == "Korean"
    assert PACK.classify_paragraph is classify_paragraph
    assert PACK.script_re.search("ㆍ") and PACK.script_re.search("尹") and PACK.script_re.search("한")
    assert not PACK.script_re.search("Pelé’s café — “ok”")
    assert "News1" in PACK.agencies and "Yonhap" in PACK.agencies
    for key in ("furniture_line_re", "photo_credit_re", "dateline_re", "copyright_re",
                "promo_re", "byline_re", "end_mark_re", "legacy_encodings", "script_suggestions"):
        assert key in PACK.extra, key


def test_bracket_label_headline_is_not_a_caption():
    assert classify_paragraph("[Photo] President Yoon visits flood-hit areas in Cheongju") is None
    assert classify_paragraph("[Yonhap News Agency file photo]") == "caption"
    assert classify_paragraph("[Photo] Yoon waves") == "caption"  # too short for a headline
    segs, _ = segment_record(Record("d", "[Photo] Lee Jae-myung meets voters in Seoul today\n\n"
                                         "He said so."), classify_paragraph)
    assert segs[0].kind == "headline"


def test_prose_residue_gate_is_the_or_of_the_gates():
    keys = ("photo_credit_re", "click_image_re", "dateline_re", "copyright_re",
            "copyright_sign_re", "byline_re", "promo_re", "end_mark_re")
    texts = ["Park said so on Monday.", "He said (End)", "- End -", "A <End> mark", "ⓒ News1",
             "Reporter Kim Min-ji", "Subscribe to Newsis on Naver", "x@y.kr", "2022.6.22 Yonhap",
             "Click the image", "no reproduction and redistribution prohibited", "Over and out.",
             "They said and did it - end of story.", "(Seoul=News1)", "K\u212aK ſ end]"]
    for text in texts:
        if "@" in text or any(PACK.extra[k].search(text) for k in keys):
            assert ko.prose_residue_gate(text), text
    assert not ko.prose_residue_gate("Park said so on Monday, and the end came.")


# --- name romanization (inconsistent-name's source check) and sign-up furniture


def test_romanize_revised_romanization():
    assert ko.romanize("이승훈") == "iseunghun"
    assert ko.romanize("박정희 A") == "bakjeonghui A"


@pytest.mark.parametrize("hangul, spelling, fits", [
    ("이승훈", "Lee Seung-hoon", True), ("이성훈", "Lee Sung-hoon", True),
    ("이승훈", "Lee Sung-hoon", True),     # 승 is also written Sung
    ("이성훈", "Lee Seung-hoon", False),   # but Seung never spells 성
    ("윤석열", "Yoon Suk-yeol", True), ("박지원", "Park Ji-won", True),
    ("김민재", "Kim Min-jun", False),
])
def test_name_spelling_re(hangul, spelling, fits):
    flat = spelling.lower().replace(" ", "").replace("-", "")
    assert bool(ko.name_spelling_re(hangul).fullmatch(flat)) is fits


def test_hangul_names_takes_word_initial_three_syllables():
    assert {"이승훈", "이성훈"} <= ko.hangul_names("위원장인 이승훈 의원과 야당 이성훈은 찬성했다")
    assert "승훈의" not in ko.hangul_names("이승훈의원")


@pytest.mark.parametrize("text, kind", [
    ("Subscribe to our newsletter", "boilerplate"),
    ("By entering your e-mail, you agree to the terms.", "boilerplate"),
    ("Enter your e-mail address", "boilerplate"),
    ("By entering the market, the firm agreed to the terms.", None),
    ("Readers who subscribe to our newsletter get alerts, the paper said.", None),
])
def test_classify_signup_furniture(text, kind):
    assert classify_paragraph(text) == kind

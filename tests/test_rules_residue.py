"""TQ3xx residue rules: exact spans on flagged texts, silence on clean news English."""
from __future__ import annotations

from pathlib import Path

import pytest
from rulecheck import check

from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, run_rules
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules.registry import get

RESIDUE = ("page-boilerplate", "photo-credit-residue", "byline-residue", "dateline-residue",
           "copyright-residue")
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_09e1b2929afa9eb8.txt"
P = "Foreign Minister Park Jin said on Wednesday that cooperation with Central Asia is important."


def findings(text, rules=RESIDUE, has_headline=False):
    return check(text, rules, has_headline=has_headline)


def spans(text, rule):
    return [f.evidence for f in findings(text) if f.rule == rule]


FLAG = [
    ("page-boilerplate", "Newsletter", "Newsletter"),
    ("page-boilerplate", "Share | Print | Font size settings", "Share | Print | Font size settings"),
    ("page-boilerplate", "Share on KakaoTalk", "Share on KakaoTalk"),
    ("page-boilerplate", "Input 2022.06.22 14:30 | Modified 2022.06.22 15:01",
     "Input 2022.06.22 14:30 | Modified 2022.06.22 15:01"),
    ("page-boilerplate", P + "\n\nLarger text\n\n" + P, "Larger text"),
    ("photo-credit-residue", P + " 2022.6.22/News 1 © News1 Reporter Kim Myung-seop",
     "2022.6.22/News 1 © News1 Reporter Kim Myung-seop"),
    ("photo-credit-residue", P + " 2024.07.15. Newsis", "2024.07.15. Newsis"),
    ("photo-credit-residue", P + " 2022. 6. 22. /Yonhap", "2022. 6. 22. /Yonhap"),
    ("photo-credit-residue", P + " 2021.3.5/Maeil Economic Daily", "2021.3.5/Maeil Economic Daily"),
    ("photo-credit-residue", "[Yonhap News Agency file photo]", "[Yonhap News Agency file photo]"),
    ("photo-credit-residue", "[YONHAP]", "[YONHAP]"),
    ("photo-credit-residue", P + " (Photo=Samsung Electronics)", "(Photo=Samsung Electronics)"),
    ("photo-credit-residue", "Photo by Kim Hyun-min kimhyun81@", "Photo by Kim Hyun-min kimhyun81@"),
    ("photo-credit-residue", P + " /Courtesy of News1", "/Courtesy of News1"),
    ("photo-credit-residue", P + " ⓒ Herald Economy DB", "ⓒ Herald Economy DB"),
    ("photo-credit-residue", "<Click on the image to see a larger version>",
     "<Click on the image to see a larger version>"),
    ("byline-residue", "ntiger@news1.kr", "ntiger@news1.kr"),
    ("byline-residue", P + " ntiger@news1.kr", "ntiger@news1.kr"),
    ("byline-residue", P + " kim@gmail.com", "kim@gmail.com"),
    ("byline-residue", P + " (End)", "(End)"),
    ("byline-residue", "☞Sympathetic Media Newsis channa224@newsis.com",
     "☞Sympathetic Media Newsis channa224@newsis.com"),
    ("byline-residue", "▶ Subscribe to Newsis on Naver", "▶ Subscribe to Newsis on Naver"),
    ("byline-residue", "Ahn Ha-gyu, reporter (ahnhag@sportsseoul.com)",
     "Ahn Ha-gyu, reporter (ahnhag@sportsseoul.com)"),
    ("byline-residue", P + " Reporter Kim Min-ji", "Reporter Kim Min-ji"),
    ("byline-residue", P + " Contact: kim81@example.com", "Contact: kim81@example.com"),
    ("dateline-residue", "(Seoul=News1) Reporter Kim Min-ji = " + P, "(Seoul=News1) Reporter Kim Min-ji ="),
    ("dateline-residue", "[Seoul=Newsis] " + P, "[Seoul=Newsis]"),
    ("dateline-residue", "(Washington = Yonhap News) Correspondent Lee Sang-hyun = " + P,
     "(Washington = Yonhap News) Correspondent Lee Sang-hyun ="),
    ("dateline-residue", "【Daejeon=News 1】 Intern Reporter Park Ho-seok - " + P,
     "【Daejeon=News 1】 Intern Reporter Park Ho-seok -"),
    ("dateline-residue", "Reporter Kim Min-ji = " + P, "Reporter Kim Min-ji ="),
    ("dateline-residue", "(서울=연합뉴스) 박성민 기자 = " + P, "(서울=연합뉴스) 박성민 기자 ="),
    ("copyright-residue", "Unauthorized reproduction and redistribution prohibited",
     "Unauthorized reproduction and redistribution prohibited"),
    ("copyright-residue", P + " <Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>",
     "<Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>"),
    ("copyright-residue", P + " Copyright ⓒ News1. All rights reserved.", "Copyright ⓒ News1. All rights reserved."),
    ("copyright-residue", "[© News1 Korea (news1.kr), Unauthorized reproduction and redistribution prohibited]",
     "[© News1 Korea (news1.kr), Unauthorized reproduction and redistribution prohibited]"),
    ("copyright-residue", P + " Unauthorized reproduction, redistribution, and use for AI training prohibited.",
     "Unauthorized reproduction, redistribution, and use for AI training prohibited."),
    ("copyright-residue", P + " <Copyright holder ⓒ Sympathetic Media Newsis. Unauthorized reproduction "
     "- redistribution prohibited.>",
     "<Copyright holder ⓒ Sympathetic Media Newsis. Unauthorized reproduction - redistribution prohibited.>"),
]


@pytest.mark.parametrize("rule,text,evidence", FLAG)
def test_flags_exact_span(rule, text, evidence):
    assert spans(text, rule) == [evidence]


CLEAN = [
    P,
    "For more information, contact the ministry at press@mofa.go.kr.",
    "Readers can send tips to tips@nytimes.com or call the newsroom.",
    "The hackers sent the message from an account named kim.jh@naver.com, police said.",
    '"All rights reserved" is printed on the back of every ticket, the company said.',
    "The logo, marked ©, belongs to the city, officials said.",
    "Yonhap News Agency reported on Tuesday that the talks had stalled.",
    "SEOUL, June 22 (Yonhap) -- South Korea's exports rose 5 percent in May.",
    "WASHINGTON (CNN) Only Mexican-grown peppers have been linked to the outbreak.",
    "Here's AP White House correspondent Mark Smith:",
    "Reporter Kim Min-ji of News1 asked the minister about the plan.",
    "The end (of the war) was near, he said.",
    "He was charged with unauthorized reproduction and distribution of copyrighted films.",
    "The sample (N = 1,200) was small, the researchers said.",
    "Version 2022.6 of the software was released on Tuesday.",
    "Share prices rose 2 percent in Seoul on Tuesday.",
    "The newsletter, sent every Monday, reaches 50,000 readers.",
    "The photo by Kim Hyun-min won the award.",
    "In the photo, Kim (left) shakes hands with Biden.",
    "The policy (effective 2023.1.1) applies to all firms.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_news_passes(text):
    assert [(f.rule, f.evidence) for f in findings(text)] == []


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    got = {(f.rule, f.evidence) for f in findings(text, has_headline=True)}
    assert got == {("page-boilerplate", "Newsletter"),
                   ("photo-credit-residue", "2022.6.22/News 1 © News1 Reporter Kim Myung-seop"),
                   ("byline-residue", "ntiger@news1.kr")}


def test_no_double_flag_between_families():
    # the credit's "© News1 Reporter" is a photo credit, not a copyright line nor a byline
    text = P + " 2022.6.22/News1 © News1 Reporter Kim Myung-seop kms@news1.kr"
    assert [f.rule for f in findings(text)] == ["photo-credit-residue"]
    # a dateline on its own line is a dateline, not a byline too
    assert [f.rule for f in findings("(Seoul=News1) Reporter Kim Min-ji =")] == ["dateline-residue"]
    # a bare "(Yonhap)" closing a paragraph is only informational
    (f,) = findings(P + " (Yonhap)")
    assert (f.rule, f.severity) == ("photo-credit-residue", "info")


def test_by_name_line_is_info():
    (f,) = findings(P + "\n\nBy Kim Min-ji")
    assert (f.rule, f.severity, f.evidence) == ("byline-residue", "info", "By Kim Min-ji")


def test_rules_need_pack_patterns():
    # a pack without residue patterns gets no findings (and no crash)
    from dataclasses import replace
    bare = replace(PACK, extra={})
    doc = make_document(Record("t", "ntiger@news1.kr\n\n" + P, has_headline=False), bare)
    out = run_rules(doc, [get(r) for r in RESIDUE], RuleContext(Config(), bare))
    assert [f.rule for f in out if f.rule != "byline-residue"] == []
    assert all(f.rule != "rule-crashed" for f in out)


@pytest.mark.parametrize("name", RESIDUE)
def test_registered_identity(name):
    r = get(name)
    assert r.code.startswith("TQ3") and r.category == "Accuracy/Addition"
    assert r.severity == "minor" and r.scope == "paragraph"
    assert len(r.examples.flag) >= 2 and len(r.examples.ok) >= 2
    for text in r.examples.flag:
        assert any(f.rule == name for f in findings(text)), text
    for text in r.examples.ok:
        assert not any(f.rule == name for f in findings(text)), text


def test_headline_bracket_label_is_not_a_photo_credit():
    text = "[Photo] President Yoon visits flood-hit areas in Cheongju\n\n" + P
    assert [f for f in findings(text, has_headline=True) if f.rule == "photo-credit-residue"] == []
    # the same label in the body is a credit
    assert spans("Headline\n\n" + P + "\n\n[Photo] President Yoon visits flood-hit areas",
                 "photo-credit-residue") == ["[Photo]"]


def test_quiet_prose_paragraph_has_no_residue():
    assert findings(P) == []
    assert spans(P + " ntiger@news1.kr", "byline-residue") == ["ntiger@news1.kr"]


# --- bracketed outlet + reporter bylines without "=" (held-out weakness) --------------------

@pytest.mark.parametrize("byline", [
    "[Money Today Reporter Jeong Min-ju]",
    "[Asia Economy Reporter Moon Je-won]",
    "[Edaily Reporter Kim Jeong-hyun]",
    "[Reporter Kim Min-ji, Newsis]",
    "(Yonhap News Reporter Park Sung-min)",
    "【Herald Economy Reporter Lee Jun-ho】",
    "[Korea Daily Correspondent Choi Ji-won]",     # an outlet not in the list, at line start
])
def test_bracketed_outlet_byline_is_dateline_residue(byline):
    text = byline + " " + P
    got = [(f.rule, f.evidence) for f in findings(text)]
    assert got == [("dateline-residue", byline)]


def test_bracketed_byline_on_its_own_line():
    assert [(f.rule, f.evidence) for f in findings("[Money Today Reporter Jeong Min-ju]\n\n" + P)] \
        == [("dateline-residue", "[Money Today Reporter Jeong Min-ju]")]


@pytest.mark.parametrize("text", [
    "He quoted [Reporter Kim Min-ji] at length in the ruling.",      # mid-sentence, no outlet
    "The ministry (reporter Kim Min-ji asked) did not answer.",
    "[Photo] Money Today hires new reporters for its Seoul desk and more",
    "The report (Yonhap, Reuters) said the talks had stalled.",
])
def test_bracketed_byline_clean(text):
    assert [f.rule for f in findings(text) if f.rule == "dateline-residue"] == []


# --- heldout2 gaps: newsletter sign-up boxes copied into the body

SIGNUP = ("Busan Biennale opens\n\nThe 2026 Busan Biennale opened on Saturday with works by 60 "
          "artists.\n\nSubscribe to our newsletter\nBy entering your e-mail, you agree to the "
          "terms.\n\nKakaoTalk Facebook Twitter")


def test_newsletter_signup_lines_flag():
    assert spans(SIGNUP, "page-boilerplate") == [
        "Subscribe to our newsletter", "By entering your e-mail, you agree to the terms.",
        "KakaoTalk Facebook Twitter"]


@pytest.mark.parametrize("text", [
    "Enter your e-mail address", "Sign up for our weekly newsletter",
    "By clicking subscribe, you agree to the privacy policy.",
])
def test_signup_furniture_flags(text):
    assert len(spans(text, "page-boilerplate")) == 1


@pytest.mark.parametrize("text", [
    "By entering the market, the company agreed to the terms of the deal.",
    "The agency said readers who subscribe to its newsletter will get alerts by e-mail.",
    "Users agree to the terms when they sign up, the ministry said.",
])
def test_signup_prose_passes(text):
    assert findings(text) == []


# --- residue forms of broadcasters and other outlets (found by the held-out sets 3 to 6)

@pytest.mark.parametrize("line, rule", [
    ("Washington = Correspondent Moon Byung-ki", "dateline-residue"),
    ("Sejong = Reporter Jeon Hye-jin", "dateline-residue"),
    ("This is KBS News Yoon Seo-yeon.", "byline-residue"),
    ("YTN Lee Seo-young.", "byline-residue"),
    ("I'm Park Ji-hoon from SBS News.", "byline-residue"),
    ("Video editing: Jang Woo-jin / Graphics: Kim Ha-eun", "byline-residue"),
    ("Hankyung.com Reporter Oh Jin-woo", "byline-residue"),
    ("※ 'Your report becomes news' [KakaoTalk] Search YTN and add channel [Phone] 02-398-8585",
     "page-boilerplate"),
    ("Subscribe to The Korea Economic Daily channel", "page-boilerplate"),
    ("Support The Hankyoreh: become a member and support independent journalism",
     "page-boilerplate"),
    ("Kyunghyang Shinmun data photo", "photo-credit-residue"),
    ("Related tags #Samsung #HBM4 #semiconductors", "page-boilerplate"),
    ("Popular news in this section", "page-boilerplate"),
    ("The copyright of this article belongs to Hankook Ilbo.", "copyright-residue"),
    ("Graphic = Reporter Cho Hye-jin", "photo-credit-residue"),
    ("Capture = YouTube channel 'Truth Lab'", "photo-credit-residue"),
    ("Sisa Journal Kim Jong-hoon reporter", "byline-residue"),
    ("Comments 0 | Log in to leave a comment", "page-boilerplate"),
    ("Trending keywords", "page-boilerplate"),
    ("Trending keywords #Daegu #merger #local election", "page-boilerplate"),
    ("Photo provided = CJ ENM", "photo-credit-residue"),
    ("Data = Korea Real Estate Board", "photo-credit-residue"),
    ("Sports Chosun DB", "photo-credit-residue"),
    ("Broadcast screen capture of SBS 'Running Man'", "photo-credit-residue"),
    ("Like 0 Angry 0 Sad 0 Comments 0", "page-boilerplate"),
    ("Report an error in this article (click)", "page-boilerplate"),
    ("Download the Etnews app and get IT news first", "page-boilerplate"),
    ("■ Subscribe to the Money S newsletter and receive the day's top stories every morning",
     "page-boilerplate"),
    ("Attachment: 260314_press_release_(final).hwp [Download] [Preview]", "page-boilerplate"),
    ("Useful 0 Interesting 0 Empathy 0 Great analysis 0 Want a follow-up 0", "page-boilerplate"),
    ("Summary: The summary is generated automatically by AI technology, so the main content may "
     "be omitted. Please read the full text.", "page-boilerplate"),
    ("Nate News | Most viewed in Society | Real-time issue keywords", "page-boilerplate"),
    ("This has been Park Seo-jun of JTV Jeonju Broadcasting.", "byline-residue"),
    ("Reporter Lee Da-som (Political Science and International Relations, Class of 2024)",
     "byline-residue"),
    ("Reporter Yoon Ha-jin yhj2580(at)tjb.co.kr", "byline-residue"),
])
def test_outlet_residue_lines(line, rule):
    text = P + "\n" + line
    assert spans(text, rule) == [line], findings(text)


def test_photo_credit_after_a_slash_in_a_caption():
    text = "Apple growers inspect damaged fruit. /Photo = Reporter Lee Seung-hwan"
    assert spans(text, "photo-credit-residue") == ["/Photo = Reporter Lee Seung-hwan"]


@pytest.mark.parametrize("text", [
    "Support for the plan: become a member of the coalition, the minister urged on Tuesday "
    "in a speech that lasted an hour and drew loud applause from the assembled delegates.",
    "KBS reported that Yoon Seo-yeon won the award.",
    "The file photo showed the minister in 2019, officials said.",
    "Seoul said the talks with Washington would resume = a sign of progress, officials said.",
    "Subscribers to the newsletter rose 10 percent, the company said.",
    "The museum will capture the history of the city, officials said on Monday.",
    "He was charged with reproduction and distribution of the films without permission.",
    "Download speeds rose 20 percent after the upgrade, the carrier said.",
])
def test_outlet_residue_forms_leave_prose_alone(text):
    assert findings(text) == []


def test_bracketed_outlet_and_reporter_with_a_bar():
    text = ("[Star News | Reporter Yoon Sang-geun] The final film starring the late actor will "
            "premiere in Busan.")
    assert spans(text, "dateline-residue") == ["[Star News | Reporter Yoon Sang-geun]"]


def test_copyright_line_naming_the_outlet():
    line = ("Reproduction or redistribution of this article without the permission of Money S "
            "is prohibited, including for AI training.")
    found = spans(P + "\n" + line, "copyright-residue")
    assert found and line.startswith(found[0]), found


def test_copyright_of_a_photo_in_prose_is_news():
    assert findings("The court said the copyright of the photo belongs to the museum.") == []


def test_copyright_without_consent():
    line = "This article may not be reproduced or distributed without the consent of Jeonbuk Ilbo."
    assert spans(P + "\n" + line, "copyright-residue") == [line]
    assert findings("The court ruled the photos may not be reproduced without permission of "
                    "the artist, it said.") == []
    assert findings("Source: Korea Real Estate Board, the agency said.") == []


def test_copyright_law_footer():
    line = ("All articles of this newspaper are protected by copyright law, and reproduction "
            "without permission is prohibited.")
    assert spans(P + "\n" + line, "copyright-residue")
    assert findings("This is Kim Min-ji, the new chief executive of the company.") == []

"""TQ2xx attribution, headline and repeated-word rules: flag/pass tables with exact spans and
suggestions, and the seed article."""
from pathlib import Path

import pytest
from rulecheck import check, run

from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, run_rules
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules.attribution import repeated_words
from tqcheck.rules.registry import active_rules

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_09e1b2929afa9eb8.txt"
BODY = "\n\nThe minister said on Monday that talks would resume."


FLAG = [
    ("split-attribution", "Park said, “Ties deepened over 30 years. “He also mentioned.",
     ". “He also mentioned.", ",” he also mentioned."),
    ("split-attribution", 'Park said, "Ties deepened. "The minister added on the day.',
     '. "The minister added on the day.', ',” the minister added on the day.'.replace("”", '"')),
    ("split-attribution", "“Ties deepened over 30 years.” He also mentioned.",
     ".” He also mentioned.", ",” he also mentioned."),
    ("split-attribution", "“Ties deepened over 30 years.” he said.", ".” he said.", ",” he said."),
    ("split-attribution", "“Is it over? “Kim asked.", "? “Kim asked.", "?” Kim asked."),
    ("doubled-attribution", "He continued, “Central Asia is important,” he said, adding more.",
     "He continued, “Central Asia is important,” he said", "“Central Asia is important,” he said"),
    ("doubled-attribution", "Minister Park continued, “We want a network,” he said.",
     "Minister Park continued, “We want a network,” he said",
     "“We want a network,” Minister Park said"),
    ("doubled-attribution", 'A ministry official explained, "It is new," official said.',
     'A ministry official explained, "It is new," official said', '"It is new," official said'),
    ("doubled-attribution", "According to Minister Park, “It is new,” he said.",
     "According to Minister Park, “It is new,” he said", "“It is new,” Minister Park said"),
    ("doubled-attribution", "Kim also said that the talks will resume, he said.",
     "Kim also said that the talks will resume, he said", "Kim also said that the talks will resume"),
    ("repeated-word", "He said the the talks ended.", "the the", "the"),
    ("repeated-word", "The the minister left.", "The the", "The"),
    ("repeated-word", "Help for women's women's problems.", "women's women's", "women's"),
    ("repeated-word", "Obama Obama spoke.", "Obama Obama", "Obama"),
    ("repeated-word", "Central and central cooperation matters.", "Central and central", ""),
    ("repeated-word", "The U.S. and u.s. partnership matters.", "U.S. and u.s.", ""),
]


@pytest.mark.parametrize("name,text,evidence,suggestion", FLAG,
                         ids=[f"{r}:{t[:30]}" for r, t, _, _ in FLAG])
def test_flags_with_exact_span_and_suggestion(name, text, evidence, suggestion):
    assert (evidence, suggestion) in [(f.evidence, f.suggestion) for f in run(name, text)]


PASS = [
    ("split-attribution", "“Ties deepened over 30 years,” he also mentioned."),
    ("split-attribution", "“He said no,” she recalled."),
    ("split-attribution", "She asked what he had said. “He said no.”"),
    ("split-attribution", "“Ties deepened.” He said the talks would resume in May."),
    ("split-attribution", '"It is over," he said. "We will go on."'),
    ("doubled-attribution", "“Central Asia is important,” he said."),
    ("doubled-attribution", "He said, “It is over,” and left the room."),
    ("doubled-attribution", "When asked about it, “No comment,” she said."),
    ("doubled-attribution", "Rice called it “a good meeting” but said there were “no surprises.”"),
    ("doubled-attribution", "He said that the plan, she noted, was sound."),
    ("doubled-attribution", "Kim said that when she arrived, he said hello."),
    ("repeated-word", "He had had enough, and said that that was wrong."),
    ("repeated-word", "More and more people came again and again for years and years."),
    ("repeated-word", "Boutros Boutros-Ghali visited Bora Bora."),
    ("repeated-word", "Prices grew 10 10 times and got better and better."),
    ("repeated-word", "It was a very, very long day."),
]


@pytest.mark.parametrize("name,text", PASS, ids=[f"{r}:{t[:30]}" for r, t in PASS])
def test_passes_clean_text(name, text):
    assert run(name, text) == []


HEADLINES_FLAG = [
    "Park Jin “Central and central cooperation is very important for a ‘global backbone'”",
    'Yoon "We will respond sternly"',
    "Minister Kim Min-ji 'Time to unite for the people'",
    '尹 "no compromise on principles"',
    "Yeo \"incitement to the end\" vs Lee Jae-myung \"respecting the judiciary\"",
    "Cho Kuk, “win-win” realization cooperation emphasis",
    'Korea·US summit...Both sides "a week of fate',
]
HEADLINES_OK = [
    "Park Jin says Korea-Central Asia cooperation is key",
    "Brown 'will not quit'",
    'Obama: "We will win this election"',
    "Doctors' strike enters third week with no end in sight",
    "Moon says inter-Korean talks are 'on track'",
    "More and more Koreans travel abroad",
]


@pytest.mark.parametrize("headline", HEADLINES_FLAG)
def test_garbled_headline_flags(headline):
    (f,) = run("garbled-headline", headline + BODY, has_headline=True)
    assert f.evidence == headline and f.severity == "major" and f.segment_id == "h"


@pytest.mark.parametrize("headline", HEADLINES_OK)
def test_garbled_headline_passes(headline):
    assert run("garbled-headline", headline + BODY, has_headline=True) == []


def test_garbled_headline_weak_signal_is_minor_and_body_is_ignored():
    (f,) = run("garbled-headline", "[Exclusive] Samsung to build new plant" + BODY, has_headline=True)
    assert f.severity == "minor"
    assert run("garbled-headline", "Yoon \"We will respond sternly\"", has_headline=False) == []


def test_repeated_words_helper():
    assert [w for _, _, w, _ in repeated_words("a a b; Xi and xi")] == ["a", "Xi"]


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    doc = make_document(Record("seed", text), PACK)
    rules = [r for r in active_rules() if r.code.startswith(("TQ1", "TQ2"))]
    found = run_rules(doc, rules, RuleContext(Config(lm=False), PACK))
    for f in found:
        assert f.evidence == text[f.start:f.end]
    by_rule = {}
    for f in found:
        by_rule.setdefault(f.rule, []).append(f)
    (garbled,) = by_rule["garbled-headline"]
    assert garbled.segment_id == "h" and garbled.evidence.startswith("Park Jin “Central")
    (split,) = by_rule["split-attribution"]
    assert split.evidence == ". “He also mentioned." and split.suggestion == ",” he also mentioned."
    doubled = {f.evidence for f in by_rule["doubled-attribution"]}
    assert ("He continued, “Central Asia is a very strategically important region,” he said"
            in doubled)
    assert any(e.startswith("Minister Park continued, “We want") for e in doubled)
    assert [f.evidence for f in by_rule["repeated-word"]] == ["Central and central"]


def test_repeated_word_not_across_line_break():
    # a heading and the sentence under it that opens with the same word
    text = ("Be clear that you want to know about the risks and benefits. Testosterone\n"
            "Testosterone, produced naturally by both men and women, boosts libido.")
    assert run("repeated-word", text) == []
    assert [f.evidence for f in run("repeated-word", "It is  is\tis over.")] == ["is  is"]


@pytest.mark.parametrize("text", [
    "the the cat", "It's it's fine", "Central and central", "U.S. and U.S. ties",
    "South Korea and South Korea", "He said the the talks ended.", "Bora Bora", "10 10",
    "A tale of two and two", "the cat", "", "İ İ", "the\u212a the\u212a",
])
def test_repeat_prefilter_never_hides_a_match(text):
    from tqcheck.rules.attribution import AND_REPEAT_RE, REPEAT_RE, _repeat_candidates
    direct, joined = _repeat_candidates(text)
    assert direct or not REPEAT_RE.search(text)
    assert joined or not (" and " in text.lower() and AND_REPEAT_RE.search(text))


def test_bracket_label_headline_is_checked():
    text = "[Photo] Lee Jae-myung ‘West and west exchange’...尹 silence" + BODY
    found = run("garbled-headline", text, has_headline=True)
    assert len(found) == 1 and found[0].start == 0 and found[0].severity == "major"
    # the label alone is a weak (minor) signal
    found = run("garbled-headline", "[Photo] President Yoon visits flood-hit areas in Cheongju"
                + BODY, has_headline=True)
    assert [f.severity for f in found] == ["minor"]


# --- indirect "said ... that" lead-in plus a direct quote plus a tail attribution ----------

@pytest.mark.parametrize("text,evidence", [
    ('Son said in a post-match interview that "I am proud of my teammates who gave everything '
     'until the end," he said.',
     'Son said in a post-match interview that "I am proud of my teammates who gave everything '
     'until the end," he said'),
    ("The minister stressed that “we will not back down,” he added.",
     "The minister stressed that “we will not back down,” he added"),
])
def test_doubled_attribution_that_lead_in(text, evidence):
    (f,) = run("doubled-attribution", text)
    assert f.evidence == evidence
    assert f.suggestion.startswith(('"I am proud', "“we will not"))


@pytest.mark.parametrize("text", [
    'Son said in a post-match interview that "I am proud of my teammates."',
    "He said that the plan was “a good start,” adding that talks would go on.",
    'He said that "reform" was needed, she said.',
])
def test_doubled_attribution_that_lead_in_passes(text):
    assert run("doubled-attribution", text) == []


# --- heldout2 gaps: title-noun tail attributions, deliberate repetition in titles


@pytest.mark.parametrize("text, evidence, suggestion", [
    ("She added, “Rainfall is likely to exceed the average,” forecaster Park said.",
     "She added, “Rainfall is likely to exceed the average,” forecaster Park said",
     "“Rainfall is likely to exceed the average,” forecaster Park said"),
    ("He said, “We will win,” spokesman Kim Min-su said.",
     "He said, “We will win,” spokesman Kim Min-su said",
     "“We will win,” spokesman Kim Min-su said"),
])
def test_doubled_attribution_titled_tail(text, evidence, suggestion):
    fs = run("doubled-attribution", text)
    assert [(f.evidence, f.suggestion) for f in fs] == [(evidence, suggestion)]


@pytest.mark.parametrize("text", [
    "“We will win,” spokesman Kim said.",
    "He said, “We will win,” and Kim said nothing.",
])
def test_doubled_attribution_titled_tail_passes(text):
    assert run("doubled-attribution", text) == []


@pytest.mark.parametrize("text", [
    "The 2014 hit 'Rum Pum Pum Pum' by f(x) won a fan vote.",
    "f(x)'s 'Rum Pum Pum Pum' tops fan vote",
    "NSYNC performed Bye Bye Bye on stage.",
    "Gee Gee Gee was played twice.",
    "Fans sang “Ring Ring” together.",
])
def test_repeated_word_deliberate_repetition_passes(text):
    assert run("repeated-word", text) == []


@pytest.mark.parametrize("text, evidence", [
    ("He said the the talks ended.", "the the"),
    ("Pum Pum fell from the chart.", "Pum Pum"),          # capitalized but not quoted
    ("He said “the talks talks ended” to us.", "talks talks"),  # quoted but lower case
])
def test_repeated_word_still_flags_pairs(text, evidence):
    assert [f.evidence for f in run("repeated-word", text)] == [evidence]


def test_repeated_word_lowercase_run_outside_quotes_flags():
    # a stutter of three is MT damage unless it is title-cased or quoted
    assert [f.evidence for f in run("repeated-word", "It is is is over.")] == ["is is"]
    assert run("repeated-word", "The crowd chanted 'yo yo yo' loudly.") == []


def test_split_attribution_behind_a_turned_closing_mark():
    text = "Korean Air said, “Fuel surcharges will fall next month. ”The company explained."
    found = [f for f in check(text, ["split-attribution"])]
    assert [(f.evidence, f.suggestion) for f in found] == [
        (". ”The company explained.", ",” the company explained.")]
    assert check("“It is over.” The company explained the plan in May.",
                 ["split-attribution"]) == []


def test_split_attribution_with_a_title_and_an_occasion():
    text = ("\"We lacked concentration in the last 10 minutes. \"Coach Kim Gi-dong said after "
            "the match.")
    found = check(text, ["split-attribution"])
    assert [f.evidence for f in found] == ['. "Coach Kim Gi-dong said after the match.']


@pytest.mark.parametrize("text, evidence", [
    ("Rep. Ko said, 'We will not retreat a single step. 'She stressed.", ". 'She stressed."),
    ("\"The lower court did not err in its reading of the law. \"Said the court.",
     '. "Said the court.'),
    ("Jeong said, “The counsel must get to the bottom of this. “Jeong wrote on Facebook.",
     ". “Jeong wrote on Facebook."),
])
def test_split_attribution_forms(text, evidence):
    assert [f.evidence for f in check(text, ["split-attribution"])] == [evidence]


@pytest.mark.parametrize("text", [
    "Rhee Chang-yong answered, “Inflation is not yet where we want it to be,” he answered.",
    "The KMA forecast: “Up to 20 cm of snow is expected,” the KMA forecast.",
    "Justice Jeong pointed out that “the majority ignores precedent,” she pointed out.",
])
def test_doubled_attribution_with_more_verbs(text):
    assert [f.rule for f in check(text, ["doubled-attribution"])] == ["doubled-attribution"]


def test_pseudo_cleft_is_is_is_english():
    assert check("What the ruling is is a warning to all employers.", ["repeated-word"]) == []
    assert len(check("It is is important.", ["repeated-word"])) == 1


@pytest.mark.parametrize("headline, flagged", [
    ("Han Kang's 'We Do Not Part' tops French sales chart", False),
    ("[Editorial] Pension reform cannot wait another year", False),
    ("One-person households 800 ten thousand era", True),
    ("Seoul City-neun youth housing 1,000 households supply-handa", True),
    ("[Herald Interview] 'Webtoons are Korea's next export engine'", False),
    ("[Kim Seong-kon] Political violence, again", False),
    ("[Graphic News] Korea's fertility rate edges up to 0.75", False),
    ("Park Chan-wook on 'The Salt Road': 'It was ... a kind of homecoming'", False),
    ("[Exclusive] Samsung to build new plant", True),
    ("Central region torrential rain... Jamsu Bridge closed", True),
])
def test_headline_forms(headline, flagged):
    found = check(headline + "\nThe body says so.", ["garbled-headline"], has_headline=True)
    assert bool(found) is flagged, found


def test_reduplicated_words_of_english():
    assert check("What we see is ylang ylang, the scented part.", ["repeated-word"]) == []


def test_split_attribution_with_a_capitalized_subject():
    text = "“The fare will rise by 150 won in January... “The Seoul official explained.\nOk."
    assert [f.evidence for f in check(text, ["split-attribution"])] == [
        ". “The Seoul official explained."]

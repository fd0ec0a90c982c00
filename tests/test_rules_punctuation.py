"""TQ1xx punctuation and quote rules: flag/pass tables with exact spans and suggestions,
the shared quote scanner, and the seed article."""
from pathlib import Path

import pytest
from rulecheck import check, run

from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, run_rules
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules.punctuation import scan_quotes
from tqcheck.rules.registry import active_rules

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_09e1b2929afa9eb8.txt"


def spans(name, text, **kw):
    return [(f.evidence, f.suggestion) for f in run(name, text, **kw)]


FLAG = [
    # (rule, text, evidence, suggestion)
    ("stray-punctuation", "They met on the same day. .", ". .", "."),
    ("stray-punctuation", "They met on the same day..", "..", "."),
    ("stray-punctuation", "It is worth 3 billion won., officials said.", ".,", ","),
    ("stray-punctuation", "He said,, it was over.", ",,", ","),
    ("stray-punctuation", "He left,. Then he came back.", ",.", "."),
    ("stray-punctuation", "Is it over?.", "?.", "?"),
    ("stray-punctuation", "The plan ▲ cuts taxes.", "▲", ""),
    ("space-before-punctuation", "He met the ambassadors , including Saidov.", " ,", ","),
    ("space-before-punctuation", "The talks ended .", " .", "."),
    ("space-before-punctuation", "Why did he go ?", " ?", "?"),
    ("space-before-punctuation", "He met the envoy (from Seoul ) today.", " )", ")"),
    ("space-before-punctuation", "He met the envoy ( from Seoul) today.", "( ", "("),
    ("missing-space", "The talks ended on the same day.Minister Park left.", ".", ". "),
    ("missing-space", "Minister Park said,“We are glad.”", ",“", ", “"),
    ("missing-space", "“We are glad,”he said.", "”", "” "),
    ("missing-space", "He said,that it was over.", ",", ", "),
    ("missing-space", 'He said,"We are glad."', ',"', ', "'),
    ("missing-space", "It was built in 1992.It is used now.", ".", ". "),
    ("missing-space", "The agency (KCNA)said so.", ")", ") "),
    ("doubled-quote", "“ “I am delighted,” he said.", "“ “", "“"),
    ("doubled-quote", "\"“I am delighted,”\" he said.", "\"“", "“"),
    ("doubled-quote", "It was a ””domestic incident”” then.", "””", "”"),
    ("doubled-quote", "He cited ``progress’’ in the talks.", "``", "“"),
    ("doubled-quote", 'He said, " "We will win."', '" "', '"'),
    ("mixed-quote-style", "the vision of a ‘global backbone'", "‘global backbone'", "‘global backbone’"),
    ("mixed-quote-style", "He called it “historic\" on Monday.", "“historic\"", "“historic”"),
    ("mixed-quote-style", "He called it \"historic” on Monday.", "\"historic”", "“historic”"),
    ("mixed-quote-style", "The government must ”respond robustly” to help.", "”", "“"),
    ("mixed-quote-style", "Rival UPS “plans’ to keep the holiday.", "“plans’", "“plans”"),
]


@pytest.mark.parametrize("name,text,evidence,suggestion", FLAG,
                         ids=[f"{r}:{t[:30]}" for r, t, _, _ in FLAG])
def test_flags_with_exact_span_and_suggestion(name, text, evidence, suggestion):
    assert (evidence, suggestion) in spans(name, text)


PASS = [
    ("stray-punctuation", "It was... well, over."),
    ("stray-punctuation", "Wait . . . what?"),
    ("stray-punctuation", "He moved to the U.S., then Japan."),
    ("stray-punctuation", "Apple Inc., Samsung and LG signed, at 8:40 a.m., the deal."),
    ("stray-punctuation", "It costs 3.5 won, or $1,000.50."),
    ("stray-punctuation", "He listed a) taxes and b) jobs."),
    ("stray-punctuation", "Yahoo! said it would sue Yahoo!."),
    ("space-before-punctuation", "He waited ... and left."),
    ("space-before-punctuation", "He owns a .45 pistol and uses .NET."),
    ("space-before-punctuation", "The score was 3 : 2."),
    ("missing-space", "The U.S. and the U.N. met at 10 a.m. on Monday."),
    ("missing-space", "It grew 3.5 percent to 1,000 won."),
    ("missing-space", "Write to ntiger@news1.kr or visit www.News1.kr/Article.Html today."),
    ("missing-space", "He is No.1 and holds a Ph.D. in law."),
    ("missing-space", "Minister Park said, “We are glad,” and left."),
    ("missing-space", 'He said, "We are glad," and left.'),
    ("missing-space", "Jalape&ntilde;o peppers were recalled."),
    ("doubled-quote", "“‘Twilight’ is a hit,” he said."),
    ("doubled-quote", "“He said ‘no,’” she recalled."),
    ("doubled-quote", "He called it “the best” “and the worst” year."),
    ("doubled-quote", "It was the ’90s."),
    ("mixed-quote-style", "the vision of a ‘global backbone’"),
    ("mixed-quote-style", "It’s the ’90s, said Jones’ aide."),
    ("mixed-quote-style", "“The Joneses’ house is here,” he said."),
    ("mixed-quote-style", "“He said ‘no,’” she recalled."),
    ("unbalanced-quote", "“Central Asia is important,” he said."),
    ("unbalanced-quote", "“It’s the ‘core’ of Korea’s plan,” he said."),
    ("unbalanced-quote", "“We will win.\n\n“We will not stop,” he said."),
    ("unbalanced-quote", "The Joneses’ house and Korea’s ’90s boom."),
]


@pytest.mark.parametrize("name,text", PASS, ids=[f"{r}:{t[:30]}" for r, t in PASS])
def test_passes_clean_text(name, text):
    assert run(name, text) == []


def test_unbalanced_nested_opening_spans_the_unclosed_quotation():
    text = "Minister Park said, “I am delighted. “He also mentioned."
    (f,) = run("unbalanced-quote", text)
    assert f.evidence == "“I am delighted. “"
    assert f.severity == "minor"


def test_unbalanced_in_one_sentence_record_is_info_only():
    # the quotation may continue in the next row of a sentence-per-row table
    (f,) = run("unbalanced-quote", 'He said "it is important.')
    assert f.evidence == '"' and f.severity == "info"
    (g,) = run("unbalanced-quote", 'It is over," he said.')
    assert g.severity == "info"


def test_unbalanced_in_article_is_minor_unless_next_paragraph_reopens():
    text = "Headline here\n\nHe said \"it is important.\n\nThe talks ended on Monday."
    (f,) = run("unbalanced-quote", text, has_headline=True)
    assert f.severity == "minor" and f.start == text.index('"')
    ok = "Headline here\n\nHe said \"it is important.\n\n\"We will go on,\" he said."
    assert run("unbalanced-quote", ok, has_headline=True) == []


def test_unbalanced_single_closer_but_not_possessive():
    (f,) = run("unbalanced-quote", "Workers refused to return to’ the mines.")
    assert f.evidence == "’"
    assert run("unbalanced-quote", "Cannes’ best actor won.") == []


def test_scan_quotes_kinds():
    assert [p.kind for p in scan_quotes("a “b” c")] == []
    assert [p.kind for p in scan_quotes("a ”b” c")] == ["reversed"]
    assert [p.kind for p in scan_quotes("a ‘b” c")] == ["mixed"]
    assert [p.kind for p in scan_quotes("a “b c")] == ["unclosed"]
    assert [p.kind for p in scan_quotes("a b” c")] == ["unopened"]


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    doc = make_document(Record("seed", text), PACK)
    rules = [r for r in active_rules() if r.code.startswith(("TQ1", "TQ2"))]
    found = run_rules(doc, rules, RuleContext(Config(lm=False), PACK))
    for f in found:
        assert f.evidence == text[f.start:f.end]
    by = {(f.rule, f.evidence): f for f in found}
    mixed = by[("mixed-quote-style", "‘global backbone'")]
    assert mixed.segment_id == "h" and mixed.suggestion == "‘global backbone’"
    assert by[("stray-punctuation", ". .")].suggestion == "."
    unbalanced = [f for f in found if f.rule == "unbalanced-quote"]
    assert unbalanced and unbalanced[0].evidence.endswith("years. “")
    assert unbalanced[0].severity == "minor"


@pytest.mark.parametrize("text,evidence", [
    ("It met the Association of Teachers of English in Korea (ATEK)?Police in Egypt said so.", "?"),
    ("It was reported by the agency (KCNA),The talks ended.", ","),
    ("He wrote it [sic].The talks ended.", "."),
])
def test_missing_space_after_bracket_and_mark(text, evidence):
    assert [f.evidence for f in run("missing-space", text)] == [evidence]


def test_no_missing_space_after_bracket_before_space_or_digit():
    assert run("missing-space", "It rose (sharply). Then it fell (see 3),2 times.") == []


# --- elision apostrophes; quote imbalance explained by a doubled mark ----------------------

@pytest.mark.parametrize("text", [
    "The band played rock ’n’ roll all night, the organizers said.",
    "The band played rock 'n' roll all night.",
    "“We’ll fight ’em ‘til the end,” he said.",
    "Fans sang “Rock ‘n’ Roll Star” and ‘great’ tunes.",
    "He said ‘cause célèbre’ was the wrong phrase.",
    "“Yes, ma’am, at five o’clock,” she said.",
])
def test_elision_apostrophes_are_not_quotes(text):
    assert run("unbalanced-quote", text) == []


def test_real_unopened_closer_still_flagged_next_to_elision():
    found = run("unbalanced-quote", "He played rock ’n’ roll. Kim called it great’ fun.")
    assert [f.evidence for f in found] == ["’"]


def test_doubled_mark_reported_once_not_also_unbalanced():
    text = ('Headline\n\nThe CEO said, ""I sincerely apologize to the victims and their '
            'families."" He bowed.\n\nThe police said.')
    assert run("unbalanced-quote", text, has_headline=True) == []
    assert [f.evidence for f in run("doubled-quote", text, has_headline=True)] == ['""', '""']


def test_unbalanced_still_reported_when_doubled_mark_does_not_explain_it():
    text = 'Headline\n\nHe said, ""I apologize. Kim said “no.\n\nThe police said.'
    assert run("unbalanced-quote", text, has_headline=True)


def test_straight_single_quote_closed_by_a_double_mark_is_mixed():
    found = check("Minister calls for 'K-Culture\" tourism push\nThe minister said so.",
                  ["mixed-quote-style", "unbalanced-quote"], has_headline=True)
    assert [(f.rule, f.evidence) for f in found] == [("mixed-quote-style", "'K-Culture\"")]


def test_lone_single_quote_is_unbalanced_only_in_a_headline():
    head = "Ferry service to Ulleung 'to resume\nFerry service will resume next week."
    found = check(head, ["unbalanced-quote"], has_headline=True)
    assert [(f.rule, f.evidence) for f in found] == [("unbalanced-quote", "'")]
    assert check("Rock 'n' roll is back\nIt is.", ["unbalanced-quote"], has_headline=True) == []
    assert check("He said 'to resume soon.", ["unbalanced-quote"]) == []


def test_missing_space_after_a_percent_sign():
    found = check("Household debt rose 1.8%.It was the fastest rise.", ["missing-space"])
    assert [(f.start, f.evidence, f.suggestion) for f in found] == [(24, ".", ". ")]


def test_corner_brackets_are_quotation_marks():
    found = check("The court called it 「deceptive on its face” and fined the firm.\nOk.",
                  ["mixed-quote-style", "unbalanced-quote"])
    assert [(f.rule, f.evidence) for f in found] == [("mixed-quote-style",
                                                      "「deceptive on its face”")]
    found = check("The collection 「Light and Thread sold well.\nOk.", ["unbalanced-quote"])
    assert [f.evidence for f in found] == ["「"]
    assert check("He read 「The Vegetarian」 twice.\nOk.",
                 ["mixed-quote-style", "unbalanced-quote"]) == []


def test_two_opening_marks_before_a_word_are_doubled():
    found = check("He called it “”a pragmatic choice” for both.", ["doubled-quote"])
    assert [f.evidence for f in found] == ["“”"]
    assert check("He said “” and nothing else.", ["doubled-quote"]) == []


def test_title_brackets_are_quotation_marks():
    assert [f.evidence for f in check("The novel 《We Do Not Part won.\nOk.",
                                      ["unbalanced-quote"])] == ["《"]
    found = check('The film 〈Seoul Spring" drew crowds.\nOk.', ["mixed-quote-style"])
    assert [f.evidence for f in found] == ['〈Seoul Spring"']
    assert check("He read 《The Vegetarian》 twice.\nOk.", ["unbalanced-quote"]) == []

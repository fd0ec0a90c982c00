"""TQ6xx rules: untranslated-segment, length-mismatch."""
import pytest
from rulecheck import check



def findings(target, rule, source=None):
    return check(target, [rule], source=source)


@pytest.mark.parametrize("target,span,source", [
    ("정부는 3억 원을 지원했다고 밝혔다.", "정부는 3억 원을 지원했다고 밝혔다.", None),
    ("Park said so.\n\n외교부 장관은 협력이 중요하다고 말했다.", "외교부 장관은 협력이 중요하다고 말했다.", None),
    ("The Minister said so. 尹錫悅 大統領 北韓 訪問.", "尹錫悅 大統領 北韓 訪問.", None),
    ("Samsung Electronics Q3 results", "Samsung Electronics Q3 results",
     "Samsung Electronics Q3 results 발표"),
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

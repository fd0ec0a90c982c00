"""MQM reader: spans in the clean target, raters, weights, malformed input."""
import pytest

from tqcheck.io.errors import InputError
from tqcheck.mqm import error_weight, punctuation_spans, read_mqm, strip_marks

HEADER = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n"
ROWS = [
    # sysA seg 1: rater1 one major + one minor punctuation; rater2 no error -> (5 + 0.1) / 2
    "sysA\ttalk.1\t1\t1\trater1\t源文\tThe <v>cat</v> sat , down.\tAccuracy/Mistranslation\tMajor",
    "sysA\ttalk.1\t1\t1\trater1\t源文\tThe cat sat <v>,</v> down.\tFluency/Punctuation\tMinor",
    "sysA\ttalk.1\t1\t1\trater2\t源文\tThe cat sat , down.\tNo-error\tNo-error",
    # sysB seg 1: omission marked in the source; a non-translation
    "sysB\ttalk.1\t1\t1\trater1\t<v>源</v>文\tA dog.\tAccuracy/Omission\tMinor",
    "sysB\ttalk.1\t1\t1\trater1\t源文\t<v>源文</v>\tNon-translation\tMajor",
    # sysA seg 2: clean; source error weighs 0
    "sysA\ttalk.1\t2\t2\trater3\t源\tFine.\tNo-error\tNo-error",
    "sysA\ttalk.1\t2\t2\trater4\t<v>源</v>\tFine.\tSource error\tMajor",
    # minor fluency (not punctuation) weighs 1; major punctuation weighs 5
    "sysB\ttalk.1\t2\t2\trater3\t源\tFine <v>fine</v>.\tFluency/Grammar\tMinor",
    "sysB\ttalk.1\t2\t2\trater3\t源\tFine fine<v>.</v>\tFluency/Punctuation\tMajor",
]


@pytest.fixture
def mqm_file(tmp_path):
    path = tmp_path / "m.tsv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_segments_scores_and_spans(mqm_file):
    segs = {s.key: s for s in read_mqm(mqm_file)}
    assert len(segs) == 4
    a1 = segs[("sysA", "1", "1")]
    assert a1.target == "The cat sat , down." and a1.source == "源文"
    assert a1.raters == ("rater1", "rater2")
    assert a1.score == pytest.approx((5 + 0.1) / 2)
    assert [a1.target[e.start:e.end] for e in a1.errors] == ["cat", ","]
    assert punctuation_spans(a1) == [(12, 13)]
    b1 = segs[("sysB", "1", "1")]
    assert b1.score == pytest.approx(1 + 25)
    omission = b1.errors[0]
    assert omission.in_source and b1.source[omission.start:omission.end] == "源"
    assert segs[("sysA", "2", "2")].score == 0.0
    assert segs[("sysA", "2", "2")].raters == ("rater3", "rater4")
    assert segs[("sysB", "2", "2")].score == pytest.approx(6.0)
    assert a1.doc == "talk.1" and a1.line == 2


def test_source_error_can_be_counted(mqm_file):
    segs = {s.key: s for s in read_mqm(mqm_file, zero_weight=())}
    assert segs[("sysA", "2", "2")].score == pytest.approx(2.5)


@pytest.mark.parametrize("category,severity,weight", [
    ("Accuracy/Mistranslation", "Major", 5.0), ("Style/Awkward", "Minor", 1.0),
    ("Fluency/Punctuation", "Minor", 0.1), ("Fluency/Punctuation", "Major", 5.0),
    ("Non-translation!", "Major", 25.0), ("Non-translation", "Minor", 25.0),
    ("No-error", "No-error", 0.0), ("Other", "Neutral", 0.0),
])
def test_weights(category, severity, weight):
    assert error_weight(category, severity) == weight


def test_strip_marks():
    assert strip_marks("a <v>b</v> c <v>d</v>") == ("a b c d", [(2, 3), (6, 7)])
    assert strip_marks("x < y <v>z") == ("x < y z", [(6, 7)])
    with pytest.raises(ValueError):
        strip_marks("a</v>")


@pytest.mark.parametrize("bad,where", [
    ("sysA\ttalk.1\t1\t1\trater1\tsrc\ttgt\tNo-error", "line 2"),
    ("sysA\ttalk.1\t1\t1\trater1\tsrc\ttgt\tStyle/Awkward\tHuge", "line 2"),
    ("sysA\ttalk.1\t1\t1\trater1\tsrc\tt</v>gt\tStyle/Awkward\tMajor", "line 2"),
])
def test_malformed_rows_name_file_and_line(tmp_path, bad, where):
    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + bad + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_mqm(path)
    assert "bad.tsv" in str(err.value) and where in str(err.value)


def test_wrong_header(tmp_path):
    path = tmp_path / "h.tsv"
    path.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_mqm(path)

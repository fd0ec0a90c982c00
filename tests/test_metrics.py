"""Reference metrics: equal to sacrebleu's own scores; segment/record level handling."""
import pytest
from sacrebleu.metrics import BLEU, CHRF, TER

from tqcheck.engine import make_document
from tqcheck.io.errors import InputError
from tqcheck.lang import get_pack
from tqcheck.metrics import read_reference_file, score_references
from tqcheck.records import Record

PAIRS = [
    ("The president said on the 22nd that the talks would resume.",
     "The president said on June 22 that the talks would resume."),
    ("He also mentioned. .", "He also mentioned it."),
    ("Samsung Electronics posted record profit", "Samsung Electronics posts a record profit"),
    ("완전히 다른 문장", "A completely different sentence."),
]


def _docs(records):
    lang = get_pack("ko")
    return [make_document(r, lang) for r in records]


@pytest.mark.parametrize("hyp,ref", PAIRS)
def test_sentence_scores_equal_sacrebleu(hyp, ref):
    out = score_references(_docs([Record("d", hyp, reference=ref, has_headline=False)]))
    got = out.documents["d"]
    assert got.chrf == pytest.approx(CHRF(word_order=2).sentence_score(hyp, [ref]).score, abs=0.01)
    assert got.bleu == pytest.approx(
        BLEU(effective_order=True).sentence_score(hyp, [ref]).score, abs=0.01)
    assert got.ter == pytest.approx(TER().sentence_score(hyp, [ref]).score, abs=0.01)
    seg = out.segments[("d", "s0")]
    assert seg == got
    assert out.levels["d"] == "segment"


def test_segments_paired_in_order_and_corpus_equal_sacrebleu():
    hyp = "Seoul is cold. Busan is warm today."
    ref = "Seoul is freezing. Busan is mild today."
    rec = Record("d", hyp, reference=ref, has_headline=False, path="a.tsv", system="sysA")
    rec2 = Record("e", PAIRS[0][0], reference=PAIRS[0][1], has_headline=False, path="b.tsv",
                  system="sysA")
    out = score_references(_docs([rec, rec2]))
    chrf = CHRF(word_order=2)
    assert out.segments[("d", "s0")].chrf == pytest.approx(
        chrf.sentence_score("Seoul is cold.", ["Seoul is freezing."]).score, abs=0.01)
    assert out.segments[("d", "s1")].chrf == pytest.approx(
        chrf.sentence_score("Busan is warm today.", ["Busan is mild today."]).score, abs=0.01)
    hyps, refs = [hyp, PAIRS[0][0]], [ref, PAIRS[0][1]]
    allc = out.corpus["all"]
    assert allc["chrf"] == pytest.approx(chrf.corpus_score(hyps, [refs]).score, abs=0.01)
    assert allc["bleu"] == pytest.approx(BLEU().corpus_score(hyps, [refs]).score, abs=0.01)
    assert allc["ter"] == pytest.approx(TER().corpus_score(hyps, [refs]).score, abs=0.01)
    assert set(out.corpus["by_path"]) == {"a.tsv", "b.tsv"}
    assert out.corpus["by_system"]["sysA"]["records"] == 2
    assert "nrefs:1" in out.signatures["chrf"] and "eff:yes" in out.signatures["bleu"]
    assert set(out.signatures) == {"chrf", "bleu", "bleu_corpus", "ter"}


def test_sentence_count_mismatch_scores_record_level_only():
    rec = Record("d", "Seoul is cold. Busan is warm today.",
                 reference="Seoul is cold and Busan is warm today.", has_headline=False)
    out = score_references(_docs([rec]))
    assert out.levels["d"] == "record"
    assert "2 prose segments" in out.reasons["d"]
    assert not any(k[0] == "d" for k in out.segments)
    assert out.documents["d"].chrf == pytest.approx(
        CHRF(word_order=2).sentence_score(rec.target, [rec.reference]).score, abs=0.01)


def test_headline_segmented_like_target():
    target = "Exports rise\n\nExports rose 5% in May. Imports fell."
    ref = "Exports climb\n\nExports rose 5 percent in May. Imports declined."
    out = score_references(_docs([Record("d", target, reference=ref)]))
    assert out.levels["d"] == "segment"
    assert out.segments[("d", "h")].chrf == pytest.approx(
        CHRF(word_order=2).sentence_score("Exports rise", ["Exports climb"]).score, abs=0.01)


def test_records_without_reference_are_skipped():
    out = score_references(_docs([Record("d", "Hello.", has_headline=False)]))
    assert out.documents == {} and out.segments == {} and out.corpus == {}


def test_read_reference_file(tmp_path):
    ref = tmp_path / "ref.txt"
    ref.write_text("one\ntwo\n", encoding="utf-8")
    assert read_reference_file(ref, 2, "in.csv") == ["one", "two"]
    with pytest.raises(InputError) as err:
        read_reference_file(ref, 3, "in.csv")
    assert "ref.txt" in str(err.value) and "in.csv" in str(err.value)
    assert "2 lines" in str(err.value) and "3 records" in str(err.value)

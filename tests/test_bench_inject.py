"""The benchmark's generator: every injection is a well-formed record whose damage lies where
the injection says, reproducibly from the seed."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import inject  # noqa: E402
from bench.inject import INJECTORS, Corpus, Injection, generate  # noqa: E402
from tqcheck.records import Record  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "korean-english-park.dev.en").exists(),
                                reason="shared corpus not present")

HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def corpus():
    return Corpus.load()


@pytest.fixture(scope="module")
def batches(corpus):
    return {rule: generate(corpus, rule, 40, seed=7) for rule in INJECTORS}


def test_one_injector_per_contract_rule():
    contract = {"unbalanced-quote", "doubled-quote", "mixed-quote-style", "stray-punctuation",
                "space-before-punctuation", "missing-space", "split-attribution",
                "doubled-attribution", "garbled-headline", "repeated-word",
                "untranslated-hangul", "mojibake", "page-boilerplate", "photo-credit-residue",
                "byline-residue", "dateline-residue", "copyright-residue", "literal-date",
                "name-romanization", "inconsistent-name", "number-mismatch",
                "untranslated-segment", "length-mismatch"}
    assert set(INJECTORS) == contract


@pytest.mark.parametrize("rule", sorted(INJECTORS))
def test_injections_are_well_formed(batches, rule):
    for inj in batches[rule]:
        assert isinstance(inj, Injection) and isinstance(inj.record, Record)
        assert inj.rule == rule
        t = inj.record.target
        assert 0 <= inj.start < inj.end <= len(t), (inj.form, inj.start, inj.end)
        assert inj.evidence == t[inj.start:inj.end]
        assert inj.evidence.strip(), (rule, inj.form, repr(inj.evidence))
        assert inj.record.doc_id.startswith(rule)
        assert t == t.strip() or rule in ("length-mismatch",), repr(t[:40])
        assert inj.record.source is None or HANGUL_RE.search(inj.record.source)


@pytest.mark.parametrize("rule", sorted(INJECTORS))
def test_many_forms(batches, rule):
    forms = {inj.form for inj in batches[rule]}
    assert len(forms) >= 3, (rule, forms)


def test_reproducible_from_seed(corpus):
    a = [(i.record.target, i.start, i.end) for i in generate(corpus, "literal-date", 10, seed=3)]
    b = [(i.record.target, i.start, i.end) for i in generate(corpus, "literal-date", 10, seed=3)]
    c = [(i.record.target, i.start, i.end) for i in generate(corpus, "literal-date", 10, seed=4)]
    assert a == b and a != c


def test_the_span_holds_the_damage(batches):
    """Spot checks that the marked span is the artifact itself, per rule."""
    for inj in batches["repeated-word"]:
        words = re.findall(r"[A-Za-z.'’]+", inj.evidence.lower())
        assert len(words) >= 2 and words[0] == words[-1], inj.evidence
    for inj in batches["untranslated-hangul"]:
        assert re.search(r"[\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff\uff01-\uff5e]", inj.evidence)
    for inj in batches["literal-date"]:
        assert re.search(r"\d{1,2}(st|nd|rd|th)\b", inj.evidence)
    for inj in batches["byline-residue"]:
        assert "@" in inj.evidence or re.search(r"Reporter|End|끝|Subscribe|Naver|Newsis|KakaoTalk|Correspondent|Follow|▶", inj.evidence, re.I)
    for inj in batches["number-mismatch"]:
        assert re.search(r"\d", inj.evidence) and inj.record.source
    for inj in batches["untranslated-segment"]:
        assert len(HANGUL_RE.findall(inj.evidence)) > len(inj.evidence) // 4
    for inj in batches["garbled-headline"]:
        assert inj.record.has_headline and inj.start == 0
        assert "\n" not in inj.evidence
    for inj in batches["mixed-quote-style"]:
        assert inj.evidence[0] in "\"'“‘" and inj.evidence[-1] in "\"'”’"
        assert inj.evidence[0] + inj.evidence[-1] not in ('""', "''", "“”", "‘’")
    for inj in batches["name-romanization"]:
        wrong = {v for row in inject.glossary_rows() for v in row[2]}
        assert inj.evidence in wrong


def test_number_mismatch_is_off_by_a_power_of_ten(corpus):
    rng = random.Random(5)
    for _ in range(50):
        ko, pre, amt, post, form = inject.synth_number_pair(rng)
        k = int(form.rsplit("x10^", 1)[1])
        assert k != 0
        kval = [inject.ko_value(t) for t in inject.KO_NUM_RE.findall(ko)]
        kval = [v for v in kval if v]
        m = inject.EN_AMT_RE.search(amt)
        en = float(m.group(1).replace(",", "")) * inject.MAG.get(m.group(2) or "", 1)
        assert kval and abs(en / float(kval[0]) - 10 ** k) < 1e-6 * 10 ** k, (ko, amt)


def test_korean_amount_parser():
    assert inject.ko_value("1억1천만") == 110_000_000
    assert inject.ko_value("12조3천억") == 12_300_000_000_000
    assert inject.ko_value("2만5000") == 25_000
    assert inject.ko_value("1.5억") == 150_000_000
    assert inject.ko_value("천만") == 10_000_000
    assert inject.ko_value("300") is None

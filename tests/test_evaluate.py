"""``run_eval`` end to end on a tiny MQM file, language model off."""
import json
import math

import pandas as pd
import pytest

from tqcheck.config import Config
from tqcheck.evaluate import format_eval, run_eval, span_scores
from tqcheck.io.errors import InputError

HEADER = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n"
REF1 = "The committee approved the budget on Monday."
REF2 = "Prices rose sharply last year."
ROWS = [
    f"ref\tt1\t1\t1\tr1\t委员会周一批准了预算。\t{REF1}\tNo-error\tNo-error",
    f"ref\tt1\t2\t2\tr1\t去年物价大幅上涨。\t{REF2}\tNo-error\tNo-error",
    "good\tt1\t1\t1\tr1\t委员会周一批准了预算。\tThe committee approved the budget on Monday.\tNo-error\tNo-error",
    "good\tt1\t2\t2\tr1\t去年物价大幅上涨。\tPrices rose sharply last year.\tNo-error\tNo-error",
    "mid\tt1\t1\t1\tr1\t委员会周一批准了预算。\tThe committee <v>passed</v> the budget Monday.\tStyle/Awkward\tMinor",
    "mid\tt1\t2\t2\tr1\t去年物价大幅上涨。\tPrices rose sharply last year<v> .</v>\tFluency/Punctuation\tMinor",
    "bad\tt1\t1\t1\tr1\t委员会周一批准了预算。\tA <v>board okayed money</v> .. on Monday\tAccuracy/Mistranslation\tMajor",
    "bad\tt1\t1\t1\tr1\t委员会周一批准了预算。\tA board okayed money <v>..</v> on Monday\tFluency/Punctuation\tMinor",
    "bad\tt1\t2\t2\tr1\t去年物价大幅上涨。\t<v>Price go up</v> year.\tAccuracy/Mistranslation\tMajor",
]


@pytest.fixture
def mqm_file(tmp_path):
    path = tmp_path / "tiny.tsv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_run_eval_with_reference(mqm_file, tmp_path):
    out = tmp_path / "out"
    res = run_eval(mqm_file, Config(lm=False, progress=False), reference_system="ref",
                   out_dir=out)
    assert len(res.segments) == 6 and set(res.segments["system"]) == {"good", "mid", "bad"}
    metrics = list(res.correlations["metric"])
    assert "fluency" not in metrics  # all NaN with the LM off
    assert {"quality", "penalty", "chrf", "bleu"} <= set(metrics)
    chrf = res.correlations.set_index("metric").loc["chrf"]
    # good = reference (chrF 100, MQM 0) > mid > bad on both items and systems
    assert chrf["item_kendall"] > 0.8  # "year ." ties "year." on chrF, not on MQM
    assert chrf["sys_accuracy"] == pytest.approx(1.0)
    assert chrf["seg_kendall"] > 0.5
    good = res.segments[res.segments["system"] == "good"]
    assert (good["chrf"] == 100).all() and (good["mqm"] == 0).all()
    bad = res.segments[res.segments["system"] == "bad"].set_index("seg_id")
    assert bad.loc["1", "mqm"] == pytest.approx(5.1)
    q = res.correlations.set_index("metric").loc["quality"]
    assert q["item_kendall"] > 0
    for name in ("eval.csv", "eval_segments.csv", "eval.json"):
        assert (out / name).is_file()
    table = pd.read_csv(out / "eval.csv")
    assert list(table.columns[:3]) == ["metric", "segments", "seg_pearson"]
    info = json.loads((out / "eval.json").read_text(encoding="utf-8"))
    assert info["reference_system"] == "ref" and info["segments"] == 6
    assert info["punctuation"]["annotated"] == 2
    assert "chrF" in format_eval(res) or "chrf" in format_eval(res)


def test_run_eval_without_reference_evaluates_all_systems(mqm_file):
    res = run_eval(mqm_file, Config(lm=False, progress=False))
    assert len(res.segments) == 8
    assert "chrf" not in set(res.correlations["metric"])
    assert res.segments["chrf"].isna().all()


def test_unknown_reference_system(mqm_file):
    with pytest.raises(InputError, match="refX"):
        run_eval(mqm_file, Config(lm=False, progress=False), reference_system="refX")


def test_span_scores_overlap():
    pred = {"a": [(3, 5), (10, 11)], "b": [(0, 0)]}
    gold = {"a": [(4, 6)], "b": [(0, 1)], "c": [(2, 3)]}
    s = span_scores(pred, gold)
    assert s["precision"] == pytest.approx(2 / 3)
    assert s["recall"] == pytest.approx(2 / 3)
    assert math.isnan(span_scores({}, gold)["precision"])

"""quality: the documented formula, monotonicity, bands, and the shipped weights file."""
import math

import pytest

from tqcheck import score

W = {"models": {"penalty+chrf": {"w": {"chrf": 10.0}},
                "penalty+fluency": {"w": {"fluency": 2.0}},
                "penalty+fluency+chrf": {"w": {"fluency": 2.0, "chrf": 8.0}}}}


def test_formula_matches_the_docstring():
    # mqm_hat = 4 + 2*(100-90)/100 + 8*(100-50)/100 = 4 + 0.2 + 4.0
    expected = 100 * math.exp(-8.2 / score.TAU)
    assert score.quality(4.0, fluency=90, chrf=50, weights=W) == pytest.approx(expected, abs=0.01)


def test_no_signal_is_penalty_only():
    assert score.quality(0.0, weights=W) == 100.0
    assert score.quality(25.0, weights=W) == pytest.approx(100 * math.exp(-1), abs=0.01)


def test_perfect_fluency_and_chrf_add_nothing():
    assert score.quality(0.0, fluency=100, chrf=100, weights=W) == 100.0


@pytest.mark.parametrize("kw", [{}, {"fluency": 70}, {"chrf": 40}, {"fluency": 70, "chrf": 40}])
def test_decreasing_in_penalty(kw):
    qs = [score.quality(p, weights=W, **kw) for p in (0, 1, 5, 20, 100)]
    assert all(a > b for a, b in zip(qs, qs[1:]))


@pytest.mark.parametrize("feature", ["fluency", "chrf"])
def test_increasing_in_fluency_and_chrf(feature):
    other = {"chrf": 60} if feature == "fluency" else {"fluency": 80}
    qs = [score.quality(2.0, weights=W, **{feature: v}, **other) for v in (0, 30, 60, 90, 100)]
    assert all(a < b for a, b in zip(qs, qs[1:]))


def test_missing_model_falls_back_without_fluency():
    only_chrf = {"models": {"penalty+chrf": {"w": {"chrf": 10.0}}}}
    assert score.quality(0, fluency=10, chrf=50, weights=only_chrf) == \
        score.quality(0, chrf=50, weights=only_chrf)


def test_shipped_weights_are_fitted_monotone_and_versioned():
    data = score.load_weights()
    assert {"penalty+chrf", "penalty+fluency", "penalty+fluency+chrf"} <= set(data["models"])
    for model in data["models"].values():
        assert all(w >= 0 for w in model["w"].values())
    assert len(data["fitted_on"]["sha256"]) == 64 and data["tqcheck_version"]
    assert "LM on" in data["cv"] and "LM off" in data["cv"]


def test_negative_weight_rejected(tmp_path):
    bad = tmp_path / "w.json"
    bad.write_text('{"models": {"penalty+chrf": {"w": {"chrf": -1}}}}')
    with pytest.raises(ValueError, match="bad weight"):
        score.load_weights(str(bad))


def test_bands():
    assert [score.band(q, 80, 50) for q in (80, 79.99, 50, 49.99)] == \
        ["pass", "review", "review", "fail"]

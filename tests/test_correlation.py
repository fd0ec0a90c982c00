"""Correlation code on small tables with known answers, cross-checked with scipy."""
import math

import numpy as np
import pytest
from scipy import stats

from tqcheck import correlation as corr


def test_pearson_known_and_scipy():
    assert corr.pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert corr.pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    x, y = [1, 2, 3, 4, 5], [2, 1, 4, 3, 5]
    assert corr.pearson(x, y) == pytest.approx(stats.pearsonr(x, y)[0])
    assert math.isnan(corr.pearson([1, 1, 1], [1, 2, 3]))


def test_pearson_drops_nan_pairs():
    assert corr.pearson([1, 2, float("nan"), 3], [1, 2, 100, 3]) == pytest.approx(1.0)


def test_kendall_known_answers():
    # 3 concordant, 0 discordant / 3 pairs
    assert corr.kendall([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    # pairs: (1,2) C, (1,3) C, (2,3) D -> 1/3
    assert corr.kendall([1, 2, 3], [1, 3, 2]) == pytest.approx(1 / 3)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_kendall_b_and_c_match_scipy_with_ties(seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 4, 60).astype(float)
    y = (x + rng.integers(0, 3, 60)).astype(float)
    assert corr.kendall(x, y, "b") == pytest.approx(stats.kendalltau(x, y, variant="b")[0])
    assert corr.kendall(x, y, "c") == pytest.approx(stats.kendalltau(x, y, variant="c")[0])


def test_kendall_bad_variant():
    with pytest.raises(ValueError):
        corr.kendall([1, 2], [1, 2], "a")


def test_item_kendall_mean_and_pooled():
    # item a: perfect agreement (tau 1); item b: perfect disagreement (-1);
    # item c: humans tie everything -> no information, skipped
    x = [1, 2, 3, 1, 2, 3, 1, 2, 3]
    y = [1, 2, 3, 3, 2, 1, 5, 5, 5]
    g = ["a"] * 3 + ["b"] * 3 + ["c"] * 3
    assert corr.item_kendall(x, y, g) == pytest.approx(0.0)
    assert corr.item_kendall(x[:6] + [1, 2, 3], [1, 2, 3, 1, 3, 2, 1, 2, 3], g) == \
        pytest.approx((1 + 1 / 3 + 1) / 3)
    # pooled: (3 + 1 + 3) / sqrt(9 * 9) = 7/9
    assert corr.item_kendall(x[:6] + [1, 2, 3], [1, 2, 3, 1, 3, 2, 1, 2, 3], g,
                             average="pooled") == pytest.approx(7 / 9)


@pytest.mark.parametrize("seed", [3, 4])
def test_item_kendall_equals_mean_of_scipy_per_group(seed):
    rng = np.random.default_rng(seed)
    groups = np.repeat(np.arange(20), 6)
    x = rng.integers(0, 5, len(groups)).astype(float)
    y = rng.integers(0, 3, len(groups)).astype(float)
    taus = []
    for gid in range(20):
        m = groups == gid
        t = stats.kendalltau(x[m], y[m])[0]
        if not np.isnan(t):
            taus.append(t)
    assert corr.item_kendall(x, y, groups) == pytest.approx(np.mean(taus))


def test_system_level():
    # system means: x a=1 b=2 c=3, y a=1 b=3 c=2
    x = [0, 2, 2, 2, 3, 3]
    y = [1, 1, 3, 3, 2, 2]
    s = ["a", "a", "b", "b", "c", "c"]
    assert corr.system_pearson(x, y, s) == pytest.approx(stats.pearsonr([1, 2, 3], [1, 3, 2])[0])
    assert corr.pairwise_accuracy(x, y, s) == pytest.approx(2 / 3)
    # a tie on the metric side only is a disagreement
    assert corr.pairwise_accuracy([1, 1], [1, 2], ["a", "b"]) == 0.0
    assert corr.pairwise_accuracy([1, 1], [2, 2], ["a", "b"]) == 1.0

"""Fit the English/Korean length model used by ``length-mismatch`` (TQ602).

Reads aligned Korean/English news sentence pairs (default: the Korean-English news parallel
corpus dev split in ``../shared/data``) and fits, by least squares on the pairs within 3
robust sds (the corpus holds a few misaligned lines),

    log(en chars) = A + B * log(ko weight)          (``ko_weight`` in tqcheck/rules/source.py)
    sd(weight)**2 = S0**2 + C / weight               (robust sd per length bin)

then prints the fit, the per-bin spread, and the tail quantiles of z = residual / sd with the
model currently in ``tqcheck/rules/source.py`` (LENGTH_* and Z_* constants), and how many
clean pairs beyond -Z_CUT stop mid-sentence (the narrower band for cut English).  Writes the
per-pair table to ``bench/out/length_ratio.csv``.

    .venv/bin/python bench/calibrate_length.py [KO_FILE EN_FILE]
    .venv/bin/python bench/calibrate_length.py --check    # the rule's firings on clean pairs

``--check`` runs ``length-mismatch`` on the clean pairs as one-line records and as records of
3-5 consecutive pairs joined by a space and by a newline (both sides), and prints how often it
fires per 100 sentences (every firing there is a false alarm, or a defect of the corpus).
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
BINS = (5, 12, 20, 30, 40, 55, 75, 100, 1000)


def robust_sd(x) -> float:
    return 1.4826 * float(np.median(np.abs(x - np.median(x))))


def cut_off(S, ko: str, en: str) -> bool:
    """The rule's test (``_cut``) for a one-line pair: English stopped mid-sentence."""
    ko, en = ko.strip(), en.strip()
    ko_unit = S.Unit(0, len(ko), S.ko_weight(ko))
    en_unit = S.Unit(0, len(en), S.char_len(en))
    return S._cut(en, ko, [ko_unit], [en_unit])


def check(ko_lines: list, en_lines: list) -> int:
    import random

    from tqcheck.config import Config
    from tqcheck.engine import RuleContext, make_document, run_rules
    from tqcheck.lang.ko import PACK
    from tqcheck.records import Record
    from tqcheck.rules.registry import get

    rules = [get("length-mismatch")]
    ctx = RuleContext(Config(lm=False), PACK)
    pairs = list(zip(ko_lines, en_lines))
    rng = random.Random(0)
    sizes = []
    i = 0
    while i < len(pairs):
        k = rng.randint(3, 5)
        sizes.append((i, min(i + k, len(pairs))))
        i += k
    setups = [("one line", [(a, a + 1) for a in range(len(pairs))], " ")]
    setups += [(f"3-5 lines joined {j!r}", sizes, j) for j in (" ", "\n")]
    for name, groups, joiner in setups:
        fired = []
        for a, b in groups:
            rec = Record(f"park-{a}", joiner.join(e for _, e in pairs[a:b]),
                         source=joiner.join(k for k, _ in pairs[a:b]), has_headline=False)
            for f in run_rules(make_document(rec, PACK), rules, ctx):
                fired.append((a, f))
        print(f"{name:24} firings {len(fired):3}  per 100 sentences "
              f"{100 * len(fired) / len(pairs):.2f}")
        for a, f in fired:
            print(f"    line {a + 1} [{f.severity}] {f.evidence[:70]!r}: {f.message[:90]}")
    return 0


def main(argv):
    if "--check" in argv:
        argv = [a for a in argv if a != "--check"]
        ko_path = Path(argv[1]) if len(argv) > 2 else DATA / "korean-english-park.dev.ko"
        en_path = Path(argv[2]) if len(argv) > 2 else DATA / "korean-english-park.dev.en"
        return check(ko_path.read_text(encoding="utf-8").splitlines(),
                     en_path.read_text(encoding="utf-8").splitlines())
    ko_path = Path(argv[1]) if len(argv) > 2 else DATA / "korean-english-park.dev.ko"
    en_path = Path(argv[2]) if len(argv) > 2 else DATA / "korean-english-park.dev.en"
    from tqcheck.rules import source as S

    ko_lines = ko_path.read_text(encoding="utf-8").splitlines()
    en_lines = en_path.read_text(encoding="utf-8").splitlines()
    rows = []
    for i, (ko, en) in enumerate(zip(ko_lines, en_lines)):
        w, e = S.ko_weight(ko), S.char_len(en)
        if w >= 5 and e > 0:
            rows.append((i + 1, w, e))
    w = np.array([r[1] for r in rows])
    y = np.log([r[2] for r in rows])
    x = np.log(w)
    b, a = np.polyfit(x, y, 1)
    for _ in range(3):  # refit without the misaligned tail
        r = y - (a + b * x)
        keep = np.abs(r - np.median(r)) < 3 * robust_sd(r)
        b, a = np.polyfit(x[keep], y[keep], 1)
    r = y - (a + b * x)
    print(f"pairs used: {len(rows)} of {len(ko_lines)}; fit A = {a:.3f}, B = {b:.3f} "
          f"(in use: {S.LENGTH_A}, {S.LENGTH_B})")
    print(f"{'weight':>10} {'n':>4} {'robust sd':>9}")
    mids, var = [], []
    for lo, hi in zip(BINS, BINS[1:]):
        m = (w >= lo) & (w < hi)
        if m.sum() >= 10:
            sd = robust_sd(r[m])
            print(f"{lo:>4}-{hi:<5} {m.sum():>4} {sd:9.3f}")
            mids.append(float(np.median(w[m])))
            var.append(sd * sd)
    # var = S0^2 + C / w, least squares in (1, 1/w)
    design = np.column_stack([np.ones(len(mids)), 1 / np.array(mids)])
    (s0sq, c), *_ = np.linalg.lstsq(design, np.array(var), rcond=None)
    print(f"spread fit: S0 = {math.sqrt(max(s0sq, 0)):.3f}, C = {c:.2f} "
          f"(in use: {S.LENGTH_S0}, {S.LENGTH_C})")
    z = np.array([(yy - S.expected_log_len(ww)) / S.length_sd(ww) for ww, yy in zip(w, y)])
    judged = w >= S.MIN_KO_WEIGHT
    q = np.percentile(z[judged], [0.1, 0.5, 1, 50, 99, 99.5, 99.9])
    print("z quantiles (pairs with weight >= MIN_KO_WEIGHT): " + ", ".join(
        f"p{p}={v:+.2f}" for p, v in zip((0.1, 0.5, 1, 50, 99, 99.5, 99.9), q)))
    print(f"beyond -Z_OMISSION ({S.Z_OMISSION}): {(z[judged] < -S.Z_OMISSION).sum()}, "
          f"beyond Z_ADDITION ({S.Z_ADDITION}): {(z[judged] > S.Z_ADDITION).sum()} "
          f"of {judged.sum()}")
    cut = [r[0] for r, zz in zip(rows, z) if r[1] >= S.MIN_KO_WEIGHT and zz < -S.Z_CUT
           and cut_off(S, ko_lines[r[0] - 1], en_lines[r[0] - 1])]
    print(f"beyond -Z_CUT ({S.Z_CUT}) and stopping mid-sentence (EN_CUT_RE): {len(cut)}"
          + (f" (lines {', '.join(map(str, cut))})" if cut else ""))
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "length_ratio.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["line", "ko_weight", "en_chars", "z"])
        wr.writerows((r[0], r[1], r[2], round(float(zz), 3)) for r, zz in zip(rows, z))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

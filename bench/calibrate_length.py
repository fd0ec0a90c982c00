"""Fit the English/Korean length model used by ``length-mismatch`` (TQ602).

Reads aligned Korean/English news sentence pairs (default: the Korean-English news parallel
corpus dev split in ``../shared/data``), computes ``log(len_en / len_ko)`` over characters
without white space for pairs whose Korean side has at least ``MIN_KO_CHARS`` such characters,
and prints the median and the 0.5th / 99.5th percentiles, which
``tqcheck/rules/source.py`` uses as LENGTH_LOG_RATIO_* constants.  Writes the per-pair table
to ``bench/out/length_ratio.csv``.

    .venv/bin/python bench/calibrate_length.py [KO_FILE EN_FILE]
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def main(argv):
    ko_path = Path(argv[1]) if len(argv) > 2 else DATA / "korean-english-park.dev.ko"
    en_path = Path(argv[2]) if len(argv) > 2 else DATA / "korean-english-park.dev.en"
    from tqcheck.rules.source import MIN_KO_CHARS, char_len

    ko_lines = ko_path.read_text(encoding="utf-8").splitlines()
    en_lines = en_path.read_text(encoding="utf-8").splitlines()
    rows = []
    for i, (ko, en) in enumerate(zip(ko_lines, en_lines)):
        k, e = char_len(ko), char_len(en)
        if k >= MIN_KO_CHARS and e > 0:
            rows.append((i + 1, k, e, math.log(e / k)))
    logs = np.array([r[3] for r in rows])
    q = np.percentile(logs, [0.5, 2.5, 50, 97.5, 99.5])
    print(f"pairs used: {len(rows)} of {len(ko_lines)} (Korean side >= {MIN_KO_CHARS} chars)")
    print(f"{'stat':>10} {'log ratio':>10} {'en/ko':>8}")
    for name, v in zip(("p0.5", "p2.5", "median", "p97.5", "p99.5"), q):
        print(f"{name:>10} {v:10.3f} {math.exp(v):8.2f}")
    print(f"{'mean':>10} {logs.mean():10.3f}   sd {logs.std():.3f}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "length_ratio.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["line", "ko_chars", "en_chars", "log_ratio"])
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Throughput of tqcheck's rules (no language model) against proselint, same sentences, one run.

Both tools lint the English of ``shared/data/korean-english-park.dev.en`` (1,000 sentences,
repeated ``--repeat`` times), ``--chunk`` sentences per record / text (default 1), in one process, timed with
``time.perf_counter`` after a warm-up pass (imports, regex compilation and rule loading are
excluded for both).  tqcheck runs every default rule through the engine (segmentation
included) with the aligned Korean as source, so the source-aware rules run too; proselint
runs its default checks through its Python API (``LintFile(...).lint()``).

    .venv/bin/python bench/speed.py                 # writes bench/results/speed.csv
    .venv/bin/python bench/speed.py --repeat 3 --no-source
    .venv/bin/python bench/speed.py --repeat 5 --jobs 2   # also the library call on 2 processes
"""
from __future__ import annotations

import argparse
import csv
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.inject import Corpus  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import RuleContext, make_document, run_rules  # noqa: E402
from tqcheck.lang import get_pack  # noqa: E402
from tqcheck.records import Record  # noqa: E402
from tqcheck.rules.registry import active_rules  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def tqcheck_runner(with_source: bool):
    lang = get_pack("ko")
    try:
        from tqcheck.glossary import load_glossary
        glossary = load_glossary(())
    except ImportError:
        glossary = None
    rules = active_rules()
    ctx = RuleContext(Config(lm=False, progress=False), lang, glossary)

    def run(pairs, chunk: int = 1) -> int:
        n = 0
        for i in range(0, len(pairs), chunk):
            ps = pairs[i:i + chunk]
            rec = Record(doc_id=f"s{i}", target="\n".join(p.en for p in ps),
                         source="\n".join(p.ko for p in ps) if with_source else None,
                         has_headline=False)
            n += len(run_rules(make_document(rec, lang), rules, ctx))
        return n

    return run, len(rules)


def pipeline_runner(with_source: bool, jobs: int):
    """The whole library call (``check_records``: rules on ``jobs`` processes, then pandas
    frames), as a user running ``tqcheck check --no-lm --jobs N`` gets it."""
    from tqcheck.pipeline import check_records

    config = Config(lm=False, progress=False, jobs=jobs)

    def run(pairs, chunk: int = 1) -> int:
        records = []
        for i in range(0, len(pairs), chunk):
            ps = pairs[i:i + chunk]
            records.append(Record(doc_id=f"s{i}", target="\n".join(p.en for p in ps),
                                  source="\n".join(p.ko for p in ps) if with_source else None,
                                  has_headline=False))
        return len(check_records(records, config).findings)

    return run


def proselint_runner():
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    n_checks = len(CheckRegistry().get_all_enabled(DEFAULT["checks"]))

    def run(pairs, chunk: int = 1) -> int:
        n = 0
        for i in range(0, len(pairs), chunk):
            text = "\n".join(p.en for p in pairs[i:i + chunk])
            n += len(LintFile(f"s{i}", text).lint(DEFAULT))
        return n

    return run, n_checks


def timed(fn, pairs, chunk) -> tuple:
    t0 = time.perf_counter()
    found = fn(pairs, chunk)
    return time.perf_counter() - t0, found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="passes over the 1,000 sentences")
    ap.add_argument("--no-source", action="store_true", help="run tqcheck without the Korean")
    ap.add_argument("--chunk", type=int, default=1,
                    help="sentences per text (1: one record per sentence; 20: article-sized)")
    ap.add_argument("--jobs", type=int, default=0,
                    help="also time check_records with the rules on N processes (0: skip)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    pairs = [p for p in Corpus.load().pairs if p.en] * args.repeat
    tq, tq_rules = tqcheck_runner(not args.no_source)
    pl, pl_checks = proselint_runner()
    warm = pairs[:50]
    tq(warm, args.chunk)
    pl(warm, args.chunk)
    tq_s, tq_found = timed(tq, pairs, args.chunk)
    pl_s, pl_found = timed(pl, pairs, args.chunk)
    n = len(pairs)
    rows = [
        {"tool": "tqcheck (rules, no LM)", "checks": tq_rules, "chunk": args.chunk, "sentences": n,
         "seconds": round(tq_s, 3), "sentences_per_s": round(n / tq_s, 1), "findings": tq_found},
        {"tool": "proselint 0.16 (default checks)", "checks": pl_checks, "chunk": args.chunk,
         "sentences": n,
         "seconds": round(pl_s, 3), "sentences_per_s": round(n / pl_s, 1), "findings": pl_found},
    ]
    if args.jobs:
        pipe = pipeline_runner(not args.no_source, args.jobs)
        pipe(warm, args.chunk)
        pp_s, pp_found = timed(pipe, pairs, args.chunk)
        rows.insert(1, {"tool": f"tqcheck check_records, {args.jobs} processes", "checks": tq_rules,
                        "chunk": args.chunk, "sentences": n, "seconds": round(pp_s, 3),
                        "sentences_per_s": round(n / pp_s, 1), "findings": pp_found})
    ratio = (n / tq_s) / (n / pl_s)
    print(f"{'tool':32} {'checks':>6} {'sentences':>9} {'seconds':>8} {'sent/s':>9} {'findings':>8}")
    for r in rows:
        print(f"{r['tool']:32} {r['checks']:>6} {r['sentences']:>9} {r['seconds']:>8} "
              f"{r['sentences_per_s']:>9} {r['findings']:>8}")
    print(f"tqcheck / proselint throughput: {ratio:.1f}x (target >= 10x)  "
          f"[{platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}]")
    if args.jobs:
        print(f"check_records with {args.jobs} processes / proselint (one process): "
              f"{(n / pp_s) / (n / pl_s):.1f}x")
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        with open(RESULTS / "speed.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) + ["ratio"])
            w.writeheader()
            for r in rows:
                w.writerow({**r, "ratio": round(ratio, 2)})
        print(f"wrote {RESULTS / 'speed.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

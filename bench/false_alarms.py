"""False alarms on English that experts found no error in: the WMT21 TED MQM segments.

``../shared/data/mqm_ted_zhen.tsv`` holds expert MQM annotations of 15 MT systems' English for
Chinese TED talks.  Segments whose every annotation is ``No-error`` are clean by expert
judgement; the rules (no language model, no source: the source is Chinese) run on each
distinct one, and every finding of severity minor or worse is counted.  This is text the rules
were not written for (talks, not news), so it measures how quiet they stay on good English.
Experts miss some mechanical slips (a space before a comma, ``..``), so not every finding is
a false alarm: ``--show`` prints them to read.

    .venv/bin/python bench/false_alarms.py            # counts per rule
    .venv/bin/python bench/false_alarms.py --show 5   # and up to 5 findings per rule
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import RuleContext, make_document, rules_for, run_rules  # noqa: E402
from tqcheck.glossary import load_glossary  # noqa: E402
from tqcheck.lang import get_pack  # noqa: E402
from tqcheck.records import Record  # noqa: E402

MQM = ROOT.parent / "shared" / "data" / "mqm_ted_zhen.tsv"
SPAN_MARK_RE = re.compile(r"</?v>")


def clean_segments(path: Path = MQM) -> list:
    """The distinct targets whose every MQM row is ``No-error``, sorted."""
    csv.field_size_limit(1 << 30)
    by_segment = collections.defaultdict(list)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            by_segment[(row["system"], row["doc_id"], row["seg_id"])].append(row)
    return sorted({SPAN_MARK_RE.sub("", rows[0]["target"]) for rows in by_segment.values()
                   if all(r["category"] == "No-error" for r in rows)})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N findings per rule")
    args = ap.parse_args(argv)
    texts = clean_segments()
    pack = get_pack("ko")
    config = Config(lm=False, progress=False)
    ctx = RuleContext(config, pack, load_glossary())
    rules = rules_for(config)
    counts = collections.Counter()
    shown = collections.defaultdict(list)
    for i, text in enumerate(texts):
        record = Record(f"ted{i}", text, has_headline=False)
        for f in run_rules(make_document(record, pack), rules, ctx):
            if f.severity != "info":
                counts[f.rule] += 1
                shown[f.rule].append((f.evidence, text))
    total = sum(counts.values())
    print(f"{len(texts)} clean segments; {total} findings (minor or worse), "
          f"{100 * total / max(len(texts), 1):.2f} per 100 segments")
    for rule, n in counts.most_common():
        print(f"{n:5d}  {rule}")
        for evidence, text in shown[rule][:args.show]:
            print(f"         {evidence!r:.40}  in  {text[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score tqcheck's rules on the held-out set (``articles.jsonl``).

For every rule: how many expected artifacts it should find, how many it found (a finding of that
rule whose span overlaps the first occurrence of the expected evidence), recall, and false alarms
(findings of minor or worse severity that overlap no expected evidence of the same rule), per 100
segments of the clean records and overall.  Expected entries marked ``"optional": true`` are
acceptable findings: they are not counted in recall, and findings on them are not false alarms.

    .venv/bin/python bench/heldout/score.py [--show] [--articles FILE] [--out FILE]

Writes ``results.csv`` (one row per rule plus ``TOTAL``) and ``details.csv`` (every miss and false
alarm) next to this file.  Exits with 2 when an evidence string is not in its target.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from tqcheck.config import Config
from tqcheck.pipeline import check_records
from tqcheck.records import Record

HERE = Path(__file__).resolve().parent
GATED = {"minor", "major", "critical"}
NOT_SCORED = {"low-fluency", "rule-crashed"}


def load(path: Path) -> list:
    rows, errors, seen = [], [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        rid = row.get("id")
        if not rid or rid in seen:
            errors.append(f"line {n}: missing or duplicate id {rid!r}")
        seen.add(rid)
        target = row.get("target")
        if not isinstance(target, str) or not target:
            errors.append(f"{rid}: empty target")
            continue
        for e in row.get("expected", []):
            ev = e.get("evidence", "")
            start = target.find(ev) if ev else -1
            if start < 0:
                errors.append(f"{rid}: evidence for {e.get('rule')} not in target: {ev!r}")
                continue
            e["start"], e["end"] = start, start + len(ev)
            if target.count(ev) > 1:
                print(f"warning: {rid}: evidence {ev!r} occurs {target.count(ev)} times; "
                      "the first occurrence is used", file=sys.stderr)
        rows.append(row)
    if errors:
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        sys.exit(2)
    return rows


def overlaps(fs: int, fe: int, es: int, ee: int) -> bool:
    if fs == fe:  # an empty span (an insertion point) counts when it touches the evidence
        return es <= fs <= ee
    return fs < ee and es < fe


def score(rows: list) -> tuple:
    records = [Record(r["id"], r["target"], r.get("source") or None, r.get("reference") or None,
                      has_headline="\n" in r["target"]) for r in rows]
    report = check_records(records, Config(lm=False, progress=False))
    known = set(report.summary["rule"])
    for r in rows:
        for e in r["expected"]:
            if e["rule"] not in known:
                print(f"warning: {r['id']}: unknown rule {e['rule']!r}", file=sys.stderr)

    findings = report.findings
    by_doc = {d: g for d, g in findings.groupby("doc_id")} if len(findings) else {}
    seg_counts = report.segments.groupby("doc_id").size().to_dict()
    clean_ids = {r["id"] for r in rows if not any(not e.get("optional") for e in r["expected"])}
    n_seg_clean = sum(seg_counts.get(i, 0) for i in clean_ids)
    n_seg_all = sum(seg_counts.values())

    rules = sorted((known - NOT_SCORED) | {e["rule"] for r in rows for e in r["expected"]})
    stat = {rule: {"expected": 0, "hits": 0, "hits_gated": 0, "fa": 0, "fa_clean": 0,
                   "fa_on_damage": 0} for rule in rules}
    details = []
    for r in rows:
        rid = r["id"]
        f = by_doc.get(rid)
        f = f.to_dict("records") if f is not None else []
        for e in r["expected"]:
            if e.get("optional"):
                continue
            st = stat[e["rule"]]
            st["expected"] += 1
            match = [x for x in f if x["rule"] == e["rule"]
                     and overlaps(x["start"], x["end"], e["start"], e["end"])]
            if match:
                st["hits"] += 1
                if any(x["severity"] in GATED for x in match):
                    st["hits_gated"] += 1
            else:
                others = sorted({x["rule"] for x in f
                                 if overlaps(x["start"], x["end"], e["start"], e["end"])})
                details.append({"kind": "miss", "rule": e["rule"], "id": rid,
                                "evidence": e["evidence"], "severity": "",
                                "message": ("flagged instead by: " + ", ".join(others))
                                if others else ""})
        for x in f:
            if x["severity"] not in GATED or x["rule"] in NOT_SCORED:
                continue
            same = [e for e in r["expected"] if e["rule"] == x["rule"]
                    and overlaps(x["start"], x["end"], e["start"], e["end"])]
            if same:
                continue
            on_damage = any(overlaps(x["start"], x["end"], e["start"], e["end"])
                            for e in r["expected"])
            st = stat.setdefault(x["rule"], {"expected": 0, "hits": 0, "hits_gated": 0, "fa": 0,
                                             "fa_clean": 0, "fa_on_damage": 0})
            st["fa"] += 1
            st["fa_clean"] += rid in clean_ids
            st["fa_on_damage"] += on_damage
            details.append({"kind": "false-alarm", "rule": x["rule"], "id": rid,
                            "evidence": x["evidence"], "severity": x["severity"],
                            "message": x["message"] + (" [on other damage]" if on_damage else "")})

    out = []
    for rule in sorted(stat):
        st = stat[rule]
        out.append({"rule": rule, **st})
    df = pd.DataFrame(out)
    total = df.drop(columns="rule").sum().to_dict()
    df = pd.concat([df, pd.DataFrame([{"rule": "TOTAL", **total}])], ignore_index=True)
    df["recall"] = (df["hits"] / df["expected"]).where(df["expected"] > 0).round(3)
    df["recall_gated"] = (df["hits_gated"] / df["expected"]).where(df["expected"] > 0).round(3)
    df["fa_per_100_seg_clean"] = (100 * df["fa_clean"] / max(n_seg_clean, 1)).round(2)
    df["fa_per_100_seg_all"] = (100 * df["fa"] / max(n_seg_all, 1)).round(2)
    df = df[["rule", "expected", "hits", "recall", "hits_gated", "recall_gated", "fa",
             "fa_clean", "fa_on_damage", "fa_per_100_seg_clean", "fa_per_100_seg_all"]]
    meta = {"records": len(rows), "clean_records": len(clean_ids), "segments": n_seg_all,
            "segments_clean": n_seg_clean}
    return df, pd.DataFrame(details, columns=["kind", "rule", "id", "evidence", "severity",
                                              "message"]), meta


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default=str(HERE / "articles.jsonl"))
    ap.add_argument("--out", default=str(HERE / "results.csv"))
    ap.add_argument("--show", action="store_true", help="list every miss and false alarm")
    args = ap.parse_args(argv)
    rows = load(Path(args.articles))
    df, details, meta = score(rows)
    df.to_csv(args.out, index=False)
    details.to_csv(Path(args.out).with_name("details.csv"), index=False)
    print(f"records {meta['records']} (clean {meta['clean_records']}), segments "
          f"{meta['segments']} (clean {meta['segments_clean']})")
    with pd.option_context("display.width", 200, "display.max_rows", 100):
        print(df.to_string(index=False))
    if args.show:
        for kind in ("miss", "false-alarm"):
            sub = details[details["kind"] == kind]
            print(f"\n{kind}es ({len(sub)}):" if kind == "miss" else f"\n{kind}s ({len(sub)}):")
            for d in sub.itertuples():
                sev = f" [{d.severity}]" if d.severity else ""
                msg = f" -- {d.message}" if d.message else ""
                print(f"  {d.rule:26} {d.id:30} {d.evidence!r}{sev}{msg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

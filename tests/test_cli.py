"""The command line end to end on seeds/ (rules only: --no-lm; the real-model run is in
test_lm_real.py)."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tqcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_09e1b2929afa9eb8.txt"
CLEAN = ROOT / "seeds" / "001_clean_yonhap_style.txt"
FINDING_COLUMNS = ["doc_id", "segment_id", "code", "rule", "category", "severity", "start",
                   "end", "evidence", "message", "suggestion"]


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_check_seed_text_format_exits_1(capsys):
    code, out, err = run(["check", str(SEED), "--no-lm", "-q"], capsys)
    assert code == 1
    lines = [l for l in out.splitlines() if l.startswith(str(SEED))]
    assert lines, out
    # path:line:col: CODE rule message
    path, line, col, rest = lines[0].split(":", 3)
    assert int(line) >= 1 and int(col) >= 1 and rest.strip().startswith("TQ")


def test_clean_article_exits_0(capsys):
    code, out, err = run(["check", str(CLEAN), "--no-lm", "-q", "--fail-on", "minor"], capsys)
    assert code == 0, out


def test_missing_file_exits_2(capsys, tmp_path):
    code, out, err = run(["check", str(tmp_path / "missing.txt"), "--no-lm"], capsys)
    assert code == 2 and "missing.txt" in err and out == ""


def test_malformed_csv_exits_2(capsys, tmp_path):
    bad = tmp_path / "feed.csv"
    bad.write_text("id,target\n1,ok\n2,a,b\n", encoding="utf-8")
    code, out, err = run(["check", str(bad), "--no-lm"], capsys)
    assert code == 2 and "feed.csv" in err and "line 3" in err


def test_unknown_rule_exits_2(capsys):
    code, out, err = run(["check", str(SEED), "--no-lm", "--ignore", "no-such-rule"], capsys)
    assert code == 2 and "no-such-rule" in err


def test_report_bundle_on_seeds(capsys, tmp_path):
    out_dir = tmp_path / "bundle"
    code, out, err = run(["report", str(ROOT / "seeds"), "--no-lm", "-q", "-o", str(out_dir)],
                         capsys)
    assert code == 0, err
    for name in ("findings.csv", "segments.csv", "documents.csv", "summary.csv", "run.json",
                 "report.html"):
        assert (out_dir / name).is_file(), name
    findings = pd.read_csv(out_dir / "findings.csv", keep_default_na=False)
    assert list(findings.columns[:len(FINDING_COLUMNS)]) == FINDING_COLUMNS
    segments = pd.read_csv(out_dir / "segments.csv")
    for col in ("doc_id", "segment_id", "kind", "start", "end", "text", "words", "findings",
                "penalty", "lm_nll", "lm_slor", "fluency", "chrf", "bleu", "ter", "quality",
                "band"):
        assert col in segments.columns, col
    assert segments["lm_nll"].isna().all()  # LM off: present and empty
    documents = pd.read_csv(out_dir / "documents.csv")
    for col in ("doc_id", "path", "headline", "words", "segments", "findings", "critical",
                "major", "minor", "penalty", "penalty_per_100w", "fluency", "chrf", "bleu",
                "ter", "quality", "band"):
        assert col in documents.columns, col
    summary = pd.read_csv(out_dir / "summary.csv")
    assert list(summary.columns[:6]) == ["code", "rule", "category", "severity", "findings",
                                         "documents"]
    run_json = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    assert run_json["version"] and len(run_json["inputs"][0]["sha256"]) == 64
    # evidence is exactly the span of the record's target text
    seed_text = SEED.read_text(encoding="utf-8")
    seed_rows = findings[findings["doc_id"] == SEED.stem]
    assert len(seed_rows) >= 10
    for row in seed_rows.itertuples():
        assert seed_text[row.start:row.end] == row.evidence
    # the clean sample stays clean of anything minor or worse
    clean = findings[findings["doc_id"] == CLEAN.stem]
    assert clean[clean["severity"] != "info"].empty, clean.to_string()
    # a reference exists in the jsonl seed: reference metrics filled for those rows
    assert documents.loc[documents["doc_id"] == "fin-002", "chrf"].notna().all()


SEED_EXPECTED = [
    ("page-boilerplate", "Newsletter"),
    ("garbled-headline", None),
    ("mixed-quote-style", "'"),
    ("photo-credit-residue", "2022.6.22/News 1"),
    ("literal-date", "on the 22nd"),
    ("name-romanization", "Yun Seok-yeol"),
    ("stray-punctuation", ". ."),
    ("doubled-attribution", "He continued"),
    ("byline-residue", "ntiger@news1.kr"),
    ("repeated-word", "Central and central"),
]


@pytest.mark.parametrize("rule,evidence", SEED_EXPECTED)
def test_seed_findings_at_the_right_spans(rule, evidence, capsys):
    code, out, err = run(["check", str(SEED), "--no-lm", "-q", "--format", "jsonl"], capsys)
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    hits = [r for r in rows if r["rule"] == rule]
    assert hits, f"{rule} not found"
    if evidence:
        assert any(evidence in r["evidence"] or r["evidence"] in evidence for r in hits), hits


def test_seed_split_or_unbalanced_quote(capsys):
    code, out, err = run(["check", str(SEED), "--no-lm", "-q", "--format", "jsonl"], capsys)
    text = SEED.read_text(encoding="utf-8")
    at = text.index("“He also mentioned.")
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    assert any(r["rule"] in ("split-attribution", "unbalanced-quote")
               and r["start"] <= at + 1 and r["end"] >= at for r in rows)


def test_config_ignore_and_misspelt_key(tmp_path, capsys):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.tqcheck]\nignore = ["literal-date"]\n', encoding="utf-8")
    code, out, err = run(["check", str(SEED), "--no-lm", "-q", "--format", "jsonl",
                          "--config", str(cfg)], capsys)
    assert not any(json.loads(l)["rule"] == "literal-date" for l in out.splitlines() if l)
    cfg.write_text('[tool.tqcheck]\nignroe = ["literal-date"]\n', encoding="utf-8")
    code, out, err = run(["check", str(SEED), "--no-lm", "--config", str(cfg)], capsys)
    assert code == 2 and "ignroe" in err


def test_rules_and_explain(capsys):
    code, out, err = run(["rules"], capsys)
    assert code == 0 and "unbalanced-quote" in out and "TQ901" in out
    code, out, err = run(["explain", "doubled-attribution"], capsys)
    assert code == 0 and "doubled-attribution" in out and "Examples flagged" in out
    code, out, err = run(["explain", "nonsense"], capsys)
    assert code == 2


def test_no_lm_and_rules_do_not_import_torch():
    code = ("import sys; from tqcheck.cli import main; "
            f"main(['check', {str(SEED)!r}, '--no-lm', '-q', '--format', 'json']); "
            "main(['rules']); "
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, 'torch loaded'")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]


@pytest.mark.parametrize("argv_tail,needle", [
    (["--glossary", "/nonexistent/names.csv"], "names.csv"),
    (["--config", "/"], "directory"),
    (["--columns", "bogus=x"], "bogus"),
])
def test_user_errors_exit_2_without_traceback(argv_tail, needle, capsys):
    code, out, err = run(["check", str(CLEAN), "--no-lm", "-q"] + argv_tail, capsys)
    assert code == 2 and needle in err and "Traceback" not in err


def test_unwritable_output_exits_2(tmp_path, capsys):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = run(["report", str(CLEAN), "--no-lm", "-q", "-o", str(blocker)], capsys)
    assert code == 2 and "afile" in err


def test_segmentation_crash_becomes_a_finding(monkeypatch, capsys):
    import tqcheck.engine as engine

    def broken(record, classify=None):
        raise RuntimeError("segmenter bug")

    monkeypatch.setattr(engine, "segment_record", broken)
    code, out, err = run(["check", str(CLEAN), "--no-lm", "-q", "--format", "jsonl"], capsys)
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    assert any(r["rule"] == "rule-crashed" and "segmenter bug" in r["message"] for r in rows)
    assert code == 1  # rule-crashed is major: a record that was not checked fails the gate


def test_bundle_files_are_readable_by_others(tmp_path, capsys):
    import os
    import stat

    code, out, err = run(["report", str(CLEAN), "--no-lm", "-q", "-o", str(tmp_path / "b")], capsys)
    mode = os.stat(tmp_path / "b" / "findings.csv").st_mode
    assert mode & stat.S_IRGRP and mode & stat.S_IROTH


def test_baseline_round_trip_through_the_cli(tmp_path, capsys):
    article = tmp_path / "a.txt"
    text = SEED.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    base = tmp_path / "baseline.json"
    code, out, err = run(["check", str(article), "--no-lm", "-q", "--write-baseline",
                          str(base)], capsys)
    assert code == 0 and base.is_file()
    args = ["check", str(article), "--no-lm", "-q", "--baseline", str(base), "--format", "jsonl",
            "--fail-on", "minor"]
    code, out, err = run(args, capsys)
    assert code == 0 and out.strip() == ""
    article.write_text("Editor's note: this story was updated on Monday.\n\n" + text,
                       encoding="utf-8")
    code, out, err = run(args, capsys)
    assert code == 0 and out.strip() == "", out
    damaged = text.replace("Minister Park made the following", "Minister Park made the the "
                           "following").replace("30th anniversary", "30th anniversary. .")
    article.write_text("Editor's note: this story was updated on Monday.\n\n" + damaged,
                       encoding="utf-8")
    code, out, err = run(args, capsys)
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    assert code == 1
    assert sorted(r["evidence"] for r in rows) == [". .", "the the"], rows

"""The HTML report: every finding is a mark, text is escaped, nothing loads from the network.

``make_report`` builds a real ``Report`` from records and hand-placed findings through the
lead's ``build_report`` (no rules or language model needed); the XLSX, browser and hostile-text
tests import it from here.
"""
from __future__ import annotations

import html
import math
import re
from collections import namedtuple
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from tqcheck.config import Config
from tqcheck.engine import make_document
from tqcheck.lang import get_pack
from tqcheck.pipeline import Report, build_report, run_info
from tqcheck.records import Finding, Record
from tqcheck.report.html import highlight, render_html, write_html

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_09e1b2929afa9eb8.txt"
FakeRule = namedtuple("FakeRule", "code name category severity")

# (rule, code, category, severity) for hand-placed findings
RULES = {
    "unbalanced-quote": ("TQ101", "Fluency/Punctuation", "major"),
    "mixed-quote-style": ("TQ103", "Fluency/Punctuation", "minor"),
    "stray-punctuation": ("TQ104", "Fluency/Punctuation", "minor"),
    "garbled-headline": ("TQ203", "Fluency/Grammar", "major"),
    "repeated-word": ("TQ204", "Fluency/Grammar", "minor"),
    "doubled-attribution": ("TQ202", "Fluency/Grammar", "minor"),
    "page-boilerplate": ("TQ301", "Other/Residue", "major"),
    "photo-credit-residue": ("TQ302", "Other/Residue", "major"),
    "byline-residue": ("TQ303", "Other/Residue", "minor"),
    "literal-date": ("TQ503", "Locale convention/Date format", "minor"),
    "name-romanization": ("TQ501", "Accuracy/Mistranslation", "critical"),
    "missing-space": ("TQ106", "Fluency/Punctuation", "info"),
}


def place(doc, rule, needle, message, suggestion="", nth=0, severity=None, length=None):
    """A Finding for the ``nth`` occurrence of ``needle`` in ``doc``'s target."""
    code, category, default = RULES[rule]
    start = -1
    for _ in range(nth + 1):
        start = doc.target.index(needle, start + 1)
    end = start + (len(needle) if length is None else length)
    seg = doc.segment_at(start)
    return Finding(doc.doc_id, seg.segment_id if seg else "", code, rule, category,
                   severity or default, start, end, doc.target[start:end], message, suggestion)


def make_report(records, placements, config=Config(lm=False, progress=False),
                fluency=None) -> Report:
    """A Report from ``records`` and ``placements``: ``(doc_id, rule, needle, message,
    suggestion, kwargs)`` tuples.  ``fluency``: optional ``{doc_id: value}`` to fill the
    fluency columns (as the LM would)."""
    pack = get_pack("ko")
    docs = [make_document(r, pack) for r in records]
    by_id = {d.doc_id: d for d in docs}
    findings = []
    for doc_id, rule, needle, message, suggestion, kw in placements:
        findings.append(place(by_id[doc_id], rule, needle, message, suggestion, **kw))
    findings.sort(key=lambda f: ([r.doc_id for r in records].index(f.doc_id), f.start, f.end))
    rules = [FakeRule(c, n, cat, sev) for n, (c, cat, sev) in RULES.items()]
    f_df, s_df, d_df, sum_df = build_report(records, docs, findings, rules, config)
    if fluency:
        d_df["fluency"] = d_df["doc_id"].map(fluency).astype(float)
        s_df["fluency"] = [fluency.get(d, math.nan) - 3 * (i % 4) for i, d in
                           enumerate(s_df["doc_id"])]
    run = run_info(config, "ko", None, None, [{"path": r.path, "sha256": "0" * 64}
                                              for r in records], {"rules_s": 0.01}, 0)
    return Report(f_df, s_df, d_df, sum_df, run, tuple(records), tuple(docs))


def seed_placements():
    s = "seed"
    return [
        (s, "page-boilerplate", "Newsletter", "Site furniture copied with the article.", "", {}),
        (s, "garbled-headline", "Park Jin “Central", "The headline does not read as English.",
         "", {"length": 106}),
        (s, "repeated-word", "Central and central", "“Central” is repeated.", "Central", {}),
        (s, "mixed-quote-style", "‘global backbone'", "Quote opened with ‘ but closed with '.",
         "‘global backbone’", {}),
        (s, "literal-date", "on the 22nd", "A Korean day-of-month date rendered literally.",
         "on June 22", {}),
        (s, "photo-credit-residue", "2022.6.22/News 1 © News1 Reporter Kim Myung-seop",
         "Photo caption credit left in the text.", "", {}),
        (s, "name-romanization", "Yun Seok-yeol", "Non-standard spelling of a known name.",
         "Yoon Suk Yeol", {}),
        (s, "stray-punctuation", "same day. .", "A stray full stop.", "same day.", {}),
        (s, "unbalanced-quote", "“He also", "This quotation mark has no partner.", "",
         {"length": 1}),
        (s, "doubled-attribution", "He continued, “Central Asia is",
         "The quote is attributed twice.", "", {}),
        (s, "byline-residue", "ntiger@news1.kr", "Reporter e-mail left in the text.", "", {}),
        # overlaps: crossing spans and a zero-width insertion point
        (s, "missing-space", "central cooperation", "Crossing span for the test.", "", {}),
        (s, "missing-space", "Minister Park said", "Insertion point.", " ",
         {"length": 0}),
    ]


def seed_report(**kw) -> Report:
    text = SEED.read_text(encoding="utf-8")
    rec = Record("seed", text, path=str(SEED))
    return make_report([rec], seed_placements(), **kw)


class MarkParser(HTMLParser):
    """Collect marks and every external reference the page would load."""

    def __init__(self):
        super().__init__()
        self.marks, self.external, self.scripts, self.ids = [], [], 0, []
        self.depth, self.max_depth = 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "mark":
            self.marks.append(a)
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag == "script":
            self.scripts += 1
        for attr in ("src", "href", "xlink:href", "srcset", "data", "action", "poster"):
            v = a.get(attr)
            if v is not None and not v.startswith("#"):
                self.external.append((tag, attr, v))
        if tag == "link":
            self.external.append((tag, "link", a.get("href")))
        style = a.get("style") or ""
        if "url(" in style and "url(#" not in style:
            self.external.append((tag, "style", style))

    def handle_endtag(self, tag):
        if tag == "mark":
            self.depth -= 1


def parse(page: str) -> MarkParser:
    p = MarkParser()
    p.feed(page)
    p.close()
    return p


def test_every_finding_is_a_mark_with_its_rule():
    report = seed_report()
    page = render_html(report)
    p = parse(page)
    by_fid = {}
    for m in p.marks:
        if "data-finding" in m:
            by_fid.setdefault(int(m["data-finding"]), []).append(m)
    assert len(report.findings) == 13
    for fid, row in report.findings.reset_index(drop=True).iterrows():
        marks = by_fid.get(fid)
        assert marks, f"finding {fid} ({row['rule']}) has no mark"
        assert all(m["data-rule"] == row["rule"] for m in marks)
        assert all(m["data-severity"] == row["severity"] for m in marks)
        expected = row["message"] + (f" → {row['suggestion']}" if row["suggestion"] else "")
        assert marks[0]["title"] == expected
    # the first fragment of each finding is addressable, ids are unique
    assert len(p.ids) == len(set(p.ids))
    assert {f"f{i}" for i in range(13)} <= set(p.ids)


def test_marks_cover_exactly_the_finding_spans():
    """Strip tags from the highlighted text: the text is unchanged, and the text inside each
    finding's marks equals its evidence."""
    report = seed_report()
    doc = report.docs[0]
    rows = list(report.findings.iterrows())
    out = highlight(doc.target, doc.segments, rows)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == doc.target

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.open, self.text = [], {}

        def handle_starttag(self, tag, attrs):
            if tag == "mark":
                self.open.append(int(dict(attrs)["data-finding"]))
            elif tag == "span":
                self.open.append(None)

        def handle_endtag(self, tag):
            self.open.pop()

        def handle_data(self, data):
            for fid in self.open:
                if fid is not None:
                    self.text[fid] = self.text.get(fid, "") + data

    c = Collect()
    c.feed(out)
    for fid, row in rows:
        assert c.text.get(fid, "") == row["evidence"], row["rule"]


def test_crossing_spans_are_split_and_nested():
    target = "aaa bbb ccc ddd"
    Seg = namedtuple("Seg", "segment_id kind start end")
    row = lambda s, e, rule: {"start": s, "end": e, "rule": rule, "code": "TQ1",  # noqa: E731
                              "severity": "minor", "message": rule, "suggestion": ""}
    out = highlight(target, [Seg("s0", "sentence", 0, 15)],
                    [(0, row(0, 7, "a")), (1, row(4, 11, "b")), (2, row(4, 7, "c"))])
    p = parse(out)
    fids = [int(m["data-finding"]) for m in p.marks]
    assert sorted(set(fids)) == [0, 1, 2]
    assert fids.count(1) == 2  # "b" crosses "a": split into two fragments
    assert p.max_depth == 3
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == target


def test_hostile_text_is_escaped_everywhere():
    hostile = ('<script>alert(1)</script> said "x" & \'y\' <img src=x onerror=alert(2)>\n\n'
               'The minister said the deal was done.')
    rec = Record('<b id="x">"evil"</b>', hostile, source="<script>alert(3)</script>",
                 reference="<iframe src=//evil>", path='/tmp/"><script>alert(4)</script>')
    report = make_report([rec], [(rec.doc_id, "missing-space", "<script>", 'msg "<b>"',
                                  "<script>x</script>", {})])
    page = render_html(report)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "<iframe" not in page and '<b id="x">' not in page
    p = parse(page)
    assert p.scripts == 1  # only the page's own script
    assert [m["data-rule"] for m in p.marks if "data-finding" in m] == ["missing-space"]
    assert p.marks[-1]["title"] == 'msg "<b>" → <script>x</script>'  # escaped in the attr


def test_self_contained_no_network():
    page = render_html(seed_report())
    p = parse(page)
    assert p.external == []
    assert "http-equiv=\"Content-Security-Policy\"" in page and "default-src 'none'" in page
    assert "@import" not in page and "<link" not in page.lower()
    assert page.count("<svg") >= 2  # findings by rule + quality distribution


def test_fluency_chart_placeholder_when_lm_off_and_drawn_when_present():
    off = render_html(seed_report())
    assert "No fluency scores in this run" in off
    on = render_html(seed_report(fluency={"seed": 71.0}))
    assert "No fluency scores in this run" not in on
    assert on.count("<svg") == 3
    assert "fluency per sentence" in on


def test_overview_table_sections_and_signature():
    recs = [Record("clean", "A clean headline\n\nThe minister said the talks went well."),
            Record("seed", SEED.read_text(encoding="utf-8"))]
    report = make_report(recs, seed_placements())
    page = render_html(report)
    table = page[page.index('<table id="records"'):page.index("</table>", page.index(
        '<table id="records"'))]
    assert table.count("<tr data-band=") == 2
    # worst first: the seed (many findings) comes before the clean record
    assert table.index(">seed<") < table.index(">clean<")
    assert 'id="run"' in page and "tqcheck 0.1.0" in page.replace("tool</dt><dd>", "")
    assert "metric signatures" in page and "none (no references)" in page


def test_source_and_reference_side_by_side():
    rec = Record("r1", "Seoul headline\n\nThe minister said so.",
                 source="서울 제목\n\n장관이 말했다.", reference="Seoul title\n\nThe minister said it.")
    page = render_html(make_report([rec], []))
    assert 'class="cols n3"' in page
    assert "장관이 말했다." in page and "The minister said it." in page


def test_write_html_is_atomic(tmp_path, monkeypatch):
    report = seed_report()
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    import tqcheck.report.html as mod

    def boom(_):
        raise RuntimeError("render failed")

    monkeypatch.setattr(mod, "render_html", boom)
    with pytest.raises(RuntimeError):
        mod.write_html(out, report)
    assert out.read_text(encoding="utf-8") == "old"
    monkeypatch.undo()
    write_html(out, report)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_empty_report_renders():
    rec = Record("e", "")
    page = render_html(make_report([rec], []))
    assert "No findings: nothing to chart." in page


def test_seed_bundle_end_to_end(tmp_path):
    """The real pipeline on the seed article: every row of findings.csv is a mark with its
    rule in report.html, and the page references nothing external."""
    from tqcheck.pipeline import check_records
    from tqcheck.report.safe import neutralize_frame

    rec = Record(SEED.stem, SEED.read_text(encoding="utf-8"), path=str(SEED))
    report = check_records([rec], Config(lm=False, progress=False))
    assert len(report.findings) >= 5  # the seed is full of MT damage
    neutralize_frame(report.findings).to_csv(tmp_path / "findings.csv", index=False)
    write_html(tmp_path / "report.html", report)
    findings = pd.read_csv(tmp_path / "findings.csv", keep_default_na=False)
    p = parse((tmp_path / "report.html").read_text(encoding="utf-8"))
    rules_by_fid = {}
    for m in p.marks:
        if "data-finding" in m:
            rules_by_fid.setdefault(int(m["data-finding"]), set()).add(m["data-rule"])
    for i, row in findings.iterrows():
        assert rules_by_fid.get(i) == {row["rule"]}, (i, row["rule"])
    assert p.external == []


def test_console_summary(tmp_path):
    from tqcheck.report.summary import console_summary

    recs = [Record("clean", "A clean headline\n\nThe minister said the talks went well."),
            Record("seed", SEED.read_text(encoding="utf-8"))]
    report = make_report(recs, seed_placements())
    write_html(tmp_path / "report.html", report)
    text = console_summary(report, tmp_path)
    lines = text.splitlines()
    assert lines[0] == f"Report bundle: {tmp_path}"
    assert "report.html" in lines[1]
    band = report.documents.set_index("doc_id")["band"]
    assert f"2 records: fail {(band == 'fail').sum()}" in text
    assert "13 findings: 1 critical, 4 major, 6 minor, 2 info" in text
    worst = [ln for ln in lines if ln.startswith("  ") and " seed " in ln]
    assert worst and "missing-space×2" in worst[0]
    assert not any(" clean " in ln for ln in lines)  # a clean pass is not a "worst record"
    assert max(len(ln) for ln in lines) <= 100

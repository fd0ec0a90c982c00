"""Hostile text stays data: CSV-injection neutralization, escaped HTML, no XLSX formulas."""
from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from test_report_html import make_report, parse
from tqcheck.records import Record
from tqcheck.report.html import render_html
from tqcheck.report.safe import neutralize, neutralize_frame

HYPERLINK = '=HYPERLINK("http://x","y")'
HOSTILE_TARGET = f'{HYPERLINK} <script>alert(1)</script> the minister said on Monday.'


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", HYPERLINK])
def test_formula_triggers_get_a_quote(value):
    assert neutralize(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "", " =not first", "'=already", "한국어", 5, -5,
                                   -1.5, None])
def test_everything_else_is_untouched(value):
    assert neutralize(value) == value


def test_neutralize_frame_only_touches_strings():
    df = pd.DataFrame({"text": ["=cmd|' /C calc'!A0", "ok", None], "n": [-1, 2, 3],
                       "x": [-0.5, 1.0, float("nan")], "mixed": ["-2", 3, "@x"]})
    out = neutralize_frame(df)
    assert out["text"].tolist()[:2] == ["'=cmd|' /C calc'!A0", "ok"]
    assert out["text"].isna().tolist() == [False, False, True]
    assert out["n"].tolist() == [-1, 2, 3] and out["n"].dtype == df["n"].dtype
    assert out["x"].tolist()[:2] == [-0.5, 1.0]
    assert out["mixed"].tolist() == ["'-2", 3, "'@x"]
    assert df["text"][0].startswith("=")  # the input frame is not modified


def hostile_report():
    rec = Record("-evil", HOSTILE_TARGET, path="@feed.csv", locator="row 2",
                 has_headline=False)
    return make_report([rec], [
        (rec.doc_id, "missing-space", HYPERLINK, "@Spreadsheet payload.", "+1", {}),
        (rec.doc_id, "missing-space", "<script>alert(1)</script>", "-Script tag.",
         "=1+1", {}),
    ])


def test_hostile_record_html_is_escaped():
    report = hostile_report()
    page = render_html(report)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    p = parse(page)
    assert p.scripts == 1
    assert sorted(m["data-rule"] for m in p.marks if "data-finding" in m) == \
        ["missing-space", "missing-space"]
    assert p.external == []  # the HYPERLINK's URL is text, not a link


def test_hostile_record_csv_cells_are_neutralized(tmp_path):
    report = hostile_report()
    # a finding's evidence, the doc id, the path and messages all start with a trigger
    assert report.findings["evidence"].iloc[0] == HYPERLINK
    for name, frame in (("findings", report.findings), ("documents", report.documents),
                        ("segments", report.segments), ("summary", report.summary)):
        text = neutralize_frame(frame).to_csv(index=False)
        rows = list(csv.reader(io.StringIO(text)))
        cells = [c for row in rows for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], name
        assert not [c for c in cells if c[:1] == "-" and not _is_number(c)], name
        # still readable by pandas without options, numbers still numbers
        back = pd.read_csv(io.StringIO(text))
        assert len(back) == len(frame)
    seg_text = neutralize_frame(report.segments).to_csv(index=False)
    assert "'=HYPERLINK" in seg_text


def test_hostile_record_xlsx_has_no_formulas(tmp_path):
    from openpyxl import load_workbook

    from tqcheck.report.xlsx import write_xlsx

    out = tmp_path / "report.xlsx"
    write_xlsx(out, hostile_report())
    wb = load_workbook(out, rich_text=True)
    seen = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen.append(cell.value)
                    assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    assert "'" + HYPERLINK in seen
    # and the raw XML holds no <f> element at all
    import zipfile

    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True

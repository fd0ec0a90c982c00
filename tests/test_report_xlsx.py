"""report.xlsx: three sheets, frozen headers, filters, band colours, highlighted context."""
from __future__ import annotations

import pytest

from test_report_html import seed_report
from tqcheck.records import Record
from tqcheck.report.xlsx import context_rich_text, write_xlsx

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    report = seed_report()
    path = tmp_path_factory.mktemp("x") / "report.xlsx"
    write_xlsx(path, report)
    return report, openpyxl.load_workbook(path, rich_text=True)


def test_sheets_headers_filters(workbook):
    report, wb = workbook
    assert wb.sheetnames == ["Documents", "Findings", "Summary"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.cell(row=1, column=1).font.b
    docs = wb["Documents"]
    header = [c.value for c in docs[1]]
    assert header == list(report.documents.columns)
    findings = wb["Findings"]
    fheader = [c.value for c in findings[1]]
    assert fheader[:9] == list(report.findings.columns)[:9] and "context" in fheader
    assert findings.max_row == len(report.findings) + 1
    assert findings.auto_filter.ref == f"A1:{findings.cell(1, findings.max_column).column_letter}" \
        f"{len(report.findings) + 1}"


def test_widths_are_sensible(workbook):
    _, wb = workbook
    ws = wb["Findings"]
    widths = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert widths["context"] >= 60
    assert 6 <= widths["code"] <= 12
    assert all(w <= 90 for w in widths.values())


def test_band_cell_is_coloured(workbook):
    report, wb = workbook
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    band_cell = ws.cell(row=2, column=header.index("band") + 1)
    expected = {"pass": "E6F4EA", "review": "FEF1E0", "fail": "FCE8E6"}[band_cell.value]
    assert band_cell.fill.fgColor.rgb.endswith(expected)


def test_numbers_stay_numbers_and_nothing_is_a_formula(workbook):
    report, wb = workbook
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    q = ws.cell(row=2, column=header.index("quality") + 1).value
    assert isinstance(q, float) and q == pytest.approx(report.documents["quality"].iloc[0])
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_context_cell_highlights_the_span(workbook):
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    report, wb = workbook
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    col = header.index("context") + 1
    for i, (_, row) in enumerate(report.findings.iterrows(), 2):
        value = ws.cell(row=i, column=col).value
        assert isinstance(value, CellRichText), row["rule"]
        blocks = [b for b in value if isinstance(b, TextBlock)]
        assert len(blocks) == 1
        block = blocks[0]
        assert block.font.b and block.font.color.rgb.endswith("C5221F")
        expected = row["evidence"].replace("\n", " ⏎ ") or "‸"
        assert block.text == expected
        assert len(str(value)) <= len(row["evidence"]) + 2 * 60 + 10


def test_context_is_clipped_and_neutralized():
    from openpyxl.cell.rich_text import TextBlock

    target = "=SUM(A1) " + "x" * 200
    rt = context_rich_text(target, 0, 8)
    assert isinstance(rt[0], TextBlock) and rt[0].text == "'=SUM(A1)"
    assert str(rt).endswith("…") and len(str(rt)) < 80


def test_atomic_write_leaves_no_temp(tmp_path):
    report = seed_report()
    out = tmp_path / "report.xlsx"
    write_xlsx(out, report)
    write_xlsx(out, report)
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_control_characters_do_not_break_the_file(tmp_path):
    from test_report_html import make_report

    rec = Record("ctl", "Head\x01line\n\nThe minister\x0b said so.")
    out = tmp_path / "r.xlsx"
    write_xlsx(out, make_report([rec], [("ctl", "missing-space", "minister", "m", "", {})]))
    wb = openpyxl.load_workbook(out)
    assert "\ufffd" in str(wb["Documents"].cell(row=2, column=3).value)

"""The one-screen text summary that ``tqcheck report`` prints after writing a bundle.

Where the bundle is (and which files it holds), how many records fell in each band, the
findings by severity, and the worst records with their top rules, so an editor knows where to
start before opening ``report.html``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from tqcheck.records import SEVERITIES
from tqcheck.report import fmt_num, sort_number

WIDTH = 100
WORST = 10


def _short(text, width: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _clip(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


_num = fmt_num


def console_summary(report, bundle_dir, worst: int = WORST) -> str:
    """The summary as text (no trailing newline), at most ``WIDTH`` columns wide."""
    bundle = Path(bundle_dir)
    docs, findings = report.documents, report.findings
    lines = [f"Report bundle: {bundle}"]
    if bundle.is_dir():
        files = sorted(p.name for p in bundle.iterdir()
                       if p.is_file() and not p.name.startswith("."))
        if files:
            lines.append(_short("  " + "  ".join(files), WIDTH))
    if (bundle / "report.html").exists():
        lines.append(f"  open {bundle / 'report.html'}")
    lines.append("")
    bands = Counter(docs["band"].astype(str)) if not docs.empty else Counter()
    n = len(docs)
    band_txt = "   ".join(f"{b} {bands.get(b, 0)} ({100 * bands.get(b, 0) / max(n, 1):.0f}%)"
                          for b in ("fail", "review", "pass"))
    lines.append(f"{n} record{'s' if n != 1 else ''}: {band_txt}")
    sev = Counter(findings["severity"].astype(str)) if not findings.empty else Counter()
    sev_txt = ", ".join(f"{sev[s]} {s}" for s in SEVERITIES if sev.get(s))
    lines.append(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
                 + (f": {sev_txt}" if sev_txt else ""))
    if report.suppressed:
        lines.append(f"({report.suppressed} suppressed by the baseline)")
    if not findings.empty:
        top = Counter(findings["rule"].astype(str)).most_common(5)
        lines.append(_short("top rules: " + ", ".join(f"{r} {c}" for r, c in top), WIDTH))
    if n:
        order = {"fail": 0, "review": 1, "pass": 2}
        ranked = sorted(range(n), key=lambda i: (order.get(docs.iloc[i]["band"], 3),
                                                 sort_number(docs.iloc[i]["quality"]), i))
        ranked = [i for i in ranked if docs.iloc[i]["band"] != "pass"
                  or int(docs.iloc[i]["findings"] or 0)][:worst]
        if ranked:
            lines.append("")
            lines.append("worst records:")
            lines.append(f"  {'band':<7}{'quality':>7}  {'findings':>8}  {'record':<22}top rules")
            by_doc = {k: g for k, g in findings.groupby("doc_id")} if not findings.empty else {}
            for i in ranked:
                row = docs.iloc[i]
                g = by_doc.get(row["doc_id"])
                rules = ""
                if g is not None:
                    rules = ", ".join(f"{r}×{c}" if c > 1 else r for r, c in
                                      Counter(g["rule"].astype(str)).most_common(3))
                line = (f"  {str(row['band']):<7}{_num(row['quality']):>7}  "
                        f"{int(row['findings'] or 0):>8}  {_short(row['doc_id'], 20):<22}{rules}")
                lines.append(_clip(line, WIDTH))
            if n > len(ranked) and len(ranked) == worst:
                lines.append(f"  … see report.html for all {n} records")
    return "\n".join(lines)


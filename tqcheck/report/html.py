"""The editor's report: one self-contained ``report.html`` built from a ``Report``.

What an editor gets, top to bottom: counts by band and severity; charts (findings by rule,
quality distribution, fluency against penalty) drawn server-side as inline SVG; a sortable,
filterable table of records, worst first; then one section per record with its text, every
finding's span wrapped in ``<mark data-rule=… data-severity=… title="message → suggestion">``,
the source and reference side by side when present, a per-sentence fluency strip, and the
record's findings listed with links to their marks; the run's signature closes the page.

Everything that comes from the inputs (text, ids, paths, messages, config values) goes through
``html.escape(..., quote=True)``; the page loads nothing from the network (inline CSS, JS and
SVG, and a Content-Security-Policy that forbids any fetch), so it works offline and a hostile
article cannot turn into markup or pull in a script.

Overlapping findings are nested when one contains the other and split into fragments when
they cross (like HTML's adoption of misnested formatting tags): every finding keeps at least
one ``<mark>``; its first fragment carries ``id="f<N>"`` where ``N`` is the finding's row in
``findings.csv``, later fragments have the class ``cont``.  A zero-width finding (an insertion
point) is an empty ``<mark class="zw">`` that CSS draws as a caret.
"""
from __future__ import annotations

import html
import json
import math
from collections import Counter

import pandas as pd

from tqcheck.records import SEVERITIES
from tqcheck.report import as_number, charts, fmt_num, sort_number

BAND_ORDER = {"fail": 0, "review": 1, "pass": 2}
RESIDUE_KINDS = ("boilerplate", "caption", "byline")
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; font-src data:")


def esc(value) -> str:
    """Escape anything for HTML text or a quoted attribute value; missing values are ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


_num = fmt_num


def _sort_key(value) -> str:
    """``data-sort`` value: numbers as numbers, missing sorts last (ascending)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return esc(value)
    return "" if math.isnan(x) else repr(x)


def _has_values(frame: pd.DataFrame, column: str) -> bool:
    return column in frame and pd.to_numeric(frame[column], errors="coerce").notna().any()


def _title(message, suggestion) -> str:
    message = "" if message is None else str(message)
    if suggestion is None or (isinstance(suggestion, float) and math.isnan(suggestion)):
        suggestion = ""
    return f"{message} → {suggestion}" if str(suggestion) else message


# --------------------------------------------------------------------------- highlighting

class _Span:
    __slots__ = ("key", "start", "end", "open_first", "open_cont")

    def __init__(self, key, start, end, open_first, open_cont):
        self.key, self.start, self.end = key, start, end
        self.open_first, self.open_cont = open_first, open_cont


def _mark_tags(fid: int, row) -> tuple:
    sev = esc(row["severity"])
    attrs = (f'data-rule="{esc(row["rule"])}" data-code="{esc(row["code"])}" '
             f'data-severity="{sev}" data-finding="{fid}" '
             f'title="{esc(_title(row["message"], row["suggestion"]))}"')
    first = f'<mark id="f{fid}" class="m sev-{sev}" {attrs}>'
    cont = f'<mark class="m sev-{sev} cont" {attrs}>'
    return first, cont


def highlight(target: str, segments, findings) -> str:
    """``target`` as HTML with segments as ``<span class="seg">`` and findings as ``<mark>``.

    ``segments`` is an iterable of objects with ``segment_id``, ``kind``, ``start``, ``end``;
    ``findings`` of ``(fid, row)`` where ``row`` has ``start``, ``end``, ``rule``, ``code``,
    ``severity``, ``message``, ``suggestion``.  Every finding gets at least one mark.
    """
    n = len(target)
    seg_spans = []
    for i, seg in enumerate(segments):
        s, e = max(0, int(seg.start)), min(n, int(seg.end))
        if e > s:
            tag = (f'<span class="seg k-{esc(seg.kind)}" data-seg="{esc(seg.segment_id)}">')
            seg_spans.append(_Span(("s", i), s, e, tag, tag))
    mark_spans, zero = [], {}
    for fid, row in findings:
        s = min(max(0, int(row["start"])), n)
        e = min(max(s, int(row["end"])), n)
        first, cont = _mark_tags(fid, row)
        if e > s:
            mark_spans.append(_Span(("f", fid), s, e, first, cont))
        else:
            zero.setdefault(s, []).append(first.replace('class="m ', 'class="m zw ', 1))
    points = sorted({0, n} | {p for sp in seg_spans + mark_spans for p in (sp.start, sp.end)}
                    | set(zero))
    mark_spans.sort(key=lambda sp: (sp.start, -sp.end, sp.key[1]))
    out, stack, opened = [], [], set()
    for a, b in zip(points, points[1:] + [None]):
        if b is None:  # the end of the text: close everything, then end-of-text insertions
            out.append("</mark>" * sum(k[0] == "f" for k in stack) +
                       "</span>" * sum(k[0] == "s" for k in stack))
            stack = []
            out.extend(tag + "</mark>" for tag in zero.get(a, ()))
            break
        active = [sp for sp in seg_spans if sp.start <= a and sp.end >= b]
        active += [sp for sp in mark_spans if sp.start <= a and sp.end >= b]
        keys = [sp.key for sp in active]
        common = 0
        while common < min(len(stack), len(keys)) and stack[common] == keys[common]:
            common += 1
        for key in reversed(stack[common:]):
            out.append("</mark>" if key[0] == "f" else "</span>")
        stack = stack[:common]
        # insertion points sit inside the enclosing segment, before the text that follows
        if a in zero and common == 0 and active and active[0].key[0] == "s":
            out.append(active[0].open_first)
            stack.append(active[0].key)
            common = 1
        out.extend(tag + "</mark>" for tag in zero.pop(a, ()))
        for sp in active[common:]:
            out.append(sp.open_cont if sp.key in opened else sp.open_first)
            opened.add(sp.key)
            stack.append(sp.key)
        out.append(esc(target[a:b]))
    return "".join(out)


# --------------------------------------------------------------------------- page parts

def _band_pill(band) -> str:
    b = esc(band) or "none"
    return f'<span class="pill band-{b}">{b}</span>'


def _sev_counts(row) -> str:
    parts = []
    for sev in ("critical", "major", "minor"):
        count = int(row.get(sev, 0) or 0)
        if count:
            parts.append(f'<span class="cnt sev-{sev}" title="{sev}">{count}</span>')
    return "".join(parts) or '<span class="muted">0</span>'


def _top_rules(frame: pd.DataFrame, k: int = 3) -> str:
    if frame.empty:
        return ""
    counts = Counter(frame["rule"].astype(str))
    return ", ".join(f"{esc(rule)}{' ×' + str(c) if c > 1 else ''}"
                     for rule, c in counts.most_common(k))


def _cards(report) -> str:
    docs, fnd = report.documents, report.findings
    bands = Counter(docs["band"].astype(str)) if not docs.empty else Counter()
    total = max(len(docs), 1)
    cards = [f'<div class="card"><div class="big">{len(docs)}</div>'
             f'<div class="lbl">records</div></div>']
    for band in ("fail", "review", "pass"):
        c = bands.get(band, 0)
        cards.append(f'<div class="card band-{band}-card"><div class="big">{c}</div>'
                     f'<div class="lbl">{band} <span class="muted">'
                     f'{100 * c / total:.0f}%</span></div></div>')
    sev = Counter(fnd["severity"].astype(str)) if not fnd.empty else Counter()
    sev_html = " ".join(f'<span class="cnt sev-{s}">{sev.get(s, 0)}</span>&nbsp;{s}'
                        for s in SEVERITIES if sev.get(s, 0))
    cards.append(f'<div class="card wide"><div class="big">{len(fnd)}</div>'
                 f'<div class="lbl">findings {sev_html}</div></div>')
    if not docs.empty:
        q = pd.to_numeric(docs["quality"], errors="coerce")
        cards.append(f'<div class="card"><div class="big">{_num(q.median())}</div>'
                     f'<div class="lbl">median quality</div></div>')
        words = pd.to_numeric(docs["words"], errors="coerce").sum()
        cards.append(f'<div class="card"><div class="big">{int(words):,}</div>'
                     f'<div class="lbl">words</div></div>')
    return '<div class="cards">' + "".join(cards) + "</div>"


def _charts(report) -> str:
    cfg = (report.run or {}).get("config") or {}
    pass_q = float(cfg.get("pass_quality", 80.0))
    fail_q = float(cfg.get("fail_quality", 50.0))
    docs = report.documents
    if len(docs) >= 5 or report.segments.empty:
        quality, unit = (docs["quality"] if not docs.empty else []), "records"
    else:  # one or two articles: a histogram of records says nothing; show sentences
        segs = report.segments
        quality, unit = segs[segs["kind"].isin(["headline", "sentence"])]["quality"], "sentences"
    panels = [
        ("Findings by rule", charts.findings_by_rule(report.findings),
         "No findings: nothing to chart."),
        ("Quality distribution", charts.quality_distribution(quality, pass_q, fail_q, unit),
         "No quality scores."),
        ("Fluency against penalty", charts.fluency_vs_penalty(docs),
         "No fluency scores in this run (language model off), so there is nothing to plot."),
    ]
    out = []
    for title, svg, empty in panels:
        body = svg or f'<p class="placeholder">{esc(empty)}</p>'
        out.append(f'<figure class="panel"><figcaption>{esc(title)}</figcaption>{body}</figure>')
    return '<div class="charts">' + "".join(out) + "</div>"


def _label(row, rec_by_id) -> str:
    """The record's headline, or (table rows have none) the start of its text."""
    if isinstance(row["headline"], str) and row["headline"]:
        return row["headline"]
    rec = rec_by_id.get(row["doc_id"])
    text = " ".join((rec.target if rec is not None else "").split())
    return text if len(text) <= 110 else text[:109] + "…"


def _headline_html(row, rec_by_id) -> str:
    if isinstance(row["headline"], str) and row["headline"]:
        return esc(row["headline"])
    label = _label(row, rec_by_id)
    return f'<span class="snip">{esc(label)}</span>' if label else \
        '<span class="muted">(empty)</span>'


def _record_table(report, order, anchors, by_doc, rec_by_id) -> str:
    docs = report.documents
    show_fl = _has_values(docs, "fluency")
    show_chrf = _has_values(docs, "chrf")
    heads = [("#", "num"), ("record", "text"), ("headline", "text"), ("band", "band"),
             ("quality", "num"), ("penalty", "num"), ("per 100 w", "num")]
    if show_fl:
        heads.append(("fluency", "num"))
    if show_chrf:
        heads.append(("chrF", "num"))
    heads += [("findings", "num"), ("top rules", "text")]
    th = "".join(f'<th data-type="{t}" tabindex="0" aria-sort="none">{esc(h)}</th>'
                 for h, t in heads)
    rows = []
    for rank, i in enumerate(order, 1):
        row = docs.iloc[i]
        doc_id = row["doc_id"]
        fnd = by_doc.get(doc_id, pd.DataFrame(columns=["rule"]))
        band = esc(row["band"])
        cells = [
            f'<td data-sort="{rank}" class="num muted">{rank}</td>',
            f'<td data-sort="{esc(doc_id)}"><a href="#{anchors[doc_id]}">{esc(doc_id)}</a></td>',
            f'<td class="hl" data-sort="{esc(_label(row, rec_by_id))}">'
            f'{_headline_html(row, rec_by_id)}</td>',
            f'<td data-sort="{BAND_ORDER.get(row["band"], 3)}">{_band_pill(row["band"])}</td>',
            f'<td class="num" data-sort="{_sort_key(row["quality"])}"><b>'
            f'{_num(row["quality"])}</b><span class="qbar"><span class="band-{band}-bg" '
            f'style="width:{_pct(row["quality"])}%"></span></span></td>',
            f'<td class="num" data-sort="{_sort_key(row["penalty"])}">{_num(row["penalty"])}</td>',
            f'<td class="num" data-sort="{_sort_key(row["penalty_per_100w"])}">'
            f'{_num(row["penalty_per_100w"])}</td>',
        ]
        if show_fl:
            cells.append(f'<td class="num" data-sort="{_sort_key(row["fluency"])}">'
                         f'{_num(row["fluency"])}</td>')
        if show_chrf:
            cells.append(f'<td class="num" data-sort="{_sort_key(row["chrf"])}">'
                         f'{_num(row["chrf"])}</td>')
        cells.append(f'<td class="num" data-sort="{int(row["findings"] or 0)}">'
                     f'{_sev_counts(row)}</td>')
        cells.append(f'<td class="rules">{_top_rules(fnd)}</td>')
        rows.append(f'<tr data-band="{band}">{"".join(cells)}</tr>')
    bands = "".join(
        f'<label class="chip fb fb-{b}"><input type="checkbox" data-band="{b}" checked>{b}</label>'
        for b in ("fail", "review", "pass"))
    return (
        '<div class="filters"><input type="search" id="q" placeholder="Filter records: id, '
        'headline, rule…" aria-label="filter records"> '
        f'{bands}<span id="shown" class="muted"></span></div>'
        f'<div class="tablewrap"><table id="records" class="grid"><thead><tr>{th}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>')


def _pct(value) -> str:
    x = as_number(value)
    return "0" if x is None else f"{max(0.0, min(100.0, x)):.0f}"


def _fluency_color(value) -> str:
    """Subtle scale: high fluency is near-transparent, low fluency warms to red."""
    x = max(0.0, min(100.0, float(value)))
    alpha = 0.08 + 0.72 * (1 - x / 100.0) ** 1.5
    return f"rgba(197,34,31,{alpha:.2f})"


def _strip(segs: pd.DataFrame, anchor: str) -> str:
    if segs.empty:
        return ""
    fl = pd.to_numeric(segs["fluency"], errors="coerce")
    use_fluency = fl.notna().any()
    values = fl if use_fluency else pd.to_numeric(segs["quality"], errors="coerce")
    label = "fluency per sentence" if use_fluency else \
        "quality per sentence (no fluency: language model off)"
    cells = []
    for (_, seg), value in zip(segs.iterrows(), values):
        width = max(int(seg["end"]) - int(seg["start"]), 1)
        missing = pd.isna(value)
        color = "#eceff1" if missing else _fluency_color(value)
        tip = f'{seg["segment_id"]} ({seg["kind"]}): ' + (
            "not scored" if missing else f'{"fluency" if use_fluency else "quality"} '
            f'{float(value):.1f}') + f' · {int(seg["findings"] or 0)} findings · ' + \
            str(seg["text"])[:80]
        cells.append(f'<a class="cell" href="#{anchor}" data-seg="{esc(seg["segment_id"])}" '
                     f'style="flex-grow:{width};background:{color}" title="{esc(tip)}"></a>')
    return (f'<div class="strip-wrap"><span class="strip-lbl">{esc(label)}</span>'
            f'<div class="strip">{"".join(cells)}</div></div>')


def _findings_list(fnd: pd.DataFrame, linked: bool) -> str:
    if fnd.empty:
        return '<p class="muted clean">No findings in this record.</p>'
    rows = []
    for fid, row in fnd.iterrows():
        sev = esc(row["severity"])
        evidence = esc(row["evidence"]) or '<span class="muted">(insertion point)</span>'
        if not linked:  # no text to mark in: the mark lives here instead
            evidence = (f'<mark id="f{fid}" class="m sev-{sev}" data-rule="{esc(row["rule"])}" '
                        f'data-severity="{sev}" data-finding="{fid}" '
                        f'title="{esc(_title(row["message"], row["suggestion"]))}">'
                        f'{evidence}</mark>')
        sugg = esc(row["suggestion"])
        sugg_html = (f'<span class="arrow">→</span> <span class="sugg">{sugg}</span>'
                     if sugg else "")
        rows.append(
            f'<tr class="frow" data-target="f{fid}"><td><span class="sevdot sev-{sev}"></span>'
            f'{sev}</td><td><a href="#f{fid}">{esc(row["rule"])}</a> '
            f'<span class="muted">{esc(row["code"])}</span></td>'
            f'<td class="ev">{evidence}</td><td>{esc(row["message"])} {sugg_html}</td></tr>')
    return ('<table class="grid findings"><thead><tr><th>severity</th><th>rule</th>'
            '<th>text</th><th>message</th></tr></thead><tbody>' + "".join(rows) +
            "</tbody></table>")


def _record_section(report, i, anchor, by_doc, docs_by_id, rec_by_id, segs_by_doc) -> str:
    row = report.documents.iloc[i]
    doc_id = row["doc_id"]
    fnd = by_doc.get(doc_id, report.findings.iloc[0:0])
    doc = docs_by_id.get(doc_id)
    rec = doc.record if doc is not None else rec_by_id.get(doc_id)
    segs = segs_by_doc.get(doc_id, report.segments.iloc[0:0])
    if rec is not None:
        seg_objs = doc.segments if doc is not None else list(segs.itertuples())
        body = highlight(rec.target, seg_objs, list(fnd.iterrows()))
    else:
        body = '<span class="muted">(text not available)</span>'
    cols = [f'<div class="col"><h4>Translation</h4><div class="text">{body}</div></div>']
    if rec is not None and rec.source:
        cols.append(f'<div class="col src"><h4>Source</h4>'
                    f'<div class="text" lang="ko">{esc(rec.source)}</div></div>')
    if rec is not None and rec.reference:
        cols.append(f'<div class="col ref"><h4>Reference</h4>'
                    f'<div class="text">{esc(rec.reference)}</div></div>')
    metrics = [f'quality <b>{_num(row["quality"])}</b>',
               f'penalty <b>{_num(row["penalty"])}</b> '
               f'(<b>{_num(row["penalty_per_100w"])}</b>/100 words)',
               f'{int(row["words"] or 0)} words']
    for name, col in (("fluency", "fluency"), ("chrF", "chrf"), ("BLEU", "bleu"),
                      ("TER", "ter")):
        if _has_values(report.documents.iloc[[i]], col):
            metrics.append(f'{name} <b>{_num(row[col])}</b>')
    where = " · ".join(esc(x) for x in (row.get("path"), row.get("locator"),
                                           row.get("system")) if x and not pd.isna(x))
    headline = _headline_html(row, {doc_id: rec} if rec is not None else {})
    is_open = " open" if (row["band"] != "pass" or not fnd.empty) else ""
    return (
        f'<details class="record band-{esc(row["band"])}-edge" id="{anchor}" '
        f'data-band="{esc(row["band"])}"{is_open}>'
        f'<summary><span class="rid">{esc(doc_id)}</span>{_band_pill(row["band"])}'
        f'<span class="rhead">{headline}</span><span class="rsev">{_sev_counts(row)}</span>'
        f'</summary>'
        f'<div class="rbody"><div class="meta">{" · ".join(metrics)}'
        f'{" · <span class=muted>" + where + "</span>" if where else ""}'
        f'<a class="top" href="#overview">↑ overview</a></div>'
        f'{_strip(segs, anchor)}'
        f'<div class="cols n{len(cols)}">{"".join(cols)}</div>'
        f'{_findings_list(fnd, rec is not None)}</div></details>')


def _signature(report) -> str:
    run = report.run or {}
    rows = [("tool", f'{run.get("tool", "tqcheck")} {run.get("version", "")}'),
            ("source language", run.get("source_lang"))]
    model = run.get("model")
    rows.append(("model", _plain(model) if model else "none (language model off)"))
    metrics = run.get("metrics")
    rows.append(("metric signatures", _plain(metrics) if metrics else "none (no references)"))
    if run.get("corpus_metrics"):
        rows.append(("corpus metrics", _plain(run["corpus_metrics"])))
    for item in run.get("inputs") or ():
        rows.append(("input", _plain(item)))
    if run.get("timings"):
        rows.append(("timings", _plain(run["timings"])))
    if run.get("baseline_suppressed"):
        rows.append(("suppressed by baseline", run["baseline_suppressed"]))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
    config = json.dumps(run.get("config") or {}, indent=1, ensure_ascii=False, default=str)
    return (f'<dl class="sig">{dl}</dl><details><summary>effective config</summary>'
            f'<pre>{esc(config)}</pre></details>')


def _plain(value) -> str:
    if isinstance(value, dict):
        return " | ".join(f"{k}:{_plain(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    return "" if value is None else str(value)


def _rules_table(report) -> str:
    s = report.summary
    if s is None or s.empty:
        return ""
    s = s[s["findings"] > 0].sort_values(["findings", "documents"], ascending=False)
    if s.empty:
        return ""
    rows = "".join(
        f'<tr><td>{esc(r["code"])}</td><td>{esc(r["rule"])}</td><td>{esc(r["category"])}</td>'
        f'<td><span class="sevdot sev-{esc(r["severity"])}"></span>{esc(r["severity"])}</td>'
        f'<td class="num">{int(r["findings"])}</td><td class="num">{int(r["documents"])}</td></tr>'
        for _, r in s.iterrows())
    return ('<details class="rulesum"><summary>Rules that fired</summary><table class="grid">'
            '<thead><tr><th>code</th><th>rule</th><th>category</th><th>severity</th>'
            f'<th>findings</th><th>records</th></tr></thead><tbody>{rows}</tbody></table>'
            '</details>')


# --------------------------------------------------------------------------- the page

def render_html(report) -> str:
    """The whole report as one self-contained HTML string."""
    docs = report.documents
    findings = report.findings.reset_index(drop=True)
    by_doc = {k: g for k, g in findings.groupby("doc_id", sort=False)} if not findings.empty \
        else {}
    docs_by_id = {d.doc_id: d for d in (report.docs or ())}
    rec_by_id = {r.doc_id: r for r in (report.records or ())}
    rec_by_id.update({d.doc_id: d.record for d in (report.docs or ())})
    anchors = {doc_id: f"doc-{i}" for i, doc_id in enumerate(docs["doc_id"])}
    # worst first: band, then quality, then input order
    order = sorted(range(len(docs)), key=lambda i: (
        BAND_ORDER.get(docs.iloc[i]["band"], 3), sort_number(docs.iloc[i]["quality"]), i))
    segs_by_doc = {k: g for k, g in report.segments.groupby("doc_id", sort=False)} \
        if not report.segments.empty else {}
    sections = "".join(_record_section(report, i, anchors[docs.iloc[i]["doc_id"]], by_doc,
                                       docs_by_id, rec_by_id, segs_by_doc) for i in order)
    known = set(docs["doc_id"])
    orphans = findings[~findings["doc_id"].isin(known)] if not findings.empty else findings
    orphan_html = ""
    if not orphans.empty:
        orphan_html = ('<section><h2>Findings without a record</h2>' +
                       _findings_list(orphans, False) + "</section>")
    legend = "".join(
        f'<label class="chip"><input type="checkbox" data-sev="{s}" checked>'
        f'<mark class="m sev-{s} legend">{s}</mark></label>' for s in SEVERITIES)
    version = esc((report.run or {}).get("version", ""))
    title = f"tqcheck report · {len(docs)} record{'s' if len(docs) != 1 else ''}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tqcheck {version}">
<title>{esc(title)}</title>
<style>{_CSS}</style></head>
<body>
<header class="bar"><div class="brand">tqcheck <span class="muted">report</span></div>
<nav><a href="#overview">Overview</a><a href="#table">Records</a><a href="#details">Articles</a>
<a href="#run">Run</a></nav>
<div class="legend" title="show or hide highlights by severity">{legend}</div></header>
<main>
<section id="overview"><h1>{esc(title)}</h1>{_cards(report)}{_charts(report)}
{_rules_table(report)}</section>
<section id="table"><h2>Records <span class="muted small">worst first · click a column to
sort</span></h2>{_record_table(report, order, anchors, by_doc, rec_by_id)}</section>
<section id="details"><h2>Articles</h2>
<p class="muted small">Hover a highlight for the message and the suggested fix; click a
finding to jump to it.</p>{sections}</section>
{orphan_html}
<section id="run"><h2>Run signature</h2>{_signature(report)}</section>
</main>
<footer>Generated by tqcheck {version}. Highlights: <b>critical</b>, <b>major</b>,
<b>minor</b>, <b>info</b>. All text from the inputs is shown as text, never as markup.</footer>
<script>{_JS}</script>
</body></html>
"""



def write_html(path, report) -> None:
    """Write ``render_html(report)`` to ``path`` atomically (temp file, then rename)."""
    from tqcheck.io.atomic import atomic_write_text

    atomic_write_text(path, render_html(report))


_CSS = """
:root{--ink:#202124;--muted:#5f6368;--line:#e3e5e8;--bg:#f7f8fa;--card:#fff;
--crit:#b3261e;--major:#e8710a;--minor:#d9a400;--info:#5f8fd6;
--pass:#1e8e3e;--review:#e37400;--fail:#c5221f}
*{box-sizing:border-box}
[id]{scroll-margin-top:64px}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",
"Noto Sans KR","Apple SD Gothic Neo",sans-serif;color:var(--ink);background:var(--bg)}
a{color:#1a4fb8;text-decoration:none}a:hover{text-decoration:underline}
.muted{color:var(--muted)}.small{font-size:12px;font-weight:400}
header.bar{position:sticky;top:0;z-index:10;display:flex;gap:24px;align-items:center;
padding:8px 24px;background:#fff;border-bottom:1px solid var(--line);
box-shadow:0 1px 3px rgba(0,0,0,.04)}
.brand{font-weight:700;font-size:16px;letter-spacing:.2px}
nav a{margin-right:14px;color:var(--ink)}
.legend{margin-left:auto;display:flex;gap:6px;align-items:center}
main{max-width:1400px;margin:0 auto;padding:8px 24px 40px}
h1{font-size:22px;margin:18px 0 12px}h2{font-size:18px;margin:30px 0 10px}
h4{margin:0 0 6px;font-size:12px;text-transform:uppercase;letter-spacing:.6px;color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 16px;
min-width:110px}
.card .big{font-size:26px;font-weight:700;line-height:1.2}.card .lbl{color:var(--muted)}
.card.wide .lbl .cnt{margin-left:6px}
.band-fail-card{border-top:4px solid var(--fail)}.band-review-card{border-top:4px solid var(--review)}
.band-pass-card{border-top:4px solid var(--pass)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:12px;margin-top:14px}
.panel{margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 12px}
.panel figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;max-height:360px}
.placeholder{color:var(--muted);font-style:italic;padding:30px 10px;text-align:center}
.pill{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.band-pass{background:var(--pass)}.band-review{background:var(--review)}.band-fail{background:var(--fail)}
.band-none{background:#9aa0a6}
.band-pass-bg{background:var(--pass)}.band-review-bg{background:var(--review)}.band-fail-bg{background:var(--fail)}
.cnt{display:inline-block;min-width:20px;padding:0 5px;margin-right:3px;border-radius:8px;
font-size:12px;font-weight:600;text-align:center;color:#fff}
.cnt.sev-critical{background:var(--crit)}.cnt.sev-major{background:var(--major)}
.cnt.sev-minor{background:var(--minor)}.cnt.sev-info{background:var(--info)}
.sevdot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px}
.sevdot.sev-critical{background:var(--crit)}.sevdot.sev-major{background:var(--major)}
.sevdot.sev-minor{background:var(--minor)}.sevdot.sev-info{background:var(--info)}
.filters{display:flex;gap:8px;align-items:center;margin:6px 0 8px;flex-wrap:wrap}
.filters input[type=search]{width:320px;padding:6px 10px;border:1px solid #c9ccd1;border-radius:8px;font:inherit}
.chip{display:inline-flex;align-items:center;gap:4px;padding:2px 8px;border:1px solid var(--line);
border-radius:12px;background:#fff;cursor:pointer;font-size:12px}
.chip.fb::before{content:"";width:9px;height:9px;border-radius:50%;background:#9aa0a6}
.chip.fb-pass::before{background:var(--pass)}.chip.fb-review::before{background:var(--review)}
.chip.fb-fail::before{background:var(--fail)}.chip input{margin:0}
.tablewrap{overflow:auto;background:#fff;border:1px solid var(--line);border-radius:10px}
table.grid{border-collapse:collapse;width:100%}
.grid th,.grid td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.grid th{background:#f1f3f4;font-size:12px;text-transform:uppercase;letter-spacing:.4px;
color:var(--muted);position:sticky;top:0;white-space:nowrap}
#records th{cursor:pointer;user-select:none}
#records th[aria-sort=ascending]::after{content:" ▲"}#records th[aria-sort=descending]::after{content:" ▼"}
#records tbody tr:hover{background:#f6f9fe}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.hl{max-width:420px}.snip{color:#4a4f55;font-style:italic}td.rules{color:var(--muted);font-size:12px;max-width:260px}
.qbar{display:block;height:3px;background:#eceff1;border-radius:2px;margin-top:2px}
.qbar span{display:block;height:3px;border-radius:2px}
details.record{background:#fff;border:1px solid var(--line);border-left:5px solid #9aa0a6;
border-radius:10px;margin:12px 0;overflow:hidden}
.band-fail-edge{border-left-color:var(--fail)!important}.band-review-edge{border-left-color:var(--review)!important}
.band-pass-edge{border-left-color:var(--pass)!important}
details.record>summary{cursor:pointer;padding:10px 14px;display:flex;gap:10px;align-items:center;
list-style:none}
details.record>summary::-webkit-details-marker{display:none}
details.record>summary::before{content:"▸";color:var(--muted)}details.record[open]>summary::before{content:"▾"}
.rid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
.rhead{font-weight:600;flex:1}
.rbody{padding:0 16px 14px}
.meta{color:var(--muted);font-size:13px;margin-bottom:8px}.meta b{color:var(--ink)}
.meta .top{float:right}
.strip-wrap{display:flex;align-items:center;gap:8px;margin:4px 0 10px}
.strip-lbl{font-size:11px;color:var(--muted);white-space:nowrap}
.strip{display:flex;flex:1;height:8px;gap:2px}
.strip .cell{display:block;border-radius:2px;min-width:3px}
.strip .cell:hover{outline:2px solid #5f6368}
.cols{display:grid;gap:16px}.cols.n2{grid-template-columns:3fr 2fr}.cols.n3{grid-template-columns:1fr 1fr 1fr}
.col{min-width:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.75;font-size:15px;
background:#fcfcfd;border:1px solid var(--line);border-radius:8px;padding:12px 14px;max-height:70vh;overflow:auto}
.src .text,.ref .text{color:#3c4043;font-size:14px}
.seg.k-headline{font-weight:700;font-size:17px}
.seg.k-boilerplate,.seg.k-caption,.seg.k-byline{color:#6b6f75;font-style:italic}
.seg.hot{background:rgba(26,79,184,.08);border-radius:3px}
mark.m{color:inherit;border-radius:3px;padding:1px 0;border-bottom:2px solid;cursor:help}
mark.sev-critical{background:rgba(179,38,30,.18);border-color:var(--crit)}
mark.sev-major{background:rgba(232,113,10,.18);border-color:var(--major)}
mark.sev-minor{background:rgba(249,200,0,.25);border-color:var(--minor)}
mark.sev-info{background:rgba(95,143,214,.15);border-color:var(--info)}
mark.m mark.m{padding:2px 0;box-shadow:inset 0 -2px 0 rgba(0,0,0,.15)}
mark.m.zw{border:0;border-left:3px solid;padding:2px 0;margin:0 1px;background:none;border-radius:0}
mark.zw::before{content:"\\200b"}
mark.zw.sev-critical{border-color:var(--crit)}mark.zw.sev-major{border-color:var(--major)}
mark.zw.sev-minor{border-color:var(--minor)}mark.zw.sev-info{border-color:var(--info)}
mark.legend{padding:0 6px;font-size:12px;cursor:pointer}
mark.flash{outline:3px solid #1a4fb8;outline-offset:1px}
body.hide-critical mark.sev-critical:not(.legend),body.hide-major mark.sev-major:not(.legend),
body.hide-minor mark.sev-minor:not(.legend),body.hide-info mark.sev-info:not(.legend)
{background:none;border-bottom-color:transparent;box-shadow:none}
table.findings{margin-top:12px;font-size:13px}
table.findings td.ev{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
font-size:12px;max-width:280px;overflow-wrap:anywhere}
tr.frow:hover{background:#f6f9fe;cursor:pointer}
.arrow{color:var(--muted)}.sugg{background:#e6f4ea;border-radius:3px;padding:0 4px;
font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.clean{margin:10px 0 0}
.rulesum{margin-top:12px}.rulesum summary{cursor:pointer;color:var(--muted)}
dl.sig{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;
border:1px solid var(--line);border-radius:10px;padding:12px 16px;font-size:13px}
dl.sig dt{color:var(--muted)}dl.sig dd{margin:0;font-family:ui-monospace,SFMono-Regular,Menlo,
Consolas,monospace;font-size:12px;overflow-wrap:anywhere}
pre{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px;font-size:12px;overflow:auto}
footer{max-width:1400px;margin:0 auto;padding:10px 24px 30px;color:var(--muted);font-size:12px}
@media (max-width:900px){.cols.n2,.cols.n3{grid-template-columns:1fr}}
@media print{header.bar{position:static}details.record{break-inside:avoid}}
"""

_JS = r"""
(function(){
  var table=document.getElementById('records');
  if(table){
    var ths=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(ths,function(th,idx){
      function sort(){
        var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
        Array.prototype.forEach.call(ths,function(o){o.setAttribute('aria-sort','none');});
        th.setAttribute('aria-sort',dir);
        var num=th.getAttribute('data-type')!=='text';
        var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){
          var x=a.cells[idx].getAttribute('data-sort');var y=b.cells[idx].getAttribute('data-sort');
          if(x===null)x=a.cells[idx].textContent;if(y===null)y=b.cells[idx].textContent;
          var r;
          if(num){
            if(x===''&&y==='')r=0;else if(x==='')r=1;else if(y==='')r=-1;
            else r=parseFloat(x)-parseFloat(y);
            if(x===''||y==='')return r;
          }else{r=x.localeCompare(y);}
          return dir==='ascending'?r:-r;
        });
        rows.forEach(function(r){body.appendChild(r);});
      }
      th.addEventListener('click',sort);
      th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
    });
    var q=document.getElementById('q');
    var boxes=document.querySelectorAll('.filters input[data-band]');
    var shown=document.getElementById('shown');
    function filter(){
      var term=q.value.toLowerCase();var bands={};var n=0;
      Array.prototype.forEach.call(boxes,function(b){bands[b.getAttribute('data-band')]=b.checked;});
      Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
        var ok=(bands[r.getAttribute('data-band')]!==false)&&
               (!term||r.textContent.toLowerCase().indexOf(term)>=0);
        r.style.display=ok?'':'none';if(ok)n++;
      });
      Array.prototype.forEach.call(document.querySelectorAll('details.record'),function(d){
        d.style.display=(bands[d.getAttribute('data-band')]===false)?'none':'';
      });
      shown.textContent=n+' of '+table.tBodies[0].rows.length+' shown';
    }
    q.addEventListener('input',filter);
    Array.prototype.forEach.call(boxes,function(b){b.addEventListener('change',filter);});
    filter();
  }
  Array.prototype.forEach.call(document.querySelectorAll('.legend input[data-sev]'),function(b){
    b.addEventListener('change',function(){
      document.body.classList.toggle('hide-'+b.getAttribute('data-sev'),!b.checked);
    });
  });
  function reveal(id){
    var m=document.getElementById(id);if(!m)return;
    var d=m.closest('details');if(d)d.open=true;
    m.scrollIntoView({block:'center'});
    var all=document.querySelectorAll('mark[data-finding="'+m.getAttribute('data-finding')+'"]');
    Array.prototype.forEach.call(all,function(x){x.classList.add('flash');
      setTimeout(function(){x.classList.remove('flash');},1600);});
  }
  Array.prototype.forEach.call(document.querySelectorAll('tr.frow'),function(r){
    r.addEventListener('click',function(e){e.preventDefault();reveal(r.getAttribute('data-target'));});
  });
  Array.prototype.forEach.call(document.querySelectorAll('.strip .cell'),function(c){
    var rec=c.closest('details');
    function segs(){return rec.querySelectorAll('.col:first-child .seg[data-seg="'+
      c.getAttribute('data-seg').replace(/"/g,'\\"')+'"]');}
    c.addEventListener('mouseenter',function(){Array.prototype.forEach.call(segs(),function(s){s.classList.add('hot');});});
    c.addEventListener('mouseleave',function(){Array.prototype.forEach.call(segs(),function(s){s.classList.remove('hot');});});
    c.addEventListener('click',function(e){e.preventDefault();var s=segs()[0];if(s)s.scrollIntoView({block:'center'});});
  });
})();
"""

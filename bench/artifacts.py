"""Recall per rule on injected artifacts, and false alarms per 100 sentences on clean news English.

(a) Clean run: the untouched English of ``shared/data/korean-english-park.dev.*`` (with the
    aligned Korean as source), grouped ``--group`` consecutive lines per record.  Findings whose
    span touches the corpus's own real defects (EUC-KR mojibake such as ``¡¯``, HTML entities
    such as ``&#8212;``) are counted apart as "real defects found"; so are source-comparison
    findings on lines that are sentence fragments (the corpus's misaligned lines).  Everything
    else at severity minor or worse is a false alarm.
(b) Injected run: ``bench/inject.py`` damages clean sentences in many forms; recall for a rule is
    the fraction of injections where that rule fires with a span overlapping the damage.

No language model (``Config(lm=False)``): the rule engine is called directly.

    .venv/bin/python bench/artifacts.py                       # all rules, n=200 each
    .venv/bin/python bench/artifacts.py --rules mojibake literal-date --show-misses 5
    .venv/bin/python bench/artifacts.py --show-false-alarms 10 --n 50

Writes ``bench/results/artifacts.csv`` (one row per rule) and ``bench/results/artifacts_forms.csv``
(recall per injected form), unless ``--no-write``.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.inject import INJECTORS, Corpus, generate  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import RuleContext, make_document, run_rules  # noqa: E402
from tqcheck.lang import get_pack  # noqa: E402
from tqcheck.records import SEVERITY_RANK, Record  # noqa: E402
from tqcheck.rules.registry import active_rules  # noqa: E402

RESULTS = ROOT / "bench" / "results"
DEFECT_RE = re.compile(r"[\u00a1-\u00ff]+|&#?\w+;|&\w+(?=\s)")
"""The corpus's own defects: Latin-1 runs (EUC-KR read as Latin-1) and HTML entities."""
SOURCE_RULES = {"length-mismatch", "number-mismatch", "untranslated-segment"}
QUOTE_RULES = {"unbalanced-quote", "doubled-quote", "mixed-quote-style", "split-attribution"}
TYPO_DEFECT_RE = re.compile(r"``|’’|””|˝|(?:^|\s)”\w|(?:^|\s)\"\"\w")
"""Quote damage in the corpus itself (TeX quotes, doubled or wrong-way curly quotes)."""
KNOWN_DEFECTS = (
    # (rule, evidence fragment, text that must be in the record): true findings on the
    # corpus, checked by hand against the line (and its Korean); errors in the corpus.
    ("number-mismatch", "50,000", "More than 50,000 fishing boats"),       # 50만여척 = 500,000
    ("number-mismatch", "hundreds of millions", "hundreds of millions of euros"),  # 수십억 유로
    ("repeated-word", "relationships relationships", "illegal relationships relationships"),
    ("space-before-punctuation", " ,", "Virgin Media , Orange"),
    ("missing-space", ".", "East Sea.The Korea"),
    ("missing-space", '"', 'Museum"s superb'),                         # " typed for '
    ("missing-space", '"', 'It"s proof'),
    # corpus lines 883/884 and 928 repeat lines 879/881 and 924 (their Korean is unrelated
    # dictionary junk): the English really is doubled
    ("length-mismatch", "Clarkson was working as a hostess", "Clarkson was working as a hostess"),
    ("length-mismatch", "first jury deadlock tended", "first jury deadlock tended"),
    ("length-mismatch", "Brett Favre and the Jets", "Brett Favre and the Jets"),
)


def frag_in_line(record, f, ctx_) -> bool:
    return ctx_ in record.target
SKIP_RULES = {"low-fluency", "rule-crashed"}


class Engine:
    """The rules with one context, run record by record."""

    def __init__(self, select=()):
        self.config = Config(lm=False, progress=False)
        self.lang = get_pack("ko")
        try:
            from tqcheck.glossary import load_glossary
            glossary = load_glossary(())
        except ImportError:  # the glossary module is not there yet
            glossary = None
        self.rules = active_rules(select)
        self.ctx = RuleContext(self.config, self.lang, glossary)

    def run(self, record: Record) -> list:
        return run_rules(make_document(record, self.lang), self.rules, self.ctx)


def overlaps(f, start: int, end: int) -> bool:
    fe = max(f.end, f.start + 1)
    return f.start < max(end, start + 1) and start < fe


# -------------------------------------------------------------------------------------------
# (a) clean corpus


def _quotes_open(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _join(lines: list, joiner: str) -> str:
    """Join lines with ``joiner``, but start a new line after one that does not end a
    sentence (a heading such as ``Testosterone`` or ``3. Arginine`` stays on its own)."""
    out = ""
    for i, line in enumerate(lines):
        if i:
            prev = lines[i - 1].rstrip()
            out += joiner if prev[-1:] in ".!?\"”’)" else "\n"
        out += line
    return out


def clean_records(corpus: Corpus, group: int, joiner: str = " ") -> list:
    """Records of about ``group`` consecutive corpus lines, never cutting a quotation that
    runs over several lines (the corpus is one sentence a line; a multi-sentence quote was
    one paragraph in the article), joined into one paragraph (``joiner`` " ") or one line
    each (``"\n"``)."""
    recs = []
    chunk: list = []

    def flush():
        if chunk:
            i = chunk[0].index
            recs.append(Record(doc_id=f"park-{i:04d}", target=_join([p.en for p in chunk], joiner),
                               source=_join([p.ko for p in chunk], joiner), has_headline=False,
                               locator=f"lines {i + 1}-{i + len(chunk)}"))
            chunk.clear()

    for p in corpus.pairs:
        chunk.append(p)
        text = " ".join(q.en for q in chunk)
        if len(chunk) >= group and (not _quotes_open(text) or len(chunk) >= 3 * group):
            flush()
    flush()
    return recs


def line_at(text: str, offset: int) -> str:
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    return text[a:b if b >= 0 else len(text)]


def _straight_quote_damage(text: str) -> bool:
    """Does ``text`` hold a straight quotation the corpus never closes?  Each ``"`` is an
    opening mark (after a space or bracket, before a non-space) or a closing one; two
    openings in a row, or an odd count, mean a closing mark was lost."""
    roles = []
    for m in re.finditer('"', text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if (before.isspace() or before in "([—-") and not after.isspace():
            roles.append("o")
        elif not before.isspace():
            roles.append("c")
        else:
            roles.append("?")
    return (len(roles) % 2 == 1 or any(a == b for a, b in zip(roles, roles[1:]))
            or text.count("“") != text.count("”"))


def classify_clean(record: Record, f) -> str:
    """``real-defect`` (span on the corpus's mojibake/entities), ``typography`` (a quote rule
    in a record whose quotes are damaged: ````…’’``, ``””…””``, ``”word”``, ``""We``, or a
    straight quotation the corpus never closes), ``known`` (hand-checked
    true findings, ``KNOWN_DEFECTS``), ``info`` or ``false-alarm``."""
    for m in DEFECT_RE.finditer(record.target):
        if m.start() - 1 <= f.start < m.end() + 1 or (f.start <= m.start() < max(f.end, f.start + 1)):
            return "real-defect"
    if f.rule in QUOTE_RULES and (TYPO_DEFECT_RE.search(record.target)
                                  or _straight_quote_damage(record.target)):
        return "typography"  # the corpus's own quote damage, or a quote it never closes
    if any(rule == f.rule and frag in f.evidence and frag_in_line(record, f, ctx_)
           for rule, frag, ctx_ in KNOWN_DEFECTS):
        return "known"
    if f.rule in SOURCE_RULES and line_at(record.target, f.start)[:1].islower() \
            and record.target[f.start:f.start + 1].islower():
        return "known"  # a sentence fragment: the corpus lost the start of the line
    if SEVERITY_RANK[f.severity] < SEVERITY_RANK["minor"]:
        return "info"
    return "false-alarm"


def run_clean(engine: Engine, corpus: Corpus, group: int, joiner: str = " ") -> dict:
    recs = clean_records(corpus, group, joiner)
    out = {"sentences": len(corpus.pairs), "by_rule": defaultdict(Counter),
           "examples": defaultdict(list), "defects": []}
    t0 = time.perf_counter()
    for rec in recs:
        for f in engine.run(rec):
            cls = classify_clean(rec, f)
            out["by_rule"][f.rule][cls] += 1
            out["by_rule"][f.rule][f"{cls}/{f.severity}"] += 1
            if cls in ("real-defect", "typography", "known"):
                out["defects"].append((rec, f, cls))
            else:
                out["examples"][(f.rule, cls)].append((rec, f))
    out["seconds"] = time.perf_counter() - t0
    return out


# -------------------------------------------------------------------------------------------
# (b) injections


def run_injected(engine: Engine, corpus: Corpus, rules: list, n: int, seed: int) -> dict:
    res = {}
    for rule in rules:
        hits, anyhit, misses = 0, 0, []
        forms = defaultdict(Counter)
        for inj in generate(corpus, rule, n, seed):
            fs = engine.run(inj.record)
            ok = any(f.rule == rule and overlaps(f, inj.start, inj.end) for f in fs)
            if ok or any(overlaps(f, inj.start, inj.end) for f in fs):
                anyhit += 1
            form = inj.form
            forms[form]["n"] += 1
            if ok:
                hits += 1
                forms[form]["hit"] += 1
            else:
                misses.append((inj, [f for f in fs if f.rule == rule]))
        res[rule] = {"n": n, "hits": hits, "any": anyhit, "misses": misses, "forms": forms}
    return res


# -------------------------------------------------------------------------------------------


def snippet(text: str, start: int, end: int, width: int = 90) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    s = (("…" if a else "") + text[a:start] + "⟦" + text[start:end] + "⟧" + text[end:b]
         + ("…" if b < len(text) else ""))
    return s.replace("\n", "⏎")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rules", nargs="+", default=None, help="rule names (default: all)")
    ap.add_argument("--n", type=int, default=200, help="injections per rule")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--group", type=int, default=5,
                    help="consecutive corpus lines per clean record (default 5)")
    ap.add_argument("--lines", action="store_true",
                    help="clean records one corpus line per paragraph (default: one paragraph)")
    ap.add_argument("--show-misses", type=int, default=0, metavar="K")
    ap.add_argument("--show-false-alarms", type=int, default=0, metavar="K")
    ap.add_argument("--show-defects", action="store_true", help="list the real defects found")
    ap.add_argument("--no-clean", action="store_true", help="skip the clean-corpus run")
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results/")
    args = ap.parse_args(argv)

    corpus = Corpus.load()
    engine = Engine()
    registered = {r.name for r in engine.rules}
    rules = args.rules or list(INJECTORS)
    unknown = [r for r in rules if r not in INJECTORS]
    if unknown:
        ap.error(f"no injector for: {', '.join(unknown)} (known: {', '.join(INJECTORS)})")

    clean = None if args.no_clean else run_clean(engine, corpus, args.group,
                                                      "\n" if args.lines else " ")
    t0 = time.perf_counter()
    inj = run_injected(engine, corpus, rules, args.n, args.seed)
    inj_s = time.perf_counter() - t0

    rows = []
    all_rules = list(dict.fromkeys(rules + sorted(registered - SKIP_RULES - set(INJECTORS))))
    per100 = 100.0 / clean["sentences"] if clean else 0.0
    for rule in all_rules:
        r = inj.get(rule)
        c = clean["by_rule"].get(rule, Counter()) if clean else Counter()
        rows.append({
            "rule": rule,
            "registered": rule in registered,
            "n": r["n"] if r else 0,
            "hits": r["hits"] if r else 0,
            "recall": round(r["hits"] / r["n"], 3) if r and r["n"] else "",
            "any_rule_recall": round(r["any"] / r["n"], 3) if r and r["n"] else "",
            "false_alarms": c["false-alarm"],
            "false_alarms_per_100": round(c["false-alarm"] * per100, 2) if clean else "",
            "info_per_100": round(c["info"] * per100, 2) if clean else "",
            "real_defects_found": c["real-defect"] + c["typography"] + c["known"],
        })

    print(f"corpus: {len(corpus.pairs)} sentence pairs, {len(corpus.clean)} clean enough to inject into;"
          f" seed {args.seed}, n {args.n} per rule, clean records of {args.group} lines")
    hdr = (f"{'rule':26} {'reg':>3} {'n':>5} {'recall':>7} {'any':>6} {'FA/100':>7} "
           f"{'info/100':>8} {'defects':>7}")
    print(hdr)
    print("-" * len(hdr))
    for row in rows:
        print(f"{row['rule']:26} {'y' if row['registered'] else '-':>3} {row['n']:>5} "
              f"{row['recall'] if row['recall'] != '' else '':>7} {row['any_rule_recall']:>6} "
              f"{row['false_alarms_per_100']:>7} {row['info_per_100']:>8} "
              f"{row['real_defects_found']:>7}")
    if clean:
        fa = sum(r["false_alarms"] for r in rows)
        real = sum(r["real_defects_found"] for r in rows)
        print("-" * len(hdr))
        print(f"{'TOTAL (clean corpus)':26} {'':>3} {'':>5} {'':>7} {'':>6} {fa * per100:>7.2f} "
              f"{'':>8} {real:>7}")
        print(f"clean run: {clean['sentences']} sentences in {clean['seconds']:.2f}s; "
              f"injected run: {sum(r['n'] for r in inj.values())} records in {inj_s:.2f}s")
        low = [r["rule"] for r in rows if r["recall"] != "" and r["recall"] < 0.95]
        print(f"rules below recall 0.95: {', '.join(low) or 'none'}; "
              f"false alarms/100 sentences: {fa * per100:.2f} (target <= 1)")

    if args.show_misses:
        for rule in rules:
            misses = inj[rule]["misses"]
            if not misses:
                continue
            print(f"\n== misses: {rule} ({len(misses)}/{inj[rule]['n']}); by form: " + ", ".join(
                f"{form} {c['n'] - c['hit']}/{c['n']}" for form, c in
                sorted(inj[rule]["forms"].items()) if c["n"] - c["hit"]))
            for injn, found in misses[:args.show_misses]:
                rec = injn.record
                print(f"  [{injn.form}] {snippet(rec.target, injn.start, injn.end)}")
                if rec.source and rule in SOURCE_RULES:
                    print(f"      source: {rec.source[:160]!r}")
                for f in found[:2]:
                    print(f"      (fired elsewhere: {f.start}:{f.end} {f.evidence[:60]!r})")
    if args.show_false_alarms and clean:
        for (rule, cls), exs in sorted(clean["examples"].items()):
            if cls != "false-alarm":
                continue
            print(f"\n== false alarms: {rule} ({len(exs)})")
            for rec, f in exs[:args.show_false_alarms]:
                print(f"  [{f.severity}] {rec.locator}: {f.message[:110]}")
                print(f"      {snippet(rec.target, f.start, f.end, 80)}")
    if args.show_defects and clean:
        print(f"\n== real defects found ({len(clean['defects'])})")
        for rec, f, cls in clean["defects"]:
            print(f"  {rec.locator} {f.rule} [{cls}] {f.evidence[:60]!r}")

    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        with open(RESULTS / "artifacts.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        with open(RESULTS / "artifacts_forms.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["rule", "form", "n", "hits", "recall"])
            for rule in rules:
                for form, c in sorted(inj[rule]["forms"].items()):
                    w.writerow([rule, form, c["n"], c["hit"], round(c["hit"] / c["n"], 3)])
        print(f"wrote {RESULTS / 'artifacts.csv'} and artifacts_forms.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())

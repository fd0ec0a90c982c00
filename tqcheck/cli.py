"""Command line: argument parsing and exit codes only; the work happens in the library.

Exit codes (design note): 0 no finding at or above ``--fail-on``; 1 findings at or above it
(or a record below ``--min-quality`` / above ``--max-penalty``); 2 bad usage or unreadable
input (the message on stderr names the file and what is wrong); 3 interrupted.
"""
from __future__ import annotations

import argparse
import sys

from tqcheck import __version__
from tqcheck.config import COLUMN_ROLES, FAIL_ON_CHOICES, Config, ConfigError, load
from tqcheck.io.errors import InputError
from tqcheck.records import SEVERITIES

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 3
USER_ERRORS = ("ModelNotInstalled", "MissingDependency", "GlossaryError", "CacheError",
               "CalibrationError")
"""Exceptions of optional layers whose message says what to fix (exit 2, no traceback)."""
from tqcheck.io.formats import FORMATS  # noqa: E402  (one list of output formats)


class UsageError(Exception):
    """A command-line problem (exit 2)."""


def _split(values):
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _pairs(values, flag):
    out = []
    for v in values or ():
        for item in v.split(","):
            if not item.strip():
                continue
            if "=" not in item:
                raise UsageError(f"{flag} expects KEY=VALUE, got {item!r}")
            k, val = item.split("=", 1)
            out.append((k.strip(), val.strip()))
    return tuple(out)


def _common(p: argparse.ArgumentParser, inputs: bool = True) -> None:
    if inputs:
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="files or directories to check ('-' reads standard input)")
        p.add_argument("--source", metavar="FILE", help="Korean source text (aligned by line "
                       "when the input has several records)")
        p.add_argument("--reference", metavar="FILE", help="human reference translation "
                       "(aligned by line when the input has several records)")
        p.add_argument("--columns", action="append", metavar="ROLE=COL",
                       help="table column overrides, e.g. target=body,source=orig")
    p.add_argument("--config", metavar="FILE", help="tqcheck.toml or pyproject.toml to use "
                   "(default: nearest one walking up from the working directory)")
    p.add_argument("--select", action="append", metavar="RULES",
                   help="only these rules (names, codes or code prefixes, comma-separated)")
    p.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules")
    p.add_argument("--severity", action="append", metavar="RULE=SEV",
                   help="override a rule's severity (critical|major|minor|info)")
    p.add_argument("--glossary", action="append", metavar="FILE",
                   help="extra name glossary CSV (ko,en,variants_wrong,...)")
    p.add_argument("--source-lang", metavar="LANG", help="source language pack (default: auto)")
    p.add_argument("--baseline", metavar="FILE", help="suppress findings recorded in this "
                   "baseline (or a reviewed findings.csv with a status column)")
    p.add_argument("--lm", dest="lm", action="store_true", default=None,
                   help="score fluency with the language model (default)")
    p.add_argument("--no-lm", dest="lm", action="store_false", help="rules only; loads no torch")
    p.add_argument("--model", metavar="NAME|PATH", help="model card name or local HF model dir")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"))
    p.add_argument("--batch-size", type=int, metavar="TOKENS", help="token budget per LM batch")
    p.add_argument("--lm-context", dest="lm_context", action="store_true", default=None,
                   help="score each sentence after the previous one of its article")
    p.add_argument("--cache", metavar="FILE", help="SQLite cache of LM scores")
    p.add_argument("--fail-on", choices=FAIL_ON_CHOICES,
                   help="lowest severity that fails the run (default: major)")
    p.add_argument("--min-quality", type=float, metavar="Q", help="fail records below quality Q")
    p.add_argument("--max-penalty", type=float, metavar="P", help="fail records above penalty P")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="processes for the rules on large batches (0 = one per core)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tqcheck", description="Check English machine translations of Korean news.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--verbose", action="store_true",
                        help="with --version: also the model signature")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="print findings; exit 1 when any is at or above --fail-on")
    _common(p)
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="write the output here, not stdout")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record the current findings as accepted, then exit 0")

    p = sub.add_parser("report", help="write the report bundle (CSV, HTML, run.json)")
    _common(p)
    p.add_argument("-o", "--output", metavar="DIR", default="reports/latest",
                   help="bundle directory (default: reports/latest)")
    p.add_argument("--xlsx", action="store_true", help="also write report.xlsx")

    sub.add_parser("rules", help="list the rules")
    p = sub.add_parser("explain", help="print a rule's documentation")
    p.add_argument("rule", metavar="RULE", help="rule name or code")

    p = sub.add_parser("models", help="list, install or locate language models")
    p.add_argument("action", choices=("list", "install", "path"))
    p.add_argument("name", nargs="?", default=None, help="model name (default: the config's)")
    p.add_argument("--models-dir", metavar="DIR", help="where installed models live")

    p = sub.add_parser("eval", help="agreement with expert MQM judgments")
    p.add_argument("--mqm", required=True, metavar="FILE.tsv", help="Google-format MQM TSV")
    p.add_argument("--reference-system", metavar="NAME",
                   help="use this system's translations as references (e.g. ref)")
    p.add_argument("-o", "--output", metavar="DIR", help="write eval.csv and eval.json here")
    _common(p, inputs=False)
    return parser


def make_config(args) -> Config:
    """Defaults, then the config file, then the flags that were given."""
    config, _ = load(getattr(args, "config", None))
    changes = {}
    if getattr(args, "select", None):
        changes["select"] = _split(args.select)
    if getattr(args, "ignore", None):
        changes["ignore"] = config.ignore + _split(args.ignore)
    if getattr(args, "severity", None):
        pairs = _pairs(args.severity, "--severity")
        for key, sev in pairs:
            if sev not in SEVERITIES:
                raise UsageError(f"--severity {key}={sev}: severity must be one of "
                                 f"{', '.join(SEVERITIES)}")
        changes["severity"] = pairs + config.severity
    if getattr(args, "glossary", None):
        changes["glossary"] = config.glossary + tuple(args.glossary)
    if getattr(args, "columns", None):
        changes["columns"] = _pairs(args.columns, "--columns")
        bad = [role for role, _ in changes["columns"] if role not in COLUMN_ROLES]
        if bad:
            raise UsageError(f"--columns: unknown role(s) {', '.join(bad)} "
                             f"(roles: {', '.join(COLUMN_ROLES)})")
    for flag, key in (("source_lang", "source_lang"), ("baseline", "baseline"), ("lm", "lm"),
                      ("model", "model"), ("device", "device"), ("batch_size", "batch_size"),
                      ("lm_context", "lm_context"), ("cache", "cache"), ("fail_on", "fail_on"),
                      ("min_quality", "min_quality"), ("max_penalty", "max_penalty"),
                      ("jobs", "jobs")):
        value = getattr(args, flag, None)
        if value is not None:
            changes[key] = value
    if getattr(args, "quiet", False):
        changes["progress"] = False
    config = config.replace(**changes)
    from tqcheck.rules.registry import check_selectors

    unknown = check_selectors(config.select + config.ignore + tuple(k for k, _ in config.severity))
    if unknown:
        raise UsageError(f"unknown rule(s): {', '.join(unknown)} (see 'tqcheck rules')")
    if config.batch_size <= 0:
        raise UsageError("--batch-size must be positive")
    if config.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or positive")
    return config


def _read(args, config):
    from tqcheck.io.readers import read_inputs

    return read_inputs(args.paths, columns=dict(config.columns), source=args.source,
                       reference=args.reference)


def cmd_check(args) -> int:
    config = make_config(args)
    records, inputs = _read(args, config)
    from tqcheck.pipeline import check_records

    if args.write_baseline:
        config = config.replace(baseline=None)
    report = check_records(records, config, inputs=inputs)
    if args.write_baseline:
        from tqcheck import baseline

        baseline.write(args.write_baseline, report)
        print(f"tqcheck: wrote {len(report.findings)} finding(s) to baseline "
              f"{args.write_baseline}", file=sys.stderr)
        return EXIT_OK
    from tqcheck.io.formats import render

    text = render(args.format, report, config)
    if args.output:
        from tqcheck.report.bundle import atomic_write

        atomic_write(args.output, lambda fh: fh.write(text))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    from tqcheck.gate import exit_code

    return exit_code(report, config)


def cmd_report(args) -> int:
    config = make_config(args)
    records, inputs = _read(args, config)
    from tqcheck.pipeline import check_records
    from tqcheck.report.bundle import write_bundle
    from tqcheck.report.summary import console_summary

    report = check_records(records, config, inputs=inputs)
    write_bundle(report, args.output, xlsx=args.xlsx)
    print(console_summary(report, args.output))
    if args.fail_on is None and args.min_quality is None and args.max_penalty is None:
        return EXIT_OK  # a report is a document, not a gate, unless asked to gate
    from tqcheck.gate import exit_code

    return exit_code(report, config)


def cmd_rules(args) -> int:
    from tqcheck.rules.registry import all_rules

    rows = [(r.code, r.name, r.severity, r.category, r.summary) for r in all_rules()]
    widths = [max(len(str(row[i])) for row in rows + [("code", "rule", "severity", "category", "")])
              for i in range(4)]
    print(f"{'code':<{widths[0]}}  {'rule':<{widths[1]}}  {'severity':<{widths[2]}}  "
          f"{'category':<{widths[3]}}  flags")
    for row in rows:
        print(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  "
              f"{row[3]:<{widths[3]}}  {row[4]}")
    return EXIT_OK


def cmd_explain(args) -> int:
    from tqcheck.rules.registry import get

    try:
        rule = get(args.rule)
    except KeyError:
        raise UsageError(f"unknown rule {args.rule!r} (see 'tqcheck rules')") from None
    print(f"{rule.code} {rule.name}  [{rule.severity}, {rule.category}]\n")
    import inspect

    print(inspect.cleandoc(rule.doc))
    if rule.examples.flag or rule.examples.ok:
        print("\nExamples flagged:")
        for ex in rule.examples.flag:
            print(f"  {ex}")
        print("Examples not flagged:")
        for ex in rule.examples.ok:
            print(f"  {ex}")
    return EXIT_OK


def cmd_models(args) -> int:
    from tqcheck.lm import models

    config, _ = load(None)
    name = args.name or config.model
    models_dir = args.models_dir or config.models_dir
    if args.action == "list":
        for card in models.list_cards():
            installed = models.is_installed(card.name, models_dir)
            mark = "installed" if installed else "not installed"
            print(f"{card.name:<20} {mark:<14} {card.description}")
        return EXIT_OK
    if args.action == "install":
        path = models.install(name, models_dir)
        print(path)
        return EXIT_OK
    print(models.resolve(name, models_dir))
    return EXIT_OK


def cmd_eval(args) -> int:
    config = make_config(args)
    from tqcheck.evaluate import format_eval, run_eval

    result = run_eval(args.mqm, config, reference_system=args.reference_system,
                      out_dir=args.output)
    print(format_eval(result))
    return EXIT_OK


COMMANDS = {"check": cmd_check, "report": cmd_report, "rules": cmd_rules,
            "explain": cmd_explain, "models": cmd_models, "eval": cmd_eval}


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"tqcheck {__version__}")
        if args.verbose:
            import json

            from tqcheck import lm

            config, _ = load(None)
            print(json.dumps(lm.signature(config), indent=2, default=str))
        return EXIT_OK
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except (InputError, ConfigError, UsageError) as exc:
        print(f"tqcheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tqcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        # an output that cannot be written (a missing folder, a file where a folder should be)
        where = exc.filename or ""
        print(f"tqcheck: error: {where + ': ' if where else ''}cannot write or read "
              f"({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        # user-fixable problems raised by optional layers carry their fix in the message
        if type(exc).__name__ in USER_ERRORS:
            print(f"tqcheck: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        # a bug: never exit 1, which a CI gate reads as "findings"
        import traceback

        traceback.print_exc()
        print(f"tqcheck: internal error: {type(exc).__name__}: {exc} (please report it)",
              file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())

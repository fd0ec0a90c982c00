"""The one immutable configuration object, and how it is built at the edge.

Precedence: defaults, then ``[tool.tqcheck]`` in ``pyproject.toml`` or a ``tqcheck.toml``
(the nearest one walking up from the working directory, or ``--config FILE``), then
command-line flags.  Unknown keys are errors that name the key.  Nothing inside tqcheck reads
the environment: whatever the environment should change arrives here.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from tqcheck.records import SEVERITIES

FAIL_ON_CHOICES = SEVERITIES + ("never",)
COLUMN_ROLES = ("id", "doc_id", "target", "source", "reference", "system")
"""Roles a table column can play (``--columns ROLE=COLUMN``); see ``tqcheck.io.tables``."""


class ConfigError(ValueError):
    """A configuration problem the user must fix (exit code 2)."""


@dataclass(frozen=True)
class Config:
    """Every setting tqcheck has, each with a default."""

    # rules
    select: tuple = ()
    ignore: tuple = ()
    severity: tuple = ()
    """Per-rule severity overrides as ``((rule_name_or_code, severity), ...)``."""
    glossary: tuple = ()
    """Extra glossary CSV files (``ko,en,variants_wrong,...``), added to the packaged one."""
    source_lang: str = "auto"
    # gate
    fail_on: str = "major"
    min_quality: Optional[float] = None
    max_penalty: Optional[float] = None
    baseline: Optional[str] = None
    # bands: quality >= pass_quality -> pass; < fail_quality -> fail; else review
    pass_quality: float = 80.0
    fail_quality: float = 50.0
    # language model
    lm: bool = True
    model: str = "smollm2-135m"
    device: str = "auto"
    batch_size: int = 8192
    """Token budget per batch (padded tokens)."""
    lm_context: bool = False
    """Score each sentence after the previous sentence of its article (context mode)."""
    cache: Optional[str] = None
    """SQLite file caching LM scores by model signature and text hash."""
    models_dir: Optional[str] = None
    """Where installed models live (default: the project's ``models/`` or the user cache)."""
    # input
    columns: tuple = ()
    """Column overrides as ``((role, column), ...)``, role in id/target/source/reference/doc_id."""
    # execution
    jobs: int = 1
    """Processes for the rules (0 = one per core); large batches only."""
    # output
    progress: bool = True

    def replace(self, **changes) -> "Config":
        return dataclasses.replace(self, **changes)

    def severity_for(self, rule) -> str:
        for key, sev in self.severity:
            if key in (rule.name, rule.code):
                return sev
        return rule.severity

    def as_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


FIELDS = {f.name: f for f in dataclasses.fields(Config)}
# config-file spellings: kebab-case keys are accepted as well as snake_case
_LIST_KEYS = {"select", "ignore", "glossary"}


def _coerce(key: str, value, where: str):
    default = FIELDS[key].default
    if key in _LIST_KEYS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
        return tuple(value)
    if key == "severity":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: 'severity' must be a table of rule = severity")
        for rule_key, sev in value.items():
            if sev not in SEVERITIES:
                raise ConfigError(f"{where}: severity for '{rule_key}' must be one of "
                                  f"{', '.join(SEVERITIES)}, not {sev!r}")
        return tuple(value.items())
    if key == "columns":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: 'columns' must be a table of role = column")
        bad = [role for role in value if role not in COLUMN_ROLES]
        if bad:
            raise ConfigError(f"{where}: unknown column role(s) {', '.join(bad)} "
                              f"(roles: {', '.join(COLUMN_ROLES)})")
        return tuple(value.items())
    if key == "fail_on" and value not in FAIL_ON_CHOICES:
        raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(FAIL_ON_CHOICES)}")
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: '{key}' must be true or false")
        return value
    if isinstance(default, (int, float)) and not isinstance(default, bool) or key in (
            "min_quality", "max_penalty"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: '{key}' must be a number")
        return type(default)(value) if isinstance(default, (int, float)) else float(value)
    if not isinstance(value, str):
        raise ConfigError(f"{where}: '{key}' must be a string")
    return value


def from_mapping(data: dict, where: str, base: Config = Config()) -> Config:
    """Apply a ``[tool.tqcheck]`` table; unknown keys raise ``ConfigError`` naming them."""
    changes = {}
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        if key not in FIELDS:
            raise ConfigError(f"{where}: unknown key '{raw_key}' in [tool.tqcheck] "
                              f"(known: {', '.join(sorted(k.replace('_', '-') for k in FIELDS))})")
        changes[key] = _coerce(key, value, where)
    return dataclasses.replace(base, **changes)


def find_config_file(start: Path) -> Optional[Path]:
    """Nearest ``tqcheck.toml``, or ``pyproject.toml`` with a ``[tool.tqcheck]`` table,
    walking up from ``start``."""
    for folder in [start, *start.parents]:
        candidate = folder / "tqcheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError):
                continue
            if "tqcheck" in data.get("tool", {}):
                return pyproject
    return None


def load_file(path: Path, base: Config = Config()) -> Config:
    """Read ``path`` (a ``tqcheck.toml`` with top-level keys or a ``[tool.tqcheck]`` table,
    or a ``pyproject.toml``) onto ``base``."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: byte {exc.start}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("tqcheck")
    if table is None:
        if Path(path).name == "pyproject.toml":
            return base
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.tqcheck] must be a table")
    cfg = from_mapping(table, str(path), base)
    # paths in a config file are relative to that file, not to the working directory
    folder = Path(path).resolve().parent

    def rel(p):
        return p if p is None or os.path.isabs(p) else str(folder / p)

    changes = {"glossary": tuple(rel(g) for g in cfg.glossary)}
    for key in ("baseline", "cache", "models_dir"):
        if key in {k.replace("-", "_") for k in table}:
            changes[key] = rel(getattr(cfg, key))
    model = cfg.model
    if "model" in table and (model.startswith(".") or "/" in model) and not os.path.isabs(model):
        changes["model"] = rel(model)  # a local model directory, not a card name
    return cfg.replace(**changes)


def load(config_file: Optional[str] = None, cwd: Optional[Path] = None) -> tuple:
    """The config from ``config_file`` or the nearest config file; returns ``(config, path)``."""
    if config_file:
        return load_file(Path(config_file)), config_file
    found = find_config_file(cwd or Path.cwd())
    if found is None:
        return Config(), None
    return load_file(found), str(found)

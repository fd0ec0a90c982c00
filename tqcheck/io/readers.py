"""Read inputs into records: files, directories (walked), and ``-`` for standard input.

Dispatch is by extension, then by content for feeds and XML.  Text files (``.txt``, ``.md``
and anything else that decodes as text) are one article each, ``doc_id`` = file name without
extension.  ``--source FILE`` / ``--reference FILE`` attach a Korean source / human reference
to text records: for a single article the whole file, for several records the file's lines
aligned one per record (a count mismatch is an error naming both files).
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Iterable, Optional

from tqcheck.io.decode import decode_bytes
from tqcheck.io.errors import InputError
from tqcheck.io.tables import TABLE_EXTENSIONS, read_table
from tqcheck.records import Record

TEXT_EXTENSIONS = (".txt", ".md", ".text")
FEED_EXTENSIONS = (".rss", ".atom", ".xml")
XLIFF_EXTENSIONS = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")
TMX_EXTENSIONS = (".tmx",)
KNOWN = TEXT_EXTENSIONS + FEED_EXTENSIONS + XLIFF_EXTENSIONS + TMX_EXTENSIONS + TABLE_EXTENSIONS
SKIP_NAMES = ("README.md", "readme.md", "README.txt")


def _walk(path: Path) -> list:
    files = []
    for p in sorted(path.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
            if p.suffix.lower() in KNOWN and p.name not in SKIP_NAMES:
                files.append(p)
    return files


def expand_paths(paths: Iterable[str]) -> list:
    """Files to read, in a stable order; a missing path is an ``InputError``."""
    out = []
    for raw in paths:
        if raw == "-":
            out.append("-")
            continue
        p = Path(raw)
        if p.is_dir():
            found = _walk(p)
            if not found:
                raise InputError(raw, "is a directory with no readable input files "
                                      f"({', '.join(KNOWN)})")
            out.extend(str(f) for f in found)
        elif p.is_file():
            out.append(str(p))
        elif p.exists():
            raise InputError(raw, "is not a regular file")
        else:
            raise InputError(raw, "no such file or directory")
    return out


def _read_bytes(path: str, stdin=None) -> bytes:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None


def _sniff_xml(data: bytes) -> Optional[str]:
    """``feed``, ``xliff`` or ``tmx`` for XML content, else ``None`` (the format modules'
    own sniffers, so there is one definition of each)."""
    from tqcheck.io.feeds import looks_like_feed
    from tqcheck.io.xliff import looks_like_tmx, looks_like_xliff

    if looks_like_xliff(data):
        return "xliff"
    if looks_like_tmx(data):
        return "tmx"
    if looks_like_feed(data):
        return "feed"
    return None


def read_file(path: str, data: bytes, columns: dict) -> list:
    """Records of one file, dispatched by extension or content."""
    ext = Path(path).suffix.lower() if path != "-" else ""
    kind = _sniff_xml(data)
    if ext in XLIFF_EXTENSIONS or kind == "xliff":
        from tqcheck.io.xliff import read_xliff

        return read_xliff(path, data)
    if ext in TMX_EXTENSIONS or kind == "tmx":
        from tqcheck.io.xliff import read_tmx

        return read_tmx(path, data)
    if ext in FEED_EXTENSIONS or kind == "feed":
        from tqcheck.io.feeds import read_feed

        if kind != "feed" and ext == ".xml":
            raise InputError(path, "is XML but not an RSS/Atom feed, XLIFF or TMX file")
        return read_feed(path, data)
    if ext in TABLE_EXTENSIONS:
        return read_table(path, data, columns)
    text, _ = decode_bytes(data, path)
    if not text.strip():
        raise InputError(path if path != "-" else "<stdin>",
                         "is empty: there is no translation to check")
    doc_id = Path(path).stem if path != "-" else "stdin"
    return [Record(doc_id=doc_id, target=text, path=path if path != "-" else "<stdin>",
                   locator="", has_headline=True)]


def _free_id(doc_id: str, path: str, taken: set) -> str:
    """``doc_id``, or when another file already used it (two ``a.txt`` in different folders,
    two tables with row ``1``) the file's folder and name before it, then ``#2``, ``#3``:
    every record keeps a distinct id."""
    candidate = doc_id
    if candidate in taken and path != "-":
        p = Path(path)
        candidate = f"{p.parent.name}/{p.name}:{doc_id}" if p.stem != doc_id else \
            f"{p.parent.name}/{p.name}"
    n = 2
    base = candidate
    while candidate in taken:
        candidate = f"{base}#{n}"
        n += 1
    taken.add(candidate)
    return candidate


def attach_side(records: list, side_path: str, field: str) -> list:
    """Attach ``--source``/``--reference`` text to records (see module doc)."""
    data = _read_bytes(side_path)
    text, _ = decode_bytes(data, side_path)
    if len(records) == 1:
        return [records[0]._replace(**{field: text})]
    lines = text.splitlines()
    if lines and not lines[-1].strip():
        lines = lines[:-1]
    if len(lines) != len(records):
        inputs = sorted({r.path for r in records})
        raise InputError(side_path, f"has {len(lines)} lines but the input "
                                    f"({', '.join(inputs)}) has {len(records)} records; "
                                    f"--{field} must have one line per record")
    return [r._replace(**{field: line}) for r, line in zip(records, lines)]


def read_inputs(paths: Iterable[str], *, columns: Optional[dict] = None,
                source: Optional[str] = None, reference: Optional[str] = None,
                stdin=None) -> tuple:
    """Read every input; returns ``(records, inputs)`` where ``inputs`` lists each file with
    its SHA-256 and record count (for ``run.json``)."""
    columns = dict(columns or {})
    records = []
    inputs = []
    taken: set = set()
    for path in expand_paths(paths):
        data = _read_bytes(path, stdin)
        recs = read_file(path, data, columns)
        if not recs:
            raise InputError(path if path != "-" else "<stdin>",
                             "has no records (no rows, items or translation units)")
        recs = [r._replace(doc_id=_free_id(r.doc_id, path, taken)) for r in recs]
        records.extend(recs)
        inputs.append({"path": path if path != "-" else "<stdin>",
                       "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                       "records": len(recs)})
    if source:
        records = attach_side(records, source, "source")
    if reference:
        records = attach_side(records, reference, "reference")
    return records, inputs

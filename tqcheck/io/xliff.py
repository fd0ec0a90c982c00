"""XLIFF 1.2 / 2.0 and TMX: one record per translation unit, with its Korean source.

Units carry both sides, so the source-aware rules (``number-mismatch``,
``untranslated-segment``, ``length-mismatch``) run on them.

- **XLIFF 1.2**: every ``<trans-unit>`` (also inside ``<group>``) with a non-empty
  ``<target>``; ``translate="no"`` units are skipped.  ``doc_id`` is the unit's ``id``,
  prefixed with its ``<file original="...">`` (``original#id``) when the document has several
  ``<file>`` elements.
- **XLIFF 2.0**: every ``<unit>``; its ``<segment>`` (and ``<ignorable>``) sources and targets
  are joined in document order into one record.
- **TMX**: every ``<tu>``; the ``<tuv>`` whose ``xml:lang`` is the source language (``ko``,
  or ``ko-KR``, ...) gives ``source``, the one in the target language (``en``) gives ``target``.
  ``doc_id`` is ``tuid`` or ``<file stem>#tu<N>``.

Inline markup is flattened to the text a reader sees: paired containers (``<g>``, ``<mrk>``,
``<pc>``, ``<hi>``) keep their text; placeholders and native codes (``<x/>``, ``<bx/>``,
``<ex/>``, ``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``, ``<ut>``, ``<sc/>``, ``<ec/>``, ...)
are dropped with their content, except a ``<sub>`` flow inside them; XLIFF 2.0 ``<cp hex>``
becomes its character.  Offsets are into that flattened text (it is the record's target).

``has_headline`` is false (a unit is one sentence or a cell).  ``line_offset`` is the 0-based
line of the ``<target>`` (``<seg>``) element, so ``path:line`` points into the file.
"""
from __future__ import annotations

from pathlib import Path

from tqcheck.io.errors import InputError
from tqcheck.io.xmlsafe import ParsedXML, child, children, descendants, local_name, parse
from tqcheck.records import Record

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KEEP_CONTENT = frozenset(("g", "mrk", "pc", "hi", "sub", "source", "target", "seg"))
"""Inline elements whose text is content (everything else inline is code, dropped)."""


def flatten(element) -> str:
    """The readable text of a ``<source>``/``<target>``/``<seg>`` with inline markup removed.

    >>> import xml.etree.ElementTree as ET
    >>> flatten(ET.fromstring('<target>3 <g id="1">billion</g><x id="2"/> won<ph>&lt;b&gt;</ph></target>'))
    '3 billion won'
    """
    parts: list = []

    def walk(el, keep: bool):
        name = local_name(el.tag)
        if name == "cp" and el.get("hex"):
            try:
                parts.append(chr(int(el.get("hex"), 16)))
            except ValueError:
                pass
        keep_here = name in KEEP_CONTENT and (keep or name == "sub")
        if keep_here and el.text:
            parts.append(el.text)
        for sub in el:
            walk(sub, keep_here)
            if keep_here and sub.tail:
                parts.append(sub.tail)

    walk(element, True)
    return "".join(parts)


def _stem(path: str) -> str:
    return Path(path).stem if path and path != "-" else "stdin"


def _line(parsed: ParsedXML, element) -> int:
    return max(parsed.line_of(element) - 1, 0)


def looks_like_xliff(data: bytes) -> bool:
    """Whether the first 4 KiB hold an ``<xliff`` start tag."""
    return b"<xliff" in data[:4096]


def looks_like_tmx(data: bytes) -> bool:
    """Whether the first 4 KiB hold a ``<tmx`` start tag."""
    return b"<tmx" in data[:4096]


def read_xliff(path: str, data: bytes) -> list:
    """Records of an XLIFF 1.2 or 2.0 file, one per unit with a translation."""
    parsed = parse(path, data)
    root = parsed.root
    if local_name(root.tag) != "xliff":
        raise InputError(path, f"is XML with root <{local_name(root.tag)}>, not XLIFF")
    version = (root.get("version") or "").strip()
    files = children(root, "file")
    if not files:
        raise InputError(path, "XLIFF file has no <file> element")
    two = version.startswith("2") or any(descendants(f, "unit") for f in files)
    records = []
    seen: set = set()
    for file_index, file_el in enumerate(files, start=1):
        original = file_el.get("original") or file_el.get("id") or f"file{file_index}"
        prefix = f"{original}#" if len(files) > 1 else ""
        units = descendants(file_el, "unit") if two else descendants(file_el, "trans-unit")
        for n, unit in enumerate(units, start=1):
            if (unit.get("translate") or "yes").lower() == "no":
                continue
            unit_id = unit.get("id") or f"{_stem(path)}#unit{n}"
            if two:
                parts = [p for p in unit if local_name(p.tag) in ("segment", "ignorable")]
                sources = [child(p, "source") for p in parts]
                targets = [child(p, "target") for p in parts]
            else:
                sources, targets = [child(unit, "source")], [child(unit, "target")]
            present = [t for t in targets if t is not None]
            # a unit with no (or an empty) target is an untranslated unit: keep it as a
            # record with an empty target so that it is reported, never silently dropped
            target = "".join(flatten(t) for t in present)
            source = "".join(flatten(s) for s in sources if s is not None)
            doc_id = f"{prefix}{unit_id}"
            if doc_id in seen:
                doc_id = f"{doc_id}#{n}"
            seen.add(doc_id)
            records.append(Record(doc_id=doc_id, target=target, source=source or None,
                                  path=path, locator=f"unit {unit_id}",
                                  line_offset=_line(parsed, present[0] if present else unit),
                                  has_headline=False))
    return records


def _lang_matches(lang: str, wanted: str) -> bool:
    lang, wanted = lang.strip().lower().replace("_", "-"), wanted.strip().lower()
    return lang == wanted or lang.startswith(wanted + "-")


def read_tmx(path: str, data: bytes, src_lang: str = "ko", tgt_lang: str = "en") -> list:
    """Records of a TMX file: ``source`` from the ``src_lang`` variant, ``target`` from the
    ``tgt_lang`` one.  A unit with a source but no target variant becomes a record with an
    empty target (an untranslated unit, reported); a unit with neither language is another
    language pair's and is left out."""
    parsed = parse(path, data)
    root = parsed.root
    if local_name(root.tag) != "tmx":
        raise InputError(path, f"is XML with root <{local_name(root.tag)}>, not TMX")
    records = []
    seen: set = set()
    for n, tu in enumerate(descendants(root, "tu"), start=1):
        src = tgt = None
        for tuv in children(tu, "tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            if src is None and _lang_matches(lang, src_lang):
                src = tuv
            elif tgt is None and _lang_matches(lang, tgt_lang):
                tgt = tuv
        tgt_seg = child(tgt, "seg") if tgt is not None else None
        if tgt_seg is None and src is None:
            continue
        target = flatten(tgt_seg) if tgt_seg is not None else ""
        src_seg = child(src, "seg") if src is not None else None
        source = flatten(src_seg) if src_seg is not None else None
        doc_id = tu.get("tuid") or f"{_stem(path)}#tu{n}"
        if doc_id in seen:
            doc_id = f"{doc_id}#tu{n}"
        seen.add(doc_id)
        records.append(Record(doc_id=doc_id, target=target, source=source or None, path=path,
                              locator=f"tu {n}", line_offset=_line(parsed, tgt_seg if tgt_seg is not None else tu),
                              has_headline=False))
    return records

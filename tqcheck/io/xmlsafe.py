"""Safe XML parsing for feeds, XLIFF and TMX, with element line numbers.

Translated feeds and CAT files come from outside.  XML's entity machinery turns a few hundred
bytes into gigabytes (the "billion laughs" attack) or reads files and URLs from the machine
running the check (external entities).  Everything here parses through ``defusedxml``'s
parser with entity declarations refused, external entities and DTD retrieval refused, and
turns every refusal or syntax error into an :class:`InputError` naming the file, the line and
what was refused.  A plain ``<!DOCTYPE xliff>`` without declarations is allowed.

``parse(path, data)`` returns a :class:`ParsedXML`: the root element and the 1-based line
of every element's start tag (ElementTree itself does not keep line numbers; the XLIFF reader
uses them to point findings at the ``<target>`` element's line).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from tqcheck.io.errors import InputError

ENTITIES_REFUSED = ("declares XML entities ({what}); entity expansion is refused because it "
                    "allows billion-laughs style attacks")
EXTERNAL_REFUSED = ("refers to an external entity or DTD ({what}); external references are "
                    "refused and never fetched")
DTD_REFUSED = "has a document type declaration ({what}); DTDs are refused"
NOT_XML = "is not well-formed XML: {what}"


@dataclass(frozen=True)
class ParsedXML:
    """A parsed document: ``root`` and the 1-based start-tag line of each element."""

    root: ET.Element
    lines: dict = field(default_factory=dict)

    def line_of(self, element: ET.Element) -> int:
        """1-based line of ``element``'s start tag (0 when unknown)."""
        return self.lines.get(id(element), 0)


class _LineTreeBuilder(ET.TreeBuilder):
    """A tree builder that notes the parser's current line at every start tag."""

    def __init__(self):
        super().__init__()
        self.parser = None
        self.lines: dict = {}

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(elem)] = self.parser.parser.CurrentLineNumber
        return elem


def _line(parser) -> str:
    try:
        return f"line {parser.parser.CurrentLineNumber}"
    except Exception:  # the expat object is gone after some failures
        return ""


def parse(path: str, data: bytes) -> ParsedXML:
    """Parse ``data`` (bytes, any encoding its XML declaration names) safely.

    Raises :class:`InputError` for entity declarations (billion laughs), external entities,
    and malformed XML, naming ``path`` and the line.
    """
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except EntitiesForbidden as exc:
        if exc.sysid or exc.pubid:  # <!ENTITY x SYSTEM "file:///etc/passwd">
            what = f"entity '{exc.name}' -> {exc.sysid or exc.pubid}"
            raise InputError(path, EXTERNAL_REFUSED.format(what=what), _line(parser)) from None
        raise InputError(path, ENTITIES_REFUSED.format(what=f"entity '{exc.name}'"),
                         _line(parser)) from None
    except ExternalReferenceForbidden as exc:
        what = exc.sysid or exc.pubid or "external reference"
        raise InputError(path, EXTERNAL_REFUSED.format(what=what), _line(parser)) from None
    except DTDForbidden as exc:  # only when a caller turns forbid_dtd on
        raise InputError(path, DTD_REFUSED.format(what=exc.name), _line(parser)) from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 0
        msg = str(exc).split(": line")[0]
        raise InputError(path, NOT_XML.format(what=msg), f"line {line}" if line else "") from None
    # keep the elements alive with their ids: the tree holds them, and ParsedXML holds the tree
    return ParsedXML(root, builder.lines)


def local_name(tag) -> str:
    """``{namespace}name`` -> ``name`` (comments and processing instructions -> ``""``)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(tag) -> str:
    """``{namespace}name`` -> ``namespace`` (``""`` when none)."""
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def children(element: ET.Element, name: str) -> list:
    """Direct children of ``element`` whose local name is ``name``."""
    return [c for c in element if local_name(c.tag) == name]


def child(element: ET.Element, name: str):
    """The first direct child named ``name``, or ``None``."""
    for c in element:
        if local_name(c.tag) == name:
            return c
    return None


def descendants(element: ET.Element, name: str) -> list:
    """All descendants (document order) whose local name is ``name``."""
    return [e for e in element.iter() if local_name(e.tag) == name]

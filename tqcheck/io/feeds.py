"""RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one record per item.

A feed item's body is HTML (``<description>``, ``<content:encoded>``, Atom ``<content>`` /
``<summary>``).  Rules need plain text, and a finding's ``start``/``end`` are offsets into the
record's ``target``, so **the record's target is the converted text itself**:

    title line + blank line + the body converted to plain text

Conversion: block elements (``<p>``, ``<div>``, headings, list items, ...) become paragraphs
separated by a blank line; ``<br>`` becomes a line break; tags are dropped; ``<script>`` and
``<style>`` are dropped with their content; character references and entities are decoded;
runs of white space inside a paragraph collapse to one space (HTML's rendering rule; ``<pre>``
keeps its lines).  A body without any tag is plain text: its blank-line paragraphs are kept.
``findings.csv``'s ``evidence`` is therefore text the reader sees, and ``target[start:end]``
always equals it.  Positions in the feed *file* are approximate: ``line_offset`` is the line
of the item's start tag, so ``path:line`` points into the right item.

``doc_id``: the item's ``<guid>`` (RSS) or ``<id>`` (Atom); else its link; else
``<file stem>#item<N>`` (N counts from 1).  A repeated id gets ``#item<N>`` appended so that
ids stay unique within the run.  ``locator`` is ``item N``; ``has_headline`` is true when the
item has a title.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from tqcheck.io.errors import InputError
from tqcheck.io.xmlsafe import child, children, descendants, local_name, parse
from tqcheck.records import Record

ATOM_NS = "http://www.w3.org/2005/Atom"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"

_FEED_ROOT_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)[\s>/]")
_PROLOG_RE = re.compile(rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S)
_TAG_RE = re.compile(r"<\s*/?\s*[A-Za-z!]")
_SPACE_RE = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n\s*")

BLOCK_TAGS = frozenset("""
address article aside blockquote body caption center dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre
section summary table tbody td tfoot th thead tr ul
""".split())
SKIP_TAGS = frozenset(("script", "style", "template", "noscript", "head", "title"))


def _to_text(data: bytes) -> str:
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    return data.decode("latin-1")


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` starts like an RSS, RDF or Atom document (after the XML prolog).

    >>> looks_like_feed(b'<?xml version="1.0"?>\\n<rss version="2.0"><channel/></rss>')
    True
    >>> looks_like_feed(b'<xliff version="1.2"/>'), looks_like_feed(b'The the cat.')
    (False, False)
    """
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = _to_text(head).encode("utf-8", errors="replace")
    head = head.lstrip(b"\xef\xbb\xbf")
    m = _PROLOG_RE.match(head)
    rest = head[m.end():] if m else head
    return bool(_FEED_ROOT_RE.match(rest))


class _HTMLText(HTMLParser):
    """Collect the visible text of an HTML fragment as paragraphs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list = []
        self.current: list = []
        self.skip = 0
        self.pre = 0

    def _break(self):
        text = "".join(self.current)
        self.current = []
        if self.pre:
            lines = [ln.rstrip() for ln in text.split("\n")]
            text = "\n".join(ln for ln in lines).strip("\n")
        else:
            lines = [_SPACE_RE.sub(" ", ln).strip() for ln in text.split("\n")]
            text = "\n".join(ln for ln in lines if ln)
        if text.strip():
            self.paragraphs.append(text)

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self.current.append("\n")
        elif tag in BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.current.append("\n")
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip:
            return
        if not self.pre:
            # HTML white space (including source line breaks) renders as one space; only
            # <br> (appended as "\n" above) makes a line break.
            data = _SPACE_RE.sub(" ", data)
        self.current.append(data)

    def close(self):
        super().close()
        self._break()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by blank lines, ``<br>`` as a
    line break, entities decoded, tags dropped.

    >>> html_to_text("<p>Seoul &amp; Busan</p><p>Line one<br/>line  two</p>")
    'Seoul & Busan\\n\\nLine one\\nline two'
    >>> html_to_text("Plain text.\\n\\nSecond paragraph.")
    'Plain text.\\n\\nSecond paragraph.'
    """
    if not html or not html.strip():
        return ""
    if not _TAG_RE.search(html):
        paragraphs = [_SPACE_RE.sub(" ", unescape(p)).strip()
                      for p in _BLANK_LINE_RE.split(html.strip())]
        return "\n\n".join(p for p in paragraphs if p)
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.paragraphs)


def _xhtml_to_text(element) -> str:
    """Plain text of an Atom ``type="xhtml"`` element: its XHTML children are fed to the same
    converter as HTML, by local tag name (so namespace prefixes do not matter)."""
    parser = _HTMLText()

    def walk(el, tags=True):
        name = local_name(el.tag).lower() if tags else ""
        if name:
            parser.handle_starttag(name, list(el.attrib.items()))
        if el.text:
            parser.handle_data(el.text)
        for sub in el:
            walk(sub)
            if sub.tail:
                parser.handle_data(sub.tail)
        if name:
            parser.handle_endtag(name)

    walk(element, tags=False)  # the Atom <content> element itself is not markup
    parser._break()
    return "\n\n".join(parser.paragraphs)


def _text_of(element, atom: bool) -> str:
    """Plain text of a title/content element, honouring Atom's ``type`` attribute."""
    if element is None:
        return ""
    kind = (element.get("type") or "").lower() if atom else "html"
    if kind == "xhtml" or (atom and kind.endswith("xml")):
        return _xhtml_to_text(element)
    raw = "".join(element.itertext())
    if atom and kind in ("", "text", "text/plain"):
        paragraphs = [_SPACE_RE.sub(" ", p).strip() for p in _BLANK_LINE_RE.split(raw.strip())]
        return "\n\n".join(p for p in paragraphs if p)
    return html_to_text(raw)


def _title(element, atom: bool) -> str:
    # a headline is one line
    return _SPACE_RE.sub(" ", _text_of(element, atom)).strip()


def _atom_link(entry) -> str:
    links = children(entry, "link")
    for link in links:
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return next((ln.get("href").strip() for ln in links if ln.get("href")), "")


def _rss_body(item) -> str:
    encoded = next((c for c in item if local_name(c.tag) == "encoded"), None)
    if encoded is not None and "".join(encoded.itertext()).strip():
        return _text_of(encoded, atom=False)
    return _text_of(child(item, "description"), atom=False)


def _atom_body(entry) -> str:
    content = child(entry, "content")
    if content is not None and not content.get("src"):
        text = _text_of(content, atom=True)
        if text:
            return text
    return _text_of(child(entry, "summary"), atom=True)


def read_feed(path: str, data: bytes) -> list:
    """Records of an RSS 2.0 / RSS 1.0 / Atom feed, one per item (see the module doc)."""
    parsed = parse(path, data)
    root = parsed.root
    kind = local_name(root.tag)
    if kind == "feed":
        atom, items = True, children(root, "entry")
    elif kind in ("rss", "RDF"):
        atom, items = False, descendants(root, "item")
    else:
        raise InputError(path, f"is XML with root <{kind}>, not an RSS or Atom feed")
    stem = Path(path).stem if path and path != "-" else "stdin"
    records = []
    seen: set = set()
    for n, item in enumerate(items, start=1):
        if atom:
            title = _title(child(item, "title"), True)
            body = _atom_body(item)
            ident = "".join(child(item, "id").itertext()).strip() if child(item, "id") is not None else ""
            link = _atom_link(item)
        else:
            title = _title(child(item, "title"), False)
            body = _rss_body(item)
            guid = child(item, "guid")
            ident = "".join(guid.itertext()).strip() if guid is not None else ""
            if not ident and item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
                ident = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about").strip()
            link_el = child(item, "link")
            link = "".join(link_el.itertext()).strip() if link_el is not None else ""
        doc_id = ident or link or f"{stem}#item{n}"
        if doc_id in seen:
            doc_id = f"{doc_id}#item{n}"
        seen.add(doc_id)
        if title and body:
            target = f"{title}\n\n{body}"
        else:
            target = title or body
        line = parsed.line_of(item)
        records.append(Record(doc_id=doc_id, target=target, path=path, locator=f"item {n}",
                              line_offset=max(line - 1, 0), has_headline=bool(title)))
    return records

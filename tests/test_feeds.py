"""RSS 2.0 and Atom feeds: one record per item, ids, HTML turned into the record's text."""
from __future__ import annotations

import pytest

from test_formats import make_report
from tqcheck.io.errors import InputError
from tqcheck.io.feeds import html_to_text, looks_like_feed, read_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
 <title>News1 English</title>
 <item>
  <title>Park Jin visits Central Asia</title>
  <link>https://example.com/articles/1</link>
  <guid isPermaLink="false">news1-2022-0622-001</guid>
  <description>&lt;p&gt;Foreign Minister Park Jin said the the talks went well. .&lt;/p&gt;
&lt;p&gt;He returned to Seoul &amp;amp; met   reporters.&lt;br/&gt;No statement followed.&lt;/p&gt;</description>
 </item>
 <item>
  <title>Exports rise for a third month</title>
  <link>https://example.com/articles/2</link>
  <content:encoded><![CDATA[<div><p>Exports rose 5% in May, the ministry said.</p>
<script>track();</script><p>Chip sales led the gain.</p></div>]]></content:encoded>
 </item>
</channel>
</rss>
""".encode("utf-8")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title>Feed</title>
 <entry>
  <title type="html">Seoul &amp;amp; Busan</title>
  <id>tag:example.com,2022:1</id>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b> word.</p><p>Two<br/>lines.</p></div></content>
 </entry>
 <entry>
  <title>No id here</title>
  <link rel="alternate" href="https://example.com/e2"/>
  <summary>Plain summary.</summary>
 </entry>
 <entry>
  <summary>Untitled entry.</summary>
 </entry>
</feed>
""".encode("utf-8")


def test_rss_items_ids_and_text():
    records = read_feed("feeds/news.rss", RSS)
    assert [r.doc_id for r in records] == ["news1-2022-0622-001", "https://example.com/articles/2"]
    first, second = records
    assert first.target == ("Park Jin visits Central Asia\n\n"
                            "Foreign Minister Park Jin said the the talks went well. .\n\n"
                            "He returned to Seoul & met reporters.\nNo statement followed.")
    assert second.target == ("Exports rise for a third month\n\n"
                             "Exports rose 5% in May, the ministry said.\n\n"
                             "Chip sales led the gain.")
    assert all(r.has_headline and r.path == "feeds/news.rss" for r in records)
    assert [r.locator for r in records] == ["item 1", "item 2"]
    assert first.line_offset == 4  # <item> is on line 5


def test_rss_findings_only_for_the_damaged_item():
    report = make_report(read_feed("feeds/news.rss", RSS))
    assert set(report.findings["doc_id"]) == {"news1-2022-0622-001"}
    assert set(report.findings["evidence"]) == {"the the", ". ."}
    for row in report.findings.itertuples():
        record = read_feed("feeds/news.rss", RSS)[0]
        assert record.target[row.start:row.end] == row.evidence


def test_atom_entries():
    records = read_feed("a.atom", ATOM)
    assert [r.doc_id for r in records] == ["tag:example.com,2022:1", "https://example.com/e2",
                                           "a#item3"]
    assert records[0].target == "Seoul & Busan\n\nOne bold word.\n\nTwo\nlines."
    assert records[1].target == "No id here\n\nPlain summary."
    assert records[2].target == "Untitled entry." and not records[2].has_headline


def test_duplicate_ids_are_made_unique():
    feed = (b"<rss><channel><item><guid>x</guid><title>A</title></item>"
            b"<item><guid>x</guid><title>B</title></item></channel></rss>")
    assert [r.doc_id for r in read_feed("f.rss", feed)] == ["x", "x#item2"]


def test_sniffing():
    assert looks_like_feed(RSS) and looks_like_feed(ATOM)
    assert looks_like_feed(b"\xef\xbb\xbf<!-- c -->\n<rdf:RDF xmlns:rdf='x'/>")
    assert looks_like_feed("<?xml version='1.0' encoding='utf-16'?><rss/>".encode("utf-16"))
    assert not looks_like_feed(b'<?xml version="1.0"?><xliff version="1.2"/>')
    assert not looks_like_feed(b"Headline\n\nThe the rss feed <rss> said.")


def test_html_to_text():
    assert html_to_text("<h1>T</h1><ul><li>a</li><li>b &lt;c&gt;</li></ul>") == "T\n\na\n\nb <c>"
    assert html_to_text("<pre>x  y\n z</pre>") == "x  y\n z"
    assert html_to_text("<p>a<style>p{}</style> b</p>") == "a b"
    assert html_to_text("&#8220;Quote&#8221; &amp; more") == "\u201cQuote\u201d & more"


def test_not_a_feed():
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        read_feed("x.xml", b"<html><body/></html>")

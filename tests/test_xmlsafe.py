"""Safe XML: entity expansion, external entities and DTD retrieval are refused."""
from __future__ import annotations

import pytest

from tqcheck.io.errors import InputError
from tqcheck.io.feeds import read_feed
from tqcheck.io.xliff import read_tmx, read_xliff
from tqcheck.io.xmlsafe import local_name, parse

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="1.2"><file original="a"><body><trans-unit id="1"><source>a</source>
<target>&xxe;</target></trans-unit></body></file></xliff>
"""


def test_billion_laughs_is_rejected_naming_the_file():
    with pytest.raises(InputError) as err:
        read_feed("feeds/lol.rss", BILLION_LAUGHS)
    msg = str(err.value)
    assert msg.startswith("feeds/lol.rss: line 3: ")
    assert "entity" in msg and "billion-laughs" in msg


def test_external_entity_is_rejected():
    with pytest.raises(InputError, match="external") as err:
        read_xliff("cat/x.xlf", XXE)
    assert "file:///etc/passwd" in str(err.value)
    assert err.value.path == "cat/x.xlf"


def test_parameter_entities_and_tmx_rejected():
    data = b'<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://example.com/x.dtd"> %p;]><tmx/>'
    with pytest.raises(InputError):
        read_tmx("m.tmx", data)


def test_plain_doctype_without_declarations_is_fine():
    parsed = parse("a.xml", b'<?xml version="1.0"?>\n<!DOCTYPE x>\n<x>\n  <y>t</y>\n</x>')
    assert local_name(parsed.root.tag) == "x"
    y = parsed.root[0]
    assert parsed.line_of(parsed.root) == 3 and parsed.line_of(y) == 4


def test_malformed_xml_names_file_and_line():
    with pytest.raises(InputError, match=r"^bad\.rss: line 2: is not well-formed XML"):
        read_feed("bad.rss", b"<rss>\n<channel></rss>")

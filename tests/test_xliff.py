"""XLIFF 1.2 / 2.0 and TMX: one record per unit, with source, flattened inline markup."""
from __future__ import annotations

import pytest

from tqcheck.io.errors import InputError
from tqcheck.io.xliff import flatten, looks_like_tmx, looks_like_xliff, read_tmx, read_xliff

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="article.html" source-language="ko" target-language="en" datatype="html">
  <body>
   <trans-unit id="u1">
    <source>3억 원</source>
    <target>3 billion won</target>
   </trans-unit>
   <group id="g">
    <trans-unit id="u2">
     <source>박진 <g id="1">장관</g></source>
     <target>Minister <g id="1">Park Jin</g><x id="2"/> said<ph id="3">&lt;br/&gt;</ph>.</target>
    </trans-unit>
   </group>
   <trans-unit id="u3"><source>번역 없음</source></trans-unit>
   <trans-unit id="u4" translate="no"><source>KOSPI</source><target>KOSPI</target></trans-unit>
  </body>
 </file>
</xliff>
""".encode("utf-8")

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en">
 <file id="f1" original="a.html">
  <unit id="1">
   <segment><source>3억 원</source><target>3 billion won</target></segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment><source>둘</source><target><pc id="p1">was</pc> paid<ph id="ph1"/>.</target></segment>
  </unit>
 </file>
 <file id="f2" original="b.html">
  <unit id="1"><segment><source>가</source><target>A<cp hex="00A0"/>B</target></segment></unit>
 </file>
</xliff>
""".encode("utf-8")

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
 <header srclang="ko" datatype="plaintext" segtype="sentence" adminlang="en"
   creationtool="t" creationtoolversion="1" o-tmf="t"/>
 <body>
  <tu tuid="t1">
   <tuv xml:lang="ko-KR"><seg>3억 원</seg></tuv>
   <tuv xml:lang="en-US"><seg>3 <bpt i="1">&lt;b&gt;</bpt>billion<ept i="1">&lt;/b&gt;</ept> won</seg></tuv>
  </tu>
  <tu>
   <tuv xml:lang="en"><seg>No source here.</seg></tuv>
  </tu>
  <tu tuid="t3"><tuv xml:lang="ko"><seg>번역 없음</seg></tuv></tu>
 </body>
</tmx>
""".encode("utf-8")


def test_xliff12_units():
    records = read_xliff("cat/a.xlf", XLIFF12)
    # u3 has no target: kept with an empty target (reported, not dropped); u4 translate="no"
    assert [r.doc_id for r in records] == ["u1", "u2", "u3"]
    u1, u2, u3 = records
    assert (u3.source, u3.target) == ("번역 없음", "")
    assert (u1.source, u1.target) == ("3억 원", "3 billion won")
    assert u2.source == "박진 장관"
    assert u2.target == "Minister Park Jin said."
    assert not u1.has_headline and u1.path == "cat/a.xlf" and u1.locator == "unit u1"
    assert u1.line_offset == 6  # <target> on line 7


def test_xliff20_segments_joined_and_files_prefixed():
    records = read_xliff("b.xlf", XLIFF20)
    assert [r.doc_id for r in records] == ["a.html#1", "b.html#1"]
    assert records[0].target == "3 billion won was paid."
    assert records[0].source == "3억 원 둘"
    assert records[1].target == "A\u00a0B"


def test_tmx_units_and_languages():
    records = read_tmx("m.tmx", TMX)
    # t3 has only the Korean: an untranslated unit, kept with an empty target
    assert [r.doc_id for r in records] == ["t1", "m#tu2", "t3"]
    assert (records[0].source, records[0].target) == ("3억 원", "3 billion won")
    assert records[1].source is None
    assert (records[2].source, records[2].target) == ("번역 없음", "")
    swapped = read_tmx("m.tmx", TMX, src_lang="en", tgt_lang="ko")
    assert [r.target for r in swapped] == ["3억 원", "", "번역 없음"]


def test_flatten_keeps_sub_inside_placeholders():
    import xml.etree.ElementTree as ET

    el = ET.fromstring('<target>a <ph>&lt;img alt="<sub>caption</sub>"&gt;</ph> b</target>')
    assert flatten(el) == "a caption b"


def test_sniffing_and_wrong_roots():
    assert looks_like_xliff(XLIFF12) and looks_like_tmx(TMX) and not looks_like_tmx(XLIFF12)
    with pytest.raises(InputError, match="not XLIFF"):
        read_xliff("x.xlf", TMX)
    with pytest.raises(InputError, match="not TMX"):
        read_tmx("x.tmx", XLIFF12)
    with pytest.raises(InputError, match="no <file>"):
        read_xliff("x.xlf", b'<xliff version="1.2"/>')


def test_number_mismatch_on_xliff_unit():
    from tqcheck.config import Config

    try:
        from tqcheck.pipeline import check_records
        from tqcheck.rules.registry import get

        get("number-mismatch")
    except (KeyError, ModuleNotFoundError) as exc:
        pytest.skip(f"number-mismatch not available yet: {exc}")
    report = check_records(read_xliff("a.xlf", XLIFF12), Config(lm=False, progress=False))
    hits = report.findings[report.findings["rule"] == "number-mismatch"]
    assert list(hits["doc_id"]) == ["u1"]
    assert hits.iloc[0]["line"] == 7


def test_untranslated_xliff_unit_fails_the_gate(tmp_path):
    from tqcheck.config import Config
    from tqcheck.gate import exit_code
    from tqcheck.pipeline import check_records

    path = tmp_path / "b.xlf"
    path.write_bytes(XLIFF12)
    records = read_xliff(str(path), XLIFF12)
    report = check_records(records, Config(lm=False, progress=False))
    empty = report.findings[report.findings["doc_id"] == "u3"]
    assert list(empty["rule"]) == ["untranslated-segment"]
    assert list(empty["severity"]) == ["critical"]
    assert exit_code(report, Config(lm=False)) == 1

"""Segmentation: kinds, ids and exact offsets, quotes that span sentences."""
from pathlib import Path

import pytest

from tqcheck.lang import get_pack
from tqcheck.records import Record
from tqcheck.lang.ko import classify_paragraph
from tqcheck.segment import segment_record, split_paragraphs, split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_09e1b2929afa9eb8.txt"
CLASSIFY = get_pack("ko").classify_paragraph


def _texts(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("Mr. Kim met Dr. Lee in the U.S. capital. They talked.",
     ["Mr. Kim met Dr. Lee in the U.S. capital.", "They talked."]),
    ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
    ('"We will win. We must," he said. Then he left.',
     ['"We will win. We must," he said.', "Then he left."]),
    ("“It is late. Go home,” she said. He went.",
     ["“It is late. Go home,” she said.", "He went."]),
    ("on the same day. . Next sentence here.", ["on the same day. .", "Next sentence here."]),
    ("He said, “I am glad. “He also mentioned. Then it ended.",
     ["He said, “I am glad.", "“He also mentioned.", "Then it ended."]),
    ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ("He met J. Smith today. Good.", ["He met J. Smith today.", "Good."]),
])
def test_split_sentences(text, expected):
    assert _texts(text) == expected


def test_paragraphs_join_soft_wraps_and_split_lines():
    text = ("This is a long paragraph that was wrapped by some editor at a fixed\n"
            "width and continues here.\nA new line that ends a paragraph.\n\nLast one.")
    paras = [p.text for p in split_paragraphs(text)]
    assert paras[0].startswith("This is a long") and paras[0].endswith("continues here.")
    assert paras[1:] == ["A new line that ends a paragraph.", "Last one."]


def test_seed_segments_have_exact_offsets_and_kinds():
    text = SEED.read_text(encoding="utf-8")
    segments, paragraphs = segment_record(Record("seed", text), CLASSIFY)
    for s in list(segments) + list(paragraphs):
        assert text[s.start:s.end] == s.text
    kinds = {s.segment_id: s.kind for s in segments}
    assert kinds["h"] == "headline"
    head = next(s for s in segments if s.kind == "headline")
    assert head.text.startswith("Park Jin “Central and central")
    assert [s.kind for s in segments if s.text == "Newsletter"] == ["boilerplate"]
    assert [s.kind for s in segments if s.text == "ntiger@news1.kr"] == ["byline"]
    assert any(s.kind == "caption" and "2022.6.22/News 1" in s.text for s in segments)
    # the unbalanced quote does not swallow the following sentences
    assert any(s.text == "“He also mentioned." for s in segments)
    assert sum(s.kind == "sentence" for s in segments) >= 7
    ids = [s.segment_id for s in segments if s.kind != "headline"]
    assert ids == [f"s{i}" for i in range(len(ids))]


def test_table_cell_has_no_headline():
    segments, _ = segment_record(Record("r1", "One sentence. Two sentences.",
                                        has_headline=False), CLASSIFY)
    assert [s.kind for s in segments] == ["sentence", "sentence"]


def test_crlf_offsets():
    text = "Headline here\r\n\r\nFirst sentence. Second one.\r\n"
    segments, _ = segment_record(Record("r", text), CLASSIFY)
    for s in segments:
        assert text[s.start:s.end] == s.text
    assert [s.text for s in segments] == ["Headline here", "First sentence.", "Second one."]


def test_a_long_headline_line_is_not_joined_to_the_body():
    text = ("Court \"Daejeon tunnel builder negligence acknowledged\"... 3 years imprisonment\n"
            "The Daejeon District Court sentenced the site manager of the project to three years "
            "in prison\nfor negligence.")
    segs, _ = segment_record(Record("d", text, has_headline=True), classify_paragraph)
    assert segs[0].kind == "headline" and segs[0].text.endswith("imprisonment")
    assert segs[1].text.endswith("for negligence.")  # the body's soft wrap is still joined
    _, paras = segment_record(Record("d", text, has_headline=False), classify_paragraph)
    assert "\nThe Daejeon" in paras[0].text  # without a headline: soft-wrapped prose


def test_wrapped_prose_in_a_cell_is_not_split_for_a_headline():
    text = ("Foreign Minister Park Jin said on Wednesday that cooperation with Central Asia\n"
            "is important for the region.")
    segs, paras = segment_record(Record("d", text, has_headline=True), classify_paragraph)
    assert len(paras) == 1 and [s.kind for s in segs] == ["sentence"]


def test_after_a_wrapped_first_line_the_headline_rule_is_spent():
    text = ("A first paragraph that runs well past sixty characters and wraps onto\n"
            "the next line and then mentions Seoul\nIn the middle of the same sentence.")
    _, paras = segment_record(Record("d", text, has_headline=True), classify_paragraph)
    assert len(paras) == 1  # soft-wrapped throughout: one paragraph, as without a headline

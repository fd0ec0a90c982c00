"""Glossary loading and matching (tqcheck.glossary)."""
import pytest

from tqcheck.glossary import GlossaryError, load_glossary


def test_packaged_glossary_loads_and_is_cached():
    g = load_glossary()
    assert len(g) >= 100
    assert load_glossary() is g
    yoon = next(e for e in g.entries if e.ko == "윤석열")
    assert yoon.preferred == "Yoon Suk Yeol" and "Yun Seok-yeol" in yoon.wrong


@pytest.mark.parametrize("text,variant", [
    ("the Yun Seok-yeol government", "Yun Seok-yeol"),
    ("members of the Minjoo Party said", "Minjoo Party"),
    ("the People’s Power Party", "People’s Power Party"),
    ("News 1 reported", "News 1"),
])
def test_finds_wrong_variants(text, variant):
    hits = load_glossary().find_wrong(text)
    assert [text[h.start:h.end] for h in hits][:1] == [variant]


@pytest.mark.parametrize("text", [
    "at the Seoul Western District Court",      # accepted form masks "Western District"
    "the Korean Central News Agency said",      # masks "Central News Agency"
    "in Yeouido, Seoul",                        # "Yeo" only as a whole word
    "The Yoon Suk Yeol government",
])
def test_accepted_forms_are_not_hits(text):
    assert load_glossary().find_wrong(text) == []


def test_ambiguous_form_is_marked():
    hits = load_glossary().find_wrong("officials at the Blue House said")
    assert hits and all(h.ambiguous for h in hits)


def test_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("ko,en,variants_wrong,kind,source\n"
                    "홍길동,Hong Gil-dong,Hong Kil-tong|Hong Gildong,person,test\n"
                    "박진,Park Jin|Pak Jin,Bak Jin,person,test\n", encoding="utf-8")
    g = load_glossary([str(path)])
    hit = g.find_wrong("Minister Hong Kil-tong said")
    assert [(h.variant, h.entry.preferred, h.entry.origin) for h in hit] == [
        ("Hong Kil-tong", "Hong Gil-dong", f"{path}:2")]
    assert g.find_wrong("Pak Jin said") == []           # the user row replaced the packaged one
    assert load_glossary().find_wrong("Hong Kil-tong") == []   # packaged glossary untouched


@pytest.mark.parametrize("content,line", [
    ("ko,english\n홍길동,Hong\n", 1),
    ("ko,en\n홍길동,Hong Gil-dong\n,Kim\n", 3),
    ("ko,en,variants_wrong,kind\n홍길동,,Hong Kil-tong,person\n", 2),
    ("ko,en,variants_wrong,kind\n홍길동,Hong Gil-dong,x,alien\n", 2),
    ("ko,en\n홍길동,Hong,Gil,dong\n", 2),
])
def test_bad_csv_names_file_and_line(tmp_path, content, line):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError) as err:
        load_glossary([str(path)])
    assert f"{path}: line {line}:" in str(err.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GlossaryError, match="not found"):
        load_glossary([str(tmp_path / "nope.csv")])

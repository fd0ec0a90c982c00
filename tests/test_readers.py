"""Readers: text files and directories, tables with column matching, encodings, errors."""
import json

import pandas as pd
import pytest

from tqcheck.io.decode import decode_bytes
from tqcheck.io.errors import InputError
from tqcheck.io.readers import read_inputs

ARTICLE = "Headline of the story\n\nThe minister said on Monday that talks would resume.\n"


def test_text_file_and_directory(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.md").write_text(ARTICLE, encoding="utf-8")
    (sub / "README.md").write_text("not an article", encoding="utf-8")
    records, inputs = read_inputs([str(tmp_path)])
    assert [r.doc_id for r in records] == ["a", "b"]
    assert records[0].target == ARTICLE and records[0].has_headline
    assert len(inputs) == 2 and len(inputs[0]["sha256"]) == 64


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp949", "euc-kr"])
def test_encodings(tmp_path, codec):
    text = "제목\n\n한국 정부는 3억 원을 지원했다. The minister spoke.\n"
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode(codec))
    records, _ = read_inputs([str(path)])
    assert records[0].target == text


def test_undecodable_bytes_name_file_and_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Hello \xff\xfe\xfa world \x81")
    with pytest.raises(InputError) as err:
        read_inputs([str(path)])
    msg = str(err.value)
    assert "bad.txt" in msg and "byte 6" in msg


def test_binary_file_is_rejected():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8", "img.txt")


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_inputs([str(tmp_path / "nope.txt")])


def test_csv_columns_case_insensitive_and_lines(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('ID,Korean,Translation,Ref\n1,안녕,"Hello, world",Hi world\n'
                    '2,"두 줄","Line one\nline two",x\n3,셋,Three,y\n', encoding="utf-8")
    records, _ = read_inputs([str(path)])
    assert [r.doc_id for r in records] == ["1", "2", "3"]
    assert records[0].target == "Hello, world" and records[0].source == "안녕"
    assert records[0].reference == "Hi world"
    assert [r.line_offset for r in records] == [1, 2, 4]
    assert records[1].has_headline and not records[0].has_headline


def test_malformed_csv_names_file_and_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,target\n1,fine\n2,too,many\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_inputs([str(path)])
    assert "bad.csv" in str(err.value) and "line 3" in str(err.value)


def test_missing_target_column(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("id\tbody\n1\ttext\n", encoding="utf-8")
    with pytest.raises(InputError, match="no target column"):
        read_inputs([str(path)])
    records, _ = read_inputs([str(path)], columns={"target": "body"})
    assert records[0].target == "text"


def test_jsonl_json_parquet_xlsx(tmp_path):
    rows = [{"doc_id": "a", "mt": "First text.", "src": "첫"},
            {"doc_id": "b", "mt": "Second text.", "src": "둘"}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                      encoding="utf-8")
    (tmp_path / "t.json").write_text(json.dumps({"records": rows}), encoding="utf-8")
    pd.DataFrame(rows).to_parquet(tmp_path / "t.parquet")
    pd.DataFrame(rows).to_excel(tmp_path / "t.xlsx", index=False)
    for name in ("t.jsonl", "t.json", "t.parquet", "t.xlsx"):
        records, _ = read_inputs([str(tmp_path / name)])
        assert [(r.doc_id, r.target, r.source) for r in records] == [
            ("a", "First text.", "첫"), ("b", "Second text.", "둘")], name


def test_bad_jsonl_line(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"target": "ok"}\n{"target": oops}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_inputs([str(path)])


def test_reference_file_alignment(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,target\n1,One.\n2,Two.\n", encoding="utf-8")
    ref = tmp_path / "ref.txt"
    ref.write_text("Uno.\nDos.\n", encoding="utf-8")
    records, _ = read_inputs([str(path)], reference=str(ref))
    assert [r.reference for r in records] == ["Uno.", "Dos."]
    ref.write_text("Only one.\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_inputs([str(path)], reference=str(ref))
    assert "ref.txt" in str(err.value) and "t.csv" in str(err.value)


def test_stdin(tmp_path):
    import io

    records, inputs = read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode()))
    assert records[0].doc_id == "stdin" and records[0].target == ARTICLE


def test_windows_1252_is_not_misread_as_korean(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(b"Korea\x92s president said it\x92s a good plan.\n\nThe minister\x92s office.")
    with pytest.raises(InputError) as err:
        read_inputs([str(path)])
    assert "cp1252.txt" in str(err.value) and "byte 5" in str(err.value)


@pytest.mark.parametrize("name,content", [
    ("empty.txt", b""), ("blank.txt", b"  \n\n \t\n"), ("header.csv", b"id,target\n"),
    ("empty.json", b"[]"),
])
def test_inputs_without_records_are_errors(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_inputs([str(path)])
    assert name in str(err.value)


def test_empty_stdin_is_an_error():
    import io

    with pytest.raises(InputError, match="stdin"):
        read_inputs(["-"], stdin=io.BytesIO(b""))


def test_same_file_names_in_several_folders_keep_distinct_ids(tmp_path):
    for folder, name in (("x", "a.txt"), ("x", "a.md"), ("y", "a.txt")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(ARTICLE, encoding="utf-8")
    for folder in ("x", "y"):
        (tmp_path / folder / "t.csv").write_text("id,target\n1,One.\n", encoding="utf-8")
    records, _ = read_inputs([str(tmp_path)])
    ids = [r.doc_id for r in records]
    assert len(ids) == len(set(ids)) == 5, ids


@pytest.mark.parametrize("header", ["id,target,target", "id,Target,TARGET", "id,target,translation"])
def test_ambiguous_target_columns_are_errors(tmp_path, header):
    path = tmp_path / "amb.csv"
    path.write_text(header + "\n1,a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="amb.csv"):
        read_inputs([str(path)])


def test_list_cell_is_an_error(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "1", "target": ["The the", "y"]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_inputs([str(path)])

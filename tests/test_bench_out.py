"""The benchmarks' CSV history: the header once, rows appended run after run."""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import out_csv  # noqa: E402


def test_append_rows_writes_the_header_once(tmp_path, monkeypatch):
    monkeypatch.setattr(out_csv, "OUT", tmp_path / "out")
    path = out_csv.append_rows("x.csv", ["a", "b"], [[1, "p, q"]])
    out_csv.append_rows("x.csv", ["a", "b"], ([n, n * 2] for n in (2, 3)))
    with open(path, newline="", encoding="utf-8") as fh:
        assert list(csv.reader(fh)) == [["a", "b"], ["1", "p, q"], ["2", "4"], ["3", "6"]]

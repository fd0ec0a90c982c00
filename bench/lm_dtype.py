"""How the model's precision moves the fluency scores: float32 against bfloat16, both on CPU.

On a GPU the scorer runs in bfloat16, on a CPU in float32, and the shipped calibration was
made in float32.  This scores the calibration set (``korean-english-park.dev.en``) and the
WMT21 TED MQM segments in both precisions on CPU (bfloat16 on CPU stands in for the GPU,
whose kernels round differently) and reports, with the shipped calibration: the median and
mean fluency, the share below 50, how many calibration sentences get a ``low-fluency`` span,
and the item-level Kendall tau against MQM (as ``bench/lm_agreement.py`` computes it).
Scores are cached in ``bench/out/lm_cache.sqlite`` under each precision's key.

    .venv/bin/python bench/lm_dtype.py          # about 3 minutes on 1 thread, cold cache
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import lm_agreement as la  # noqa: E402
from tqcheck.lm import cache_key, models, scorer  # noqa: E402
from tqcheck.lm.cache import ScoreCache, text_hash  # noqa: E402
from tqcheck.lm.scores import find_spans, load_calibration, segment_numbers  # noqa: E402

CALIBRATION_SET = ROOT.parent / "shared" / "data" / "korean-english-park.dev.en"
CACHE = ROOT / "bench" / "out" / "lm_cache.sqlite"


def score(path: Path, dtype, texts: list, cache: ScoreCache) -> dict:
    """``text -> (offsets, log-probs)`` for ``texts`` with the model in ``dtype`` on CPU."""
    from transformers import AutoModelForCausalLM, AutoTokenizer
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True,
                                                 dtype=dtype).eval()
    lm = scorer.wrap(model, tok, name=path.name, path=path, device="cpu", bos_id=0,
                     checksum=models.model_checksum(path))
    key = cache_key(lm)
    hashes = [text_hash(t) for t in texts]
    found = cache.get_many(key, hashes)
    todo = [i for i, h in enumerate(hashes) if h not in found]
    t0 = time.perf_counter()
    results = scorer.score_texts(lm, [texts[i] for i in todo])
    for i, (_, offsets, logprobs) in zip(todo, results):
        found[hashes[i]] = (offsets, logprobs)
    cache.put_many(key, ((hashes[i], r[1], r[2]) for i, r in zip(todo, results)))
    print(f"{key}: {len(todo)} texts scored in {time.perf_counter() - t0:.1f} s", flush=True)
    return {t: found[h] for t, h in zip(texts, hashes)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    path = models.resolve(args.model, None)
    cal = load_calibration(models.CARDS_DIR / f"{args.model}.calibration.json")
    lines = [ln for ln in CALIBRATION_SET.read_text(encoding="utf-8").splitlines() if ln.strip()]
    seg = la.load_segments(la.DEFAULT_DATA)
    texts = list(dict.fromkeys(lines + list(seg["text"])))
    CACHE.parent.mkdir(exist_ok=True)
    cache = ScoreCache(str(CACHE))
    for name, dtype in (("float32", torch.float32), ("bfloat16", torch.bfloat16)):
        scores = score(path, dtype, texts, cache)
        nums = [segment_numbers(t, scores[t][1]) for t in lines]
        fluency = np.array([cal.fluency(nll, slor) for nll, slor, _ in nums])
        spans = sum(bool(find_spans(t, *scores[t], cal)) for t in lines)
        print(f"{name}: calibration set median fluency {np.median(fluency):.2f}, mean "
              f"{fluency.mean():.2f}, below 50 {(fluency < 50).mean():.1%}, sentences with a "
              f"low-fluency span {spans} of {len(lines)}")
        frame = seg.copy()
        seg_nums = [segment_numbers(t, scores[t][1]) for t in frame["text"]]
        frame["fluency"] = [cal.fluency(nll, slor) for nll, slor, _ in seg_nums]
        frame["neg_mqm"] = -frame["mqm"]
        tau, items = la.mean_tau(frame, ["doc", "seg_id"], "fluency", "neg_mqm")
        print(f"{name}: MQM item-level Kendall tau of fluency {tau:.4f} over {items} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())

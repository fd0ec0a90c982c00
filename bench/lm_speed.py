"""Speed of tqcheck's batched LM scorer versus the obvious per-sentence loop.

Same texts, same model, one run.  Both timings include tokenization; the two methods
alternate ``--repeat`` times and each keeps its best time.

- ``loop``: for each sentence, ``model(ids, labels=ids)`` with batch size 1 (the baseline a
  first implementation would write);
- ``tqcheck``: ``tqcheck.lm.scorer.score_texts`` (sorted by length, token-budget batches,
  right padding, gathered target log-probs).

Texts are news sentences of mixed length (``../shared/data/korean-english-park.dev.en``,
repeated to reach ``--sentences``).  On CUDA the model runs in bf16 and, with ``--compile``,
under ``torch.compile`` (the compile warm-up is timed separately); ``--random-weights`` builds
the same architecture from the installed model's config with random weights (speed does not
depend on the weights).  The loop runs on at most ``--loop-sentences`` sentences (it is slow)
and its tokens/s is compared with the scorer's on all of them.

Usage::

    .venv/bin/python bench/lm_speed.py --device cpu --sentences 400
    .venv/bin/python bench/lm_speed.py --device cuda --random-weights --compile \\
        --sentences 200000 --loop-sentences 500 --batch-size 131072

Prints a table and writes ``bench/out/lm_speed.csv`` (appending one row per method and run).
"""
from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from bench.out_csv import append_rows  # noqa: E402
from tqcheck.lm import models, scorer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "korean-english-park.dev.en"


def load_texts(path: Path, n: int) -> list:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    return [lines[i % len(lines)] for i in range(n)]


def build(args) -> scorer.LoadedModel:
    device = scorer.pick_device(args.device)
    if not args.random_weights:
        lm = scorer.load(args.model, args.models_dir, device, compile=args.compile)
        return lm
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    path = models.resolve(args.model, args.models_dir)
    config = AutoConfig.from_pretrained(str(path), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=dtype).to(device).eval()
    if device == "cpu":
        scorer.set_cpu_threads()
    bos = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    return scorer.wrap(model, tokenizer, name=f"{path.name} (random weights)", path=path,
                       device=device, bos_id=bos if bos is not None else 0,
                       checksum="random", compile=args.compile)


def timed(lm, fn) -> float:
    scorer.synchronize(lm)
    t0 = time.perf_counter()
    fn()
    scorer.synchronize(lm)
    return time.perf_counter() - t0


def device_name(lm) -> str:
    if lm.device.startswith("cuda"):
        return torch.cuda.get_device_name(0)
    return f"{platform.processor() or platform.machine()} x{torch.get_num_threads()} threads"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--models-dir", default=None)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--sentences", type=int, default=400)
    ap.add_argument("--loop-sentences", type=int, default=None,
                    help="sentences for the slow loop (default: all of them on CPU, 500 on CUDA)")
    ap.add_argument("--batch-size", type=int, default=8192, help="token budget per batch")
    ap.add_argument("--compile", action="store_true", help="torch.compile the decoder")
    ap.add_argument("--random-weights", action="store_true")
    ap.add_argument("--repeat", type=int, default=2,
                    help="alternate loop and scorer this many times, keep each one's best")
    args = ap.parse_args(argv)

    lm = build(args)
    texts = load_texts(Path(args.data), args.sentences)
    n_loop = args.loop_sentences or (args.sentences if lm.device == "cpu" else 500)
    loop_texts = texts[:n_loop]

    # warm-up (allocator, kernels; compilation when --compile) on a slice, not timed
    warm = texts[:min(len(texts), 256)]
    compile_s = timed(lm, lambda: scorer.score_texts(lm, warm, budget=args.batch_size))
    scorer.naive_loop(lm, warm[:4])

    # alternate the two methods and keep each one's best time: the machine may be shared,
    # and a burst of someone else's load should not decide the ratio
    counted, results, t_loop, t_ours = {}, {}, math.inf, math.inf
    for _ in range(args.repeat):
        t_loop = min(t_loop, timed(lm, lambda: counted.__setitem__(
            "loop", scorer.naive_loop(lm, loop_texts))))
        t_ours = min(t_ours, timed(lm, lambda: results.__setitem__(
            "ours", scorer.score_texts(lm, texts, budget=args.batch_size))))
    n_ours = sum(len(r[2]) for r in results["ours"])
    rows = [
        ("loop model(ids, labels=ids), batch 1", len(loop_texts), counted["loop"], t_loop),
        (f"tqcheck scorer, budget {args.batch_size}" + (" compiled" if lm.compiled else ""),
         len(texts), n_ours, t_ours),
    ]
    base = rows[0][2] / rows[0][3]
    card = device_name(lm)
    print(f"model {lm.name}, device {lm.device} ({card}), dtype {lm.dtype}, "
          f"torch {torch.__version__}; warm-up {compile_s:.1f} s; best of {args.repeat}")
    print(f"{'method':48}{'sentences':>10}{'tokens':>10}{'seconds':>10}{'tokens/s':>12}{'speedup':>9}")
    for name, n_s, n_t, sec in rows:
        print(f"{name:48}{n_s:10d}{n_t:10d}{sec:10.2f}{n_t / sec:12.0f}{n_t / sec / base:8.2f}x")
    path = append_rows(
        "lm_speed.csv",
        ["model", "device", "card", "dtype", "method", "sentences", "tokens", "seconds",
         "tokens_per_s", "speedup"],
        ([lm.name, lm.device, card, lm.dtype, name, n_s, n_t, f"{sec:.3f}", f"{n_t / sec:.0f}",
          f"{n_t / sec / base:.2f}"] for name, n_s, n_t, sec in rows))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

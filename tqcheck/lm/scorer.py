"""Batched per-token log-probabilities with a causal language model (imports torch).

One pass over all texts: tokenize them together (fast tokenizer, with character offsets),
sort by length, cut into batches whose padded size stays within a token budget, pad on the
right with an attention mask, and run the decoder under ``torch.inference_mode()``.  Only the
hidden states of positions that predict a scored token go through the output layer, in row
chunks, and each row's log-probability is ``logit[target] - logsumexp(logits)``: the full
``tokens x vocabulary`` fp32 log-softmax is never materialized.

Each text is scored after a BOS token and, optionally, after context tokens (the previous
sentence of its article) that are fed to the model but not scored.  fp32 on CPU, bf16 on CUDA
(optionally ``torch.compile``d).  Loaded models are kept in a module-level cache, so a process
loads each model once.

This module is imported only when the language model is used.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
import torch

from tqcheck.lm import models as _models

CPU_ROWS_PER_CHUNK = 512
"""Output-layer rows per chunk on CPU: 512 x 49,152 fp32 logits = 100 MB."""
CUDA_ROWS_PER_CHUNK = 8192
MAX_PAD_WASTE = 0.1
"""At most this share of a batch's computed positions is padding (see ``make_batches``):
on a CPU the model is matmul-bound, so every padded position costs as much as a real one,
while batches of a few hundred tokens already run the matmuls at full speed.  Measured on
the speed bench (300 news sentences, budget 8192): 32% of positions were padding without it."""
CUDA_PAD_MULTIPLE = 32
"""On CUDA, batch lengths are padded to a multiple of this so that a compiled model sees few
distinct shapes (each new shape is a recompilation)."""


@dataclass
class LoadedModel:
    """A model ready to score: the module, its tokenizer and what identifies the numbers."""

    name: str
    path: Path
    model: object
    tokenizer: object
    device: str
    dtype: str
    bos_id: int
    checksum: str
    max_positions: int
    softcap: Optional[float]
    compiled: bool = False
    eager_forward: object = None

    def decoder(self):
        return self.model.base_model

    def head(self):
        return self.model.get_output_embeddings()


_LOADED: dict = {}


def pick_device(device: str = "auto") -> str:
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("--device cuda was asked for but torch sees no CUDA device "
                           "(use --device cpu or auto)")
    if device not in ("cpu", "cuda") and not device.startswith("cuda:"):
        raise ValueError(f"device must be auto, cpu or cuda, not {device!r}")
    return device


def set_cpu_threads() -> int:
    """Use the machine's cores for intra-op parallelism but leave inter-op at one thread:
    batches run one after another, so more inter-op threads only contend."""
    wanted = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                 else (os.cpu_count() or 1))
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already set once in this process
        pass
    return torch.get_num_threads()


def load(name_or_path: str, models_dir=None, device: str = "auto",
         compile: Optional[bool] = None, bos_token: Optional[str] = None) -> LoadedModel:
    """Load (once per process) the model ``name_or_path`` on ``device``."""
    device = pick_device(device)
    path = _models.resolve(name_or_path, models_dir)
    use_compile = device.startswith("cuda") if compile is None else compile
    key = (str(path), device, use_compile)
    if key in _LOADED:
        return _LOADED[key]
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    if device == "cpu":
        set_cpu_threads()
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a weight-loading bar on every run is noise on stderr
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True, dtype=dtype)
    model.to(device).eval()
    card = _models.get_card(path.name) if _models.read_manifest(path) else None
    name = card.name if card else (str(name_or_path) if not Path(str(name_or_path)).exists()
                                   else path.name)
    bos = bos_token or (card.bos_token if card else None)
    bos_id = tokenizer.convert_tokens_to_ids(bos) if bos else None
    if bos_id is None or bos_id == tokenizer.unk_token_id and bos != tokenizer.unk_token:
        bos_id = tokenizer.bos_token_id
    if bos_id is None:
        bos_id = tokenizer.eos_token_id
    if bos_id is None:
        raise RuntimeError(f"{path}: tokenizer has neither a BOS nor an EOS token")
    lm = wrap(model, tokenizer, name=name, path=path, device=device, bos_id=int(bos_id),
              checksum=_models.model_checksum(path), compile=use_compile)
    _LOADED[key] = lm
    return lm


def wrap(model, tokenizer, name: str, path: Path, device: str, bos_id: int, checksum: str,
         compile: bool = False) -> LoadedModel:
    """A ``LoadedModel`` around an already built model (also used by the speed bench with
    random weights)."""
    config = model.config
    max_positions = int(getattr(config, "max_position_embeddings", 0) or 4096)
    softcap = getattr(config, "final_logit_softcapping", None)
    dtype = next(model.parameters()).dtype
    lm = LoadedModel(name=name, path=Path(path), model=model, tokenizer=tokenizer,
                     device=device, dtype=str(dtype).replace("torch.", ""), bos_id=int(bos_id),
                     checksum=checksum, max_positions=max_positions,
                     softcap=float(softcap) if softcap else None)
    if compile:
        try:
            # automatic dynamic shapes: after the first recompilation batch and length dims
            # become symbolic, so mixed batch shapes do not recompile every time
            lm.eager_forward = model.base_model.forward
            model.base_model.forward = torch.compile(model.base_model.forward)
            lm.compiled = True
        except Exception:  # no compiler on this machine: eager is still correct
            lm.compiled = False
    return lm


def clear_loaded() -> None:
    """Forget loaded models (tests)."""
    _LOADED.clear()


def tokenize(lm: LoadedModel, texts: Sequence[str]) -> list:
    """``[(ids, offsets)]`` per text: token ids (no special tokens) and each token's
    ``(start, end)`` character span in the text."""
    if not texts:
        return []
    enc = lm.tokenizer(list(texts), add_special_tokens=False, return_offsets_mapping=True)
    return [(list(ids), [tuple(o) for o in offs])
            for ids, offs in zip(enc["input_ids"], enc["offset_mapping"])]


def make_batches(lengths: Sequence[int], budget: int, multiple: int = 1,
                 max_waste: float = MAX_PAD_WASTE) -> list:
    """Indices grouped into batches, longest first, each with ``rows x padded length <=
    budget`` (a single sequence longer than the budget gets a batch of its own).  A sequence
    shorter than ``(1 - max_waste)`` of its batch's length starts a new batch, so padding
    stays under ``max_waste`` of the computed tokens even for small or very mixed inputs.

    >>> make_batches([3, 10, 4], budget=12, max_waste=1.0)
    [[1], [2, 0]]
    >>> make_batches([10, 10, 5], budget=100)
    [[0, 1], [2]]
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches, cur, width = [], [], 0
    for i in order:
        n = -(-lengths[i] // multiple) * multiple
        if cur and (max(width, n) * (len(cur) + 1) > budget or n < (1 - max_waste) * width):
            batches.append(cur)
            cur, width = [], 0
        cur.append(i)
        width = max(width, n)
    if cur:
        batches.append(cur)
    return batches


def score_ids(lm: LoadedModel, items: Sequence[tuple], budget: int = 8192,
              progress: Optional[Callable[[int], None]] = None,
              max_waste: float = MAX_PAD_WASTE) -> list:
    """Log-probabilities (natural log, float32 arrays) of each item's target tokens.

    ``items`` are ``(context_ids, target_ids)``; each sequence is ``[BOS] + context + target``
    and only the target tokens are scored.  Sequences longer than the model's context keep
    their end (context is dropped first); target tokens cut off get ``nan``.
    """
    seqs, n_ctx, n_lost = [], [], []
    limit = lm.max_positions
    for ctx, tgt in items:
        ctx, tgt = list(ctx), list(tgt)
        lost = 0
        if 1 + len(ctx) + len(tgt) > limit:
            ctx = ctx[len(ctx) - max(0, limit - 1 - len(tgt)):] if len(tgt) < limit - 1 else []
            if 1 + len(tgt) > limit:
                lost = len(tgt) - (limit - 1)
                tgt = tgt[:limit - 1]
        seqs.append([lm.bos_id] + ctx + tgt)
        n_ctx.append(len(ctx))
        n_lost.append(lost)
    out = [None] * len(seqs)
    cuda = lm.device.startswith("cuda")
    multiple = CUDA_PAD_MULTIPLE if cuda and lm.compiled else 1
    rows_per_chunk = CUDA_ROWS_PER_CHUNK if cuda else CPU_ROWS_PER_CHUNK
    pad_id = lm.tokenizer.pad_token_id if lm.tokenizer.pad_token_id is not None else lm.bos_id
    decoder, head = lm.decoder(), lm.head()
    with torch.inference_mode():
        for batch in make_batches([len(s) for s in seqs], budget, multiple, max_waste):
            width = max(len(seqs[i]) for i in batch)
            width = -(-width // multiple) * multiple
            ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            rows, cols, targets = [], [], []
            for r, i in enumerate(batch):
                seq = seqs[i]
                ids[r, :len(seq)] = torch.tensor(seq)
                mask[r, :len(seq)] = 1
                # position p predicts token p+1; score only target tokens
                first = n_ctx[i]
                pos = range(first, len(seq) - 1)
                rows.extend([r] * len(pos))
                cols.extend(pos)
                targets.extend(seq[first + 1:])
            ids, mask = ids.to(lm.device), mask.to(lm.device)
            hidden = _run_decoder(lm, decoder, ids, mask)
            flat = torch.tensor(rows, device=lm.device) * width + torch.tensor(
                cols, device=lm.device, dtype=torch.long)
            picked = hidden.reshape(-1, hidden.shape[-1]).index_select(0, flat)
            tgt = torch.tensor(targets, device=lm.device, dtype=torch.long)
            logp = torch.empty(len(targets), dtype=torch.float32, device=lm.device)
            for c in range(0, len(targets), rows_per_chunk):
                logits = head(picked[c:c + rows_per_chunk]).float()
                if lm.softcap:
                    logits = torch.tanh(logits / lm.softcap) * lm.softcap
                logp[c:c + rows_per_chunk] = (
                    logits.gather(1, tgt[c:c + rows_per_chunk, None]).squeeze(1)
                    - torch.logsumexp(logits, dim=-1))
            logp = logp.cpu().numpy()
            start = 0
            for i in batch:
                n = len(seqs[i]) - 1 - n_ctx[i]
                vals = logp[start:start + n]
                start += n
                if n_lost[i]:
                    vals = np.concatenate([vals, np.full(n_lost[i], np.nan, np.float32)])
                out[i] = vals.astype(np.float32, copy=False)
            if progress:
                progress(len(batch))
    return out


def _run_decoder(lm: LoadedModel, decoder, ids, mask):
    try:
        return decoder(input_ids=ids, attention_mask=mask, use_cache=False)[0]
    except Exception:
        if not lm.compiled:
            raise
        # torch.compile failed (no compiler toolchain, unsupported op): fall back to eager
        decoder.forward = lm.eager_forward
        lm.compiled = False
        return decoder(input_ids=ids, attention_mask=mask, use_cache=False)[0]


def score_texts(lm: LoadedModel, texts: Sequence[str], contexts: Optional[Sequence] = None,
                budget: int = 8192, progress=None) -> list:
    """``[(ids, offsets, logprobs)]`` per text, with optional context strings."""
    toks = tokenize(lm, texts)
    ctx_toks = [([], [])] * len(texts)
    if contexts is not None:
        need = [c or "" for c in contexts]
        ctx_toks = tokenize(lm, need)
    logps = score_ids(lm, [(c[0], t[0]) for c, t in zip(ctx_toks, toks)], budget, progress)
    return [(ids, offs, lp) for (ids, offs), lp in zip(toks, logps)]


def naive_loop(lm: LoadedModel, texts: Sequence[str]) -> int:
    """The obvious baseline: ``model(ids, labels=ids)`` one sentence at a time (for the
    speed bench).  Returns the number of scored tokens."""
    n = 0
    with torch.inference_mode():
        for text in texts:
            ids = [lm.bos_id] + lm.tokenizer(text, add_special_tokens=False)["input_ids"]
            x = torch.tensor([ids], device=lm.device)
            lm.model(x, labels=x).loss.item()
            n += len(ids) - 1
    return n


def synchronize(lm: LoadedModel) -> None:
    if lm.device.startswith("cuda"):
        torch.cuda.synchronize()

"""The language-model layer: fluency scores and ``low-fluency`` findings.

Public API (what the pipeline and CLI call):

- ``score_documents(docs, config, progress=False) -> LMOutput``: scores every ``headline``
  and ``sentence`` segment of ``docs`` in one batched pass (residue is not prose and is not
  scored) and returns per-segment and per-document ``SegmentLM(lm_nll, lm_slor, fluency,
  tokens)``, ``low-fluency`` hits as ``(doc_id, Hit)`` with spans in the record's target, and
  the model signature.
- ``signature(config) -> dict``: what identifies the numbers, without loading the model.
- ``models``: ``list_cards``, ``install``, ``resolve``, ``default_models_dir``,
  ``ModelNotInstalled``.

Importing this package does not import torch or transformers: ``tqcheck.lm.scorer`` (torch)
is imported only inside ``score_documents``.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import NamedTuple, Optional

from tqcheck.lm import models
from tqcheck.lm.models import (MISSING_DEPENDENCY_MSG, MissingDependency, ModelNotInstalled,
                               default_models_dir, install, list_cards, resolve)
from tqcheck.lm.scores import Calibration, SegmentLM, load_calibration
from tqcheck.records import Hit

__all__ = ["LMOutput", "SegmentLM", "ModelNotInstalled", "MissingDependency", "score_documents", "signature",
           "models", "list_cards", "install", "resolve", "default_models_dir",
           "SCORED_KINDS"]

SCORED_KINDS = ("headline", "sentence")
LOCAL_CALIBRATION = "tqcheck-calibration.json"
"""A calibration written next to a user's own model (``bench/calibrate_lm.py --model DIR``)."""


class LMOutput(NamedTuple):
    segments: dict
    """``(doc_id, segment_id) -> SegmentLM``"""
    documents: dict
    """``doc_id -> SegmentLM`` (token-weighted over the document's scored segments)"""
    hits: list
    """``[(doc_id, Hit)]`` for ``low-fluency``, spans absolute in the record's target"""
    signature: dict


def calibration_for(model_dir: Path, name: str, checksum: str) -> Optional[Calibration]:
    """The calibration made with these exact weights: beside the model, else beside its card;
    ``None`` when there is none (``fluency`` stays empty, no ``low-fluency`` findings)."""
    candidates = [Path(model_dir) / LOCAL_CALIBRATION, models.CARDS_DIR / f"{name}.calibration.json"]
    for path in candidates:
        cal = load_calibration(path)
        if cal is not None and cal.data.get("model_checksum") == checksum:
            return cal
    return None


def _context_mode(config) -> str:
    return "previous-sentence" if config.lm_context else "none"


def signature(config) -> dict:
    """Model name, weights checksum, dtype, device, batch budget, context mode and
    calibration hash, read from disk without loading the model or importing torch unless
    ``device`` is ``auto`` (which must ask torch whether CUDA is there)."""
    sig = {"model": str(config.model), "device": config.device, "batch_tokens": config.batch_size,
           "context": _context_mode(config)}
    try:
        path = resolve(config.model, config.models_dir)
    except ModelNotInstalled as exc:
        sig.update(installed=False, error=str(exc))
        return sig
    checksum = models.model_checksum(path)
    device = config.device
    if device == "auto":
        try:
            import torch

            device = "cuda" if torch.cuda.is_available() else "cpu"
        except ImportError:
            device = "cpu"
    card = models.get_card(path.name) if models.read_manifest(path) else None
    name = card.name if card else path.name
    cal = calibration_for(path, name, checksum)
    sig.update(model=name, path=str(path), checksum=checksum, device=device,
               dtype="bfloat16" if device.startswith("cuda") else "float32",
               calibration=cal.digest if cal else None, installed=True)
    return sig


def _progress_bar(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="sentence", desc="language model", leave=False)


def cache_key(lm) -> str:
    """The model part of a cache key: everything that changes a token's log-probability."""
    return f"{lm.name}|{lm.checksum}|{lm.dtype}|{lm.device.split(':')[0]}|bos={lm.bos_id}"


def score_documents(docs: list, config, progress: bool = False) -> LMOutput:
    """Score the prose segments of ``docs`` with ``config.model`` (see the module doc)."""
    try:
        from tqcheck.lm import scorer
    except ImportError as exc:
        raise MissingDependency(MISSING_DEPENDENCY_MSG.format(what=exc.name)) from None
    from tqcheck.lm.cache import ScoreCache, text_hash
    from tqcheck.lm.scores import aggregate, find_spans, segment_numbers, span_message

    lm = scorer.load(config.model, config.models_dir, config.device)
    cal = calibration_for(lm.path, lm.name, lm.checksum)
    sig = {"model": lm.name, "path": str(lm.path), "checksum": lm.checksum, "dtype": lm.dtype,
           "device": lm.device, "batch_tokens": config.batch_size,
           "context": _context_mode(config), "bos_id": lm.bos_id, "compiled": lm.compiled,
           "calibration": cal.digest if cal else None, "installed": True}
    model_key = cache_key(lm)

    units = []  # (doc, segment, context text or None, hash)
    for doc in docs:
        prev = None
        for seg in doc.segments:
            if seg.kind not in SCORED_KINDS or not seg.text.strip():
                continue
            ctx = (prev.text + "\n") if (config.lm_context and prev is not None) else None
            units.append((doc, seg, ctx, text_hash(seg.text, ctx)))
            prev = seg

    cache = ScoreCache(config.cache) if config.cache else None
    found = cache.get_many(model_key, (u[3] for u in units)) if cache else {}
    todo = {}
    for _, seg, ctx, h in units:
        if h not in found and h not in todo:
            todo[h] = (seg.text, ctx)
    if todo:
        texts = [t for t, _ in todo.values()]
        contexts = [c or "" for _, c in todo.values()] if config.lm_context else None
        bar = _progress_bar(len(texts), progress)
        try:
            results = scorer.score_texts(lm, texts, contexts, budget=config.batch_size,
                                         progress=(lambda n: bar.update(n)) if bar else None)
        finally:
            if bar is not None:
                bar.close()
        fresh = {h: (offs, lp) for h, (_, offs, lp) in zip(todo, results)}
        if cache:
            cache.put_many(model_key, ((h, o, lp) for h, (o, lp) in fresh.items()))
        found.update(fresh)
    if cache:
        sig["cache"] = {"path": str(cache.path), "hits": cache.hits, "misses": cache.misses}
        cache.close()

    seg_out, by_doc, hits = {}, {}, []
    threshold = float(cal.data["spans"]["threshold"]) if cal else math.inf
    for doc, seg, _, h in units:
        offsets, logprobs = found[h]
        nll, slor, n = segment_numbers(seg.text, logprobs)
        if not n:
            continue
        lm_seg = SegmentLM(nll, slor, cal.fluency(nll, slor) if cal else None, n)
        seg_out[(doc.doc_id, seg.segment_id)] = lm_seg
        by_doc.setdefault(doc.doc_id, []).append(lm_seg)
        if cal:
            for span in find_spans(seg.text, offsets, logprobs, cal):
                hits.append((doc.doc_id, Hit(seg.start + span.start, seg.start + span.end,
                                             span_message(span, threshold))))
    documents = {d: aggregate(parts) for d, parts in by_doc.items()}
    return LMOutput(seg_out, documents, hits, sig)

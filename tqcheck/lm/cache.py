"""A SQLite cache of per-token LM results, keyed by model signature and text hash.

A CI job re-running on a feed scores only what changed.  The cache stores what the model
computed (token character offsets and log-probabilities), not the derived scores, so a new
calibration or span threshold reuses it.  The key's model part (``model_key``) holds
everything that changes the numbers: weights checksum, dtype, BOS, and the context text is
part of the text hash.  Writes happen in one transaction per run; a corrupt or unreadable
cache file is an error naming the file.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

SCHEMA = """
CREATE TABLE IF NOT EXISTS lm_tokens (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    offsets BLOB NOT NULL,
    logprobs BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
)
"""
BAD_CACHE_MSG = "{path}: not a usable tqcheck LM cache ({error}); delete it or pick another --cache"


class CacheError(RuntimeError):
    pass


def text_hash(text: str, context: Optional[str] = None) -> str:
    """SHA-256 of the text, and of the context before it when there is one.

    >>> text_hash("Seoul") == text_hash("Seoul", None) != text_hash("Seoul", "")
    True
    """
    blob = text.encode("utf-8") if context is None else (
        context.encode("utf-8") + b"\x00" + text.encode("utf-8"))
    return hashlib.sha256(blob).hexdigest()


class ScoreCache:
    """``get_many``/``put_many`` of ``(offsets, logprobs)`` by ``(model_key, text_hash)``."""

    def __init__(self, path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path))
            self.db.execute(SCHEMA)
            self.db.commit()
        except (sqlite3.Error, OSError) as exc:
            raise CacheError(BAD_CACHE_MSG.format(path=self.path, error=exc)) from None
        self.hits = 0
        self.misses = 0

    def get_many(self, model_key: str, hashes: Iterable[str]) -> dict:
        hashes = list(dict.fromkeys(hashes))
        found = {}
        for i in range(0, len(hashes), 500):
            chunk = hashes[i:i + 500]
            rows = self.db.execute(
                f"SELECT text_hash, offsets, logprobs FROM lm_tokens WHERE model = ? AND "
                f"text_hash IN ({','.join('?' * len(chunk))})", [model_key, *chunk])
            for h, offs, lps in rows:
                offsets = np.frombuffer(offs, dtype=np.int32).reshape(-1, 2)
                found[h] = ([tuple(map(int, o)) for o in offsets],
                            np.frombuffer(lps, dtype=np.float32).copy())
        self.hits += len(found)
        self.misses += len(hashes) - len(found)
        return found

    def put_many(self, model_key: str, items: Iterable[tuple]) -> None:
        """``items``: ``(text_hash, offsets, logprobs)``."""
        rows = [(model_key, h, np.asarray(o, dtype=np.int32).reshape(-1, 2).tobytes(),
                 np.asarray(lp, dtype=np.float32).tobytes()) for h, o, lp in items]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO lm_tokens VALUES (?, ?, ?, ?)", rows)

    def close(self) -> None:
        self.db.close()

"""Atomic file writes: every file tqcheck writes goes through here.

The content is written to a temporary file in the target's folder and renamed into place, so
a crash or an interrupt never leaves a half-written report that looks complete.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path, write, binary: bool = False) -> None:
    """Call ``write(target)`` for a temp file beside ``path``, then rename it to ``path``.

    ``target`` is an open text file (UTF-8, no newline translation), or, with ``binary``,
    the temp file's path (for writers such as openpyxl that open the file themselves).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if binary:
            os.close(fd)
            write(tmp)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                write(fh)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; reports are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path, text: str) -> None:
    """Write ``text`` to ``path`` atomically."""
    atomic_write(path, lambda fh: fh.write(text))

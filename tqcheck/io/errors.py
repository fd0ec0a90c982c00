"""The one error type for unreadable input: it names the file and the place."""
from __future__ import annotations


class InputError(Exception):
    """Input tqcheck cannot read.  ``str()`` is the user-facing message:
    ``FILE[: WHERE]: WHAT`` (exit code 2)."""

    def __init__(self, path: str, message: str, where: str = ""):
        self.path = str(path)
        self.where = where
        self.detail = message
        super().__init__(f"{self.path}: {where + ': ' if where else ''}{message}")

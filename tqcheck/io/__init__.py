"""Input readers (one module per format family) and output writers (one per format).

``tqcheck.io.readers.read_inputs(paths, ...)`` is the entry point for reading; it dispatches
by extension (and by sniffing content for feeds) to ``text``, ``tables``, ``feeds``,
``xliff``.  Output formats for ``tqcheck check`` live in ``formats`` (text, json, jsonl, csv)
with ``sarif``, ``junit`` and ``github`` beside it.
"""

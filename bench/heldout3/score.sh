#!/bin/sh
# Score tqcheck on the third held-out set with the first set's scorer (LM off).
# Usage: bench/heldout3/score.sh [--show]    (run from anywhere)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout3/articles.jsonl \
    --out bench/heldout3/results.csv "$@"

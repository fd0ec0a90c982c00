#!/bin/sh
# Score tqcheck on the seventh held-out set (source-aware checks) with the first set's scorer (LM off).
# Usage: sh bench/heldout7/score.sh [--show]    (run from anywhere)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout7/articles.jsonl \
    --out bench/heldout7/results.csv "$@"

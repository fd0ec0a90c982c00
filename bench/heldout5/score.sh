#!/bin/sh
# Score tqcheck on the fifth held-out set with the first set's scorer (LM off).
# Usage: sh bench/heldout5/score.sh [--show]    (run from anywhere)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout5/articles.jsonl \
    --out bench/heldout5/results.csv "$@"

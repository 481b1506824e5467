# Two commands for everyone: `make lab` and `make test`.
# Both create .venv (only when missing or older than pyproject.toml) and install the
# package with its dependencies; a second run reinstalls nothing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP_FLAGS := --quiet --disable-pip-version-check
# Extra flags for `jupyter lab`, e.g. make lab LAB_ARGS="--no-browser --port=8899" (the tests use it).
LAB_ARGS ?=
CHROMIUM := /usr/bin/chromium

.PHONY: lab test browser-test bench clean help

help:
	@echo "make lab    set up (first time only) and open JupyterLab on notebooks/"
	@echo "make test   set up (first time only) and run every test, notebooks included"
	@echo "make browser-test  run 00-start-here in JupyterLab in headless Chromium (installs Playwright)"
	@echo "make bench  measure notebook run time, memory and load time"
	@echo "make clean  remove .venv and build/"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Could not create $(VENV). On Debian/Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install $(PIP_FLAGS) --upgrade pip
	$(BIN)/python -m pip install $(PIP_FLAGS) -e '.[test]'
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 $(LAB_ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest

# Playwright is only the Python driver from PyPI: it drives Debian's Chromium, never a downloaded one.
browser-test: $(STAMP)
	@$(BIN)/python -c 'import playwright' 2>/dev/null || $(BIN)/python -m pip install $(PIP_FLAGS) playwright
	@test -x $(CHROMIUM) || { test "$$(id -u)" = 0 && apt-get update && apt-get install -y chromium; } || \
		{ echo "Chromium is missing: sudo apt-get install chromium"; exit 1; }
	$(BIN)/python -m pytest -rA tests/test_browser.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build

# Touchdown: two commands on a fresh Debian or Ubuntu (only git, make and python3 needed beforehand).
#   make run   sets up ./.venv (and python3-venv if missing), then serves the dashboard on http://localhost:8501
#   make test  the same plus the test tools and Debian's chromium, then ruff and the whole suite
# scripts/setup.sh does the installing and says what it installs; it is quick once everything is there.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8501
PY := $(VENV)/bin/python
SETUP := PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/setup.sh

.PHONY: run test setup setup-dev bench clean-venv

setup:
	@$(SETUP) run

setup-dev:
	@$(SETUP) test

run: setup
	$(PY) -m geo app --port $(PORT)

test: setup-dev
	$(PY) -m ruff check .
	$(PY) -m pytest -q

bench: setup-dev
	$(PY) bench/run.py

clean-venv:
	rm -rf $(VENV)

# Touchdown: two commands on a fresh machine.
#   make run   installs what is missing and starts the dashboard on http://localhost:8501
#   make test  installs what is missing (Python packages, Debian's chromium) and runs ruff and every test
PYTHON ?= python3
PORT ?= 8501
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-dev browser index bench

install:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PYTHON) -m geo index

install-dev:
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PYTHON) -m geo index

browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

run: install
	$(PYTHON) -m streamlit run app.py --server.port $(PORT)

test: install-dev browser
	$(PYTHON) -m ruff check .
	$(PYTHON) -m pytest -q

bench: install-dev browser
	$(PYTHON) bench/run.py

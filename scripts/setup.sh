#!/usr/bin/env bash
# Set up Touchdown in a virtual environment of its own: what `make run` and `make test` call first.
#
#   bash scripts/setup.sh run    the engine and the dashboard (requirements.txt)
#   bash scripts/setup.sh test   the same, plus the test tools (requirements-dev.txt) and Debian's chromium
#
# Why a script and a venv: a distribution Python (Debian 12/13, Ubuntu 24.04) has no pip by default and refuses
# system-wide installs (PEP 668, "externally-managed-environment"). Everything goes into ./.venv, which this
# script creates (installing python3-venv with apt where ensurepip is missing) and refreshes only when the
# requirement files change. System packages are installed only when missing, as root or through sudo; where
# neither is available the script says exactly which package an administrator must install.
#
# Environment: PYTHON (default python3), VENV (default .venv).
set -euo pipefail

cd "$(dirname "$0")/.."
ACTION="${1:-run}"
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
MIN_MINOR=11

say() { printf 'touchdown setup: %s\n' "$*" >&2; }
die() { printf 'touchdown setup: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------- Python itself
command -v "$PYTHON" >/dev/null 2>&1 \
  || die "$PYTHON not found. Install Python 3.$MIN_MINOR or newer (Debian/Ubuntu: apt-get install python3), or set PYTHON=/path/to/python3."
if ! "$PYTHON" -c "import sys; sys.exit(0 if sys.version_info >= (3, $MIN_MINOR) else 1)"; then
  die "Touchdown needs Python 3.$MIN_MINOR or newer; $PYTHON is $("$PYTHON" -c 'import sys; print(sys.version.split()[0])'). Install a newer python3 or set PYTHON=python3.$MIN_MINOR (or newer)."
fi
PYVER="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"

# ---------------------------------------------------------------------------- system packages
APT_UPDATED=0
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    return 127
  fi
}
apt_install() {  # apt_install WHY PACKAGE...
  local why="$1"; shift
  if ! command -v apt-get >/dev/null 2>&1; then
    die "$why needs the system package(s) $* and this system has no apt-get: install them with your package manager, then run make again."
  fi
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    die "$why needs the system package(s) $*, and installing them needs root: you are not root and sudo is not installed. Ask an administrator to run 'apt-get install -y $*' (or run make as root), then run make again."
  fi
  say "installing the system package(s) $* with apt ($why)"
  if [ "$APT_UPDATED" = 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed (see above)."
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed (see above). Install it by hand, then run make again."
}

# ---------------------------------------------------------------------------- the virtual environment
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import sys" >/dev/null 2>&1; then
  rm -rf "$VENV"
  if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    # Debian and Ubuntu split venv's pip bootstrap into python3.X-venv.
    apt_install "creating the virtual environment $VENV" "python$PYVER-venv"
  fi
  say "creating the virtual environment $VENV (Python $PYVER)"
  "$PYTHON" -m venv "$VENV" || { rm -rf "$VENV"; die "could not create $VENV with $PYTHON -m venv (see above)."; }
fi
PY="$VENV/bin/python"

if [ "$ACTION" = test ] || [ "$ACTION" = bench ]; then REQ=requirements-dev.txt; else REQ=requirements.txt; fi
STAMP="$VENV/.touchdown-installed"
WANT="$(cat requirements.txt "$REQ" pyproject.toml | sha256sum | cut -c1-16) $REQ"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  n="$(grep -cE '^[A-Za-z0-9]' requirements.txt "$REQ" | awk -F: '{s+=$2} END {print s}')"
  say "installing $n pinned Python packages from $REQ into $VENV (the first time takes about 2-5 minutes and ~1 GB)"
  "$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
  "$PY" -m pip install --quiet --disable-pip-version-check -r "$REQ"
  # The engine itself, editable, so the `touchdown` command and `import geo` work from this checkout.
  "$PY" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . >/dev/null 2>&1 \
    || "$PY" -m pip install --quiet --disable-pip-version-check --no-deps -e .
  echo "$WANT" > "$STAMP"
fi

# ---------------------------------------------------------------------------- a browser for the tests
if [ "$ACTION" = test ] || [ "$ACTION" = bench ]; then
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  # Playwright drives Chromium through the Node.js binary its wheel ships, which links libatomic.so.1
  # (present on most desktops, absent from a minimal Debian).
  if ! { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q 'libatomic\.so\.1'; then
    need+=(libatomic1)
  fi
  if [ ${#need[@]} -gt 0 ]; then
    apt_install "the browser tests (about 30 s, ~500 MB)" "${need[@]}"
  fi
fi

# ---------------------------------------------------------------------------- the offline gazetteer index
# --check reads every page: an index damaged anywhere is rebuilt, a sound one is kept
if ! "$PY" -m geo index --check >/dev/null 2>&1; then
  say "building the offline gazetteer index, once (about 1-2 minutes)"
  "$PY" -m geo index --force
fi

#!/usr/bin/env bash
# Check the README's two commands on a freshly bootstrapped Debian, as a new user has it (docs/fresh-machine.md).
#
#   sudo bash scripts/check_fresh_debian.sh bookworm     # Debian 12, Python 3.11
#   sudo bash scripts/check_fresh_debian.sh trixie       # Debian 13, Python 3.13
#
# Builds a Debian root with debootstrap, installs only git, make and python3 (plus ca-certificates, to reach the
# package registries through this machine's TLS set-up), clones this repository's committed HEAD inside, runs
# `make run` until the dashboard answers /_stcore/health, stops it, then runs `make test`. Everything runs with a
# clean environment. Needs root (debootstrap, chroot, mounts); takes ~2 minutes to build a root and 10-20 to run.
# Logs: $ROOT/root/check-run.log and check-test.log. Not run in CI (it needs root and builds a whole system).
set -euo pipefail

RELEASE="${1:-bookworm}"
ROOT="${2:-/var/tmp/touchdown-fresh-$RELEASE}"
MIRROR="${MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
  echo "== debootstrap $RELEASE into $ROOT from $MIRROR"
  debootstrap "$RELEASE" "$ROOT" "$MIRROR" >/dev/null
fi

# The same registries as this machine: its Debian mirror (for this release), its pip configuration, its CAs.
cat > "$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $RELEASE main
deb $MIRROR $RELEASE-updates main
EOF
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$ROOT/etc/pip.conf"
[ -d /etc/xdg/pip ] && mkdir -p "$ROOT/etc/xdg" && cp -r /etc/xdg/pip "$ROOT/etc/xdg/"
mkdir -p "$ROOT/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/* "$ROOT/usr/local/share/ca-certificates/" 2>/dev/null || true

mounts=(proc sys dev dev/pts dev/shm)
cleanup() { for m in $(printf '%s\n' "${mounts[@]}" | tac); do umount -l "$ROOT/$m" 2>/dev/null || true; done; }
trap cleanup EXIT
mount -t proc proc "$ROOT/proc"
mount --rbind /sys "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount --bind /dev/shm "$ROOT/dev/shm"

# A bundle of the committed repository (what a user clones), not the working tree.
git -C "$REPO" bundle create "$ROOT/root/touchdown.bundle" HEAD >/dev/null 2>&1

inside() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 bash -c "$1"; }

echo "== installing only git, make, python3 (and ca-certificates)"
inside "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git make python3 ca-certificates >/dev/null && update-ca-certificates >/dev/null && python3 --version"

inside "rm -rf /root/touchdown && git clone -q /root/touchdown.bundle /root/touchdown"

echo "== make run (until /_stcore/health answers)"
start=$(date +%s)
inside "cd /root/touchdown && (make run > /root/check-run.log 2>&1 & echo \$! > /root/run.pid)"
ok=0
for _ in $(seq 1 900); do
  if inside "python3 -c \"import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2).read()==b'ok' else 1)\"" 2>/dev/null; then
    ok=1; break
  fi
  sleep 2
done
echo "   health: $([ $ok = 1 ] && echo ok || echo FAILED) after $(( $(date +%s) - start )) s"
inside "pkill -f '[s]treamlit run' || true; kill \$(cat /root/run.pid) 2>/dev/null || true"
[ $ok = 1 ] || { tail -30 "$ROOT/root/check-run.log"; exit 1; }

echo "== make test"
start=$(date +%s)
if inside "cd /root/touchdown && make test > /root/check-test.log 2>&1"; then
  echo "   make test passed after $(( $(date +%s) - start )) s: $(tail -1 "$ROOT/root/check-test.log")"
else
  echo "   make test FAILED after $(( $(date +%s) - start )) s"; tail -40 "$ROOT/root/check-test.log"; exit 1
fi

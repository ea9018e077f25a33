"""Shared helpers for real-browser tests: run a Streamlit app; a Playwright context with no outside network.

Why: Touchdown must work with no network (tests should prove the map draws when every request that is not
to this machine fails), and the browser tests of every page need the same plumbing: a Streamlit server on a
free port started from the repository root (so ``.streamlit/config.toml`` applies), a health wait, and a
clean stop. Playwright drives Debian's Chromium (``/usr/bin/chromium``); never ``playwright install``.

Typical use::

    with start_streamlit(REPO_ROOT / "app.py") as (proc, base_url):
        context, blocked = offline_context(browser)
        page = context.new_page()
        page.goto(base_url)
        ...
        assert blocked == []
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
LOCAL_SCHEMES = frozenset({"data", "blob", "about", "file", "chrome-error"})


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float) -> tuple[int, str]:
    """GET a loopback URL without any proxy from the environment (status, body)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=timeout) as resp:
        return resp.status, resp.read().decode("utf-8", "replace")


def wait_for_health(
    base_url: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 60.0
) -> None:
    """Block until Streamlit's ``/_stcore/health`` answers ``ok``; fail early if the process died."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode} before becoming healthy")
        try:
            status, body = _get(f"{base_url}/_stcore/health", timeout=2)
            if status == 200 and body.strip() == "ok":
                return
            last = f"{status} {body[:80]}"
        except (OSError, urllib.error.URLError) as exc:
            last = repr(exc)
        time.sleep(0.25)
    raise TimeoutError(f"{base_url} not healthy after {timeout:.0f}s (last: {last})")


@contextmanager
def start_streamlit(
    app_path: Path,
    env: dict[str, str] | None = None,
    *,
    cwd: Path = REPO_ROOT,
    args: Sequence[str] = (),
    timeout: float = 60.0,
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Run ``python -m streamlit run APP`` on a free loopback port; yield ``(process, base_url)``.

    Started from ``cwd`` (the repository root by default) so that ``.streamlit/config.toml`` applies, with the
    repository root on ``PYTHONPATH`` so the app can ``import geo``. ``env`` entries are added to (and
    override) the current environment. The server listens on 127.0.0.1 only. Its output goes to a log file
    whose tail is in the error if it never becomes healthy. On exit the process is terminated (killed after
    10 s).
    NB Streamlit serves ``static/`` from the main script's folder: see :func:`stage_app` for apps not at the
    repository root.
    """
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), full_env.get("PYTHONPATH", "")) if p)
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_path),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        # No file watcher: when a source file changes under a running test (another checkout's work, an
        # editor), Streamlit shows a "Rerun" prompt in the status widget and waits: wait_idle would never end.
        "--server.fileWatcherType",
        "none",
        *args,
    ]
    log = tempfile.NamedTemporaryFile(prefix="streamlit-", suffix=".log", delete=False)  # noqa: SIM115
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=full_env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    try:
        try:
            wait_for_health(base_url, proc, timeout)
        except (RuntimeError, TimeoutError) as exc:
            log.flush()
            tail = Path(log.name).read_text(encoding="utf-8", errors="replace")[-3000:]
            raise RuntimeError(f"{exc}\n--- streamlit log ({log.name}) ---\n{tail}") from exc
        yield proc, base_url
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        log.close()


def stage_app(app_path: Path, dest_dir: Path, static_dir: Path = REPO_ROOT / "static") -> Path:
    """Copy an app script into ``dest_dir`` next to a symlink ``static`` -> ``static_dir``; return the copy.

    Why: Streamlit serves ``<main script's folder>/static`` at ``/app/static/``, so a test app kept under
    ``tests/apps/`` would not see the repository's ``static/``. The real ``app.py`` at the root needs no
    staging.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / app_path.name
    shutil.copy2(app_path, target)
    link = dest_dir / "static"
    if not link.exists():
        link.symlink_to(static_dir.resolve(), target_is_directory=True)
    return target


def is_local_url(url: str, allow_hosts: frozenset[str] = LOOPBACK_HOSTS) -> bool:
    """True when fetching ``url`` stays on this machine (loopback host, or a data/blob/file/about URL)."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return (parts.hostname or "") in allow_hosts


def offline_context(
    browser: Any, *, allow_hosts: frozenset[str] = LOOPBACK_HOSTS, **context_kwargs: Any
) -> tuple[Any, list[str]]:
    """A new Playwright browser context in which every request that would leave the machine is aborted.

    Returns ``(context, blocked)``: ``blocked`` fills with the URL of each aborted request, in order, so a
    test can assert the page never tried the network (or only for tiles). Requests from every page and frame
    of the context are covered (the streamlit-folium iframe included). ``context_kwargs`` go to
    ``new_context``.
    Close the context when done.
    """
    context = browser.new_context(**context_kwargs)
    blocked: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        if is_local_url(url, allow_hosts):
            route.continue_()
        else:
            blocked.append(url)
            route.abort("internetdisconnected")

    context.route("**/*", handle)
    return context, blocked


_AUDIT_HOOK = """\
import json, os, sys
_path = os.environ.get("TOUCHDOWN_NET_AUDIT_LOG")
if _path:
    _log = open(_path, "a", buffering=1, encoding="utf-8")

    def _touchdown_net_audit(event, args):
        try:
            if event == "socket.getaddrinfo":
                host = args[0]
            elif event in ("socket.connect", "socket.sendto"):
                addr = args[1]
                host = addr[0] if isinstance(addr, tuple) else "unix:" + str(addr)
            else:
                return
            if isinstance(host, bytes):
                host = host.decode("ascii", "replace")
            _log.write(json.dumps({"event": event, "host": host}) + "\\n")
        except Exception:
            pass

    sys.addaudithook(_touchdown_net_audit)
"""


def network_audit_env(log_path: Path) -> dict[str, str]:
    """Environment for :func:`start_streamlit` that logs every socket connect/lookup the server makes.

    Why: blocking the browser proves the page needs no network; this proves the Python side tries none
    either (Streamlit would otherwise look up its public IP or send telemetry). It installs a
    ``sitecustomize`` audit hook (PEP 578) from a folder beside ``log_path``, put first on ``PYTHONPATH``.
    Read the result with :func:`outbound_connections`.
    """
    hook_dir = log_path.parent / "touchdown-netaudit"
    hook_dir.mkdir(parents=True, exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(_AUDIT_HOOK, encoding="utf-8")
    log_path.write_text("", encoding="utf-8")
    return {
        "TOUCHDOWN_NET_AUDIT_LOG": str(log_path),
        "PYTHONPATH": os.pathsep.join(p for p in (str(hook_dir), os.environ.get("PYTHONPATH", "")) if p),
    }


def outbound_connections(log_path: Path) -> list[str]:
    """Socket events of an audited server that were not to this machine (loopback or unix sockets)."""
    out = []
    for line in log_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        host = str(rec["host"] or "")
        if (
            not host
            or host.startswith(("unix:", "127."))
            or host in LOOPBACK_HOSTS
            or host in {"0.0.0.0", "::"}
        ):
            continue
        out.append(f"{rec['event']} {host}")
    return out


# ── waiting on the dashboard ────────────────────────────────────────────────────────────────────────────────

MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
BUSY_TIMEOUT_MS = 180_000  # the machine may be busy; a batch of every case takes tens of seconds


def wait_idle(page: Any, timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Until Streamlit's script run is over (its "Running…" status widget gone).

    Why: a click or a measurement made while a rerun replaces the page's elements can land on an element
    that is about to go (a download button whose file is never sent, a grid not yet drawn).
    """
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms)


def drawn_map_frame(page: Any, min_shapes: int, timeout_ms: int = BUSY_TIMEOUT_MS) -> Any:
    """The folium map's frame once it has drawn ``min_shapes`` shapes, looked up again if a rerun replaced it."""
    from playwright.sync_api import Error as PlaywrightError

    for attempt in range(3):
        wait_idle(page, timeout_ms)
        try:
            page.locator(MAP_IFRAME).last.wait_for(state="attached", timeout=timeout_ms)
            frame = page.locator(MAP_IFRAME).last.element_handle().content_frame()
            if frame is None:  # the iframe was replaced between the two calls: look again
                raise PlaywrightError("the map's frame was replaced")
            frame.wait_for_selector(".leaflet-container", state="visible", timeout=timeout_ms)
            frame.wait_for_function(
                f"document.querySelectorAll('path.leaflet-interactive').length >= {min_shapes}", timeout=timeout_ms)
            return frame
        except PlaywrightError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")

"""Bad input through the command line and the dashboard: refused with a clear message, never a traceback,
never losing what the user already had.

Why: users drop whatever they have: a saved page with broken markup, a PDF renamed .txt, a Russian article
saved by an old editor in Windows-1251 or KOI8-R, a 20 MB log. The CLI must exit 2 with one line that says
what is wrong (exit 3 when the text is fine but holds nothing to map, naming the places it could not find),
and an encoding must never change the answer: the same article in any encoding gives the same statements
and the same estimate. In the dashboard a bad paste must show an error and leave the workspace as it was.
(`tests/test_pipeline.py` already covers empty, whitespace-only, a PDF header and NUL bytes on the CLI.)
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from geojson_validator import validate_structure
from streamlit.testing.v1 import AppTest

from tests.cases import CASES_DIR, REPO, SEED

EXIT_OK, EXIT_INPUT, EXIT_NOTHING = 0, 2, 3
LANDING = "The Soyuz capsule landed 150 km south-east of Zhezkazgan on Tuesday.\n"


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout)


def _assert_refused(r: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2, one clean message on stderr (no traceback), naming every word given (case-insensitive)."""
    assert r.returncode == EXIT_INPUT, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout, r.stderr
    assert r.stderr.startswith("error:"), r.stderr
    for w in words:
        assert w.lower() in r.stderr.lower(), (w, r.stderr)


# ── too large, binary, not text ──────────────────────────────────────────────────────────────────────────


def test_a_20_mb_file_is_refused_with_a_message_naming_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    chunk = (LANDING * 200).encode("utf-8")
    with big.open("wb") as fh:
        while fh.tell() < 20 * 1024 * 1024:
            fh.write(chunk)
    r = _cli("map", str(big), "-o", str(tmp_path / "out.geojson"))
    _assert_refused(r, "limit", "5 MB", "huge.txt")
    assert "20 MB" in r.stderr, r.stderr
    assert not (tmp_path / "out.geojson").exists()


def test_the_size_limit_is_configurable_and_the_message_follows_it(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(LANDING.encode("utf-8") * 100)  # 7 KB
    r = subprocess.run([sys.executable, "-m", "geo", "map", str(f)], cwd=REPO, capture_output=True, text=True,
                       timeout=120, env={**os.environ, "TOUCHDOWN_MAX_BYTES": "2KB"})
    _assert_refused(r, "limit", "2 KB", "TOUCHDOWN_MAX_BYTES")


def _pdf() -> bytes:
    """A small but complete PDF 1.4 document with one page of text (as a real export would start and end)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"]
    stream = b"BT /F1 12 Tf 72 720 Td (The capsule landed 150 km south-east of Zhezkazgan) Tj ET"
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document><w:t>{LANDING}</w:t></w:document>")
    return buf.getvalue()


BINARY = {
    "pdf-renamed.txt": (_pdf(), "PDF"),
    "random-bytes.txt": (random.Random(6).randbytes(64 * 1024), "binary"),
    "docx-renamed.txt": (_docx(), "ZIP"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(2048), "PNG"),
    "article.txt.gz": (gzip.compress(LANDING.encode("utf-8") * 20), "gzip"),
    "program.txt": (b"\x7fELF\x02\x01\x01" + bytes(200), "program"),
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_files_are_refused_saying_what_they_look_like(tmp_path: Path, name: str) -> None:
    data, what = BINARY[name]
    f = tmp_path / name
    f.write_bytes(data)
    r = _cli("map", str(f), "-o", str(tmp_path / "out.geojson"))
    _assert_refused(r, what)
    assert not (tmp_path / "out.geojson").exists()


def test_a_missing_file_is_a_clean_error(tmp_path: Path) -> None:
    _assert_refused(_cli("map", str(tmp_path / "no-such-article.txt")), "no-such-article.txt")


# ── encodings: the same article gives the same answer ───────────────────────────────────────────────────────


def _map_json(path: Path, out: Path) -> dict:
    r = _cli("map", str(path), "-o", str(out))
    assert r.returncode == EXIT_OK, (path.name, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert validate_structure(doc) == {}
    return doc


def _comparable(doc: dict) -> dict:
    """The FeatureCollection without what must differ between encodings (the sha256 of the raw bytes)."""
    doc = json.loads(json.dumps(doc))
    del doc["touchdown"]["article"]["sha256"]
    return doc


# (case file, encoding, characters the encoding cannot hold -> what an editor saving in it would write)
ENCODED = [
    ("tma17-ru.txt", "cp1251", {}),
    ("tma17-ru.txt", "koi8-r", {"«": '"', "»": '"'}),  # KOI8-R has no guillemets
    ("tma17-ru.txt", "utf-16", {}),  # with a BOM, as Windows Notepad writes "Unicode"
    ("tma17-ru.txt", "utf-16-le", {}),  # without a BOM
    ("tma6-ru.txt", "cp1251", {}),
    ("tma6-ru.txt", "koi8-r", {"«": '"', "»": '"'}),
    ("tma6-ru.txt", "utf-16", {}),
    ("ms06-fr.txt", "latin-1", {}),
    ("ms06-fr.txt", "cp1252", {}),
    ("ms06-fr.txt", "utf-16-be", {}),
]


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict]:
    """The CLI's GeoJSON for each UTF-8 original (and for its substituted text where an encoding needs it)."""
    tmp = tmp_path_factory.mktemp("originals")
    out: dict[tuple[str, str], dict] = {}
    for name, _enc, subst in ENCODED:
        key = (name, json.dumps(subst, sort_keys=True))
        if key in out:
            continue
        text = (CASES_DIR / name).read_text(encoding="utf-8")
        for a, b in subst.items():
            text = text.replace(a, b)
        src = tmp / f"{len(out)}-{name}"
        src.write_bytes(text.encode("utf-8"))
        out[key] = _map_json(src, tmp / f"{len(out)}.geojson")
    return out


@pytest.mark.parametrize(("name", "encoding", "subst"), ENCODED, ids=[f"{n}-{e}" for n, e, _ in ENCODED])
def test_an_article_in_a_legacy_encoding_maps_exactly_like_its_utf8_original(
    tmp_path: Path, originals: dict, name: str, encoding: str, subst: dict[str, str]
) -> None:
    text = (CASES_DIR / name).read_text(encoding="utf-8")
    for a, b in subst.items():
        text = text.replace(a, b)
    f = tmp_path / name
    f.write_bytes(text.encode(encoding))
    assert f.read_bytes() != text.encode("utf-8")
    doc = _map_json(f, tmp_path / "out.geojson")
    reference = originals[(name, json.dumps(subst, sort_keys=True))]
    statements = [x for x in doc["features"] if x["properties"]["role"] == "statement"]
    assert statements, "no statement read"
    assert _comparable(doc) == _comparable(reference)
    if subst:  # the substituted characters are not in any statement: the original itself gives the same answer
        plain = originals.get((name, "{}"))
        if plain is not None:
            assert doc["features"] == plain["features"]


# ── broken HTML, unknown places ────────────────────────────────────────────────────────────────────────────

BROKEN_HTML = {
    "unclosed-tags": "<html><head><title>Soyuz lands</title><body><div><p>The Soyuz capsule landed 150 km "
                     "south-east of <b>Zhezkazgan<p>on Tuesday.<div><span><table><tr><td>unclosed",
    "no-head-no-body": "<p>The Soyuz capsule landed 150 km south-east of <i>Zhezkazgan</i>.</p></div></div></body>"
                       "</html></html><p>More</p>",
    "paragraph-without-full-stop": "<p>The Soyuz capsule landed 150 km south-east of Zhezkazgan</p><p>More "
                                   "about the crew</p>",
    "stray-brackets": "<html><body><p>The Soyuz capsule < landed 150 km south-east of Zhezkazgan >> on Tuesday."
                      "</p><</></ p><p <p>x</p></body>",
    "unterminated-comment": "<html><body><p>The Soyuz capsule landed 150 km south-east of Zhezkazgan.</p>"
                            "<!-- an unterminated comment <p>hidden</p>",
    "script-and-style": "<html><head><style>p{color:red</style><script>var a = '</p>';</script></head><body>"
                        "<p>The Soyuz capsule landed 150 km south-east of Zhezkazgan.</p><script>"
                        "document.write('<p>The capsule landed 40 km north of Arkalyk</p>')</script></body></html>",
    "entities": "<html><body><p>The Soyuz capsule landed 150&nbsp;km south&#8209;east of Zhezkazgan &amp; "
                "&bogus; &#xD800; &#99999999; &lt;script&gt;</p></body></html>",
}




@pytest.mark.parametrize("name", sorted(BROKEN_HTML))
def test_broken_html_still_yields_the_article_text(tmp_path: Path, name: str) -> None:
    f = tmp_path / f"{name}.html"
    f.write_text(BROKEN_HTML[name], encoding="utf-8")
    out = tmp_path / "out.geojson"
    r = _cli("map", str(f), "-o", str(out))
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == EXIT_OK, (r.stdout, r.stderr)
    doc = json.loads(out.read_text(encoding="utf-8"))
    anchors = [x["properties"]["anchor"]["name"] for x in doc["features"] if x["properties"]["role"] == "statement"]
    assert anchors == ["Zhezkazgan"], anchors  # and nothing read from a script (the Arkalyk line)


@pytest.mark.parametrize("markup", [b"<", b"<<<>>><html<body", b"<html></html>", b"<script>alert(1)</script>",
                                    b"<html><body><p></p><!--", b"\xef\xbb\xbf<?xml version='1.0'?><html/>"])
def test_html_with_no_text_is_refused_or_nothing_to_map(tmp_path: Path, markup: bytes) -> None:
    f = tmp_path / "page.html"
    f.write_bytes(markup)
    r = _cli("map", str(f), "-o", str(tmp_path / "out.geojson"))
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode in (EXIT_INPUT, EXIT_NOTHING), (r.returncode, r.stdout, r.stderr)
    if r.returncode == EXIT_INPUT:
        assert r.stderr.startswith("error:")


def test_an_unclosed_title_is_refused_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    """An unclosed <title> holds the rest of the page (as in a browser, which shows a blank page)."""
    f = tmp_path / "title.html"
    f.write_text("<html><head><title>Soyuz lands<body><p>The Soyuz capsule landed 150 km south-east of "
                 "Zhezkazgan.</p></body></html>", encoding="utf-8")
    r = _cli("map", str(f))
    assert "Traceback" not in r.stderr, r.stderr
    if r.returncode != EXIT_OK:
        _assert_refused(r, "no readable text")


def test_a_headline_without_a_full_stop_does_not_swallow_the_next_line(tmp_path: Path) -> None:
    f = tmp_path / "headline.txt"
    f.write_text("Soyuz lands 150 km south-east of Zhezkazgan\nThree cosmonauts returned on Tuesday.\n",
                 encoding="utf-8")
    r = _cli("map", str(f))
    assert r.returncode == EXIT_OK, (r.stdout, r.stderr)


def test_an_unknown_place_is_nothing_to_map_and_named(tmp_path: Path) -> None:
    f = tmp_path / "xyzzy.txt"
    f.write_text("Soyuz lands\n\nThe capsule landed 150 km south-east of Xyzzyville on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    r = _cli("map", str(f), "-o", str(out))
    assert r.returncode == EXIT_NOTHING, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert "Xyzzyville" in r.stdout + r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert validate_structure(doc) == {}
    assert doc["touchdown"]["status"] == "nothing-to-map"
    assert "Xyzzyville" in doc["touchdown"]["message"]
    assert doc["touchdown"]["unresolved"] == ["Xyzzyville"]
    assert not [x for x in doc["features"] if x["properties"]["role"] in ("estimate", "best")]




@pytest.mark.parametrize("town", ["Xyzzyville", "Frobozz", "Plugh", "Blorptown", "Xyzzy", "Qwerty", "Xyzzytown"])
def test_a_made_up_town_is_nothing_to_map_and_named(town: str) -> None:
    import geo

    est = geo.locate(f"The capsule landed 150 km south-east of {town} on Tuesday.")
    assert (est.status, est.unresolved) == ("nothing-to-map", (town,)), (est.status, est.message)
    assert town in est.message


def test_a_known_and_an_unknown_place_maps_the_known_one_and_names_the_other(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text("The capsule landed 150 km south-east of Zhezkazgan, some 300 km west of Xyzzyville.\n",
                 encoding="utf-8")
    out = tmp_path / "out.geojson"
    r = _cli("map", str(f), "-o", str(out))
    assert r.returncode == EXIT_OK, (r.stdout, r.stderr)
    assert "Xyzzyville" in r.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["touchdown"]["unresolved"] == ["Xyzzyville"]


# ── the dashboard: a bad paste shows an error and loses nothing ───────────────────────────────────────────


def _app() -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def _map(at: AppTest, text: str) -> AppTest:
    at.text_area[0].input(text)
    next(b for b in at.button if b.label == "Map").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _sidebar_text(at: AppTest) -> str:
    """Everything the workspace sidebar shows as text (radio options, markdown, captions)."""
    parts: list[str] = []
    for r in at.sidebar.radio:
        parts += [str(o) for o in r.options]
    for kind in ("markdown", "caption", "text"):
        parts += [str(getattr(e, "value", "")) for e in getattr(at.sidebar, kind)]
    return "\n".join(parts).replace("\\", "")


def _workspace_titles() -> list[str]:
    from geo.store import Workspace

    return [r.title or "" for r in Workspace.open().articles()]




@pytest.mark.parametrize("bad", ["", "   \n\t  ", "\u200b\u200f\x00"],
                         ids=["empty", "whitespace", "invisible"])
def test_the_page_says_clearly_that_empty_text_is_empty_and_keeps_the_workspace(bad: str) -> None:
    at = _map(_app(), SEED.read_text(encoding="utf-8"))
    assert not at.error, [e.value for e in at.error]
    title = _workspace_titles()[0]
    assert title and title[:30] in _sidebar_text(at)
    at = _map(at, bad)
    messages = " ".join(str(e.value) for e in at.error)
    assert messages, "no error shown for an empty paste"
    assert "empty" in messages.lower() or "no text" in messages.lower(), messages
    assert "Traceback" not in messages
    assert _workspace_titles() == [title]  # nothing lost, nothing added
    assert title[:30] in _sidebar_text(at)


def test_the_page_refuses_a_paste_over_the_limit_and_keeps_the_workspace() -> None:
    at = _map(_app(), SEED.read_text(encoding="utf-8"))
    title = _workspace_titles()[0]
    at = _map(at, LANDING * (6 * 1024 * 1024 // len(LANDING) + 1))
    messages = " ".join(str(e.value) for e in at.error)
    assert "limit" in messages and "5 MB" in messages, messages
    assert _workspace_titles() == [title]
    assert title[:30] in _sidebar_text(at)


def test_the_page_names_an_unknown_place_and_keeps_the_previous_article() -> None:
    at = _map(_app(), SEED.read_text(encoding="utf-8"))
    title = _workspace_titles()[0]
    at = _map(at, "Soyuz lands far away\n\nThe capsule landed 150 km south-east of Xyzzyville.")
    shown = " ".join(str(e.value) for e in [*at.warning, *at.error, *at.caption, *at.markdown])
    assert "Xyzzyville" in shown.replace("\\", ""), shown[:2000]
    assert title in _workspace_titles() and len(_workspace_titles()) == 2
    assert title[:30] in _sidebar_text(at)


# ── what a visitor can reach and see ─────────────────────────────────────────────────────────────────────


def test_the_dashboard_listens_on_loopback_and_shows_no_error_details_by_default() -> None:
    """``.streamlit/config.toml``: 127.0.0.1 only and no tracebacks (with paths) for visitors; Streamlit 1.67
    must accept both values as they are written."""
    import tomllib

    from streamlit import config

    cfg = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["address"] == "127.0.0.1"
    assert cfg["client"]["showErrorDetails"] == "none"
    assert cfg["client"]["showErrorDetails"] in {str(v) for v in config.ShowErrorDetailsConfigOptions}


@pytest.mark.parametrize(("env", "argv", "address", "details"), [
    ({}, [], "127.0.0.1", "none"),
    ({"STREAMLIT_SERVER_ADDRESS": "0.0.0.0"}, [], None, "none"),  # the environment's value is left to apply
    ({"STREAMLIT_CLIENT_SHOW_ERROR_DETAILS": "full"}, [], "127.0.0.1", None),
    ({"STREAMLIT_SERVER_ADDRESS": "0.0.0.0"}, ["--address", "10.0.0.5"], "10.0.0.5", "none"),
])
def test_touchdown_app_keeps_the_safe_defaults_unless_the_environment_or_a_flag_says_otherwise(
        monkeypatch: pytest.MonkeyPatch, env: dict[str, str], argv: list[str], address: str | None,
        details: str | None) -> None:
    from geo import cli

    for k in ("STREAMLIT_SERVER_ADDRESS", "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    seen: list[list[str]] = []
    monkeypatch.setattr(subprocess, "call", lambda cmd, **kw: seen.append(cmd) or 0)
    assert cli.main(["app", *argv]) == 0
    cmd = seen[0]

    def flag(name: str) -> str | None:
        return cmd[cmd.index(name) + 1] if name in cmd else None

    assert flag("--server.address") == address
    assert flag("--client.showErrorDetails") == details

"""The gazetteer's cache file: checked on every open, rebuilt (saying so) when missing or broken, written atomically.

Why: a zero-length or damaged cache used to fail every lookup with a raw traceback, forever, and a deleted one
was rebuilt silently for two minutes. Every test here builds a small index from a handful of GeoNames-like
records through the real ``build_index`` (the full one takes minutes), in a temporary cache folder.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from geo import gazetteer
from geo.gazetteer import Gazetteer, build_index, ensure_index, index_path, index_problem

ZHEZKAZGAN = 1516589
CITIES = {
    "1516589": {"geonameid": 1516589, "name": "Zhezkazgan", "latitude": 47.79411, "longitude": 67.70628,
                "countrycode": "KZ", "admin1code": "24", "population": 90000, "timezone": "Asia/Almaty",
                "alternatenames": ["Jezkazgan", "Dzhezkazgan", "Жезказган", "ジェズカズガン"]},
    "1526384": {"geonameid": 1526384, "name": "Almaty", "latitude": 43.25, "longitude": 76.91667,
                "countrycode": "KZ", "admin1code": "02", "population": 2000900, "timezone": "Asia/Almaty",
                "alternatenames": ["Alma-Ata", "Алматы"]},
    "524901": {"geonameid": 524901, "name": "Moscow", "latitude": 55.75222, "longitude": 37.61556,
               "countrycode": "RU", "admin1code": "48", "population": 10381222, "timezone": "Europe/Moscow",
               "alternatenames": ["Moskva", "Москва"]},
}


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """cities500 replaced by three places, so a rebuild on open takes a second, not minutes."""
    p = tmp_path / "cities.json"
    p.write_text(json.dumps(CITIES), encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_source_json", lambda: p)
    return p


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A sound small index, built once per test in its own cache folder."""
    return build_index(tmp_path / "cache" / "gazetteer.sqlite3", cities=CITIES)


def _sql(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as con:
        con.execute(statement)
    con.close()


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _truncate(keep: Callable[[int], int]) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        with open(path, "r+b") as fh:
            fh.truncate(keep(path.stat().st_size))
    return cut


def _header(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.seek(16)
        fh.write(b"\x00\x03")  # a page size of 3 bytes


# Each broken form, how it is made, and the words index_problem must use for it.
BROKEN: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing": (lambda p: p.unlink(), "is missing"),
    "zero-length": (lambda p: p.write_bytes(b""), "is empty (0 bytes)"),
    "random bytes": (_random, "is not an SQLite database"),
    "text file": (lambda p: p.write_text("not an index\n"), "is not an SQLite database"),
    "truncated to half": (_truncate(lambda n: n // 2), "is truncated"),
    "truncated mid-page": (_truncate(lambda n: n - 100), "is truncated"),
    "damaged header": (_header, "damaged SQLite header"),
    "wrong version": (lambda p: _sql(p, "UPDATE meta SET v = '7' WHERE k = 'version'"), "is version 7, not version"),
    "no version (older build)": (lambda p: _sql(p, "DELETE FROM meta WHERE k = 'version'"), "no version stamp"),
    "build did not finish": (lambda p: _sql(p, "DELETE FROM meta WHERE k = 'complete'"), "did not finish"),
    "rows lost": (lambda p: _sql(p, "DELETE FROM names WHERE rowid = (SELECT max(rowid) FROM names)"), "lost rows"),
    "no meta table": (lambda p: _sql(p, "DROP TABLE meta"), "cannot be read by SQLite"),
}


def test_a_fresh_build_is_sound_answers_and_leaves_nothing_else(good: Path) -> None:
    assert index_problem(good) is None
    assert index_problem(good, thorough=True) is None
    place = Gazetteer(good).resolve("Жезказган")
    assert place is not None and place.geonameid == ZHEZKAZGAN
    assert sorted(p.name for p in good.parent.iterdir()) == [good.name]  # no temporary file left


@pytest.mark.parametrize("form", list(BROKEN))
def test_each_broken_form_is_detected_and_named(form: str, good: Path) -> None:
    damage, words = BROKEN[form]
    damage(good)
    problem = index_problem(good)
    assert problem is not None and words in problem, problem


def test_pages_overwritten_behind_a_sound_header_are_found_by_the_thorough_check(good: Path) -> None:
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = os.urandom(len(data) - page)  # every page but the first (the schema) is noise
    good.write_bytes(bytes(data))
    assert index_problem(good, thorough=True) is not None


@pytest.mark.parametrize("form", ["missing", "zero-length", "random bytes", "truncated to half", "wrong version",
                                  "build did not finish"])
def test_a_broken_index_is_rebuilt_on_open_with_a_message(form: str, good: Path, source: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    BROKEN[form][0](good)
    g = Gazetteer(good)  # opening checks, and rebuilds from the (small) source
    assert index_problem(good) is None
    assert g.resolve("Jezkazgan").geonameid == ZHEZKAZGAN
    err = capsys.readouterr().err
    assert ("building" if form == "missing" else "rebuilding") in err and "gazetteer index ready" in err, err
    assert "gazetteer index: indexing ..." in err, err  # progress, stage by stage
    if form != "missing":
        assert BROKEN[form][1] in err, err


def test_a_sound_index_is_opened_without_a_word_or_a_rebuild(good: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    before = good.stat().st_mtime_ns
    monkeypatch.setattr(gazetteer, "build_index", lambda *a, **k: pytest.fail("rebuilt a sound index"))
    Gazetteer(good).resolve("Almaty")
    assert good.stat().st_mtime_ns == before and capsys.readouterr().err == ""


def test_default_opens_the_index_under_touchdown_cache(tmp_path: Path, source: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHDOWN_CACHE", str(tmp_path / "elsewhere"))
    assert index_path().parent == tmp_path / "elsewhere"
    gazetteer.default.cache_clear()
    try:
        g = gazetteer.default()
        assert g.resolve("Moskva").geonameid == 524901  # the small index: built there, from the small source
        assert index_problem(index_path()) is None
    finally:
        gazetteer.default.cache_clear()  # later tests get the real index again


def test_a_failed_build_keeps_the_old_index_and_leaves_no_temporary_file(good: Path) -> None:
    before = good.read_bytes()
    broken = {"1": {**CITIES["1516589"], "geonameid": "not a number"}}
    with pytest.raises(ValueError):
        build_index(good, cities=broken)
    assert good.read_bytes() == before
    assert sorted(p.name for p in good.parent.iterdir()) == [good.name]


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_leftovers_of_killed_builds_are_removed_and_running_builds_kept(good: Path) -> None:
    dead = _dead_pid()
    stale = [good.with_name(f".{good.name}.build-{dead}-1.tmp"), good.with_name(f"{good.stem}.tmp{dead}")]
    running = good.with_name(f".{good.name}.build-{os.getpid()}-1.tmp")  # this very process: alive
    for p in (*stale, running):
        p.write_bytes(b"partial")
    build_index(good, cities=CITIES)
    assert not any(p.exists() for p in stale)
    assert running.exists()


def test_an_index_killed_mid_build_never_appears_under_its_name(tmp_path: Path) -> None:
    """The real build (all of cities500) in a child, SIGKILLed once its temporary file exists."""
    target = tmp_path / "gazetteer.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; "
                              "from geo.gazetteer import build_index; build_index(Path(sys.argv[1]))", str(target)],
                             cwd=Path(__file__).resolve().parent.parent)
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob(".*.build-*.tmp")):
            assert child.poll() is None and time.monotonic() < deadline, "the build ended before it could be killed"
            time.sleep(0.05)
        time.sleep(0.5)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not target.exists() and index_problem(target) == "is missing"
    assert list(tmp_path.glob(".*.build-*.tmp")), "the killed build's file should be there, to be cleaned next"
    build_index(target, cities=CITIES)
    assert index_problem(target) is None and not list(tmp_path.glob(".*.build-*.tmp"))


def test_two_openers_of_a_missing_index_build_it_once(tmp_path: Path, source: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cache" / "gazetteer.sqlite3"
    builds: list[int] = []
    real = gazetteer.build_index

    def slow_build(*args: object, **kwargs: object) -> Path:
        builds.append(threading.get_ident())
        time.sleep(0.5)  # long enough that the second opener arrives while the first builds
        return real(*args, **kwargs)

    monkeypatch.setattr(gazetteer, "build_index", slow_build)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            ensure_index(target)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and len(builds) == 1, (errors, builds)
    assert index_problem(target) is None


def test_an_index_that_cannot_be_built_says_where_and_what_to_do(tmp_path: Path, source: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with pytest.raises(OSError, match="cannot build the gazetteer index at .*TOUCHDOWN_CACHE"):
        Gazetteer(blocker / "gazetteer.sqlite3")


@pytest.mark.parametrize("form", ["zero-length", "truncated to half", "build did not finish", "pages overwritten"])
def test_index_check_names_a_damaged_index_and_index_rebuilds_it(form: str, good: Path, source: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from geo import cli

    monkeypatch.setattr(gazetteer, "index_path", lambda: good)
    assert cli.main(["index", "--check"]) == 0 and "sound" in capsys.readouterr().out
    if form == "pages overwritten":  # a sound header and stamp page, noise behind: only the thorough check sees it
        data = bytearray(good.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        data[page:] = os.urandom(len(data) - page)
        good.write_bytes(bytes(data))
    else:
        BROKEN[form][0](good)
    assert cli.main(["index", "--check"]) == 1
    out = capsys.readouterr().out
    assert "sound" not in out and str(good) in out, out
    assert cli.main(["index"]) == 0  # not --force: a damaged index is rebuilt all the same
    out = capsys.readouterr().out
    assert "building gazetteer index" in out, out
    assert index_problem(good, thorough=True) is None
    assert cli.main(["index", "--check"]) == 0

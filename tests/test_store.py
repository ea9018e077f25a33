"""Tests for geo.store: the workspace survives restarts, SIGKILL mid-save and two processes editing at once.

Every test works in tmp_path with TOUCHDOWN_DB pointing there (and HOME/XDG_DATA_HOME moved there too), so
the user's real workspace is never touched. Concurrency tests use real processes and generous timeouts, and
assert on outcomes only, never on timings, so a loaded 2-core machine cannot make them flaky.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from geo import store
from geo.store import ArticleRow, ConflictError, NotFoundError, StoreError, Workspace
from geo.textio import InputError, decode

REPO = Path(__file__).resolve().parents[1]
WAIT_S = 180.0  # per child event: generous for a loaded CI machine; never a timing assertion


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "workspace.sqlite3"
    monkeypatch.setenv("TOUCHDOWN_DB", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return path


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


class Child:
    """A Python child process running ``code``, its stdout lines collected by a thread (no blocking reads)."""

    def __init__(self, code: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            cwd=REPO,
            env=_child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # an unterminated last line was cut by a kill: it reports nothing
                self.lines.put(line[:-1])
        self.lines.put(None)

    def line(self) -> str:
        try:
            item = self.lines.get(timeout=WAIT_S)
        except queue.Empty:
            self.kill()
            pytest.fail(f"child gave no output for {WAIT_S} s")
        if item is None:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            pytest.fail(f"child ended early (exit {self.proc.wait()}):\n{err}")
        return item

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text)
        self.proc.stdin.flush()

    def rest(self) -> list[str]:
        """Every line still to come, once the child has ended."""
        self._reader.join(timeout=WAIT_S)
        out = []
        while True:
            try:
                item = self.lines.get_nowait()
            except queue.Empty:
                return out
            if item is None:
                return out
            out.append(item)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=WAIT_S)

    def finish(self) -> str:
        """Wait for a normal exit; return stderr; fail with it on a non-zero exit."""
        _, err = self.proc.communicate(timeout=WAIT_S)
        assert self.proc.returncode == 0, err
        return err


# ------------------------------------------------------------------------------------------ basics


def test_default_path_is_per_user_and_never_the_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOUCHDOWN_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert store.default_path() == tmp_path / "xdg" / "touchdown" / "workspace.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert store.default_path() == tmp_path / "home" / ".local" / "share" / "touchdown" / "workspace.sqlite3"
    monkeypatch.setenv("TOUCHDOWN_DB", str(tmp_path / "x.sqlite3"))
    assert store.default_path() == tmp_path / "x.sqlite3"


def test_open_creates_folders_and_sets_the_pragmas(db: Path) -> None:
    with Workspace.open() as ws:
        assert ws.path == db and db.exists()
        c = ws._conn
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert ws.schema_version == store.SCHEMA_VERSION
        assert c.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID


def test_workspace_survives_a_restart(db: Path) -> None:
    hostile = "<script>alert('x')</script> Soyuz MS-06 lands"
    with Workspace.open() as ws:
        a = ws.add_article("Soyuz landed 146 km south-east of Zhezkazgan.", title=hostile,
                           source_name="ms06.txt", published=date(2018, 2, 28))
        b = ws.add_article("Второй текст: в 148 км юго-восточнее Жезказгана.", encoding="cp1251")
        ws.set_correction(a, 0, "distance_km", 148)
        ws.set_correction(a, 0, "anchor", {"name": "Zhezkazgan", "geonameid": 1516589})
        ws.set_correction(a, 2, "direction", "SE")
        ws.save_estimate(a, '{"type": "FeatureCollection", "features": []}', "ok", "0.1.0")
    with Workspace.open() as ws:  # a new process would see exactly this
        rows = ws.articles()
        assert [r.id for r in rows] == [a, b]
        first = ws.get(a)
        assert first.title == hostile  # verbatim: escaping is the renderer's job
        assert first.text == "Soyuz landed 146 km south-east of Zhezkazgan."
        assert first.published == date(2018, 2, 28)
        assert first.source_name == "ms06.txt"
        assert ws.get(b).encoding == "cp1251"
        assert ws.corrections(a) == {
            0: {"anchor": {"geonameid": 1516589, "name": "Zhezkazgan"}, "distance_km": 148},
            2: {"direction": "SE"},
        }
        assert ws.estimate(a) == ('{"type": "FeatureCollection", "features": []}', "ok")
        assert ws.estimate(b) is None
        assert ws.estimate_row(a).engine_version == "0.1.0"  # type: ignore[union-attr]
        assert ws.integrity_check() == "ok"


def test_same_text_is_not_added_twice(db: Path) -> None:
    raw = "Капсула приземлилась в 148 км юго-восточнее Жезказгана.".encode("cp1251")
    article = decode(raw, "tass.txt")
    with Workspace.open() as ws:
        first = ws.add(article)
        assert ws.add(article) == first
        assert ws.add_article(article.text, sha256=article.sha256, title="other title") == first
        assert ws.get(first).title == article.title  # the first copy is untouched
        assert ws.find(article.sha256) == first
        other = ws.add_article(article.text)  # same text, pasted: its own UTF-8 hash, a different upload
        assert other != first
        assert len(ws.articles()) == 2


def test_rename_publish_remove_and_revisions(db: Path) -> None:
    with Workspace.open() as ws:
        a = ws.add_article("text one")
        row = ws.get(a)
        assert row.revision == 1 and row.title is None
        assert ws.rename(a, "Title", expected_revision=1) == 2
        assert ws.set_published(a, "2018-02-28") == 3
        assert ws.get(a).published == date(2018, 2, 28)
        assert ws.set_published(a, None, expected_revision=3) == 4
        assert ws.get(a).published is None
        assert ws.get(a).updated_at >= row.created_at
        ws.set_correction(a, 1, "distance_km", 10)
        ws.save_estimate(a, "{}", "ok", "x")
        assert ws.remove(a) is True
        assert ws.remove(a) is False
        with pytest.raises(NotFoundError):
            ws.get(a)
        with pytest.raises(NotFoundError):
            ws.rename(a, "gone")
        with pytest.raises(NotFoundError):
            ws.set_correction(a, 0, "x", 1)
        c = ws._conn  # cascade: nothing left behind
        assert c.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM estimates").fetchone()[0] == 0


def test_stale_rename_raises_conflict_instead_of_overwriting(db: Path) -> None:
    with Workspace.open() as setup:
        a = setup.add_article("Soyuz landed near Zhezkazgan.", title="original")
    with Workspace.open() as window1, Workspace.open() as window2:
        seen1 = window1.get(a).revision
        seen2 = window2.get(a).revision
        assert window2.rename(a, "renamed in window 2", expected_revision=seen2) == seen2 + 1
        with pytest.raises(ConflictError) as err:
            window1.rename(a, "renamed in window 1", expected_revision=seen1)
        assert "changed elsewhere" in str(err.value) and err.value.actual == seen2 + 1
        assert window1.get(a).title == "renamed in window 2"
        with pytest.raises(ConflictError):
            window1.set_published(a, date(2020, 1, 1), expected_revision=seen1)
        fresh = window1.get(a).revision
        window1.rename(a, "renamed in window 1", expected_revision=fresh)
        assert window2.get(a).title == "renamed in window 1"


def test_corrections_of_different_statements_and_fields_are_independent(db: Path) -> None:
    with Workspace.open() as ws1, Workspace.open() as ws2:
        a = ws1.add_article("text")
        ws1.set_correction(a, 0, "distance_km", 150)
        ws2.set_correction(a, 1, "distance_km", 20)
        ws2.set_correction(a, 0, "direction", "SE")
        ws1.set_correction(a, 0, "distance_km", 148)  # same cell: the later value wins
        assert ws2.corrections(a) == {0: {"direction": "SE", "distance_km": 148}, 1: {"distance_km": 20}}
        assert ws1.clear_correction(a, 0, "direction") == 1
        assert ws1.clear_correction(a, 1) == 1
        assert ws2.corrections(a) == {0: {"distance_km": 148}}


def test_bad_values_are_refused_and_lose_nothing(db: Path) -> None:
    with Workspace.open() as ws:
        a = ws.add_article("kept text", title="kept")
        ws.set_correction(a, 0, "distance_km", 148)
        with pytest.raises(InputError, match="empty"):
            ws.add_article("   \n")
        with pytest.raises(ValueError, match="JSON"):
            ws.set_correction(a, 0, "distance_km", float("nan"))
        with pytest.raises(ValueError, match="JSON"):
            ws.set_correction(a, 0, "distance_km", object())
        with pytest.raises(ValueError, match="statement_index"):
            ws.set_correction(a, -1, "distance_km", 1)
        with pytest.raises(ValueError, match="field"):
            ws.set_correction(a, 0, "", 1)
        with pytest.raises(ValueError, match="not valid JSON"):
            ws.save_estimate(a, "{not json", "ok", "x")
        with pytest.raises(InputError, match="YYYY-MM-DD"):
            ws.set_published(a, "28/02/2018")
        assert ws.get(a).title == "kept" and ws.get(a).revision == 1
        assert ws.corrections(a) == {0: {"distance_km": 148}}
        assert ws.integrity_check() == "ok"


def test_a_file_that_is_not_a_workspace_is_left_alone(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("this is not a database, it is my notes\n" * 100)
    before = text_file.read_bytes()
    with pytest.raises(StoreError, match="not a readable Touchdown workspace"):
        Workspace.open(text_file)
    assert text_file.read_bytes() == before

    other = tmp_path / "other.sqlite3"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE mine (x)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a Touchdown workspace"):
        Workspace.open(other)

    with pytest.raises(StoreError, match="is a folder"):
        Workspace.open(tmp_path)


def test_a_newer_schema_is_refused_not_damaged(db: Path) -> None:
    with Workspace.open() as ws:
        ws.add_article("keep me")
        ws._conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer Touchdown"):
        Workspace.open()
    c = sqlite3.connect(db)
    assert c.execute("SELECT text FROM articles").fetchall() == [("keep me",)]
    c.close()


# A frozen copy of the released v1 schema: migrations must take a v1 workspace to the latest with its rows.
V1_SQL = (
    "PRAGMA application_id = 1413762609",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT,
        text TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        source_name TEXT,
        encoding TEXT NOT NULL DEFAULT 'utf-8',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE corrections (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        statement_index INTEGER NOT NULL CHECK (statement_index >= 0),
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, statement_index, field)
    ) WITHOUT ROWID""",
    """CREATE TABLE estimates (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        geojson TEXT NOT NULL,
        status TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        computed_at TEXT NOT NULL
    )""",
)


def test_released_v1_migration_is_unchanged() -> None:
    assert store.MIGRATIONS[0] == V1_SQL


def test_v1_workspace_migrates_to_latest_without_losing_rows(db: Path) -> None:
    db.parent.mkdir(parents=True)
    c = sqlite3.connect(db, isolation_level=None)
    c.execute("BEGIN")
    for statement in V1_SQL:
        c.execute(statement)
    c.execute("PRAGMA user_version = 1")
    t = "2024-01-02T03:04:05.000000+00:00"
    c.executemany(
        "INSERT INTO articles (id, title, text, sha256, source_name, encoding, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(1, "first", "text 1", "a" * 64, "one.txt", "utf-8", t, t),
         (5, None, "text 5", "b" * 64, None, "koi8-r", t, t)],
    )
    c.execute("INSERT INTO corrections VALUES (5, 3, 'distance_km', '150', ?)", (t,))
    c.execute("INSERT INTO estimates VALUES (1, '{}', 'ok', 'v0', ?)", (t,))
    c.execute("COMMIT")
    c.close()

    with Workspace.open() as ws:
        assert ws.schema_version == store.SCHEMA_VERSION
        rows = ws.articles()
        assert [(r.id, r.title, r.sha256, r.revision, r.published) for r in rows] == [
            (1, "first", "a" * 64, 1, None),
            (5, None, "b" * 64, 1, None),
        ]
        assert ws.get(5).text == "text 5" and ws.get(5).encoding == "koi8-r"
        assert ws.corrections(5) == {3: {"distance_km": 150}}
        assert ws.estimate(1) == ("{}", "ok")
        new = ws.add_article("text 6")  # and it works as a current workspace
        assert [r.id for r in ws.articles()] == [1, 5, new]
        assert ws.rename(1, "renamed", expected_revision=1) == 2
        assert ws.integrity_check() == "ok"


def test_workspace_object_is_safe_to_share_between_threads(db: Path) -> None:
    """The dashboard keeps one Workspace for all its server threads."""
    errors: list[BaseException] = []
    with Workspace.open() as ws:
        a = ws.add_article("shared article")

        def work(n: int) -> None:
            try:
                for i in range(40):
                    ws.set_correction(a, n * 100 + i, "distance_km", i)
                    ws.articles()
                    ws.add_article(f"thread {n} article {i}")
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=WAIT_S)
        assert not errors
        assert sum(len(v) for v in ws.corrections(a).values()) == 160
        assert len(ws.articles()) == 161


# ------------------------------------------------------------------------------------------ SIGKILL

# Each report is one os.write of a whole line: with PYTHONUNBUFFERED=1 (as here), print() writes its pieces
# separately and a kill could cut a line in two. A line reaches the parent only after its commit returned.
WRITER = r"""
import json, os, sys
from geo.store import Workspace

def report(*parts):
    os.write(1, (" ".join(map(str, parts)) + "\n").encode())

run = int(sys.argv[1])
ws = Workspace.open()
first = ws.add_article(f"run {run} first article", title="first")
i = 0
while True:
    # Texts from 40 B to 200 KB, so that a kill often lands inside a large write.
    text = f"run {run} article {i}: " + "landed 146 km south-east of Zhezkazgan. " * (1 + (i * 797) % 5000)
    aid = ws.add_article(text, title=f"run {run} #{i}")
    ws.set_correction(aid, i % 7, "distance_km", {"run": run, "i": i})
    ws.save_estimate(aid, json.dumps({"type": "FeatureCollection", "features": [], "i": i}), "ok", "test")
    report("A", aid, i)
    ws.rename(first, f"renamed {i}")
    report("R", first, i)
    i += 1
"""


def _expected_text(run: int, i: int) -> str:
    return f"run {run} article {i}: " + "landed 146 km south-east of Zhezkazgan. " * (1 + (i * 797) % 5000)


def test_sigkill_mid_save_loses_nothing_committed_and_corrupts_nothing(db: Path) -> None:
    rng = random.Random(20240229)
    for run in range(5):
        child = Child(WRITER, str(run))
        target = rng.randint(3, 40)
        reported: list[str] = []
        while sum(1 for r in reported if r.startswith("A")) < target:
            reported.append(child.line())
        time.sleep(rng.uniform(0.0, 0.05))  # the kill lands at a random point of the next saves
        child.kill()
        assert child.proc.returncode == -signal.SIGKILL
        reported += child.rest()  # printed (so committed) before the kill

        with Workspace.open() as ws:
            assert ws.integrity_check() == "ok"
            assert ws._conn.execute("PRAGMA foreign_key_check").fetchall() == []
            renames = []
            for line in reported:
                assert len(line.split()) == 3, f"unexpected output from the writer: {line!r} in {reported!r}"
                kind, aid_s, i_s = line.split()
                aid, i = int(aid_s), int(i_s)
                if kind == "A":
                    row = ws.get(aid)
                    assert row.text == _expected_text(run, i)
                    assert row.title == f"run {run} #{i}"
                    assert ws.corrections(aid)[i % 7]["distance_km"] == {"run": run, "i": i}
                    geojson, status = ws.estimate(aid)  # type: ignore[misc]
                    assert json.loads(geojson)["i"] == i and status == "ok"
                else:
                    renames.append((aid, i))
            if renames:
                first, last = renames[-1]
                title = ws.get(first).title or ""
                # The last reported rename, or the one after it if it committed just before the kill.
                assert title in (f"renamed {last}", f"renamed {last + 1}")


# ------------------------------------------------------------------------------------------ two processes

EDITOR = r"""
import sys
from geo.store import Workspace

role, shared, own, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
offset = 0 if role == "A" else 1
ws = Workspace.open()
print("ready", flush=True)
sys.stdin.readline()  # start together
for i in range(n):
    ws.set_correction(shared, 2 * i + offset, "distance_km", {"by": role, "i": i})
    ws.set_correction(shared, 1000, f"field_{role}", i)  # same statement, different fields
    ws.rename(own, f"{role} title {i}")
    ws.add_article(f"{role} added article {i}")
    ws.articles()
print("done", flush=True)
"""


def test_two_processes_editing_at_once_keep_each_others_work(db: Path) -> None:
    n = 150
    with Workspace.open() as ws:
        shared = ws.add_article("the article both are correcting")
        own = {"A": ws.add_article("A's article"), "B": ws.add_article("B's article")}
    children = {role: Child(EDITOR, role, str(shared), str(own[role]), str(n)) for role in "AB"}
    for child in children.values():
        assert child.line() == "ready"
    for child in children.values():
        child.send("go\n")
    for child in children.values():
        assert child.line() == "done"
        child.finish()

    with Workspace.open() as ws:
        assert ws.integrity_check() == "ok"
        corrections = ws.corrections(shared)
        for i in range(n):
            assert corrections[2 * i] == {"distance_km": {"by": "A", "i": i}}
            assert corrections[2 * i + 1] == {"distance_km": {"by": "B", "i": i}}
        assert corrections[1000] == {"field_A": n - 1, "field_B": n - 1}
        assert ws.get(own["A"]).title == f"A title {n - 1}"
        assert ws.get(own["B"]).title == f"B title {n - 1}"
        assert ws.get(own["A"]).revision == n + 1
        titles = [r.title for r in ws.articles()]
        assert len(titles) == 3 + 2 * n
        positions = [r.position for r in ws.articles()]
        assert len(set(positions)) == len(positions)  # no two appends took the same place


def test_two_processes_adding_the_same_article_get_one_row(db: Path) -> None:
    code = r"""
import sys
from geo.store import Workspace
ws = Workspace.open()
print("ready", flush=True)
sys.stdin.readline()
ids = {ws.add_article(f"article {i}") for i in range(60)}
print(" ".join(map(str, sorted(ids))), flush=True)
"""
    Workspace.open().close()  # create and migrate first, so the children race on data, not on the schema
    children = [Child(code), Child(code)]
    for child in children:
        assert child.line() == "ready"
    for child in children:
        child.send("go\n")
    results = [child.line() for child in children]
    for child in children:
        child.finish()
    assert results[0] == results[1]
    with Workspace.open() as ws:
        assert len(ws.articles()) == 60


def test_first_open_by_several_processes_migrates_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOUCHDOWN_DB", str(tmp_path / "fresh.sqlite3"))
    code = r"""
import sys
sys.stdin.readline()
from geo.store import Workspace
with Workspace.open() as ws:
    ws.add_article("from " + sys.argv[1])
    print(ws.schema_version, flush=True)
"""
    children = [Child(code, "one"), Child(code, "two"), Child(code, "three")]
    for child in children:
        child.send("go\n")
    assert {child.line() for child in children} == {str(store.SCHEMA_VERSION)}
    for child in children:
        child.finish()
    with Workspace.open() as ws:
        assert sorted(r.id for r in ws.articles()) == [1, 2, 3]
        assert isinstance(ws.articles()[0], ArticleRow)


def test_drawn_constraints_are_kept_per_article_and_removed_with_it(tmp_path: Path) -> None:
    square = {"type": "Polygon", "coordinates": [[[69, 47], [70, 47], [70, 48], [69, 48], [69, 47]]]}
    with store.Workspace.open(tmp_path / "ws.sqlite3") as ws:
        a = ws.add_article("The capsule landed 150 km south-east of Zhezkazgan.")
        b = ws.add_article("The capsule landed 55 miles north of Arkalyk.")
        ws.add_constraint(a, square)
    with store.Workspace.open(tmp_path / "ws.sqlite3") as ws:  # a restart
        assert ws.constraints(a) == [square] and ws.constraints(b) == []
        with pytest.raises(ValueError):
            ws.add_constraint(a, {"type": "Point", "coordinates": [69, 47]})
        ws.remove(a)
        assert ws.constraints(a) == []

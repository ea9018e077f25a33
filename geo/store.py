"""The workspace: articles, the user's corrections and the computed estimates, in an embedded SQLite database.

Why SQLite and these settings: the workspace is hand work (pasted articles, corrected statements) that must
survive a crash, a restart and two windows or processes editing it at once.

- **Where**: ``$TOUCHDOWN_DB``, else a per-user file (:func:`default_path`); its folder is created.
- **WAL** (``journal_mode=WAL``): readers never block the writer and the writer never blocks readers, so the
  dashboard stays responsive while a batch run saves estimates; a crash leaves the last committed state.
- **synchronous=FULL**: with WAL, ``NORMAL`` already keeps every committed transaction through a *process*
  crash (SIGKILL, an exception, a closed terminal), because the commit is in the operating system's cache
  once ``COMMIT`` returns; only a power cut or an OS crash could then lose the last few commits (never corrupt
  the file). ``FULL`` adds one fsync per commit so those survive too. Writes here happen at human pace (a
  click, a correction) or once per article in a batch, where a millisecond fsync is invisible, so the stronger
  setting costs nothing a user can see.
- **busy_timeout** (10 s by default): a second process that wants to write waits for the first one's short
  transaction instead of failing with "database is locked"; if it still cannot write after that, the user
  gets a :class:`StoreError` saying the workspace is busy, never a traceback.
- **Every write is one short transaction**, and read-modify-write ones start with ``BEGIN IMMEDIATE`` (take
  the write lock first) so two processes can never both read the old value and both write.
- **Corrections are one row per (article, statement, field)**, written with an upsert: correcting the
  distance of statement 2 in one window and the anchor of statement 0 in another are two different rows, so
  neither can clobber the other. Renames can be guarded by the article's ``revision`` (optimistic
  concurrency): a stale ``expected_revision`` raises :class:`ConflictError` instead of silently overwriting.
- **Schema versions** are ``PRAGMA user_version`` and :data:`MIGRATIONS`, an ordered list applied one
  transaction each; a released migration is never edited, only new ones are appended.
- **Faults are told, with the way forward**: a workspace file that is not a database or is damaged
  (:class:`WorkspaceCorruptError`), one that cannot be written (:class:`WorkspaceReadOnlyError`, checked when
  it is opened and before every write), and one deleted or replaced while Touchdown runs
  (:class:`WorkspaceMissingError`, checked before every operation: SQLite would otherwise go on writing into
  the deleted file, and everything saved after that would be lost at the next restart). All are
  :class:`StoreError`, so a caller that shows a ``StoreError`` shows these.
- **What enters is cleaned**: titles by :func:`geo.textio.scrub` (the decoding rule), drawn shapes by
  :func:`geo.geodesy.clean_geojson` (valid, oriented, in range, not degenerate, or refused with a
  :class:`geo.geodesy.GeometryError`); shapes saved before that rule are cleaned when read.

Nothing here computes geometry: an estimate is stored as the GeoJSON text the exporter produced.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from geo.dates import parse_date
from geo.errors import TouchdownError
from geo.textio import Article, InputError, scrub

__all__ = [
    "DB_ENV",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ArticleRow",
    "ConflictError",
    "EstimateRow",
    "NotFoundError",
    "StoreError",
    "Workspace",
    "WorkspaceCorruptError",
    "WorkspaceMissingError",
    "WorkspaceReadOnlyError",
    "default_path",
]

DB_ENV = "TOUCHDOWN_DB"
DEFAULT_TIMEOUT_S = 10.0
# "TDN1" in the file header: lets us tell our workspace from any other SQLite file a path may point at.
APPLICATION_ID = 0x54444E31

_log = logging.getLogger(__name__)


class StoreError(TouchdownError):
    """The workspace cannot do what was asked; the message says why and what to do (shown to the user)."""


class WorkspaceCorruptError(StoreError):
    """The workspace file is not an SQLite database, or is damaged; it is left untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The workspace {path} is damaged or is not a database ({detail}); it was left untouched. To start "
            f"a new workspace, move it away (e.g. rename it to {path.name}.damaged) and reload; to keep its "
            f"articles, try `sqlite3 {path} .recover` into a new file. Or set {DB_ENV} to another file."
        )
        self.path = path


class WorkspaceReadOnlyError(StoreError):
    """The workspace file (or its folder, or its disk) cannot be written."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The workspace {path} cannot be written ({detail}), so nothing could be saved. Make it writable "
            f"(chmod u+w {path}, and its folder), or set {DB_ENV} to a writable file."
        )
        self.path = path


class WorkspaceMissingError(StoreError):
    """The workspace file was deleted or replaced while it was open: what is saved now would be lost."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The workspace file {path} was deleted or replaced while Touchdown was running, so nothing more "
            f"can be saved in it. Restore it from a backup if it held work you need, then restart Touchdown "
            f"(or reload the page): it opens the file at that path, or starts a new workspace there. Or set "
            f"{DB_ENV} to another file."
        )
        self.path = path


class ConflictError(StoreError):
    """Someone else changed the article since it was read: reload it and apply the change again."""

    def __init__(self, article_id: int, expected: int, actual: int) -> None:
        super().__init__(
            f"Article {article_id} was changed elsewhere (now revision {actual}, you had revision "
            f"{expected}); reload it and make your change again."
        )
        self.article_id = article_id
        self.expected = expected
        self.actual = actual


class NotFoundError(StoreError, LookupError):
    """No article with that id (perhaps removed in another window)."""

    def __init__(self, article_id: int) -> None:
        super().__init__(f"There is no article {article_id} in the workspace (it may have been removed).")
        self.article_id = article_id


# ------------------------------------------------------------------------------------------ schema

# Each migration is a tuple of SQL statements run in one transaction, after which user_version is its number.
# Released migrations are never edited: tests keep a frozen copy of v1 and migrate it to the latest.
_V1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
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
# v2: the publication date the user gives (it dates "Wednesday" and the landing time), the order of the
# workspace list, a revision per article for optimistic concurrency, and when a correction last changed.
_V2 = (
    "ALTER TABLE articles ADD COLUMN published TEXT",
    "ALTER TABLE articles ADD COLUMN position INTEGER",
    "ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "UPDATE articles SET position = id",
    "CREATE INDEX articles_by_position ON articles(position, id)",
    "ALTER TABLE corrections ADD COLUMN updated_at TEXT",
    "UPDATE corrections SET updated_at = created_at",
)
# v3: shapes the user drew on the map, fused like statements (one row each, so two windows adding
# shapes to the same article never overwrite each other).
_V3 = (
    "CREATE TABLE constraints ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " geometry TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX constraints_by_article ON constraints(article_id, id)",
)
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    """``$TOUCHDOWN_DB`` if set, else the per-user data folder: ``$XDG_DATA_HOME/touchdown/workspace.sqlite3``
    (``~/.local/share/...`` without it; ``%LOCALAPPDATA%\\touchdown\\...`` on Windows).

    Per-user, not in the working directory, so the workspace is the same wherever the app is started from.
    """
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "touchdown" / "workspace.sqlite3"


# ------------------------------------------------------------------------------------------ rows


@dataclass(frozen=True)
class ArticleRow:
    """One article of the workspace. ``text`` is filled only by :meth:`Workspace.get` (lists stay light)."""

    id: int
    title: str | None
    sha256: str
    published: date | None
    created_at: datetime
    updated_at: datetime
    revision: int
    source_name: str | None = None
    encoding: str = "utf-8"
    position: int = 0
    text: str | None = None


@dataclass(frozen=True)
class EstimateRow:
    """The saved estimate of one article, with what computed it and when (to tell a stale one)."""

    article_id: int
    geojson: str
    status: str
    engine_version: str
    computed_at: datetime


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _published(value: date | str | None) -> str | None:
    if value is None or isinstance(value, (date, str)):
        d = parse_date(value)
        return d.isoformat() if d else None
    raise TypeError(f"published must be a date, an ISO date string or None, not {type(value).__name__}")


def _end(c: sqlite3.Connection) -> None:
    """End a read transaction after an error, whatever state a damaged file left it in."""
    if c.in_transaction:
        try:
            c.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def _title(title: str | None) -> str | None:
    """A title as kept: :func:`geo.textio.scrub` (no control characters, noncharacters, lone surrogates)."""
    if title is None:
        return None
    if not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    return scrub(title)


def _read_only(path: Path, st: os.stat_result | None = None) -> str | None:
    """Why the workspace at ``path`` cannot be written, or None (also None when it does not exist yet).

    The permission bits are read, not only ``os.access``: a file made read-only on purpose (chmod 444) is
    read-only for root too, although root could write it. A database in WAL mode also needs to create its
    ``-wal`` and ``-shm`` files beside it, so a folder that cannot be written counts as well.
    """
    try:
        st = st or os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc.strerror or str(exc)
    if not stat.S_ISREG(st.st_mode):
        return None  # a folder or a device: opening it gives its own message
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        return "the file is read-only"
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "its disk is mounted read-only"
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder is read-only"
    return None


_ARTICLE_COLUMNS = (
    "id, title, sha256, published, created_at, updated_at, revision, source_name, encoding, position"
)


def _row(r: sqlite3.Row, text: str | None = None) -> ArticleRow:
    return ArticleRow(
        id=r["id"],
        title=r["title"],
        sha256=r["sha256"],
        published=date.fromisoformat(r["published"]) if r["published"] else None,
        created_at=_when(r["created_at"]),
        updated_at=_when(r["updated_at"]),
        revision=r["revision"],
        source_name=r["source_name"],
        encoding=r["encoding"],
        position=r["position"] if r["position"] is not None else r["id"],
        text=text,
    )


# ------------------------------------------------------------------------------------------ workspace


class Workspace:
    """The workspace database. Open with :meth:`open` (or the constructor); use as a context manager or
    :meth:`close` it. One object may be shared by threads (the dashboard's server threads): calls are
    serialised by a lock; separate processes coordinate through SQLite's own locking.
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, timeout: float = DEFAULT_TIMEOUT_S
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.timeout = timeout
        self._lock = threading.RLock()
        memory = str(self.path) == ":memory:"
        if not memory:
            if self.path.is_dir():
                raise StoreError(
                    f"{self.path} is a folder; set {DB_ENV} to a file path such as "
                    f"{self.path / 'workspace.sqlite3'}."
                )
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise StoreError(
                    f"Cannot create the folder for the workspace {self.path}: {exc.strerror}. "
                    f"Set {DB_ENV} to a writable path."
                ) from exc
            why = _read_only(self.path)
            if why:
                raise WorkspaceReadOnlyError(self.path, why)
        self._identity: tuple[int, int] | None = None
        try:
            self._conn = sqlite3.connect(
                str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(
                f"Cannot open the workspace {self.path}: {exc}. Set {DB_ENV} to a writable path."
            ) from exc
        self._conn.row_factory = sqlite3.Row
        try:
            self._configure()
            self._migrate()
            if not memory:
                st = os.stat(self.path)
                self._identity = (st.st_dev, st.st_ino)
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, timeout: float = DEFAULT_TIMEOUT_S
    ) -> Workspace:
        """Open (creating or upgrading as needed) the workspace at ``path``, default :func:`default_path`."""
        return cls(path, timeout=timeout)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (the last one to close also checkpoints the WAL into the main file)."""
        with self._lock:
            self._conn.close()

    def __repr__(self) -> str:
        return f"Workspace({str(self.path)!r})"

    # -------------------------------------------------------------------------------- setup

    def _configure(self) -> None:
        c = self._conn
        try:
            c.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            c.execute("PRAGMA synchronous = FULL")
            c.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from exc
        if str(mode).lower() != "wal" and str(self.path) != ":memory:":
            # e.g. a network file system without shared memory: still correct, only less concurrent.
            _log.warning("workspace %s runs in journal mode %s, not WAL", self.path, mode)

    def _migrate(self) -> None:
        c = self._conn
        try:
            c.execute("BEGIN")  # one snapshot: another process may be creating the schema right now
            try:
                version = c.execute("PRAGMA user_version").fetchone()[0]
                tables = c.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                ).fetchone()[0]
            finally:
                c.execute("COMMIT")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"The workspace {self.path} was written by a newer Touchdown (schema version {version}; "
                    f"this one knows up to {SCHEMA_VERSION}). Upgrade Touchdown, or set {DB_ENV} to another "
                    f"file."
                )
            if version == 0 and tables:
                raise StoreError(
                    f"{self.path} is an SQLite database but not a Touchdown workspace; it was left "
                    f"untouched. Set {DB_ENV} to another file."
                )
            while version < SCHEMA_VERSION:
                c.execute("BEGIN IMMEDIATE")
                try:
                    # Another process may have migrated while we waited for the lock.
                    version = c.execute("PRAGMA user_version").fetchone()[0]
                    if version < SCHEMA_VERSION:
                        for statement in MIGRATIONS[version]:
                            c.execute(statement)
                        version += 1
                        c.execute(f"PRAGMA user_version = {version}")
                    c.execute("COMMIT")
                except BaseException:
                    if c.in_transaction:
                        c.execute("ROLLBACK")
                    raise
                _log.info("workspace %s migrated to schema version %d", self.path, version)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from exc

    def _check_file(self, writing: bool) -> None:
        """Raise if the file under the open connection is gone or replaced, or (``writing``) read-only now.

        Why before every operation: SQLite keeps the deleted file open and goes on reading and writing it
        without a word, so a workspace deleted while the server runs would lose everything saved after that.
        One ``stat`` is a few microseconds, nothing beside a transaction's fsync.
        """
        if self._identity is None:
            return
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            raise WorkspaceMissingError(self.path) from None
        except OSError as exc:
            raise StoreError(f"The workspace {self.path} cannot be reached: {exc.strerror or exc}.") from exc
        if (st.st_dev, st.st_ino) != self._identity:
            raise WorkspaceMissingError(self.path)
        if writing:
            why = _read_only(self.path, st)
            if why:
                raise WorkspaceReadOnlyError(self.path, why)

    def _error(self, exc: sqlite3.Error) -> StoreError:
        """Turn an sqlite3 error into a message a user can act on."""
        text = str(exc)
        if "locked" in text or "busy" in text:
            return StoreError(
                f"The workspace is busy: another Touchdown window or process kept it locked for more than "
                f"{self.timeout:g} s. Try again in a moment."
            )
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            return WorkspaceCorruptError(self.path, f"not a readable Touchdown workspace: {text}")
        if "full" in text:
            return StoreError(f"The disk holding the workspace {self.path} is full; nothing was changed. Free "
                              f"some space and try again, or set {DB_ENV} to a file on another disk.")
        if self._identity is not None and not self.path.exists():
            return WorkspaceMissingError(self.path)
        if "readonly" in text or "read-only" in text:
            return WorkspaceReadOnlyError(self.path, text)
        if "unable to open" in text:
            return StoreError(
                f"The workspace {self.path} cannot be opened ({text}). Set {DB_ENV} to a writable path."
            )
        return StoreError(f"The workspace {self.path} failed: {text}.")

    # -------------------------------------------------------------------------------- transactions

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; ``BEGIN IMMEDIATE`` takes the write lock before anything is read."""
        with self._lock:
            self._check_file(writing=True)
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._error(exc) from exc
            try:
                yield c
                c.execute("COMMIT")
            except BaseException as exc:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._error(exc) from exc
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for reads that take more than one statement."""
        with self._lock:
            self._check_file(writing=False)
            c = self._conn
            try:
                c.execute("BEGIN")
                yield c
                if c.in_transaction:
                    c.execute("COMMIT")
            except sqlite3.Error as exc:
                _end(c)  # a damaged file can fail the COMMIT of a read too: never a raw sqlite3 error
                raise self._error(exc) from exc
            except BaseException:
                _end(c)
                raise

    @staticmethod
    def _revision(c: sqlite3.Connection, article_id: int, expected: int | None) -> int:
        row = c.execute("SELECT revision FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(article_id)
        if expected is not None and row[0] != expected:
            raise ConflictError(article_id, expected, row[0])
        return int(row[0])

    @staticmethod
    def _exists(c: sqlite3.Connection, article_id: int) -> None:
        if c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
            raise NotFoundError(article_id)

    # -------------------------------------------------------------------------------- articles

    def add_article(
        self,
        text: str,
        title: str | None = None,
        sha256: str | None = None,
        source_name: str | None = None,
        encoding: str = "utf-8",
        published: date | str | None = None,
    ) -> int:
        """Add an article and return its id, appended at the end of the workspace list.

        Re-adding an article with the same ``sha256`` (the hash of the raw upload, default the hash of the
        text's UTF-8 bytes) returns the id it already has and changes nothing: dropping the same file twice,
        or from two windows at once, must not fill the workspace with copies. The title is stored as text
        (whatever markup it holds stays; escaping is the renderer's job), cleaned only of the characters no
        export can carry (:func:`geo.textio.scrub`).
        """
        if not isinstance(text, str) or not text.strip():
            raise InputError("The text is empty: there is no article to keep.", reason="empty")
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                "The text holds invalid characters (broken surrogates); decode it with geo.textio first.",
                reason="encoding",
            ) from None
        digest = sha256 or hashlib.sha256(raw).hexdigest()
        title = _title(title)
        day = _published(published)
        now = _now()
        with self._write() as c:
            existing = c.execute("SELECT id FROM articles WHERE sha256 = ?", (digest,)).fetchone()
            if existing is not None:
                return int(existing[0])
            position = c.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM articles").fetchone()[0]
            cur = c.execute(
                "INSERT INTO articles (title, text, sha256, source_name, encoding, published, position,"
                " revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (title, text, digest, source_name, encoding, day, position, now, now),
            )
            return int(cur.lastrowid or 0)

    def add(self, article: Article, published: date | str | None = None) -> int:
        """Add a decoded :class:`geo.textio.Article` (see :meth:`add_article`)."""
        return self.add_article(
            article.text,
            title=article.title,
            sha256=article.sha256,
            source_name=article.source_name,
            encoding=article.encoding,
            published=published,
        )

    def rename(self, article_id: int, title: str | None, expected_revision: int | None = None) -> int:
        """Set the title (as text, cleaned like :meth:`add_article`'s) and return the new revision.

        With ``expected_revision`` (the revision the user's form was showing), raise :class:`ConflictError`
        if the article changed meanwhile, rather than overwriting someone else's edit.
        """
        with self._write() as c:
            revision = self._revision(c, article_id, expected_revision)
            c.execute(
                "UPDATE articles SET title = ?, revision = ?, updated_at = ? WHERE id = ?",
                (_title(title), revision + 1, _now(), article_id),
            )
            return revision + 1

    def set_published(
        self, article_id: int, published: date | str | None, expected_revision: int | None = None
    ) -> int:
        """Set (or with None clear) the publication date, and return the new revision."""
        day = _published(published)
        with self._write() as c:
            revision = self._revision(c, article_id, expected_revision)
            c.execute(
                "UPDATE articles SET published = ?, revision = ?, updated_at = ? WHERE id = ?",
                (day, revision + 1, _now(), article_id),
            )
            return revision + 1

    def remove(self, article_id: int) -> bool:
        """Remove an article with its corrections and estimate; False if it was already gone (removing twice,
        or from two windows, is not an error)."""
        with self._write() as c:
            return c.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def articles(self) -> list[ArticleRow]:
        """All articles in workspace order, without their text."""
        with self._read() as c:
            rows = c.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY position, id").fetchall()
        return [_row(r) for r in rows]

    def get(self, article_id: int) -> ArticleRow:
        """One article with its text; :class:`NotFoundError` if there is none."""
        with self._read() as c:
            r = c.execute(
                f"SELECT {_ARTICLE_COLUMNS}, text FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        if r is None:
            raise NotFoundError(article_id)
        return _row(r, text=r["text"])

    def find(self, sha256: str) -> int | None:
        """The id of the article with this hash, if the workspace has it."""
        with self._read() as c:
            r = c.execute("SELECT id FROM articles WHERE sha256 = ?", (sha256,)).fetchone()
        return int(r[0]) if r else None

    # -------------------------------------------------------------------------------- corrections

    def set_correction(self, article_id: int, statement_index: int, field: str, value: Any) -> None:
        """Record the user's correction of one field of one statement (e.g. ``2, "distance_km", 150``).

        One row per (article, statement, field), upserted: corrections of different statements or fields,
        from any number of windows or processes, never overwrite each other. ``value`` must be JSON-able.
        """
        if isinstance(statement_index, bool) or not isinstance(statement_index, int) or statement_index < 0:
            raise ValueError(f"statement_index must be a whole number >= 0, not {statement_index!r}")
        if not isinstance(field, str) or not field.strip():
            raise ValueError(f"field must be a non-empty string, not {field!r}")
        try:
            encoded = json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"The correction of {field!r} cannot be saved as JSON: {exc}") from exc
        now = _now()
        with self._write() as c:
            self._exists(c, article_id)
            c.execute(
                "INSERT INTO corrections (article_id, statement_index, field, value, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, statement_index, field)"
                " DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (article_id, statement_index, field, encoded, now, now),
            )

    def clear_correction(self, article_id: int, statement_index: int, field: str | None = None) -> int:
        """Forget a correction (one field, or with ``field=None`` all the statement's); returns how many."""
        with self._write() as c:
            if field is None:
                cur = c.execute(
                    "DELETE FROM corrections WHERE article_id = ? AND statement_index = ?",
                    (article_id, statement_index),
                )
            else:
                cur = c.execute(
                    "DELETE FROM corrections WHERE article_id = ? AND statement_index = ? AND field = ?",
                    (article_id, statement_index, field),
                )
            return cur.rowcount

    def corrections(self, article_id: int) -> dict[int, dict[str, Any]]:
        """All corrections of an article: ``{statement_index: {field: value}}``."""
        with self._read() as c:
            rows = c.execute(
                "SELECT statement_index, field, value FROM corrections WHERE article_id = ?"
                " ORDER BY statement_index, field",
                (article_id,),
            ).fetchall()
        out: dict[int, dict[str, Any]] = {}
        for r in rows:
            out.setdefault(int(r[0]), {})[r[1]] = json.loads(r[2])
        return out

    # -------------------------------------------------------------------------------- estimates

    def add_constraint(self, article_id: int, geometry: dict[str, Any]) -> int:
        """Keep a shape the user drew (a GeoJSON geometry dict, lon/lat) for an article; returns its id.

        The shape is cleaned first (:func:`geo.geodesy.clean_geojson`: a bow-tie is repaired into its
        parts, a shape drawn on another world copy is wrapped back) and the cleaned one is kept; one that
        cannot be a region (a point, a tiny or flat shape, a latitude beyond ±90°) raises
        :class:`geo.geodesy.GeometryError` (an :class:`~geo.textio.InputError`, so a ``ValueError``) and
        nothing is saved: a broken shape must never reach the workspace, where it would break the page for
        every later visitor.
        """
        from geo.geodesy import clean_geojson

        encoded = json.dumps(clean_geojson(geometry), allow_nan=False)
        with self._write() as c:
            self._exists(c, article_id)
            cur = c.execute("INSERT INTO constraints (article_id, geometry, created_at) VALUES (?, ?, ?)",
                            (article_id, encoded, _now()))
            return int(cur.lastrowid or 0)

    def constraints(self, article_id: int) -> list[dict[str, Any]]:
        """The shapes drawn for an article, oldest first, each clean (see :meth:`add_constraint`).

        Shapes a workspace kept before they were cleaned on the way in are cleaned here; one that cannot be
        repaired is left out (and logged), so one old bad shape never breaks the article.
        """
        from geo.geodesy import GeometryError, clean_geojson

        with self._read() as c:
            rows = c.execute("SELECT id, geometry FROM constraints WHERE article_id = ? ORDER BY id",
                             (article_id,)).fetchall()
        out = []
        for r in rows:
            try:
                out.append(clean_geojson(json.loads(r[1])))
            except (GeometryError, ValueError) as exc:
                _log.warning("workspace %s: drawn shape %s of article %s left out: %s", self.path, r[0],
                             article_id, exc)
        return out

    def clear_constraints(self, article_id: int) -> int:
        """Remove every drawn shape of an article; returns how many there were."""
        with self._write() as c:
            return c.execute("DELETE FROM constraints WHERE article_id = ?", (article_id,)).rowcount

    def save_estimate(self, article_id: int, geojson: str, status: str, engine_version: str) -> None:
        """Keep an article's estimate (the GeoJSON text the exporter produced), replacing the last one."""
        if not isinstance(geojson, str):
            raise TypeError(f"geojson must be the GeoJSON text, not {type(geojson).__name__}")
        try:
            json.loads(geojson)
        except ValueError as exc:
            raise ValueError(f"The estimate is not valid JSON: {exc}") from exc
        if not isinstance(status, str) or not status:
            raise ValueError(f"status must be a non-empty string, not {status!r}")
        with self._write() as c:
            self._exists(c, article_id)
            c.execute(
                "INSERT INTO estimates (article_id, geojson, status, engine_version, computed_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET geojson = excluded.geojson,"
                " status = excluded.status, engine_version = excluded.engine_version,"
                " computed_at = excluded.computed_at",
                (article_id, geojson, status, str(engine_version), _now()),
            )

    def estimate(self, article_id: int) -> tuple[str, str] | None:
        """``(geojson, status)`` of the saved estimate, or None if there is none yet."""
        row = self.estimate_row(article_id)
        return (row.geojson, row.status) if row else None

    def estimate_row(self, article_id: int) -> EstimateRow | None:
        """The saved estimate with its engine version and time, or None."""
        with self._read() as c:
            r = c.execute(
                "SELECT article_id, geojson, status, engine_version, computed_at FROM estimates"
                " WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        if r is None:
            return None
        return EstimateRow(r[0], r[1], r[2], r[3], _when(r[4]))

    # -------------------------------------------------------------------------------- maintenance

    @property
    def schema_version(self) -> int:
        """The schema version of the open database (``PRAGMA user_version``)."""
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> str:
        """SQLite's full consistency check: ``"ok"`` for a healthy workspace."""
        with self._lock:
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(r[0]) for r in rows)

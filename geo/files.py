"""Files written whole or not at all: a temporary file beside the target, fsync, rename.

Why its own module: every file Touchdown writes (``touchdown map -o``, the batch outputs and their journal)
must survive a kill or a full disk without leaving a truncated file under the final name, and one rule for
it serves the CLI, the batch and the exporters alike.

    >>> import tempfile
    >>> from pathlib import Path
    >>> out = Path(tempfile.mkdtemp()) / "estimate.geojson"
    >>> write_atomic(out, b"{}")
    >>> out.read_bytes(), clean_partials(out)
    (b'{}', [])
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["AtomicFile", "atomic_output", "clean_partials", "fsync_quietly", "partial_path", "pid_alive", "write_atomic"]

_PARTIAL = ".partial"


def partial_path(out: Path) -> Path:
    """A fresh temporary name beside ``out``: ``.NAME.partialPID-TOKEN.SUFFIX``.

    Same folder, so the final rename never crosses file systems; hidden, so a folder listing does not show
    it; the PID lets :func:`clean_partials` tell a dead run's file from a running one's; the token keeps two
    writers in one process apart; the real suffix last, because GDAL picks its driver by it.
    """
    return out.with_name(f".{out.stem}{_PARTIAL}{os.getpid()}-{secrets.token_hex(4)}{out.suffix}")


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_quietly(path: Path) -> None:
    """Flush a file or a folder's entries to disk, skipping what the platform cannot (Windows cannot open a folder;
    some file systems cannot sync one): used to make a rename durable, the rename itself is atomic anyway."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicFile:
    """One output file written under :attr:`tmp` and put in place by :meth:`commit` (or dropped by :meth:`discard`).

    Why: writing in place means a kill leaves a 0-byte or half file where a complete one was, and a full disk
    leaves a partial file under the final name. Here the final name only ever points at a complete file:
    the data goes to a temporary file in the same folder, is fsynced, and ``os.replace`` swaps it in (atomic
    on POSIX and Windows); the folder is fsynced so the rename survives a power cut. A file that is not a
    regular file (``/dev/stdout``, ``/dev/full``, a FIFO) cannot be replaced and is written in place. An
    existing file keeps its permissions; a symlink keeps pointing at its target, which is what is replaced.
    """

    def __init__(self, out: str | os.PathLike[str]) -> None:
        out = Path(out)
        if out.is_symlink():
            out = Path(os.path.realpath(out))
        self.out = out
        self.in_place = out.exists() and not out.is_file()
        self.tmp = out if self.in_place else partial_path(out)

    def commit(self) -> None:
        """fsync the temporary file and rename it over the final name."""
        if self.in_place:
            return
        try:
            _fsync_path(self.tmp)
            try:
                os.chmod(self.tmp, stat.S_IMODE(os.stat(self.out).st_mode))
            except FileNotFoundError:
                pass
            os.replace(self.tmp, self.out)
        except BaseException:
            self.discard()
            raise
        fsync_quietly(self.out.parent)

    def discard(self) -> None:
        """Remove the temporary file and whatever a writer created beside it (GDAL's ``-journal``/``-wal``)."""
        if self.in_place:
            return
        for leftover in self.tmp.parent.glob(glob.escape(self.tmp.name) + "*"):
            leftover.unlink(missing_ok=True)


@contextmanager
def atomic_output(out: str | os.PathLike[str]) -> Iterator[Path]:
    """The path to write instead of ``out``; on leaving the block it replaces ``out``, on an error it is removed.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_output(out) as tmp:
    ...     _ = tmp.write_text("done")
    >>> out.read_text(), sorted(p.name for p in out.parent.iterdir())
    ('done', ['a.txt'])
    """
    f = AtomicFile(out)
    try:
        yield f.tmp
        f.commit()
    except OSError as exc:
        f.discard()
        # A failed flush or close names no file, a failed open names the temporary one: the message a user
        # reads names the output they asked for.
        if exc.filename is None or str(exc.filename) == str(f.tmp):
            raise OSError(exc.errno, exc.strerror or str(exc), str(f.out)) from exc
        raise
    except BaseException:
        f.discard()
        raise


def write_atomic(out: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``out`` atomically (see :class:`AtomicFile`); an ``OSError`` leaves ``out`` as it was."""
    with atomic_output(out) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


def pid_alive(pid: int) -> bool:
    """Whether a process of this id exists (under any user): a leftover of a running writer is not removed."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # it exists under another user, or the id cannot be asked about: keep its files
    return True


def clean_partials(out: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that killed runs writing ``out`` left behind; returns what was removed.

    They are ``.NAME.partialPID[-TOKEN].SUFFIX`` (and GDAL's ``-journal``/``-wal``/``-shm`` beside a GeoPackage);
    the files of a process that is still running, this one included, are kept (another writer of the same
    output, or another thread's), and so is anything else in the folder.
    """
    out = Path(out)
    pattern = re.compile(rf"\.{re.escape(out.stem)}{_PARTIAL}(\d+)(?:-[0-9a-f]+)?{re.escape(out.suffix)}"
                         r"(?:-journal|-wal|-shm)?\Z")
    removed = []
    try:
        candidates = list(out.parent.glob(f".{glob.escape(out.stem)}{_PARTIAL}*"))
    except OSError:
        return removed
    for leftover in candidates:
        m = pattern.match(leftover.name)
        if not m:
            continue
        pid = int(m.group(1))
        if pid == os.getpid() or pid_alive(pid):  # this process's own (another thread's) or a running writer's
            continue
        try:
            leftover.unlink()
        except FileNotFoundError:
            continue
        removed.append(leftover)
    return removed

"""Many articles at once: one row per article, on one core, a process pool, or a Dask cluster.

    >>> from geo import batch                                                   # doctest: +SKIP
    >>> rows = batch.run(batch.iter_inputs(["news/", "archive.jsonl"]), workers=2)  # doctest: +SKIP
    >>> batch.write(rows, Path("landings.gpkg"))  # doctest: +SKIP

Why a module of its own: a newsroom archive or a researcher's scrape holds thousands of articles, most of
which report no landing at all. Each article goes through exactly the same :func:`geo.pipeline.locate` as
the single-article CLI and the dashboard, so a row always agrees with what ``python -m geo map`` says;
what this module adds is the plumbing that makes that affordable:

- **streaming**: inputs are read lazily (:func:`iter_inputs` yields one article's raw bytes, or one JSON
  Lines record, at a time) and :func:`stream` keeps only a bounded number of articles in flight, so memory
  stays flat however large the archive; a row is small (numbers, two short strings, one polygon);
- **never a crash**: an article that cannot be decoded, a malformed JSON line, an unreadable file or an
  engine failure becomes a row with ``status="error"`` and the message, and the run goes on;
- **order preserved** whatever the backend, so row *i* is always input *i* and runs are comparable;
- **the same rows** on one core, in a :class:`~concurrent.futures.ProcessPoolExecutor` or on a Dask
  ``distributed`` cluster: the backend changes the speed only (``tests/test_batch.py`` checks it).

Outputs (:func:`write`, by suffix): GeoPackage (``.gpkg``, layer ``touchdown_batch``, the estimate as a
MultiPolygon), GeoJSON (``.geojson``, RFC 7946, one Feature per article) or CSV (``.csv``, the geometry
as WKT). Rows with nothing to map have a null geometry.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, Any

from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from geo.dates import parse_date_or_none, utc_clock, utc_iso
from geo.errors import TouchdownError
from geo.geodesy import polygonal

__all__ = [
    "ARTICLE_SUFFIXES",
    "JSONL_SUFFIXES",
    "OUTPUT_SUFFIXES",
    "BatchRow",
    "Journal",
    "JournalMismatch",
    "Writer",
    "clean_leftovers",
    "count_inputs",
    "iter_inputs",
    "missing_inputs",
    "process_one",
    "run",
    "stream",
    "summary_line",
    "write",
]

# Files picked up when walking a folder (a file named explicitly is read whatever its suffix).
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
OUTPUT_SUFFIXES = (".gpkg", ".geojson", ".csv")
GPKG_LAYER = "touchdown_batch"

# Articles per task sent to a worker. One article costs tens of milliseconds; a pool task costs ~1 ms of
# pickling and IPC, a Dask task a few ms of scheduling: chunks of this size keep that overhead at a few per
# cent while a chunk of 20 KB articles stays well under a megabyte.
POOL_CHUNK = 8
DASK_CHUNK = 16
# Chunks in flight per worker: enough that no worker waits for the next chunk, few enough that the
# articles held in memory stay bounded (workers x this x chunk size).
IN_FLIGHT_PER_WORKER = 3

try:  # optional speed-up, pinned in requirements.txt; the standard library is the fallback
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised only where orjson is missing
    _orjson = None

_log = logging.getLogger(__name__)
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class BatchRow:
    """One article's result in a batch: what the GeoJSON's ``touchdown`` member and ``best`` feature say.

    ``source`` is the file's path, or ``path#line`` for a JSON Lines record; ``id`` is the record's own
    ``id`` when it has one, else the SHA-256 of the article's raw bytes (the GeoJSON ``article.sha256``, so
    rows join with single-article exports and the workspace). ``status`` is ``ok``, ``conflict``,
    ``nothing-to-map`` or ``error`` (the input could not be read; ``message`` says why). ``statements`` is
    the number of statements fused into the estimate; ``geometry`` is the estimate (shapely, lon/lat) or
    None. Times are ISO 8601 strings in UTC, as in the GeoJSON.
    """

    source: str
    id: str | None
    title: str | None
    status: str
    message: str
    best_lat: float | None = None
    best_lon: float | None = None
    uncertainty_m: float | None = None
    area_km2: float | None = None
    landed_at_utc: str | None = None
    landed_time_utc: str | None = None
    statements: int = 0
    prior: bool = False
    geometry: BaseGeometry | None = None


# ------------------------------------------------------------------------------------------ inputs


_GLOB_MAGIC = re.compile(r"[*?[]")


def _has_magic(s: str) -> bool:
    return _GLOB_MAGIC.search(s) is not None


def _walk(folder: Path) -> Iterator[Path]:
    """Article files under ``folder``, recursively, in a stable order; hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(root) / name
            if not name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES | JSONL_SUFFIXES:
                yield p


def _expand(inputs: Sequence[str]) -> Iterator[Path]:
    """Every file the inputs name, each once, in the order given (folders walked, globs sorted)."""
    seen: set[str] = set()
    for item in inputs:
        if _has_magic(item) and not os.path.exists(item):
            matches = [Path(m) for m in sorted(glob.glob(item, recursive=True))]
        else:
            matches = [Path(item)]
        for m in matches:
            paths = _walk(m) if m.is_dir() else iter([m])
            for p in paths:
                k = os.path.realpath(p)
                if k not in seen:
                    seen.add(k)
                    yield p


def missing_inputs(inputs: Sequence[str]) -> list[str]:
    """The inputs that name nothing: a path that does not exist, a glob that matches no file.

    Why: a typo in a path is a mistake in the command, not an article that failed; the CLI refuses it
    before any work rather than burying it among thousands of rows.
    """
    out = []
    for item in inputs:
        if os.path.exists(item):
            continue
        if not (_has_magic(item) and glob.glob(item, recursive=True)):
            out.append(item)
    return out


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


def _error_record(message: str) -> str:
    """A JSON Lines record that :func:`process_one` turns into an error row (keeps the payload a str)."""
    return json.dumps({"error": message}, ensure_ascii=False)


def _iter_jsonl(path: Path) -> Iterator[tuple[str, str]]:
    """One (``path#line``, record text) per non-blank line, read line by line (flat memory)."""
    from geo.textio import max_upload_bytes

    limit = max_upload_bytes() * 2  # JSON escaping can double a text; decode() checks the text itself
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            source = f"{path}#{lineno}"
            if len(raw) > limit:
                yield source, _error_record(f"line {lineno} is {len(raw):,} bytes, larger than any article")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield source, _error_record(f"line {lineno} is not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if line.strip():
                yield source, line


def iter_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, bytes | str]]:
    """``(source, payload)`` for every article the inputs name, lazily, in order.

    ``inputs`` are files, folders (walked recursively for .txt/.md/.html/.htm and .jsonl), globs
    (``news/**/*.html``) and JSON Lines files (.jsonl/.ndjson). A plain file gives ``(path, raw bytes)``;
    each non-blank line of a JSON Lines file gives ``("path#line", line text)``. A file that cannot be
    read gives a record that becomes an error row, so one bad file never stops a batch. Names that match
    nothing are skipped here: check them first with :func:`missing_inputs`.
    """
    from geo.textio import max_upload_bytes

    for path in _expand(inputs):
        source = str(path)
        try:
            if _is_jsonl(path):
                yield from _iter_jsonl(path)
                continue
            size = path.stat().st_size
            if size > max_upload_bytes():
                # Not read at all: the size check in decode() would refuse it after loading it into memory.
                yield source, _error_record(
                    f"“{path.name}” is {size:,} bytes, more than the {max_upload_bytes():,}-byte limit of one "
                    f"article (TOUCHDOWN_MAX_BYTES)")
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield source, _error_record(f"cannot read “{path}”: {exc.strerror or exc}")
            continue
        yield source, data


def count_inputs(inputs: Sequence[str]) -> tuple[int, int]:
    """``(articles, files)`` the inputs hold, without keeping any text (for a progress bar and limits).

    JSON Lines files are scanned once for their non-blank lines; that costs a fraction of a second per
    100 MB, against minutes of processing.
    """
    articles = files = 0
    for path in _expand(inputs):
        files += 1
        if not _is_jsonl(path):
            articles += 1
            continue
        try:
            with open(path, "rb") as fh:
                articles += sum(1 for line in fh if line.strip())
        except OSError:
            articles += 1  # it will be one error row
    return articles, files


# ------------------------------------------------------------------------------------------ one article


def _error(source: str, id_: str | None, title: str | None, message: str) -> BatchRow:
    return BatchRow(source=source, id=id_, title=title, status="error", message=message)


def _round(x: float | None, n: int) -> float | None:
    return None if x is None else round(float(x), n)


def _polygonal(geom: BaseGeometry | None) -> BaseGeometry | None:
    """The estimate as Polygon/MultiPolygon (None when empty): :func:`geo.geodesy.polygonal`'s rule."""
    if geom is None or geom.is_empty:
        return None
    kept = polygonal(geom)
    return None if kept.is_empty else kept


def _row(source: str, id_: str | None, est: Any, note: str = "") -> BatchRow:
    lt = est.landing_time
    used = sum(1 for i in est.used if est.regions[i].role == "statement")
    best = est.best or (None, None)
    return BatchRow(
        source=source,
        id=id_ if id_ is not None else est.sha256,
        title=est.title,
        status=est.status,
        message=est.message + note,
        best_lat=_round(best[0], 6),
        best_lon=_round(best[1], 6),
        uncertainty_m=_round(est.uncertainty_m, 0),
        area_km2=_round(est.area_km2, 1),
        landed_at_utc=utc_iso(lt.utc) if lt and lt.utc else None,
        landed_time_utc=utc_clock(lt.time_utc) if lt and lt.time_utc else None,
        statements=used,
        prior=bool(est.prior),
        geometry=_polygonal(est.geometry),
    )


def _load_record(line: str) -> Any:
    """One JSON Lines record. orjson parses a record several times faster; what it refuses (a lone
    surrogate escape, NaN, a huge integer) goes to the standard library, which accepts or explains it."""
    if _orjson is not None:
        try:
            return _orjson.loads(line)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(line)


def _from_record(source: str, line: str, published: date | None, prior: bool) -> BatchRow:
    from geo.pipeline import locate
    from geo.textio import InputError, from_text, scrub

    try:
        rec = _load_record(line)
    except json.JSONDecodeError as exc:
        return _error(source, None, None, f"not a JSON record: {exc.msg} at column {exc.colno}")
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits (Python's int-to-str limit)
        return _error(source, None, None, f"not a usable JSON record: {exc}")
    if not isinstance(rec, dict):
        return _error(source, None, None, "a JSON Lines record must be an object with a \"text\" field")
    id_ = None if rec.get("id") is None else str(rec["id"])
    # A record's title is text from outside like the article: cleaned by the decoding rule (no control
    # characters, noncharacters or lone surrogates), so every output format can hold it.
    title = (" ".join(scrub(rec["title"]).split()) or None) if isinstance(rec.get("title"), str) else None
    if "error" in rec and "text" not in rec:
        return _error(source, id_, title, str(rec["error"]))
    text = rec.get("text")
    if not isinstance(text, str):
        return _error(source, id_, title, "the record has no \"text\" field holding the article as a string")
    note, when = "", published
    if rec.get("published") not in (None, ""):
        when = parse_date_or_none(rec["published"])
        if when is None:
            when = published
            note = f" (ignored \"published\": {str(rec['published'])[:40]!r} is not YYYY-MM-DD)"
    try:
        article = from_text(text, name=source)
    except InputError as exc:
        return _error(source, id_, title, str(exc))
    est = locate(article.text, when, prior=prior, title=title or article.title, sha256=article.sha256)
    return _row(source, id_, est, note)


def process_one(source: str, payload: bytes | str, published: date | None = None, prior: bool = True) -> BatchRow:
    """Map one article: raw file bytes (decoded like an upload) or one JSON Lines record (its ``text``).

    ``published`` completes dates and dates region names as in ``python -m geo map``; a record's own
    ``published`` wins over it. Never raises for bad input or an engine failure: the row says
    ``status="error"`` with the message instead, because one article must not cost the whole batch.
    """
    from geo.pipeline import locate
    from geo.textio import InputError, decode

    try:
        if isinstance(payload, str):
            return _from_record(source, payload, published, prior)
        try:
            article = decode(payload, name=source)
        except InputError as exc:
            return _error(source, None, None, str(exc))
        est = locate(article.text, published, prior=prior, title=article.title, sha256=article.sha256)
        return _row(source, None, est)
    except Exception as exc:  # noqa: BLE001 - an engine bug on one article is reported in its row
        _log.exception("batch: engine failure on %s", source)
        return _error(source, None, None, f"internal error ({type(exc).__name__}: {exc}); please report it")


def _process_chunk(chunk: list[tuple[str, bytes | str]], published: date | None, prior: bool) -> list[BatchRow]:
    """The task a worker runs: a few articles in order (module level so pools and Dask can pickle it)."""
    return [process_one(s, p, published, prior) for s, p in chunk]


# ------------------------------------------------------------------------------------------ backends


def _chunks(items: Iterable[tuple[str, bytes | str]], size: int) -> Iterator[list[tuple[str, bytes | str]]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _failed(chunk: list[tuple[str, bytes | str]], why: str) -> list[BatchRow]:
    return [_error(s, None, None, f"the worker failed on this article's chunk: {why}") for s, _ in chunk]


def _ordered(submit: Callable[[list], Future], chunks: Iterator[list], in_flight: int,
             on_failure: Callable[[list, BaseException], list[BatchRow]]) -> Iterator[list[BatchRow]]:
    """Results of ``submit(chunk)`` in input order, with at most ``in_flight`` chunks outstanding.

    Why bounded: ``Executor.map`` and ``Client.map`` take the whole input at once, which would hold every
    article of an archive in memory; a FIFO of futures keeps memory flat and order free of charge.
    """
    pending: deque[tuple[list, Future]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= in_flight:
            yield _result(*pending.popleft(), on_failure)
    while pending:
        yield _result(*pending.popleft(), on_failure)


def _result(chunk: list, fut: Future, on_failure: Callable[[list, BaseException], list[BatchRow]]) -> list[BatchRow]:
    try:
        return fut.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker costs its chunk, not the run
        return on_failure(chunk, exc)


class _Pool:
    """A process pool that starts afresh if a worker dies, and runs the lost work again.

    Uses "spawn": forking a threaded parent (the Streamlit server, a Dask client) with an open SQLite
    connection is unsafe, and each worker opens its own read-only gazetteer anyway.
    """

    def __init__(self, workers: int, published: date | None, prior: bool) -> None:
        import multiprocessing as mp

        self.workers, self.published, self.prior = workers, published, prior
        self._ctx = mp.get_context("spawn")
        self.ex = ProcessPoolExecutor(workers, mp_context=self._ctx)

    def submit(self, chunk: list) -> Future:
        try:
            return self.ex.submit(_process_chunk, chunk, self.published, self.prior)
        except BrokenProcessPool:  # a worker died: all this executor's futures have failed; start afresh
            self.ex.shutdown(wait=False)
            self.ex = ProcessPoolExecutor(self.workers, mp_context=self._ctx)
            return self.ex.submit(_process_chunk, chunk, self.published, self.prior)

    def recover(self, chunk: list, exc: BaseException) -> list[BatchRow]:
        """Rows for a chunk whose future failed: run it again; if that kills a worker too, article by article."""
        if not isinstance(exc, BrokenProcessPool):
            return _failed(chunk, f"{type(exc).__name__}: {exc}")
        try:
            return self.submit(chunk).result()
        except BrokenProcessPool:
            pass
        rows = []
        for item in chunk:  # find the article that kills a worker; the others get their real rows
            try:
                rows.extend(self.submit([item]).result())
            except BrokenProcessPool as again:
                rows.extend(_failed([item], f"{type(again).__name__}: {again}"))
        return rows

    def close(self) -> None:
        self.ex.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _dask_client(address: str, workers: int) -> Iterator[Any]:
    """A Dask client for ``address``; ``"local"`` starts a LocalCluster on loopback with no dashboard."""
    from distributed import Client, LocalCluster

    if address == "local":
        n = workers if workers > 1 else (os.cpu_count() or 1)
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address, timeout="30s") as client:
            yield client


def _dask_workers(client: Any) -> int:
    info = client.scheduler_info()
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))


def stream(
    items: Iterable[tuple[str, bytes | str]],
    *,
    workers: int = 1,
    dask_address: str | None = None,
    published: date | None = None,
    prior: bool = True,
    progress: Progress | None = None,
) -> Iterator[BatchRow]:
    """Rows one by one, in input order, as they are ready (the streaming form of :func:`run`).

    Only a bounded number of articles is ever held (one on a single core; workers x a few chunks in a
    pool or on Dask), so writing the rows as they come keeps memory flat for any archive size.
    """
    total = len(items) if isinstance(items, Sized) else None
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    if dask_address:
        with _dask_client(dask_address, workers) as client:
            n = _dask_workers(client)

            def submit(chunk: list) -> Future:
                return client.submit(_process_chunk, chunk, published, prior, pure=False)

            for rows in _ordered(submit, _chunks(items, DASK_CHUNK), n * IN_FLIGHT_PER_WORKER,
                                 lambda chunk, exc: _failed(chunk, f"{type(exc).__name__}: {exc}")):
                yield from rows
                tick(len(rows))
    elif workers > 1:
        pool = _Pool(workers, published, prior)
        try:
            for rows in _ordered(pool.submit, _chunks(items, POOL_CHUNK), workers * IN_FLIGHT_PER_WORKER,
                                 pool.recover):
                yield from rows
                tick(len(rows))
        finally:
            pool.close()
    else:
        for source, payload in items:
            yield process_one(source, payload, published, prior)
            tick(1)


def run(
    items: Iterable[tuple[str, bytes | str]],
    *,
    workers: int = 1,
    dask_address: str | None = None,
    published: date | None = None,
    prior: bool = True,
    progress: Progress | None = None,
) -> list[BatchRow]:
    """Map every article; one :class:`BatchRow` each, in input order; ``progress(done, total)`` as it goes.

    ``workers > 1`` runs a local process pool; ``dask_address`` ("tcp://host:8786", or ``"local"`` for a
    LocalCluster of ``workers`` processes on loopback) runs on Dask ``distributed`` instead, whose workers
    must be able to ``import geo``. ``total`` is ``len(items)`` when ``items`` has a length, else None.
    """
    return list(stream(items, workers=workers, dask_address=dask_address, published=published, prior=prior,
                       progress=progress))


# ------------------------------------------------------------------------------------------ output

_FIELDS = [f.name for f in fields(BatchRow) if f.name != "geometry"]
_FLOATS = ("best_lat", "best_lon", "uncertainty_m", "area_km2")


class _GeoJSONWriter:
    """A FeatureCollection written feature by feature (RFC 7946: lon/lat, right-hand rule, 6 decimals)."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh, self.n = fh, 0
        fh.write('{"type": "FeatureCollection", "touchdown": {"kind": "batch"}, "features": [\n')

    def add(self, rows: Sequence[BatchRow]) -> None:
        from geo.export import geometry_json

        for r in rows:
            props = {k: v for k, v in _as_dict(r).items() if k != "geometry"}
            geom = geometry_json(r.geometry) if r.geometry is not None else None
            feat = {"type": "Feature", "properties": props, "geometry": geom}
            self.fh.write((",\n" if self.n else "") + json.dumps(feat, ensure_ascii=False, allow_nan=False))
            self.n += 1

    def close(self) -> None:
        self.fh.write("\n]}\n")


class _CSVWriter:
    """CSV with the estimate as WKT (lon lat), the flat table spreadsheets and pandas read.

    Text cells go through :func:`geo.export.csv_cell` (a title "=HYPERLINK(...)" is not run as a formula by a
    spreadsheet); numbers are written as numbers.
    """

    def __init__(self, fh: IO[str]) -> None:
        import csv

        self.w = csv.DictWriter(fh, fieldnames=[*_FIELDS, "wkt"])
        self.w.writeheader()

    def add(self, rows: Sequence[BatchRow]) -> None:
        from geo.export import csv_cell

        for r in rows:
            d = _as_dict(r)
            g = d.pop("geometry")
            d["wkt"] = g.wkt if g is not None else ""
            self.w.writerow({k: "" if v is None else csv_cell(v) for k, v in d.items()})

    def close(self) -> None:
        pass


class _GPKGWriter:
    """A GeoPackage layer appended chunk by chunk (declared types, so an all-null chunk cannot change them)."""

    def __init__(self, path: Path) -> None:
        self.path, self.first = path, True

    def add(self, rows: Sequence[BatchRow]) -> None:
        import geopandas as gpd
        import pandas as pd

        from geo.export import gdal_write

        if not rows and not self.first:
            return
        cols: dict[str, Any] = {}
        for name in _FIELDS:
            values = [getattr(r, name) for r in rows]
            if name in _FLOATS:
                cols[name] = pd.array(values, dtype="Float64")
            elif name == "statements":
                cols[name] = pd.array(values, dtype="int64")
            elif name == "prior":
                cols[name] = pd.array(values, dtype="bool")
            else:
                cols[name] = pd.array(values, dtype=object)
        geoms = [MultiPolygon([g]) if isinstance(g, Polygon) else g for g in (r.geometry for r in rows)]
        gdf = gpd.GeoDataFrame(cols, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"))
        gdal_write(gdf, self.path, layer=GPKG_LAYER, geometry_type="MultiPolygon", append=not self.first)
        self.first = False

    def close(self) -> None:
        if self.first:
            self.add([])


def _as_dict(row: BatchRow) -> dict[str, Any]:
    """The row as a dict without deep-copying its geometry (``dataclasses.asdict`` would copy it)."""
    return {f: getattr(row, f) for f in (*_FIELDS, "geometry")}


class JournalMismatch(TouchdownError, ValueError):
    """The journal beside an output was written for other inputs or options: resuming would mix two runs."""


class Journal:
    """Every finished row of a batch, appended as it is written, so an interrupted run can resume.

    Why a journal and not the output itself: GeoPackage and GeoJSON are not appendable after a kill (the
    GeoJSON's closing bracket, the GeoPackage's temporary file), while a JSON Lines file of rows is valid up
    to its last whole line. Rows come out of :func:`stream` in input order, so the journal is always a
    prefix of the inputs: resuming skips that many inputs (checking their sources one by one) and replays
    the journalled rows into a fresh output, keeping memory flat. Geometries are kept as WKB, so a resumed
    run writes byte-for-byte what an uninterrupted one would. The journal is removed once the output is
    complete. It lives beside the output as ``.NAME.journal.jsonl``.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "rows.csv"
    >>> j = Journal(out, {"prior": True})
    >>> j.append(BatchRow(source="a.txt", id="1", title=None, status="nothing-to-map", message="no landing"))
    >>> [r.source for r in j.replay(iter([("a.txt", b""), ("b.txt", b"")]))]
    ['a.txt']
    """

    VERSION = 1

    def __init__(self, out: Path, options: dict[str, Any] | None = None) -> None:
        self.path = out.with_name(f".{out.name}.journal.jsonl")
        self.options = {"journal": self.VERSION, **(options or {})}  # a resumed run must use the same ones
        self.fh: IO[str] | None = None

    def replay(self, inputs: Iterator[tuple[str, bytes | str]]) -> Iterator[BatchRow]:
        """The journalled rows, each after taking its own input off ``inputs`` (the rest is left to run).

        Raises :class:`JournalMismatch` when an input's source differs from its journalled row's. A last
        line cut short by a kill is dropped (and cut off the file), so its article runs again.
        """
        if not self.path.exists():
            return
        good = 0
        with open(self.path, "rb") as fh:
            header = fh.readline()
            try:
                options = json.loads(header) if header.endswith(b"\n") else None
            except ValueError:
                options = None
            if options is None:  # killed before its first row: nothing to resume
                fh.close()
                self.discard()
                return
            if options != self.options:
                raise JournalMismatch(
                    f"{self.path.name} (an interrupted run's journal) was written with other options "
                    f"({options}); run the same command as before, or add --restart to start afresh")
            good = len(header)
            for line in fh:
                if not line.endswith(b"\n"):
                    break
                try:
                    row = _row_from_json(json.loads(line))
                except (ValueError, KeyError, TypeError):
                    break
                nxt = next(inputs, None)
                if nxt is None or nxt[0] != row.source:
                    raise JournalMismatch(
                        f"{self.path.name} (an interrupted run's journal) was written for other inputs: row "
                        f"{row.source!r} where the inputs give {nxt[0] if nxt else 'nothing'!r}; run the same "
                        f"command as before, or add --restart to start afresh")
                good += len(line)
                yield row
        if good < self.path.stat().st_size:
            with open(self.path, "r+b") as fh:
                fh.truncate(good)

    def append(self, row: BatchRow) -> None:
        """Journal one finished row (flushed at once: a kill loses at most the row being written)."""
        if self.fh is None:
            new = not self.path.exists() or self.path.stat().st_size == 0
            self.fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()/discard()
            if new:
                self.fh.write(json.dumps(self.options, sort_keys=True) + "\n")
        self.fh.write(json.dumps(_row_to_json(row), ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        """Close the journal; on a full disk the unwritten rest of a line is lost, which :meth:`replay` drops."""
        if self.fh is not None:
            fh, self.fh = self.fh, None
            try:
                fh.close()
            except OSError:
                pass

    def discard(self) -> None:
        """Remove the journal (the output is complete, or the user asked to start afresh)."""
        self.close()
        self.path.unlink(missing_ok=True)


def _row_to_json(row: BatchRow) -> dict[str, Any]:
    import shapely

    d = {f: getattr(row, f) for f in _FIELDS}
    d["wkb"] = shapely.to_wkb(row.geometry, hex=True) if row.geometry is not None else None
    return d


def _row_from_json(d: dict[str, Any]) -> BatchRow:
    import shapely

    wkb = d.pop("wkb")
    return BatchRow(**{f: d[f] for f in _FIELDS}, geometry=shapely.from_wkb(wkb) if wkb else None)


def clean_leftovers(out: Path) -> list[Path]:
    """Remove the temporary files that killed runs to ``out`` left behind (``.NAME.partialPID.*``).

    Files of a process that is still running are kept: that is another batch writing the same output. The
    rule is :func:`geo.files.clean_partials`, shared with every other writer of files.
    """
    from geo.files import clean_partials

    return clean_partials(out)


class Writer:
    """Write rows to ``out`` as they come (format by suffix), into a temporary file renamed at the end.

    Why incremental: with :func:`stream`, a batch of any size never holds more than a chunk of rows;
    why the rename: an interrupted run leaves no half-written file under the final name (the temporary
    file, fsync and rename are :class:`geo.files.AtomicFile`, the one rule for every file Touchdown
    writes). With a :class:`Journal`, every row is journalled as it is added, and the journal is removed on
    :meth:`close`.
    """

    def __init__(self, out: Path, chunk: int = 2000, journal: Journal | None = None) -> None:
        suffix = out.suffix.lower()
        if suffix not in OUTPUT_SUFFIXES:
            raise ValueError(f"unknown output format {out.suffix or '(none)'!r}: use {', '.join(OUTPUT_SUFFIXES)}")
        from geo.files import AtomicFile

        self.out, self.chunk, self.buf, self.journal = out, chunk, [], journal
        self.file = AtomicFile(out)
        self.tmp = self.file.tmp  # .NAME.partialPID-TOKEN.SUFFIX: GDAL wants the real suffix
        self.fh: IO[str] | None = None
        if suffix == ".gpkg":
            self.w: Any = _GPKGWriter(self.tmp)
        else:
            self.fh = open(self.tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
            self.w = _GeoJSONWriter(self.fh) if suffix == ".geojson" else _CSVWriter(self.fh)

    def add(self, row: BatchRow, journalled: bool = False) -> None:
        """Add one row (``journalled``: it comes from the journal already, do not journal it again)."""
        if self.journal is not None and not journalled:
            self.journal.append(row)
        self.buf.append(row)
        if len(self.buf) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if self.buf:
            self.w.add(self.buf)
            self.buf = []

    def close(self) -> None:
        """Write what is buffered and put the complete file in place (fsync, rename); then drop the journal."""
        self.flush()
        self.w.close()
        if self.fh is not None:
            self.fh.close()
            self.fh = None
        self.file.commit()
        if self.journal is not None:
            self.journal.discard()

    def abort(self) -> None:
        """Drop the temporary output; the journal (if any) is kept so the run can resume."""
        if self.fh is not None:
            try:
                self.fh.close()  # on a full disk, closing flushes the buffer and fails again
            except OSError:
                pass
            self.fh = None
        if self.journal is not None:
            self.journal.close()
        self.file.discard()


def write(rows: Sequence[BatchRow], out: Path) -> None:
    """Write rows to ``out``: GeoPackage (.gpkg), GeoJSON (.geojson) or CSV (.csv), by its suffix."""
    w = Writer(Path(out))
    try:
        for r in rows:
            w.add(r)
        w.close()
    except BaseException:
        w.abort()
        raise


def summary_line(rows_by_status: dict[str, int]) -> str:
    """"10 articles: 6 ok, 1 conflict, 2 nothing-to-map, 1 error" for the CLI and logs."""
    n = sum(rows_by_status.values())
    order = ("ok", "conflict", "nothing-to-map", "error")
    parts = [f"{rows_by_status[s]} {s}" for s in order if rows_by_status.get(s)]
    return f"{n} article{'s' if n != 1 else ''}" + (": " + ", ".join(parts) if parts else "")

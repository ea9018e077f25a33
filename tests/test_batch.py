"""Batch runs: many articles in, one row each out, on one core, a process pool or a Dask cluster.

The articles are the developer cases (tests/cases) and the seed; bad inputs are made in ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import geopandas as gpd
import pytest

from geo import batch
from geo.batch import BatchRow
from geo.cli import main
from tests.cases import CASES_DIR, REPO, SEED

CASE_FILES = sorted(CASES_DIR.glob("*.txt"))
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"


def _items() -> list[tuple[str, bytes | str]]:
    """Every case and the seed as files, with an unreadable PDF and a broken JSON line among them."""
    items: list[tuple[str, bytes | str]] = [(str(p), p.read_bytes()) for p in [SEED, *CASE_FILES]]
    items.insert(3, ("broken.pdf", PDF))
    items.insert(7, ("archive.jsonl#2", '{"text": "unterminated'))
    return items


def _key(row: BatchRow) -> tuple:
    """Everything a row says, the geometry as WKB (exact coordinates)."""
    return (row.source, row.id, row.title, row.status, row.message, row.best_lat, row.best_lon, row.uncertainty_m,
            row.area_km2, row.landed_at_utc, row.landed_time_utc, row.statements, row.prior,
            row.geometry.wkb if row.geometry is not None else None)


@pytest.fixture(scope="module")
def single() -> list[BatchRow]:
    """The reference: every item on one core."""
    return batch.run(_items())


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """A folder as a user would point the batch at: articles in sub-folders, a bad file in the middle."""
    root = tmp_path / "news"
    (root / "kz").mkdir(parents=True)
    (root / "other").mkdir()
    (root / ".git").mkdir()
    (root / "kz" / "a-seed.txt").write_bytes(SEED.read_bytes())
    (root / "kz" / "b-broken.txt").write_bytes(PDF)
    (root / "kz" / "c-tma17-ru.txt").write_bytes((CASES_DIR / "tma17-ru.txt").read_bytes())
    html = (CASES_DIR / "ms06-fr.txt").read_text(encoding="utf-8").replace("\n\n", "</p><p>")
    (root / "other" / "d-ms06.html").write_text(f"<html><body><article><p>{html}</p></article></body></html>",
                                                encoding="utf-8")
    (root / "other" / "e-launch.md").write_bytes((CASES_DIR / "launch-no-landing-en.txt").read_bytes())
    (root / "other" / "notes.json").write_text("{}", encoding="utf-8")  # not an article: not picked up
    (root / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    return root


def _jsonl(path: Path) -> Path:
    lines = [
        json.dumps({"id": "ms21", "title": "Soyuz MS-21 back", "published": "2022-09-29",
                    "text": SEED.read_text(encoding="utf-8")}, ensure_ascii=False),
        "",
        "this line is not JSON",
        json.dumps({"id": 7, "title": "no text here"}),
        json.dumps({"text": (CASES_DIR / "tma6-ru.txt").read_text(encoding="utf-8")}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ inputs


def test_a_folder_is_walked_recursively_in_order_skipping_hidden_and_non_articles(archive_dir: Path) -> None:
    sources = [Path(s).relative_to(archive_dir).as_posix() for s, _ in batch.iter_inputs([str(archive_dir)])]
    assert sources == ["kz/a-seed.txt", "kz/b-broken.txt", "kz/c-tma17-ru.txt", "other/d-ms06.html",
                       "other/e-launch.md"]


def test_globs_files_and_json_lines_mix_and_each_file_counts_once(archive_dir: Path, tmp_path: Path) -> None:
    jl = _jsonl(tmp_path / "feed.jsonl")
    inputs = [str(archive_dir / "kz" / "*.txt"), str(archive_dir / "kz" / "a-seed.txt"), str(jl)]
    got = list(batch.iter_inputs(inputs))
    assert [Path(s).name for s, _ in got] == ["a-seed.txt", "b-broken.txt", "c-tma17-ru.txt", "feed.jsonl#1",
                                              "feed.jsonl#3", "feed.jsonl#4", "feed.jsonl#5"]
    assert isinstance(got[0][1], bytes) and isinstance(got[3][1], str)
    assert batch.count_inputs(inputs) == (7, 4)


def test_names_that_match_nothing_are_reported_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert batch.missing_inputs([str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "*.md")]) \
        == [str(tmp_path / "nope.txt"), str(tmp_path / "*.md")]


def test_a_file_over_the_size_limit_is_an_error_row_without_being_read(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"landed 150 km south-east of Zhezkazgan. " * 100)
    monkeypatch.setenv("TOUCHDOWN_MAX_BYTES", "1000")
    [(source, payload)] = list(batch.iter_inputs([str(big)]))
    row = batch.process_one(source, payload)
    assert row.status == "error" and "limit" in row.message and row.geometry is None


# ------------------------------------------------------------------------------------------ rows


def test_one_row_per_item_in_order_with_errors_in_place(single: list[BatchRow]) -> None:
    items = _items()
    assert [r.source for r in single] == [s for s, _ in items]
    assert single[3].status == "error" and "PDF" in single[3].message
    assert single[7].status == "error" and "not a JSON record" in single[7].message
    seed = single[0]
    assert seed.status == "ok" and seed.geometry is not None and seed.geometry.is_valid
    assert seed.statements == 1 and seed.prior is True and seed.landed_time_utc == "10:57:00Z"
    assert 47.0 < seed.best_lat < 47.7 and 69.0 < seed.best_lon < 70.3 and seed.area_km2 > 0
    assert len(seed.id) == 64  # the sha256 of the raw file, as in the GeoJSON's article.sha256
    launch = next(r for r in single if r.source.endswith("launch-no-landing-en.txt"))
    assert launch.status == "nothing-to-map" and launch.geometry is None and launch.best_lat is None


def test_a_json_lines_record_keeps_its_id_title_and_publication_date() -> None:
    line = json.dumps({"id": 42, "title": "Back on Earth", "published": "2022-09-29T08:00:00Z",
                       "text": SEED.read_text(encoding="utf-8")})
    row = batch.process_one("feed.jsonl#1", line)
    assert (row.id, row.title, row.status) == ("42", "Back on Earth", "ok")
    assert row.landed_at_utc == "2022-09-29T10:57:00Z"  # the record's date completes "12:57 p.m. (French time)"


def test_records_the_fast_parser_refuses_are_read_as_the_standard_library_reads_them() -> None:
    # a lone surrogate escape and NaN are valid for Python's json, not for orjson
    line = '{"id": NaN, "text": "The capsule landed 150 km SE of Zhezkazgan \\ud800 yesterday."}'
    row = batch.process_one("f.jsonl#1", line)
    assert (row.id, row.status) == ("nan", "ok")
    broken = batch.process_one("f.jsonl#2", '{"text": "unterminated')
    assert broken.status == "error" and broken.message.startswith("not a JSON record: Unterminated string")


def test_a_record_without_text_or_with_a_bad_date_is_explained() -> None:
    assert "no \"text\" field" in batch.process_one("f.jsonl#1", '{"id": 1}').message
    assert batch.process_one("f.jsonl#2", "[1, 2]").status == "error"
    row = batch.process_one("f.jsonl#3", json.dumps({"text": "Landed 150 km SE of Zhezkazgan.", "published": "May"}))
    assert row.status == "ok" and "ignored \"published\"" in row.message


def test_progress_is_reported_up_to_the_total() -> None:
    seen: list[tuple[int, int | None]] = []
    items = _items()[:4]
    batch.run(items, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


# ------------------------------------------------------------------------------------------ backends


def test_two_worker_processes_give_the_same_rows_as_one(single: list[BatchRow]) -> None:
    assert [_key(r) for r in batch.run(_items(), workers=2)] == [_key(r) for r in single]


def test_a_worker_that_dies_costs_a_restart_not_the_articles() -> None:
    items = _items()[:5]
    pool = batch._Pool(2, None, True)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.ex.submit(os._exit, 1).result()
        rows = pool.recover(items, BrokenProcessPool("a worker died"))
    finally:
        pool.close()
    assert [(r.source, r.status) for r in rows] == [(s, r.status) for (s, _), r in zip(items, batch.run(items),
                                                                                       strict=True)]


@pytest.fixture
def outbound() -> Iterator[list[str]]:
    """Socket connections and look-ups this process makes to anything but loopback, while the fixture lives."""
    events: list[str] = []
    active = [True]

    def hook(event: str, args: tuple) -> None:
        if not active[0] or event not in ("socket.connect", "socket.getaddrinfo", "socket.sendto"):
            return
        host = args[0] if event == "socket.getaddrinfo" else (args[1][0] if isinstance(args[1], tuple) else "")
        host = host.decode() if isinstance(host, bytes) else str(host or "")
        if host and not (host.startswith("127.") or host in ("localhost", "::1", "0.0.0.0")):
            events.append(f"{event} {host}")

    sys.addaudithook(hook)  # cannot be removed: it goes quiet when the test ends
    yield events
    active[0] = False


def test_a_two_worker_dask_cluster_gives_the_same_rows_on_loopback_only(single: list[BatchRow],
                                                                      outbound: list[str]) -> None:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        with Client(cluster) as client:
            workers = client.scheduler_info()["workers"]
            assert len(workers) == 2 and all(w.startswith("tcp://127.0.0.1:") for w in workers)
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        rows = batch.run(_items(), dask_address=cluster.scheduler_address)
    assert [_key(r) for r in rows] == [_key(r) for r in single]
    assert outbound == []


# ------------------------------------------------------------------------------------------ command line


def test_cli_batch_of_a_folder_writes_a_geopackage_with_an_error_row_and_exits_0(
        archive_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "landings.gpkg"
    assert main(["batch", str(archive_dir), "-o", str(out)]) == 0
    assert "5 articles: 3 ok, 1 nothing-to-map, 1 error" in capsys.readouterr().out
    df = gpd.read_file(out)
    assert df.crs.to_epsg() == 4326
    assert [Path(s).name for s in df["source"]] == ["a-seed.txt", "b-broken.txt", "c-tma17-ru.txt", "d-ms06.html",
                                                    "e-launch.md"]
    assert list(df["status"]) == ["ok", "error", "ok", "ok", "nothing-to-map"]
    assert "PDF" in df["message"][1]
    assert df.geometry[1] is None and df.geometry[4] is None
    assert all(g.geom_type == "MultiPolygon" and g.is_valid for g in df.geometry[[0, 2, 3]])
    assert list(df.columns) == ["source", "id", "title", "status", "message", "best_lat", "best_lon", "uncertainty_m",
                                "area_km2", "landed_at_utc", "landed_time_utc", "statements", "prior", "geometry"]
    assert not list(tmp_path.glob(".landings.partial*"))


def test_cli_batch_of_json_lines_and_a_glob_writes_geojson(archive_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.geojson"
    jl = _jsonl(tmp_path / "feed.jsonl")
    assert main(["batch", str(jl), str(archive_dir / "other" / "*.md"), "-o", str(out), "--no-prior"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    props = [f["properties"] for f in doc["features"]]
    assert [(p["id"], p["status"]) for p in props[:3]] == [("ms21", "ok"), (None, "error"), ("7", "error")]
    assert props[0]["title"] == "Soyuz MS-21 back" and props[0]["landed_at_utc"] == "2022-09-29T10:57:00Z"
    assert all(p["prior"] is False for p in props)
    df = gpd.read_file(out)
    assert len(df) == 5 and df.geometry[0].is_valid and df.geometry[1] is None


def test_cli_batch_csv_with_two_workers_matches_one(tmp_path: Path) -> None:
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    files = [str(p) for p in CASE_FILES[:6]]
    assert main(["batch", *files, "-o", str(one)]) == 0
    assert main(["batch", *files, "-o", str(two), "--workers", "2"]) == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert one.read_text(encoding="utf-8").splitlines()[0].endswith(",wkt")


@pytest.mark.parametrize("args, message", [
    (["batch", "/nonexistent/folder"], "no such file"),
    (["batch", str(SEED), "-o", "out.kml"], "unknown output format"),
    (["batch", str(SEED), "--workers", "0"], "--workers"),
])
def test_cli_batch_refuses_a_mistaken_command_with_exit_2(args: list[str], message: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_cli_batch_has_no_file_cap_the_dashboard_limit_is_not_the_clis(
        archive_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHDOWN_MAX_FILES", "2")  # the dashboard's upload cap: five files still run here
    out = tmp_path / "rows.csv"
    assert main(["batch", str(archive_dir), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + 5


class _Interrupt(Exception):
    """Stands in for Ctrl-C after a number of rows (a real KeyboardInterrupt would stop pytest too)."""


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg"])
def test_an_interrupted_batch_resumes_without_redoing_rows_and_writes_what_one_run_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    files = [str(p) for p in CASE_FILES[:7]]
    whole = tmp_path / f"whole{suffix}"
    assert main(["batch", *files, "-o", str(whole)]) == 0

    out = tmp_path / f"resumed{suffix}"
    real_stream = batch.stream
    processed: list[str] = []

    def interrupted(items, **kw):  # noqa: ANN001, ANN003 - stands in for batch.stream
        for i, row in enumerate(real_stream(items, **kw)):
            if i == 3:
                raise _Interrupt
            processed.append(row.source)
            yield row

    monkeypatch.setattr(batch, "stream", interrupted)
    with pytest.raises(_Interrupt):
        main(["batch", *files, "-o", str(out)])
    assert not out.exists() and not list(tmp_path.glob(".resumed.partial*"))
    journal = tmp_path / f".resumed{suffix}.journal.jsonl"
    assert len(journal.read_text(encoding="utf-8").splitlines()) == 1 + 3  # options + three finished rows

    monkeypatch.setattr(batch, "stream", lambda items, **kw: (processed.append(r.source) or r
                                                              for r in real_stream(items, **kw)))
    processed.clear()
    assert main(["batch", *files, "-o", str(out)]) == 0
    assert "resuming: 3 of 7" in capsys.readouterr().err
    assert processed == files[3:]  # the first three were not redone
    assert not journal.exists()
    if suffix == ".gpkg":
        a, b = gpd.read_file(whole), gpd.read_file(out)
        assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
        assert [g.wkb if g is not None else None for g in a.geometry] == \
               [g.wkb if g is not None else None for g in b.geometry]
    else:
        assert out.read_bytes() == whole.read_bytes()


def test_a_journal_from_other_inputs_or_options_is_refused_and_restart_starts_afresh(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rows.csv"
    j = batch.Journal(out, {"published": None, "prior": True})
    j.append(BatchRow(source="elsewhere.txt", id="x", title=None, status="nothing-to-map", message="m"))
    j.close()
    assert main(["batch", str(SEED), "-o", str(out)]) == 2
    assert "other inputs" in capsys.readouterr().err and not out.exists()
    assert main(["batch", str(SEED), "-o", str(out), "--no-prior"]) == 2
    assert "other options" in capsys.readouterr().err
    assert main(["batch", str(SEED), "-o", str(out), "--restart"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2 and not j.path.exists()


def test_a_journal_line_cut_by_a_kill_is_dropped_and_its_article_runs_again(tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    files = [str(p) for p in CASE_FILES[:3]]
    j = batch.Journal(out, {"published": None, "prior": True})
    first = batch.process_one(files[0], Path(files[0]).read_bytes())
    j.append(first)
    j.close()
    with open(j.path, "a", encoding="utf-8") as fh:
        fh.write('{"source": "' + files[1] + '", "id": "trunc')  # no newline: the kill came mid-write
    assert main(["batch", *files, "-o", str(out)]) == 0
    whole = tmp_path / "whole.csv"
    assert main(["batch", *files, "-o", str(whole)]) == 0
    assert out.read_bytes() == whole.read_bytes()


def test_leftovers_of_killed_runs_are_removed_but_a_running_batchs_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "rows.gpkg"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    stale = [tmp_path / f".rows.partial{dead}.gpkg", tmp_path / f".rows.partial{dead}.gpkg-journal"]
    alive = tmp_path / f".rows.partial{os.getppid()}.gpkg"
    for f in [*stale, alive]:
        f.write_bytes(b"x")
    assert sorted(batch.clean_leftovers(out)) == sorted(stale)
    assert alive.exists() and not any(f.exists() for f in stale)


def test_cli_batch_without_output_prints_a_line_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(SEED), str(CASES_DIR / "launch-no-landing-en.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "\tok\t47." in lines[0] and "\tnothing-to-map\t" in lines[1] and lines[-1].startswith("2 articles")


# ------------------------------------------------------------------------------------------ determinism

_TIE = ("The Soyuz capsule landed at 0608 GMT 206 km west of Saran', Roscosmos said. Recovery teams said the "
        "capsule came down 409 kilometres south of Shchuchinsk.")


def test_the_same_article_gives_the_same_row_in_every_process() -> None:
    code = ("import sys, geo; e = geo.locate(sys.stdin.read()); "
            "print(e.status, [r.anchor.geonameid for r in e.regions if r.anchor])")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    outs = {subprocess.run([sys.executable, "-c", code], input=_TIE, capture_output=True, text=True, check=True,
                           env={**env, "PYTHONHASHSEED": str(seed)}, cwd=REPO).stdout for seed in range(6)}
    assert len(outs) == 1, outs

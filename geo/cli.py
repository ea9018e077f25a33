"""``touchdown`` (or ``python -m geo``): map one article, run a batch, evaluate, build the index, start the app.

    touchdown map ARTICLE.txt -o out.geojson
    touchdown batch news/ archive.jsonl -o landings.gpkg --workers 2
    touchdown eval                      # the developer cases in tests/cases
    touchdown index                     # build the offline gazetteer index now
    touchdown app                       # the dashboard on http://localhost:8501

Exit codes (the design's output contract): 0 an estimate was made; 3 the text holds no landing
statement ("nothing to map", with the FeatureCollection written when an output was
asked for); 2 unusable input, or an output that cannot be written (a full disk, a read-only
folder): one line on stderr, never a traceback.

Every file the CLI writes is written atomically (:func:`geo.files.write_atomic`, the batch's
:class:`geo.batch.Writer`): the final name only ever holds a complete file, and the temporary files of a
killed run are removed by the next run to the same output.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_INPUT, EXIT_NOTHING = 0, 2, 3
# The dashboard listens on the loopback interface only unless told otherwise (see cmd_app).
LOOPBACK = "127.0.0.1"
FORMATS = ("geojson", "kml", "gpx", "gpkg", "csv", "html")


def _published(value: str | None) -> date | None:
    from geo.dates import parse_date
    from geo.errors import InputError

    try:
        return parse_date(value, what="--published")
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def summarise(est) -> str:  # noqa: ANN001 - Estimate, imported lazily for a fast start
    """A few human lines: status, anchors, statements, area, best point, time."""
    from geo.dates import utc_text

    lines = [f"{est.status}: {est.message}"]
    for r in est.regions:
        if r.role != "statement":
            continue
        a = r.anchor
        d = f", {r.distance_km[1]:.0f}–{r.distance_km[2]:.0f} km" if r.distance_km else ""
        where = f"{a.name} ({a.country}, geonameid {a.geonameid})" if a else "coordinates"
        lines.append(f"  «{r.label}» → {r.shape} from {where}{d}, {r.area_km2:,.0f} km²")
    for name in est.unresolved:
        lines.append(f"  not in the gazetteer: {name}")
    if est.best:
        lines.append(f"  estimate {est.area_km2:,.0f} km²; best point {est.best[0]:.4f}, {est.best[1]:.4f} "
                     f"(± {est.uncertainty_m / 1000:.0f} km){' with the historical prior' if est.prior else ''}")
    lt = est.landing_time
    if lt and lt.utc:
        lines.append(f"  landed {utc_text(lt.utc)} ({lt.note})")
        if lt.local is not None:
            lines.append(f"  local time at the site {lt.local:%Y-%m-%d %H:%M} {lt.local_zone} "
                         f"(UTC{lt.local:%z}; zone rules of {lt.rules_date})")
        if lt.inconsistent:
            lines.append(f"  warning: {lt.inconsistent}")
    elif lt and lt.time_utc:
        lines.append(f"  landed at {lt.time_utc:%H:%M} UTC, date unknown ({lt.note})")
    return "\n".join(lines)


def _write(est, out: Path, fmt: str) -> None:  # noqa: ANN001
    """Render and write atomically (temporary file beside ``out``, fsync, rename), after removing what a
    killed earlier run to ``out`` left behind."""
    from geo import export, files

    if fmt == "html":
        from geo.mapping import to_html

        data = to_html(est)
    else:
        data = export.render(est, fmt)
    files.clean_partials(out)
    files.write_atomic(out, data)


def os_error_line(exc: OSError, action: str = "cannot write") -> str:
    """An ``OSError`` as the one line the CLI prints: what failed, why, and for a full disk what to do."""
    why = exc.strerror or (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    where = f"{action} {exc.filename}: " if exc.filename else ""
    hint = " (the disk is full: free some space or write the output elsewhere)" if exc.errno == errno.ENOSPC else ""
    return f"error: {where}{why}{hint}"


def _constraints(paths: list[str] | None) -> list[dict]:
    """The shapes of ``--constraint`` files, each cleaned by :func:`geo.geodesy.clean_geojson` (the rule every
    shape from outside goes through); raises ``InputError`` (a ``GeometryError`` for a shape) or ``OSError``."""
    from geo.geodesy import clean_geojson
    from geo.textio import InputError

    out: list[dict] = []
    for path in paths or []:
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"the constraint file {path} is not GeoJSON: {exc}") from None
        if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
            geoms = [f.get("geometry") if isinstance(f, dict) else f for f in doc.get("features") or []]
        elif isinstance(doc, dict) and doc.get("type") == "Feature":
            geoms = [doc.get("geometry")]
        else:
            geoms = [doc]
        if not geoms:
            raise InputError(f"the constraint file {path} holds no shape")
        for i, g in enumerate(geoms):
            what = f"The constraint in {path}" + (f" (feature {i + 1})" if len(geoms) > 1 else "")
            out.append(clean_geojson(g if isinstance(g, dict) else {}, what=what))
    return out


def cmd_map(args: argparse.Namespace) -> int:
    """One article -> summary on stdout, and the output file if asked."""
    from geo.pipeline import locate
    from geo.textio import InputError, decode

    fmt = None
    if args.out:
        fmt = args.format or (Path(args.out).suffix.lstrip(".").lower() or "geojson")
        fmt = "geojson" if fmt == "json" else fmt
        if fmt not in FORMATS:
            print(f"error: unknown format {fmt!r}; use one of {', '.join(FORMATS)}", file=sys.stderr)
            return EXIT_INPUT
    try:
        data = sys.stdin.buffer.read() if str(args.file) == "-" else Path(args.file).read_bytes()
        article = decode(data, name=str(args.file))
        constraints = _constraints(args.constraint)
    except OSError as exc:
        print(os_error_line(exc, "cannot read"), file=sys.stderr)
        return EXIT_INPUT
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    est = locate(article.text, args.published, title=article.title, sha256=article.sha256, prior=not args.no_prior,
                 constraints=constraints)
    print(summarise(est))
    if args.out and fmt:
        try:
            _write(est, Path(args.out), fmt)
        except OSError as exc:  # a full disk, a read-only folder: the old file (if any) is untouched
            print(os_error_line(exc), file=sys.stderr)
            return EXIT_INPUT
    return EXIT_NOTHING if est.status == "nothing-to-map" else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """The evaluation table over a cases directory (default: the developer cases of the checkout)."""
    from geo.evaluate import evaluate, render, summary
    from geo.resources import root

    cases = Path(args.cases) if args.cases else root() / "tests" / "cases"
    if not (cases / "cases.json").exists():
        print(f"error: {cases / 'cases.json'} not found", file=sys.stderr)
        return EXIT_INPUT
    results = evaluate(cases)
    totals = summary(results)
    phrases_dir = Path(args.phrases) if args.phrases else cases.parent / "phrases"
    phrase_totals = None
    if phrases_dir.is_dir() and any(phrases_dir.glob("*.jsonl")):
        from geo.evaluate import evaluate_phrases, phrase_summary, render_phrases

        phrase_totals = phrase_summary(evaluate_phrases(phrases_dir))
    places_dir = cases.parent / "places_cases"
    places_totals = places_rows = None
    if (places_dir / "cases.json").exists() and places_dir.resolve() != cases.resolve():
        from geo.evaluate import kind_summary

        places_rows = evaluate(places_dir)
        places_totals = {"summary": summary(places_rows), "kinds": kind_summary(places_dir, places_rows)}
    elif "kind" in (cases / "cases.json").read_text(encoding="utf-8"):
        from geo.evaluate import kind_summary

        places_totals = {"summary": totals, "kinds": kind_summary(cases, results)}
    if args.json:
        print(json.dumps({**totals, "phrases": phrase_totals, "places": places_totals}, indent=1))
    else:
        print(render(results, totals))
        if places_rows is not None:
            from geo.evaluate import render_kinds

            print(f"\nplaces beyond towns ({places_dir}):\n" + render(places_rows, places_totals["summary"])
                  + "\n\nby kind:\n" + render_kinds(places_totals["kinds"]))
        elif places_totals is not None:
            from geo.evaluate import render_kinds

            print("\nby kind:\n" + render_kinds(places_totals["kinds"]))
        if phrase_totals is not None:
            print(f"\nreal-phrasing suite ({phrases_dir}): statements per language\n" + render_phrases(phrase_totals))
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    """Many articles -> one row each in OUT (or one line each on stdout); exit 0 once the batch has run.

    Articles that cannot be read or hold no landing are rows with their status, never a failed run; only
    a mistaken command (a path that names nothing, an unknown output format, a Dask scheduler that does not
    answer, a journal from other inputs) exits 2. There is no cap on the number of files: the inputs are
    streamed, so memory does not grow with the archive. With ``-o``, every finished row is journalled
    beside the output, so an interrupted run started again with the same command resumes where it stopped.
    """
    from collections import Counter

    from tqdm import tqdm

    from geo import batch

    missing = batch.missing_inputs(args.inputs)
    if missing:
        print(f"error: no such file, folder or matching glob: {', '.join(missing)}", file=sys.stderr)
        return EXIT_INPUT
    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in batch.OUTPUT_SUFFIXES:
        print(f"error: unknown output format {out.suffix or '(none)'!r}; use {', '.join(batch.OUTPUT_SUFFIXES)}",
              file=sys.stderr)
        return EXIT_INPUT
    if args.workers < 1:
        print("error: --workers wants 1 or more", file=sys.stderr)
        return EXIT_INPUT
    total, _files = batch.count_inputs(args.inputs)
    if total == 0:
        print("error: no articles in the inputs (folders are searched for .txt, .md, .html, .htm, .jsonl)",
              file=sys.stderr)
        return EXIT_INPUT
    counts: Counter[str] = Counter()
    inputs = batch.iter_inputs(args.inputs)
    writer = None
    if out is not None:
        try:
            batch.clean_leftovers(out)
            journal = batch.Journal(out, {"published": args.published.isoformat() if args.published else None,
                                          "prior": not args.no_prior})
            if args.restart:
                journal.discard()
            writer = batch.Writer(out, journal=journal)
            for row in journal.replay(inputs):
                counts[row.status] += 1
                writer.add(row, journalled=True)
        except (batch.JournalMismatch, OSError) as exc:
            if writer is not None:
                writer.abort()
            print(os_error_line(exc) if isinstance(exc, OSError) else f"error: {exc}", file=sys.stderr)
            return EXIT_INPUT
        if counts:
            print(f"resuming: {sum(counts.values()):,} of {total:,} articles were done by an earlier run "
                  f"(start afresh with --restart)", file=sys.stderr)
    bar = tqdm(total=total, initial=sum(counts.values()), unit="article", file=sys.stderr, mininterval=0.5,
               dynamic_ncols=True, disable=not sys.stderr.isatty())
    try:
        rows = batch.stream(inputs, workers=args.workers, dask_address=args.dask,
                            published=args.published, prior=not args.no_prior)
        for row in rows:
            counts[row.status] += 1
            bar.update(1)
            if writer is not None:
                writer.add(row)
            else:
                where = f"{row.best_lat:.4f}, {row.best_lon:.4f}  {row.area_km2:,.0f} km²" if row.best_lat is not None else ""
                tqdm.write(f"{row.source}\t{row.status}\t{where or row.message}", file=sys.stdout)
        if writer is not None:
            writer.close()
    except (OSError, TimeoutError) as exc:  # a Dask scheduler that does not answer, a full disk
        if writer is not None:
            writer.abort()
        bar.close()
        print(os_error_line(exc) if isinstance(exc, OSError) else f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BaseException:
        if writer is not None:
            writer.abort()  # the journal stays: the same command resumes
        raise
    bar.close()
    print(batch.summary_line(counts) + (f"; written to {out}" if out is not None else ""))
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    """Build the gazetteer index now (it is otherwise built on first use), or say whether it is sound.

    ``--check`` reads every page of the file (SQLite's quick check) besides its stamp, so a copy damaged
    behind a sound header is named too; it exits 1 with the problem. Without ``--check`` a damaged or
    outdated index is rebuilt, a sound one is left alone (``--force`` rebuilds anyway).
    """
    from geo.gazetteer import build_index, index_path, index_problem

    path = index_path()
    if args.check:
        problem = index_problem(path, thorough=True)
        print(f"gazetteer index {'sound' if problem is None else problem}: {path}")
        return EXIT_OK if problem is None else 1
    problem = index_problem(path)
    if problem is None and not args.force:
        print(f"gazetteer index sound: {path}")
        return EXIT_OK
    why = "" if problem is None or not path.exists() else f" (the one there {problem})"
    print(f"building gazetteer index at {path}{why} ...", flush=True)
    build_index(path)
    print("done")
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    """Start the dashboard (Streamlit) from the checkout or the installed bundle, offline, on ``--port``."""
    import os
    import subprocess

    from geo.resources import app_script

    script = app_script()
    if not script.is_file():
        print(f"error: the dashboard is not installed ({script} is missing)", file=sys.stderr)
        return EXIT_INPUT
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(args.port),
           "--server.headless", "true",
           "--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false",
           "--browser.serverAddress", "localhost"]
    # Where it listens and how much an error shows come from .streamlit/config.toml (127.0.0.1; no
    # tracebacks or paths for visitors), which the environment overrides (STREAMLIT_SERVER_ADDRESS=0.0.0.0,
    # STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=full): a command-line flag would override the environment, so the
    # same safe values are given as flags only where neither the environment nor --address says otherwise.
    address = args.address or os.environ.get("STREAMLIT_SERVER_ADDRESS") or LOOPBACK
    if args.address or "STREAMLIT_SERVER_ADDRESS" not in os.environ:
        cmd += ["--server.address", address]
    if "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS" not in os.environ:
        cmd += ["--client.showErrorDetails", "none"]
    shown = "localhost" if address in (LOOPBACK, "localhost") else address
    print(f"Touchdown dashboard on http://{shown}:{args.port} (Ctrl-C stops it)", flush=True)
    try:
        # Run from the app's folder, where its .streamlit/config.toml is.
        return subprocess.call(cmd, cwd=script.parent, env=os.environ.copy())
    except KeyboardInterrupt:
        return 130


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``touchdown`` command and of ``python -m geo``."""
    p = argparse.ArgumentParser(prog="touchdown", description="Touchdown: where did the spacecraft land?")
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("map", help="map one article")
    m.add_argument("file", help="article file (.txt, .html, .md) or - for standard input")
    m.add_argument("-o", "--out", help="output file")
    m.add_argument("--format", choices=FORMATS, help="output format (default: from the extension)")
    m.add_argument("--published", type=_published, help="publication date YYYY-MM-DD")
    m.add_argument("--no-prior", action="store_true", help="do not use the historical-landings prior")
    m.add_argument("--constraint", action="append", metavar="GEOJSON",
                   help="a GeoJSON file with a polygon the landing is known to lie in (a geometry, a Feature or a "
                        "FeatureCollection), fused like a statement; repeatable. Invalid shapes are repaired; "
                        "tiny ones and latitudes beyond ±90° are refused (exit 2)")
    m.set_defaults(func=cmd_map)
    b = sub.add_parser("batch", help="map many articles: one row each in a GeoPackage, GeoJSON or CSV")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders (searched recursively), globs, or JSON Lines files (.jsonl, a \"text\" "
                        "field per line, optional \"id\", \"title\", \"published\")")
    b.add_argument("-o", "--out", help="output .gpkg, .geojson or .csv (default: one line per article on stdout)")
    b.add_argument("--workers", type=int, default=1, help="processes (default 1); with --dask local, Dask workers")
    b.add_argument("--dask", metavar="ADDRESS",
                   help="run on the Dask distributed scheduler at ADDRESS (tcp://host:8786), or 'local' for a "
                        "LocalCluster on this machine")
    b.add_argument("--published", type=_published, help="publication date YYYY-MM-DD for articles without one")
    b.add_argument("--no-prior", action="store_true", help="do not use the historical-landings prior")
    b.add_argument("--restart", action="store_true",
                   help="ignore the journal of an interrupted run to the same output and start afresh")
    b.set_defaults(func=cmd_batch)
    e = sub.add_parser("eval", help="evaluate on a cases directory")
    e.add_argument("cases", nargs="?", help="folder with cases.json (default: tests/cases of the checkout)")
    e.add_argument("--phrases", help="folder of real-phrasing suites, <lang>.jsonl (default: phrases/ beside CASES)")
    e.add_argument("--json", action="store_true", help="print the totals as JSON")
    e.set_defaults(func=cmd_eval)
    i = sub.add_parser("index", help="build the offline gazetteer index")
    i.add_argument("--force", action="store_true", help="rebuild even if present")
    i.add_argument("--check", action="store_true", help="only say whether the index is there and sound, reading every page (exit 1 if not)")
    i.set_defaults(func=cmd_index)
    a = sub.add_parser("app", help="start the dashboard")
    a.add_argument("--port", type=int, default=8501)
    a.add_argument("--address", help="interface to listen on (default: 127.0.0.1 only, from .streamlit/config.toml; "
                                      "0.0.0.0 or $STREAMLIT_SERVER_ADDRESS for a shared deployment)")
    a.set_defaults(func=cmd_app)
    try:
        args = p.parse_args(argv)
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

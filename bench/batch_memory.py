"""Peak memory of the command-line batch against the number of articles: it must not grow with the archive.

    python bench/batch_memory.py                      # 10,000 and 100,000 articles (a few minutes, then ~20)
    python bench/batch_memory.py --sizes 1000,10000   # quicker

For each size: an archive of that many articles (``bench/archive.py``, seed 0, JSON Lines) and, for the
folder case, as many ``.txt`` files; then ``touchdown batch INPUT -o out.gpkg`` as its own process, whose peak
resident memory (``ru_maxrss`` of the child) and rate are printed. Why a benchmark and not a test: the figures
depend on the machine; what matters is that the peak stays flat from 10,000 to 100,000 articles (the inputs are
streamed, a bounded number of articles is in flight, rows are written 2,000 at a time and journalled to disk).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--folder", action="store_true", help="also measure a folder of .txt files of each size")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; load {os.getloadavg()[0]:.1f}")
    print(f"{'input':28} {'articles':>9} {'seconds':>8} {'articles/s':>10} {'peak RSS MB':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n in sizes:
            archive = work / f"a{n}.jsonl"
            subprocess.run([sys.executable, "bench/archive.py", str(archive), "--n", str(n)], check=True, cwd=REPO,
                           stdout=subprocess.DEVNULL)
            inputs = [("JSON Lines", str(archive))]
            if args.folder:
                folder = work / f"f{n}"
                folder.mkdir()
                with open(archive, encoding="utf-8") as fh:
                    for i, line in enumerate(fh):
                        (folder / f"{i:07d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
                inputs.append(("folder of .txt", str(folder)))
            for label, path in inputs:
                # Each run in a fresh interpreter, so ru_maxrss of the children is this run's alone.
                code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
                        "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
                        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
                out = work / f"out{n}.gpkg"
                t = time.perf_counter()
                got = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "geo", "batch", path, "-o",
                                      str(out)], check=True, cwd=REPO, capture_output=True, text=True)
                dt = time.perf_counter() - t
                peak_mb = int(got.stdout.strip().splitlines()[-1]) / 1024.0
                print(f"{label:28} {n:>9,} {dt:>8.1f} {n / dt:>10.0f} {peak_mb:>11.0f}", flush=True)
                out.unlink(missing_ok=True)
    print(f"load at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Pathological inputs: does every family of hostile text finish in time linear in its size?

    python bench/redos.py                      # every family at 10 KB, 100 KB, 1 MB, 5 MB
    python bench/redos.py --sizes 10k,100k     # quicker
    python bench/redos.py --family hyphens --sizes 1m

Why: an article is untrusted text of up to 5 MB (``TOUCHDOWN_MAX_BYTES``). A regular expression that
backtracks, a scan that restarts at every word, or a search over combinations of statements turns a short
page into minutes of CPU for every visitor. Each family below repeats one thing the reader reacts to
(landing cues, numbers, units, compass points, capitalised words, hyphen chains, scripts without spaces,
combining marks, zero-width and right-to-left marks, many far-apart anchors) up to the size asked, and runs
the whole engine on it (``geo.locate`` and the GeoJSON export), each in a fresh process with a time limit.

Printed per family and size: seconds, peak memory of the process (MB), seconds per MB; per family the
fitted growth exponent (the slope of log time over log size between the two largest sizes: 1 is linear,
2 quadratic). The budget is 2 s per MB at the largest size and an exponent below 1.3 (measurement noise on
small sizes lets a linear family show 1.1-1.2); rows over budget are marked, and the exit status is 1 when
any is.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BUDGET_S_PER_MB = 2.0
BUDGET_EXPONENT = 1.3
TIMEOUT_S = 120.0

TOWNS = ("Zhezkazgan", "Arkalyk", "Astana", "Almaty", "Aktobe", "Pavlodar", "Kostanay", "Atyrau", "Oral",
         "Semey", "Taraz", "Shymkent", "Kyzylorda", "Petropavl", "Oskemen", "Ekibastuz", "Temirtau", "Balkhash",
         "Aktau", "Baikonur", "Karaganda", "Turkistan", "Taldykorgan", "Orsk", "Omsk", "Barnaul", "Tashkent")

# name -> (what it tests, the unit repeated, an optional prefix written once)
FAMILIES: dict[str, tuple[str, str, str]] = {
    "cues": ("a landing cue repeated", "The capsule landed ", ""),
    "numbers": ("numbers after one cue", "100 ", "The capsule landed "),
    "units": ("units with no numbers", "km ", "The capsule landed "),
    "number-units": ("numbers and units with no anchor", "150 km ", "The capsule landed "),
    "directions": ("compass points", "southeast ", "The capsule landed 150 km "),
    "capitals": ("capitalised words after a relation", "Aaa ", "The capsule landed 150 km from "),
    "in-capitals": ("'in' + a capitalised word", "in Aaa ", "The capsule landed "),
    "hyphens": ("a hyphen chain as a name", "Aa-", "The capsule landed 150 km from "),
    "digits": ("one endless number", "1", "The capsule landed "),
    "cyrillic": ("a Russian statement with no anchor", "в 148 км юго-восточнее ", "Капсула приземлилась "),
    "cjk": ("Chinese with no spaces", "返回舱在着陆场东南方向约150公里处着陆", ""),
    "cjk-chars": ("one CJK character", "着", "返回舱"),
    "combining": ("combining marks on every letter", "a\u0301\u0302\u0303 ", "The capsule landed near "),
    "zero-width": ("zero-width and RTL marks between words", "landed\u200b\u202e near\u200d ", ""),
    "anchors": ("many far-apart 'landed near' towns", "", ""),  # built by _anchors
    "times": ("clock times and zones", "at 10:47 p.m. EDT on Monday, June 24 ", "The capsule landed "),
    "article": ("a real-looking article repeated (linear baseline)",
                "The Soyuz capsule landed nearly 150 kilometers southeast of the town of Zhezkazgan in "
                "central Kazakhstan at 11:17 a.m. local time on Saturday. ", ""),
}


def _parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def _anchors(size: int) -> str:
    parts, n, total = [], 0, 0
    while total < size:
        town = TOWNS[n % len(TOWNS)]
        s = f"The capsule landed near {town}. "
        parts.append(s)
        total += len(s.encode())
        n += 1
    return "".join(parts)


def make_text(family: str, size: int) -> str:
    """About ``size`` bytes (UTF-8) of the family's text."""
    if family == "anchors":
        return _anchors(size)
    _, unit, prefix = FAMILIES[family]
    unit_bytes = len(unit.encode())
    count = max(1, (size - len(prefix.encode())) // unit_bytes)
    return prefix + unit * count


_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from bench.redos import make_text
from geo import locate
from geo.export import to_geojson
locate("The capsule landed 150 km southeast of Zhezkazgan.")  # warm the gazetteer and boundaries
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = make_text(sys.argv[2], int(sys.argv[3]))
t = time.perf_counter()
estimate = locate(text)
json.dumps(to_geojson(estimate))
elapsed = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": elapsed, "peak_mb": peak / 1024, "grew_mb": (peak - base) / 1024,
                  "status": estimate.status, "bytes": len(text.encode())}))
"""


def run_one(family: str, size: int, timeout_s: float = TIMEOUT_S) -> dict:
    """One family at one size in a fresh process (so memory and caches do not carry over)."""
    t = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, str(REPO), family, str(size)],
                             capture_output=True, text=True, timeout=timeout_s, check=True)
    except subprocess.TimeoutExpired:
        return {"s": math.inf, "timeout": True, "bytes": size}
    except subprocess.CalledProcessError as exc:
        return {"s": time.perf_counter() - t, "error": exc.stderr.strip().splitlines()[-1:], "bytes": size}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m,5m", help="comma-separated sizes (k = 1,000 bytes, m = 10^6)")
    ap.add_argument("--family", action="append", help="only these families (repeatable)")
    ap.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds per run before giving up")
    args = ap.parse_args(argv)
    sizes = [_parse_size(s) for s in args.sizes.split(",")]
    families = args.family or list(FAMILIES)
    print(f"{'family':<14}{'size':>9}{'seconds':>10}{'s/MB':>8}{'peak MB':>9}{'+MB':>7}  status")
    over = 0
    for family in families:
        results = []
        for size in sizes:
            r = run_one(family, size, args.timeout)
            results.append(r)
            mb = r["bytes"] / 1e6
            s_per_mb = r["s"] / mb if mb else math.nan
            flag = ""
            if r.get("timeout"):
                flag = f"TIMEOUT > {args.timeout:.0f} s"
            elif r.get("error"):
                flag = f"ERROR {r['error']}"
            elif size == max(sizes) and mb >= 0.5 and s_per_mb > BUDGET_S_PER_MB:
                flag = "OVER BUDGET"
            over += bool(flag)
            print(f"{family:<14}{r['bytes']:>9,}{r['s']:>10.2f}{s_per_mb:>8.2f}{r.get('peak_mb', math.nan):>9.0f}"
                  f"{r.get('grew_mb', math.nan):>7.0f}  {r.get('status', '')} {flag}")
        done = [r for r in results if math.isfinite(r["s"]) and r["s"] > 0.05 and "error" not in r]
        if len(done) >= 2:
            a, b = done[-2], done[-1]
            exponent = math.log(b["s"] / a["s"]) / math.log(b["bytes"] / a["bytes"])
            mark = "  SUPERLINEAR" if exponent > BUDGET_EXPONENT else ""
            over += bool(mark)
            print(f"{'':<14}growth exponent {exponent:.2f} ({FAMILIES[family][0]}){mark}")
        sys.stdout.flush()
    print(f"budget: <= {BUDGET_S_PER_MB} s/MB at the largest size, growth exponent <= {BUDGET_EXPONENT}; "
          f"{over} row(s) over")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

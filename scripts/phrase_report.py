"""Line-by-line report of the real-phrasing suite for some languages: what was expected, what was read.

    python scripts/phrase_report.py nl ro          # every line of tests/phrases/nl.jsonl and ro.jsonl
    python scripts/phrase_report.py --failing ar   # only the lines that are not read exactly as expected

Why: ``touchdown eval`` gives the totals; someone adding a language needs to see each sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo.evaluate import _count_matches  # noqa: E402
from geo.pipeline import locate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("langs", nargs="+")
    ap.add_argument("--failing", action="store_true")
    args = ap.parse_args()
    bad = total = 0
    for lang in args.langs:
        for line in (REPO / "tests" / "phrases" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            est = locate(item["text"], item.get("published"), prior=False)
            found = est.reading.statements
            ok = _count_matches(est, item["statements"]) == len(item["statements"]) == len(found)
            total += 1
            bad += not ok
            if args.failing and ok:
                continue
            gids = {id(r.statement): r.anchor.geonameid for r in est.regions if r.statement and r.anchor}
            print(f"{'ok ' if ok else 'BAD'} {item['id']}: {item['text'][:150]}")
            print("     expected:", [(e["kind"], e.get("anchor"), e.get("geonameid"), e.get("distance"), e.get("unit"),
                                      e.get("direction")) for e in item["statements"]])
            print("     found:   ", [(s.kind, s.anchor, gids.get(id(s)), s.distance, s.unit, s.direction)
                                     for s in found], "| hints:", [h.text for h in est.reading.hints])
    print(f"{total - bad} of {total} lines read exactly as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())

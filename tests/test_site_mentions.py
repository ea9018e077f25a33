"""A landing site named first in a sentence about something else, then in the sentence that reports the
landing, counts where the landing is reported (our own sentences).

Before, the first mention ("crews were waiting at the Dongfeng landing site") was kept for the site and, as
that sentence reports no landing, the article gave nothing to map although its next sentence said where the
capsule came down.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.pipeline import locate  # noqa: E402


@pytest.mark.parametrize(("text", "label"), [
    ("Crews were waiting at the Dongfeng landing site since Saturday. "
     "The capsule touched down at the Dongfeng landing site at 1:46 p.m.", "Dongfeng landing site"),
    ("Recovery teams flew to Siziwang Banner. The return capsule landed safely in Siziwang Banner on Monday.",
     "Siziwang Banner"),
])
def test_the_mention_in_the_landing_sentence_counts(text: str, label: str) -> None:
    est = locate(text, prior=False)
    assert est.status == "ok", est.message
    (site,) = [r for r in est.regions if r.role == "site"]
    assert site.label == label
    assert site.hint.span[0] > text.index(".")  # the second sentence's mention


def test_a_site_only_waited_at_gives_nothing() -> None:
    est = locate("Crews were waiting at the Dongfeng landing site since Saturday.", prior=False)
    assert est.status == "nothing-to-map"

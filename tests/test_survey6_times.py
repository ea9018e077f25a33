"""Smaller structures from the sixth session's surveys of real pages, in our own words: a time label in
another spelling, the capsule's recovery time, and an organisation that gave a spurious region hint."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.pipeline import locate  # noqa: E402
from tests.cases import landing_utc  # noqa: E402


def test_the_time_the_capsule_was_found_is_not_the_landing() -> None:
    assert landing_utc("The capsule touched down at 17:29 GMT. It was found at 19:47 GMT by the search team.") == "17:29"


def test_beijinger_zeit_is_beijing_time() -> None:
    assert landing_utc("Die Kapsel landete um 3:10 Uhr (Beijinger Zeit) in der Inneren Mongolei.") == "19:10"


def test_a_military_district_is_no_region_of_the_landing() -> None:
    est = locate("The capsule landed 147 km southeast of Zhezkazgan, where soldiers of Russia's Central Military "
                 "District helped the crew out.", prior=False)
    assert est.status == "ok", est.message
    assert not est.reading.hints

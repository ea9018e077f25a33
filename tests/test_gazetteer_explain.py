"""Gazetteer.explain: the place resolve() chooses, every candidate's rank, and the reason in words."""

from __future__ import annotations

import pytest

from geo.gazetteer import default

ZHEZKAZGAN = 1516589
ARKALYK = 1526193


@pytest.mark.parametrize(
    ("name", "countries"),
    [("Жезказгана", ()), ("Sheskasgan", ("KZ",)), ("Paris", ()), ("Paris", ("US",)), ("Arkalayk", ("KZ",)),
     ("Arkalayk", ("US",)), ("Station", ("KZ",)), ("Station", ("CH",)), ("Qwertzuiopasd", ()), ("xq", ())],
)
def test_explain_chooses_exactly_what_resolve_chooses(name: str, countries: tuple[str, ...]) -> None:
    chosen, _, _ = default().explain(name, countries)
    assert chosen == default().resolve(name, countries)


def test_a_case_ending_is_explained_as_inflected() -> None:
    chosen, ranked, why = default().explain("Жезказгана")
    assert chosen is not None and chosen.geonameid == ZHEZKAZGAN
    assert ranked[0][0].match == "inflected"
    assert "case ending" in why and "Zhezkazgan" in why


def test_candidates_come_best_ranked_first() -> None:
    _, ranked, _ = default().explain("Paris")
    ranks = [r for _, r in ranked]
    assert len(ranked) > 3 and ranks == sorted(ranks, reverse=True)
    assert ranked[0][0].country == "FR"


def test_country_context_is_named_as_the_reason_it_won() -> None:
    chosen, ranked, why = default().explain("Paris", ("US",))
    assert chosen is not None and chosen.country == "US"
    assert next(i for i, (p, _) in enumerate(ranked) if p.country == "FR") > 0  # the context outranks size
    assert "larger" in why  # among US towns population decides


def test_a_refused_fuzzy_match_says_what_would_accept_it() -> None:
    chosen, ranked, why = default().explain("Arkalayk", ("US",))
    assert chosen is None and ranked[0][0].geonameid == ARKALYK
    assert why.count("Refused") == 1 and "fuzzy" in why and "KZ" in why


def test_an_everyday_word_is_refused_and_explained() -> None:
    chosen, ranked, why = default().explain("Station", ("KZ",))
    assert chosen is None and ranked and ranked[0][0].common_word
    assert "everyday word" in why


def test_a_name_with_no_candidate_says_so() -> None:
    chosen, ranked, why = default().explain("Qwertzuiopasd")
    assert (chosen, ranked) == (None, [])
    assert "No place" in why

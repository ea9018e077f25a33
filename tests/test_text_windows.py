"""Sentence windows: the finders look only at sentences with a landing cue, and find there exactly what a
search of the whole text finds."""

from __future__ import annotations

import re

import pytest

from geo.extract import lexicon as lx
from geo.extract.text import contains_any, cue_windows, finditer_in, sentence_at, sentences

TEXTS = [
    "The Soyuz capsule landed 148 km SE of Zhezkazgan. Crews were waiting. It touched down at 10:57 a.m. "
    "local time; the crew is well.\n\nWeather was fine. The descent module came down softly.",
    "İSTANBUL. The capsule landed 150 km from the town. İnfo: nothing else.",  # lower() lengthens "İ"
    "",
    "No cue here at all. Nor here.",
    "Ca. 150 km SE of Arkalyk the capsule landed. Dr. Smith said so.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_windows_are_the_runs_of_sentences_holding_a_cue(text: str) -> None:
    held = [(s, e) for s, e in sentences(text) if contains_any(text[s:e], lx.LANDING_CUES)]
    merged: list[tuple[int, int]] = []
    for s, e in held:
        if merged and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    assert cue_windows(text, lx.LANDING_CUES) == tuple(merged)


@pytest.mark.parametrize("text", TEXTS)
def test_finditer_in_finds_the_whole_text_matches_that_start_in_a_window(text: str) -> None:
    pattern = re.compile(r"(?<![\w])\w+(?![\w])")
    windows = cue_windows(text, lx.LANDING_CUES)
    expected = [m.span() for m in pattern.finditer(text) if any(s <= m.start() < e for s, e in windows)]
    assert [m.span() for m in finditer_in(pattern, text, windows)] == expected


def test_sentence_at_bisects_to_the_sentence_holding_a_position() -> None:
    text = TEXTS[0]
    for s, e in sentences(text):
        assert sentence_at(text, s) == (s, e)
        assert sentence_at(text, e - 1) == (s, e)
    assert sentence_at(text, len(text) + 5) == (0, len(text))


def test_abbreviations_in_any_case_do_not_end_a_sentence() -> None:
    text = "It landed at 6 A.M. local time. Then CA. 150 km away was a town."
    assert [text[s:e].strip() for s, e in sentences(text)] == ["It landed at 6 A.M. local time.",
                                                               "Then CA. 150 km away was a town."]

"""Sentence bounds and small text helpers shared by the finders."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import product

# Words whose period does not end a sentence ("6 a.m. local time", "ca. 150 km", "т.е.").
_ABBREVIATIONS = frozenset(
    "a.m p.m ca ok approx st mt ft no nr vs dr mr mrs ms prof gen col lt sgt u.s u.k e.g i.e etc jan feb mar apr "
    "jun jul aug sep sept oct nov dec г гг т.е т.д км тыс млн z.b bzw godz św".split()
)
_ABBREV_LENGTHS = sorted({len(a) for a in _ABBREVIATIONS})
# ...in every mix of cases ("Ca.", "DEC.", "U.S."), so the test at each period needs no lower-casing
_ABBREVIATIONS_ANY_CASE = frozenset(
    "".join(chars) for a in _ABBREVIATIONS for chars in product(*({c, c.upper()} for c in a))
)


def _after_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation that starts a word at or after ``floor``.

    A set lookup per possible length: this runs at every period of every article.
    """
    for n in _ABBREV_LENGTHS:
        start = dot - n
        if start < floor:
            break
        if text[start:dot] in _ABBREVIATIONS_ANY_CASE:
            before = text[start - 1] if start > floor else ""
            if not (before.isalnum() or before == "_"):
                return True
    return False


_BREAK = re.compile(r"[.!?]+[\"»”)]?\s+|[。！？؟؛]+[」』”）)]?\s*|\n\s*\n|;\s+|\n(?=\s*[•\-*]\s)")


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans; a period after an abbreviation ("a.m.", "ca.", "ok.") does not end one."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BREAK.finditer(text):
        ms, me = m.span()
        if text[ms] == "." and _after_abbreviation(text, ms, max(start, ms - 12)):
            continue
        if me < n and text[me].islower() and "\n\n" not in m.group(0):
            continue  # "p.m. local time", "ca. 150 km": not a new sentence
        out.append((start, me))
        start = me
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(s for s, _ in sentences(text))


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence holding ``pos`` (a binary search: long articles have hundreds of matches)."""
    spans = sentences(text)
    i = bisect_right(_starts(text), pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return 0, len(text)


@lru_cache(maxsize=32)
def _automaton(words: tuple[str, ...]):  # noqa: ANN202 - ahocorasick.Automaton
    """An Aho-Corasick automaton over ``words`` (lower-cased); each hit's value is the word's length."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in words:
        if w:
            auto.add_word(w.lower(), len(w))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=64)
def cue_windows(text: str, cues: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Runs of consecutive sentences that hold one of ``cues`` (compared lower-case).

    Why: a finder that only accepts matches in such sentences need not run its patterns over the rest
    of the article, and in a long article that is most of it.
    """
    spans = sentences(text)
    low = text.lower()
    if len(low) != len(text):  # lower-casing changed offsets ("İ"): test sentence by sentence
        held = [k for k, (s, e) in enumerate(spans) if contains_any(text[s:e], cues) is not None]
    else:
        starts = _starts(text)
        found: set[int] = set()
        # One pass of an Aho-Corasick automaton over the text finds every cue of every language at once.
        for end, length in _automaton(cues).iter(low):
            i = end - length + 1
            k = bisect_right(starts, i) - 1
            if k >= 0 and end < spans[k][1]:  # the cue lies inside one sentence
                found.add(k)
        held = sorted(found)
    out: list[tuple[int, int]] = []
    for k in held:
        s, e = spans[k]
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return tuple(out)


def finditer_in(pattern: re.Pattern[str], text: str, windows: tuple[tuple[int, int], ...],
                lookahead: int = 64) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to matches that start inside ``windows``.

    A match may run up to ``lookahead`` characters past its window's end, and lookbehinds see the text
    before the window, so a match is the one a search of the whole text would find there. Windows end
    at sentence ends and no statement spans two sentences, so the margin only has to hold a match's
    closing lookahead; it is kept short because the scan past a window costs as much as the window.
    """
    for s, e in windows:
        for m in pattern.finditer(text, s, min(len(text), e + lookahead)):
            if m.start() >= e:
                break
            yield m


def contains_any(haystack: str, needles: tuple[str, ...]) -> str | None:
    """A needle found in ``haystack`` (both compared lower-case), or None.

    One Aho-Corasick pass over the haystack, whatever the number of needles (the cue lists of eighteen
    languages hold hundreds).

    >>> contains_any("The capsule LANDED near X", ("touched down", "landed")), contains_any("x", ("y",))
    ('landed', None)
    """
    if "" in needles:
        return ""
    low = haystack.lower()
    for end, length in _automaton(needles).iter(low):
        return low[end - length + 1: end + 1]
    return None


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of the literal phrases, longest first, spaces matching any blank.

    Built as a trie (shared prefixes once: ``(?:k(?:m|ilomet(?:er|re)s?))``) rather than a flat ``a|b|c``:
    with the word lists of eighteen languages a flat alternation makes the regex engine try hundreds of
    branches at every position, a trie a few. Longer phrases are still tried before their prefixes.

    >>> import re
    >>> pattern = re.compile(alternation(["km", "kilometre", "kilometres", "near by"]))
    >>> [m.group(0) for m in pattern.finditer("5 kilometres near  by, 3 km")]
    ['kilometres', 'near  by', 'km']
    """
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    if not uniq:
        return "(?!)"
    trie: dict[str, dict] = {}
    for w in uniq:
        node = trie
        for ch in w:
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [unit + _trie_pattern(child) for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class Spans:
    """Half-open spans of a text that answer "does one of them hold this position?" in logarithmic time.

    Why: finders skip matches that start inside what an earlier finder took; testing every earlier span
    for every match is quadratic in a long text full of statements.

    >>> taken = Spans([(0, 5), (10, 12), (4, 7)])
    >>> [taken.holds(i) for i in (0, 6, 7, 9, 11, 12)]
    [True, True, False, False, True, False]
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(sp for sp in spans if sp[1] > sp[0]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def holds(self, pos: int) -> bool:
        """Whether ``pos`` lies in one of the spans (start included, end excluded)."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a position with one of the spans.

        >>> Spans([(10, 12)]).overlaps(5, 11), Spans([(10, 12)]).overlaps(12, 20)
        (True, False)
        """
        k = bisect_right(self._starts, start) - 1
        if k >= 0 and start < self._ends[k]:
            return True
        return k + 1 < len(self._starts) and self._starts[k + 1] < end

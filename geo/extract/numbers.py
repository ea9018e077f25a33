"""Numbers written as words: "fifty miles", "a hundred and fifty kilometres", "cent cinquante
kilomètres", "hundertfünfzig Kilometer", "в ста пятидесяти километрах", "stu pięćdziesięciu km".

English, French, German, Spanish, Italian and Portuguese go through ``text2num`` (a proven
parser for those languages). Russian and Polish, which text2num does not cover and which
inflect their numerals, use the small tables below (the forms the press uses for distances:
nominative, genitive and prepositional).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.extract import lexicon as lx
from geo.extract.text import alternation

_TEXT2NUM_LANGS = ("en", "fr", "de", "es", "it", "pt")

# Russian: stem forms -> value. Each entry covers the case endings seen with distances.
_RU = {
    **dict.fromkeys(("один", "одного", "одном", "одна", "одной"), 1),
    **dict.fromkeys(("два", "две", "двух"), 2), **dict.fromkeys(("три", "трех", "трёх"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырёх"), 4), **dict.fromkeys(("пять", "пяти"), 5),
    **dict.fromkeys(("шесть", "шести"), 6), **dict.fromkeys(("семь", "семи"), 7),
    **dict.fromkeys(("восемь", "восьми"), 8), **dict.fromkeys(("девять", "девяти"), 9),
    **dict.fromkeys(("десять", "десяти"), 10), **dict.fromkeys(("пятнадцать", "пятнадцати"), 15),
    **dict.fromkeys(("двадцать", "двадцати"), 20), **dict.fromkeys(("тридцать", "тридцати"), 30),
    **dict.fromkeys(("сорок", "сорока"), 40), **dict.fromkeys(("пятьдесят", "пятидесяти"), 50),
    **dict.fromkeys(("шестьдесят", "шестидесяти"), 60), **dict.fromkeys(("семьдесят", "семидесяти"), 70),
    **dict.fromkeys(("восемьдесят", "восьмидесяти"), 80), **dict.fromkeys(("девяносто",), 90),
    **dict.fromkeys(("сто", "ста"), 100), **dict.fromkeys(("двести", "двухсот", "двухстах"), 200),
    **dict.fromkeys(("триста", "трехсот", "трёхсот", "трехстах", "трёхстах"), 300),
    **dict.fromkeys(("четыреста", "четырехсот", "четырёхсот", "четырехстах"), 400),
    **dict.fromkeys(("пятьсот", "пятисот", "пятистах"), 500),
    **dict.fromkeys(("тысяча", "тысячи", "тысяч", "тысяче"), 1000),
}
# Polish: likewise.
_PL = {
    **dict.fromkeys(("jeden", "jednego"), 1), **dict.fromkeys(("dwa", "dwóch", "dwoch"), 2),
    **dict.fromkeys(("trzy", "trzech"), 3), **dict.fromkeys(("cztery", "czterech"), 4),
    **dict.fromkeys(("pięć", "pięciu"), 5), **dict.fromkeys(("dziesięć", "dziesięciu"), 10),
    **dict.fromkeys(("piętnaście", "piętnastu"), 15), **dict.fromkeys(("dwadzieścia", "dwudziestu"), 20),
    **dict.fromkeys(("trzydzieści", "trzydziestu"), 30), **dict.fromkeys(("czterdzieści", "czterdziestu"), 40),
    **dict.fromkeys(("pięćdziesiąt", "pięćdziesięciu"), 50), **dict.fromkeys(("sześćdziesiąt",), 60),
    **dict.fromkeys(("siedemdziesiąt",), 70), **dict.fromkeys(("osiemdziesiąt",), 80),
    **dict.fromkeys(("dziewięćdziesiąt",), 90), **dict.fromkeys(("sto", "stu"), 100),
    **dict.fromkeys(("dwieście", "dwustu"), 200), **dict.fromkeys(("trzysta", "trzystu"), 300),
    **dict.fromkeys(("czterysta", "czterystu"), 400), **dict.fromkeys(("pięćset", "pięciuset"), 500),
    **dict.fromkeys(("tysiąc", "tysiąca", "tysięcy"), 1000),
}
# Words that start or continue a number in the text2num languages (to find the phrase; the
# parsing is text2num's).
_WESTERN = (
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    "and", "dozen",
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "trente",
    "quarante", "cinquante", "soixante", "cent", "cents", "mille", "et",
    "ein", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwanzig",
    "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert", "tausend", "und",
    "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte", "treinta",
    "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento", "doscientos",
    "trescientos", "cuatrocientos", "quinientos", "mil", "y",
    "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "venti", "trenta", "quaranta",
    "cinquanta", "sessanta", "settanta", "ottanta", "novanta", "cento", "duecento", "trecento", "mille",
    "um", "uma", "dois", "duas", "três", "quatro", "dez", "vinte", "trinta", "quarenta", "cinquenta", "sessenta",
    "setenta", "oitenta", "noventa", "cem", "duzentos", "trezentos", "quatrocentos", "quinhentos", "e",
)
_CONNECTORS = {"and", "et", "und", "y", "e", "a", "an", "un", "une", "ein", "eine", "uno", "una", "um", "uma"}
_WORD = r"[^\W\d_]+"
# The other languages' number words (geo/extract/languages/*.NUMBERS), summed like Russian and Polish.
_OTHER: dict[str, int] = {}
# Words that multiply the number before them ("două sute" = 2 x 100, "dvě stě", "dviejų šimtų"): a sum reads
# them wrong (102), and alone they are no number at all.
_MULTIPLIERS: dict[str, int] = {}
for _mod in __import__("geo.extract.languages", fromlist=["modules"]).modules():
    _OTHER.update({w.lower(): v for w, v in getattr(_mod, "NUMBERS", {}).items()})
    _MULTIPLIERS.update({w.lower(): v for w, v in getattr(_mod, "NUMBER_MULTIPLIERS", {}).items()})
_ALL_WORDS = sorted({*_WESTERN, *_RU, *_PL, *_OTHER, *_MULTIPLIERS}, key=len, reverse=True)
# A run of number words, as one token each or glued (German "hundertfünfzig", Italian "centocinquanta").
NUMBER_WORDS = r"(?:(?:" + alternation(_ALL_WORDS) + r")+(?:[\s\-]+|$))+"  # a trie: many languages' words
_GLUED = re.compile(r"(?:" + alternation(_ALL_WORDS) + r")+", re.IGNORECASE)


def ends_with_number_word(text: str) -> bool:
    """Whether the last word of ``text`` (spaces and hyphens after it ignored) is a number word.

    Why: a number in words is found from its unit backwards ("a hundred and fifty km"); testing the last
    word first spares the search for a run of number words before every unit that has none ("km km km").

    >>> ends_with_number_word("some hundred "), ends_with_number_word("landed 15 "), ends_with_number_word("")
    (True, False, False)
    """
    tail = text.rstrip(" \t\n\u00a0-")
    i = len(tail)
    while i > 0 and tail[i - 1].isalpha():
        i -= 1
    return i < len(tail) and _GLUED.fullmatch(tail, i) is not None


@lru_cache(maxsize=4096)
def words_to_number(phrase: str) -> float | None:
    """The value of a number written in words, or None when it is not one.

    >>> words_to_number("a hundred and fifty"), words_to_number("ста пятидесяти")
    (150.0, 150.0)
    """
    words = [w for w in re.split(r"[\s\-]+", phrase.lower().strip()) if w]
    while words and words[0] in _CONNECTORS and len(words) > 1:
        words = words[1:]  # "a hundred" -> "hundred"
    if not words or all(w in _CONNECTORS for w in words):
        return None
    if any(w in _MULTIPLIERS for w in words):
        if not all(w in _OTHER or w in _MULTIPLIERS for w in words):
            return None
        return _with_multipliers(words)
    for table in (_RU, _PL, _OTHER):
        if all(w in table for w in words):
            return float(_sum_slavic([table[w] for w in words]))
    from text_to_num import text2num

    text = " ".join(words)
    if text == "dozen":
        return 12.0
    for lang in _TEXT2NUM_LANGS:
        try:
            return float(text2num(text, lang))
        except (ValueError, KeyError):
            continue
    return None


def _with_multipliers(words: list[str]) -> float | None:
    """A number with multiplying words ("două sute cincizeci" = 2 x 100 + 50; "dvě stě" = 200).

    A multiplier takes the units written just before it in its group of thousands; with nothing before it
    the phrase is not a number ("set" alone is Czech for nothing of the kind, "sute" alone is not said).

    >>> _with_multipliers(["două", "sute", "cincizeci"]), _with_multipliers(["sute"])
    (250.0, None)
    """
    total, current = 0, 0
    for w in words:
        if w in _MULTIPLIERS:
            if current == 0:
                return None
            current *= _MULTIPLIERS[w]
        elif _OTHER[w] == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += _OTHER[w]
    return float(total + current) if total + current > 0 else None


def _sum_slavic(values: list[int]) -> int:
    total, current = 0, 0
    for v in values:
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += v
    return total + current


def precision_text(value: float) -> str:
    """Digits standing for a number written in words, so the precision rules apply ("150")."""
    return f"{value:g}"


_VAGUE_COUNT_RE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in sorted(lx.VAGUE_COUNTS, key=len, reverse=True))
                             + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=1024)
def vague_range(phrase: str) -> tuple[float, float] | None:
    """(lowest, highest) a vague quantity can mean, or None when ``phrase`` is not one.

    "a few dozen" and "several hundred" (a count word and a multiple), "hundreds" and "сотни" (a multiple in the
    plural alone), "kilkaset": from VAGUE_LOW_COUNT to VAGUE_HIGH_COUNT of the multiple. Why a range: read as
    a number ("dozen" = 12, "hundred" = 100) such a phrase gave an estimate a tenth of the size the words allow.

    >>> vague_range("a few dozen"), vague_range("hundreds"), vague_range("hundred")
    ((24.0, 120.0), (200.0, 1000.0), None)
    """
    words = " ".join(phrase.lower().split())
    count = _VAGUE_COUNT_RE.match(words)
    rest = words[count.end():] if count else words
    value = lx.VAGUE_MULTIPLES.get(rest)
    if value is None or (count is None and rest in lx.VAGUE_SINGULAR_MULTIPLES):
        return None
    return float(lx.VAGUE_LOW_COUNT * value), float(lx.VAGUE_HIGH_COUNT * value)

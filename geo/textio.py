"""Turn whatever a user drops or pastes into one clean article text, or say clearly why not.

Everything downstream (``extract`` spans, the GeoJSON ``sha256``, the workspace) works on the text this
module returns, so every transformation happens here, once: decoding, newline and Unicode normalisation,
HTML reduction to its main text. Spans are code-point offsets into :attr:`Article.text` exactly as returned.

Bad input never surfaces as a traceback: it is an :class:`InputError` whose message says what is wrong and
what to do, so the dashboard and the CLI can show it verbatim (the CLI exits 2).

Nothing here knows about geography or Streamlit.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath

from geo.errors import InputError  # re-exported: textio.InputError is the historic home

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_FILES",
    "Article",
    "InputError",
    "check_batch_size",
    "decode",
    "from_text",
    "max_batch_files",
    "max_upload_bytes",
    "scrub",
]

# A news article is well under 100 KB even as a full HTML page with inline CSS (a text article is 2-20 KB);
# 5 MB leaves room for bloated saved pages while stopping a mistaken upload of a video, an archive or a
# database dump before it is decoded and parsed (trafilatura's lxml parse of a huge page takes seconds and
# hundreds of MB). "MB" means 2**20 bytes throughout, as in Streamlit's own upload limit.
MB = 1024 * 1024
DEFAULT_MAX_BYTES = 5 * MB
# A batch run (dashboard batch page, `python -m geo batch`) handles a few hundred articles comfortably;
# the cap exists so that pointing it at a whole disk by mistake is refused with an explanation, not hours
# of work.
DEFAULT_MAX_FILES = 1000
MAX_BYTES_ENV = "TOUCHDOWN_MAX_BYTES"
MAX_FILES_ENV = "TOUCHDOWN_MAX_FILES"

# The first line of a plain text is taken as its title only if it reads like a headline, not a paragraph.
TITLE_MAX_CHARS = 200

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd"})

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Article:
    """One decoded article: the text every span refers to, plus where it came from.

    ``sha256`` is the hex digest of the raw input bytes (pasted text: its UTF-8 bytes), so the same file
    always gets the same id in exports and in the workspace. ``encoding`` is the Python codec name
    that decoded it (``utf-8``, ``cp1251``, ``koi8-r``, ``utf-16-le``, ...).
    """

    text: str
    title: str | None
    sha256: str
    encoding: str
    source_name: str | None
    was_html: bool


# ------------------------------------------------------------------------------------------ limits


def _parse_size(value: str) -> int:
    """Parse ``5000000``, ``5MB``, ``500k``, ``1.5 MiB`` into bytes (K/M/G are binary, like the defaults)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", value, re.IGNORECASE)
    if not m:
        raise ValueError(value)
    factor = {"": 1, "k": 1024, "m": MB, "g": 1024 * MB}[m.group(2).lower()]
    size = int(float(m.group(1)) * factor)
    if size <= 0:
        raise ValueError(value)
    return size


def max_upload_bytes() -> int:
    """The per-article size limit: ``$TOUCHDOWN_MAX_BYTES`` (e.g. ``5000000`` or ``20MB``), else 5 MB.

    Read at call time so a changed environment (tests, a restarted app) takes effect without re-import.
    """
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        return _parse_size(raw)
    except ValueError:
        raise InputError(
            f"{MAX_BYTES_ENV} is set to {raw!r}, which is not a size: use a number of bytes such as 5000000 "
            f"or a size such as 20MB.",
            reason="config",
        ) from None


def max_batch_files() -> int:
    """The most articles one batch may hold: ``$TOUCHDOWN_MAX_FILES``, else 1000."""
    raw = os.environ.get(MAX_FILES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_FILES
    if not raw.isdigit() or int(raw) <= 0:
        raise InputError(
            f"{MAX_FILES_ENV} is set to {raw!r}, which is not a positive whole number such as 1000.",
            reason="config",
        )
    return int(raw)


def check_batch_size(count: int, limit: int | None = None) -> None:
    """Refuse a batch of more than ``limit`` (default :func:`max_batch_files`) articles, explaining why."""
    limit = max_batch_files() if limit is None else limit
    if count > limit:
        raise InputError(
            f"The batch holds {count} articles; the limit is {limit} (set {MAX_FILES_ENV} to change it, "
            f"or split the batch).",
            reason="too-many-files",
        )


def _human_size(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{n} bytes"


def _check_size(size: int, max_bytes: int | None, subject: str) -> None:
    limit = max_upload_bytes() if max_bytes is None else max_bytes
    if size > limit:
        raise InputError(
            f"{subject} is {_human_size(size)}; the limit is {_human_size(limit)} (set {MAX_BYTES_ENV} to "
            f"change it). A news article is usually well under 100 KB: check that this is the right file.",
            reason="too-large",
        )


# ------------------------------------------------------------------------------------------ binary

# (signature, offset, what it is). Only signatures that cannot plausibly start a news text.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive or a Word/OpenDocument file (.docx, .odt)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office file (.doc, .xls)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", 0, "a zstd-compressed file"),
    (b"\x7fELF", 0, "a program (ELF executable)"),
    (b"\xca\xfe\xba\xbe", 0, "a program (Java class or Mach-O)"),
    (b"\xcf\xfa\xed\xfe", 0, "a program (Mach-O executable)"),
    (b"\x00asm", 0, "a WebAssembly module"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"OggS", 0, "an Ogg audio/video file"),
    (b"ftyp", 4, "an MP4/MOV video or audio file"),
)


def _sniff_magic(data: bytes) -> str | None:
    for sig, offset, what in _MAGIC:
        if data[offset : offset + len(sig)] == sig:
            return what
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "an image, audio or video file"
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return "a bzip2-compressed file"
    return None


def _binary_error(subject: str, what: str | None = None) -> InputError:
    if what is None:
        return InputError(
            f"{subject} looks like binary data, not text: save the article as .txt (UTF-8 if you can), "
            f".html or .md, or paste its text.",
            reason="binary",
        )
    return InputError(
        f"{subject} looks like {what}, not text: save the article as .txt or .html, or paste its text.",
        reason="binary",
    )


# ------------------------------------------------------------------------------------------ decoding

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A text with more than this share of stray control characters (after decoding) is binary, not text.
_MAX_CONTROL_SHARE = 0.01


_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc but \t \n \v \f \r


def _too_many_controls(text: str) -> bool:
    """More than 1 % stray control characters (a couple are tolerated in a short text): binary, not text."""
    return len(_STRAY_CONTROLS.findall(text)) > _MAX_CONTROL_SHARE * len(text) + 2


def _codec_name(name: str) -> str:
    """Python's canonical codec name, with ``_`` as ``-`` (``cp1251``, ``koi8-r``, ``utf-16-le``)."""
    try:
        return codecs.lookup(name).name.replace("_", "-")
    except LookupError:
        return name.lower().replace("_", "-")


def _nul_pattern_encoding(data: bytes) -> str | None:
    """Guess BOM-less UTF-16/UTF-32 from where the NUL bytes fall.

    Latin and Cyrillic text in UTF-16 has a zero (Latin) or 0x04 (Cyrillic) high byte, so its NULs sit almost
    all at odd (LE) or even (BE) offsets; binary data has NULs everywhere. Returns None when NULs are not
    explained by such a pattern.
    """
    nuls = [i for i, b in enumerate(data[: 64 * 1024]) if b == 0]
    if not nuls:
        return None
    if len(data) % 4 == 0 and len(nuls) >= len(data[: 64 * 1024]) // 2:
        phase = [0, 0, 0, 0]
        for i in nuls:
            phase[i % 4] += 1
        if phase[0] == 0 and phase[2] > 0 and phase[3] > 0:
            return "utf-32-le"
        if phase[3] == 0 and phase[0] > 0 and phase[1] > 0:
            return "utf-32-be"
    if len(data) % 2 == 0:
        odd = sum(1 for i in nuls if i % 2)
        even = len(nuls) - odd
        if odd >= 0.95 * len(nuls):
            return "utf-16-le"
        if even >= 0.95 * len(nuls):
            return "utf-16-be"
    return None


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.IGNORECASE
)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_bytes(data: bytes, subject: str, html_hint: bool) -> tuple[str, str]:
    """Bytes to str and the codec used. Order: BOM, NUL pattern, strict UTF-8, HTML meta charset, detector."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data, enc)
            label = enc.upper().removesuffix("-SIG")
            if text is None:
                raise InputError(
                    f"{subject} starts with a {label} byte-order mark but is not valid {label}: it may be "
                    f"damaged. Re-save it as UTF-8 text.",
                    reason="encoding",
                )
            if enc == "utf-8-sig":
                return text, "utf-8"
            return text, f"{enc}-{'le' if bom[0] == 0xFF else 'be'}"

    if b"\x00" in data:
        # A few stray NULs in otherwise clean UTF-8 are dropped later; UTF-16 read as UTF-8 is full of
        # control characters (NULs or, for Cyrillic, 0x04), so it does not pass this test.
        text = _strict(data, "utf-8")
        if text is not None and not _too_many_controls(text):
            return text, "utf-8"
        enc = _nul_pattern_encoding(data)
        text = _strict(data, enc) if enc else None
        if enc is None or text is None or _too_many_controls(text):
            raise _binary_error(subject)
        return text, enc

    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"

    if html_hint:
        m = _META_CHARSET.search(data[:8192])
        if m:
            declared = m.group(1).decode("ascii", "replace")
            text = _strict(data, declared)
            if text is not None and _codec_name(declared) not in ("utf-8", "utf-16", "utf-32"):
                return text, _codec_name(declared)

    best = _detect(data)
    if best is None:
        raise InputError(
            f"{subject} is not in a text encoding that could be recognised (it may be binary or damaged). "
            f"Save the article as UTF-8 text and try again.",
            reason="encoding",
        )
    return best


# ---- charset detection ------------------------------------------------------------------------------------
#
# charset-normalizer does the detection. On article-length Russian (cp1251, KOI8-R) it is exact; on a few
# hundred characters of French or German in Latin-1, where only a handful of bytes are non-ASCII, it often
# scores several single-byte code pages alike and its first pick can be the wrong one (cp1250 turns "à" into
# "ŕ", cp775 turns "é" into "ķ" and "ü" into "³"). Three documented additions make it exact on those:
# 1. code pages no news text is in are excluded (below);
# 2. among candidates it scores (nearly) alike, the decoding whose accented letters all belong to one real
#    alphabet and whose words are not case-scrambled wins (`_plausibility`, then `_shouting`); remaining
#    ties go to the encoding a news text is most likely in (`_PREVALENCE`: Windows-1252 first, as browsers
#    assume for unlabelled Western text, then the Cyrillic code pages);
# 3. a reading that is still implausible (half-width katakana from short KOI8-R read as Shift-JIS; "®" from
#    ISO 8859-2 read as cp1250), nearly all in capitals (KOI8-R read as cp1251), or that swallowed ASCII bytes
#    into CJK characters (a 60-character German sentence with one "ü" read as Big5) is re-read with the common
#    single-byte code pages, and a clearly more plausible reading is taken instead.

# Code pages a news article saved from the web or an editor is practically never in, but which
# charset-normalizer sometimes prefers on short, mostly-ASCII text: IBM mainframe EBCDIC, the Western/Baltic/
# Greek/Arabic DOS code pages, HP Roman-8, the classic Mac OS code pages other than Mac Roman (on short text
# Mac Cyrillic wins over cp1251 by reading "К" as a no-break space), and UTF-7 (which would turn an ASCII
# "+..." into other characters). The Cyrillic DOS code page cp866 and the Kazakh code pages (kz1048,
# ptcp154) stay.
_EXCLUDED = (
    "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140",
    "cp437", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855", "cp856", "cp857", "cp858", "cp860",
    "cp861", "cp862", "cp863", "cp864", "cp865", "cp869", "cp1006", "cp1125",
    "hp_roman8", "utf_7", "hz", "koi8_t", "mac_iceland", "mac_turkish", "mac_cyrillic", "mac_greek",
    "mac_latin2",
)
_PREVALENCE = (
    "utf_8", "ascii", "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2",
    "koi8_u", "iso8859_5", "cp866", "kz1048", "cp1253", "iso8859_7", "cp1254", "iso8859_9",
    "cp1257", "iso8859_13", "mac_roman", "mac_latin2",
    "gb18030", "gbk", "gb2312", "big5", "cp950", "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr",
)
# Candidates within this much of charset-normalizer's best (chaos, coherence) are re-ranked.
_NEAR_CHAOS = 0.02
_NEAR_COHERENCE = 0.15
# Re-read candidates for step 3.
_SINGLE_BYTE = ("cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "kz1048",
                "cp1253", "cp1254", "cp1257")

# The non-ASCII letters of the alphabets news about landings is written in (lower case).
_ALPHABETS: tuple[frozenset[str], ...] = tuple(
    frozenset(a)
    for a in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóù",  # Italian
        "áäéëèïöü",  # Dutch
        "æøåé",  # Danish, Norwegian
        "åäöé",  # Swedish, Finnish
        "áæðéíóöúýþ",  # Icelandic
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian
        "čćđšž",  # Croatian, Bosnian, Serbian Latin, Slovene
        "çğıöşüâî",  # Turkish
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äõöüšž",  # Estonian
        "çë",  # Albanian
        "абвгдежзийклмнопрстуфхцчшщъыьэюяё",  # Russian
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  # Ukrainian
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # Belarusian
        "абвгдежзийклмнопрстуфхцчшщъьюя",  # Bulgarian
        "абвгдђежзијклљмнњопрстћуфхцчџш",  # Serbian
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  # Macedonian
        "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",  # Kazakh
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋ",  # Greek (not the rare ΐΰ: "ΰ" is how cp1253 reads cp1251 "а")
    )
)
# Typographic characters any language uses (escaped: quotes, dashes, primes, spaces, the multiplication sign).
# Not ©®™: rare in news prose, and "®" is what cp1250 makes of the ISO 8859-2 "Ž".
_COMMON_SYMBOLS = frozenset(
    "\u00a0«»„“”\u2018\u2019\u201a\u2039\u203a\u2013\u2014…•·°€£¥№§\u00d7±½¼¾¡¿ªº"
    "\u2009\u202f\u2011\u2212\u2032\u2033"
)
_WORD = re.compile(r"\w+")
# The scores look at the first 100,000 characters: plenty to judge, and a 5 MB file stays quick.
_SAMPLE = 100_000
# Accented Latin letters that are words on their own ("à 146 km", "è"); any other lone accented Latin letter
# is a misreading ("ą 146 km" is Latin-1 French read as cp1257). Lone Cyrillic and Greek letters are normal
# ("в 148 км", "50 г.", "т. е.").
_ONE_LETTER_WORDS = frozenset("àèéòóùÀÈÉÒÓÙ")


def _script(ch: str) -> str:
    """Latin, Greek, Cyrillic or other: a word mixing two of them ("posйe") is a wrong decoding."""
    if ch < "\u0250":
        return "latin"
    if "\u0370" <= ch <= "\u03ff":
        return "greek"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    return "other"


def _plausibility(text: str) -> float:
    """How much a decoding reads like real text, 0..1.

    The share of its non-ASCII characters that are letters of one alphabet (the best-fitting one), letters of
    scripts without an alphabet list here (CJK, Arabic, ...) or common typographic symbols; words whose case
    flips mid-word (KOI8-R read as cp1251 gives "кАПСУЛА") or that mix scripts (Latin-1 French read as cp1251
    gives "posйe") count against it.
    """
    text = text[:_SAMPLE]
    letters: list[str] = []
    other = odd = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _COMMON_SYMBOLS:
            other += 1
        elif "\uff61" <= ch <= "\uff9f":  # half-width katakana: legacy, a sign of a wrong multi-byte reading
            odd += 1
        elif ch.isalpha():
            low = ch.lower()
            if len(low) == 1 and "\u00c0" <= ch <= "\u04ff":  # Latin-1 letters to Cyrillic, Greek included
                letters.append(low)
            else:
                other += 1
        else:
            odd += 1
    total = len(letters) + other + odd
    if total == 0:
        return 1.0
    fit = max(sum(1 for c in letters if c in alphabet) for alphabet in _ALPHABETS) if letters else 0
    scrambled = 0
    for word in _WORD.findall(text):
        if any(ord(c) >= 128 for c in word):
            case_flip = any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
            mixed = len({_script(c) for c in word if c.isalpha()}) > 1
            lone = len(word) == 1 and _script(word) == "latin" and word not in _ONE_LETTER_WORDS
            scrambled += case_flip or mixed or lone
    return max(0.0, (fit + other - scrambled) / total)


def _shouting(text: str) -> float:
    """How far the share of capitals among non-ASCII letters exceeds prose's: lower-case KOI8-R read as
    cp1251 comes out all in capitals ("ОБ ВПТФХ" for "на борту"), and vice versa."""
    cased = [ch for ch in text[:_SAMPLE] if ord(ch) >= 128 and (ch.isupper() or ch.islower())]
    if len(cased) < 8:
        return 0.0
    return max(0.0, sum(1 for ch in cased if ch.isupper()) / len(cased) - 0.5)


def _rank(names: list[str]) -> int:
    return min((_PREVALENCE.index(n) for n in names if n in _PREVALENCE), default=len(_PREVALENCE))


def _detect(data: bytes) -> tuple[str, str] | None:
    """Decode with charset-normalizer, re-ranking near-ties by plausibility (see the notes above)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_exclusion=list(_EXCLUDED)))
    if not matches:
        return None
    top = matches[0]
    near = [
        m
        for m in matches
        if m.chaos <= top.chaos + _NEAR_CHAOS and m.coherence >= top.coherence - _NEAR_COHERENCE
    ]
    scored = []
    for i, m in enumerate(near):
        names = [m.encoding, *m.could_be_from_charset]
        text = str(m)
        # More plausible and less shouting first; then charset-normalizer's own order, with prevalence
        # deciding only exact ties.
        key = (-_plausibility(text), _shouting(text), round(m.chaos, 6), -round(m.coherence, 6), _rank(names))
        scored.append((key, i, text, min(names, key=lambda n: _rank([n]))))
    scored.sort()
    key, _, text, name = scored[0]
    plaus = -key[0]

    # A multi-byte reading of a mostly-ASCII text that swallowed ASCII bytes as second bytes of its characters
    # ("südöstlich" as Big5 "s㥣飉tlich") is wrong: real CJK text mixed with English keeps the English intact.
    ascii_bytes = sum(1 for b in data if b < 128)
    swallowed = sum(1 for ch in text if ord(ch) < 128) < ascii_bytes and ascii_bytes >= 0.9 * len(data)
    shouting = _shouting(text)
    if plaus < 1.0 or swallowed or shouting > 0.4:
        rereads = []
        for enc in _SINGLE_BYTE:
            alt = _strict(data, enc)
            if alt is not None and not _too_many_controls(alt):
                rereads.append((-_plausibility(alt), _shouting(alt), _rank([enc]), alt, enc))
        rereads.sort()
        if rereads and -rereads[0][0] >= max(plaus + 0.01, 0.95) and rereads[0][1] <= shouting:
            _, _, _, text, name = rereads[0]
    return text, _codec_name(name)


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# The 66 noncharacters (Unicode §23.7): U+FDD0..U+FDEF and the last two code points of every plane
# (U+FFFE, U+FFFF, U+1FFFE, U+1FFFF, ... U+10FFFF). They are for a program's internal use, never for
# interchange, and XML 1.0 cannot hold U+FFFE/U+FFFF at all (KML and GPX exports would not parse).
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
# What no output may hold: control characters (category Cc) but tab, newline and carriage return (XML 1.0
# and every exporter keep those), lone surrogates (category Cs, from broken pasted text or a "\udc80" JSON
# escape) and the noncharacters.
_UNWANTED = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{NONCHARACTERS}]")


# Two quick scans that decide whether ``_UNWANTED`` needs to run at all: a test of many ranges per character
# costs about 70 ns a character (0.4 ms for an average article), a single range or a small set costs a tenth.
_FROM_U_D800 = re.compile("[\ud800-\U0010ffff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def scrub(text: str) -> str:
    r"""``text`` without the characters no export can carry (see ``_UNWANTED``); nothing else changes.

    The one rule for it: :func:`decode` and :func:`from_text` apply it (through ``_clean``) to every article
    and title, so each exporter's output is well-formed XML, JSON, CSV or SQLite text; other boundaries where
    text enters (a JSON Lines title, a title typed in the dashboard) call it too.

    >>> scrub("ok\x00 \ufffe text\x85")
    'ok  text'
    """
    if _FROM_U_D800.search(text) is not None:  # surrogates and noncharacters are all at U+D800 or above
        return _UNWANTED.sub("", text)
    return _CONTROL.sub("", text) if _CONTROL.search(text) is not None else text


def _clean(text: str) -> str:
    """Normalise what every later offset depends on: newlines to ``\\n``, NFC, and :func:`scrub` (so no
    control characters but ``\\n`` and ``\\t``, no lone surrogates, no noncharacters).

    NFC so that "é" typed and "é" pasted from a PDF (e + combining accent) match the same gazetteer names and
    count as one code point in spans.
    """
    text = text.removeprefix("\ufeff")
    if any(ch in text for ch in "\r\u2028\u2029\x85\x0b\x0c"):  # a scan per character is ten times a find
        text = _NEWLINES.sub("\n", text)
    text = scrub(text)  # before NFC: removing "\x00" from "e\x00\u0301" must still compose
    return unicodedata.normalize("NFC", text)


def _clean_title(title: str | None) -> str | None:
    """A title from markup (``<title>``, trafilatura's metadata): entities there can spell any character
    (``&#xFFFE;``, ``&#1;``), so it is cleaned like the text, on one line."""
    if not title:
        return None
    return " ".join(unicodedata.normalize("NFC", scrub(title)).split()) or None


# ------------------------------------------------------------------------------------------ HTML

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_HTML_STRONG = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|script|style|article|section|img|meta)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def _looks_like_html(text: str) -> bool:
    """Sniff HTML by content: a document start, an <html>/<body>/<head> tag, or several common tags."""
    head = text[:65536]
    if _HTML_START.match(head) or _HTML_STRONG.search(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


class _TagStripper(HTMLParser):
    """Last-resort HTML to text for markup trafilatura gives up on: keeps text, drops all tags and the
    contents of elements that are never article prose (scripts, styles, forms, embedded documents)."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
                       "select", "textarea", "button", "canvas", "video", "audio"})
    _BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                        "article", "section", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "dl",
                        "figcaption", "figure", "main", "aside", "nav", "address", "td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "body":
            self.skip_depth = 0  # an unclosed <svg>, <select>, ... before <body> must not swallow the article
        elif tag in self._SKIP:
            self.skip_depth += 1
        elif tag == "h1":
            self.in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in self._SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "h1":
            self.in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.skip_depth == 0:
            self.parts.append(data)
            if self.in_h1:
                self.h1 += data

    def text(self) -> str:
        lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _strip_tags(markup: str) -> tuple[str, str | None]:
    parser = _TagStripper()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient, but markup must never crash the app
        _log.debug("html.parser failed", exc_info=True)
    title = " ".join((parser.title or parser.h1).split()) or None
    return parser.text(), title


def _html_to_text(markup: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page: trafilatura (boilerplate removal), else a plain tag stripper.

    Neither path executes anything, and the result holds no markup: entities become characters, so an
    escaped ``&lt;script&gt;`` in a headline comes back as the literal text ``<script>`` (escaping is the
    renderer's job).
    """
    fallback_text, fallback_title = _strip_tags(markup)
    text: str | None = None
    title: str | None = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, favor_recall=True, include_comments=False, include_tables=True
        )
        if doc is not None:
            text = getattr(doc, "text", None)
            title = getattr(doc, "title", None)
    except Exception:  # noqa: BLE001 - broken markup or a broken install must fall back, not crash
        _log.debug("trafilatura failed; using the plain tag stripper", exc_info=True)
    if not text or not text.strip():
        text = fallback_text
    title = " ".join(title.split()) if title else None  # already unescaped: never unescape twice
    return text, title or fallback_title


# ------------------------------------------------------------------------------------------ titles


def _plain_title(text: str, markdown: bool) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if markdown:
            line = line.lstrip("#").strip()
        return line if 0 < len(line) < TITLE_MAX_CHARS else None
    return None


# ------------------------------------------------------------------------------------------ API


def _has_visible_text(text: str) -> bool:
    """At least one letter or digit: zero-width spaces, direction marks and NULs are not an article."""
    return any(ch.isalnum() for ch in text)


def _subject(name: str | None, default: str) -> str:
    return f"“{PurePath(name).name}”" if name else default


def _finish(
    raw_text: str, *, sha256: str, encoding: str, name: str | None, subject: str, html_mode: bool | None,
    from_bytes: bool,
) -> Article:
    suffix = PurePath(name).suffix.lower() if name else ""
    if from_bytes and _too_many_controls(raw_text):
        raise _binary_error(subject)
    text = _clean(raw_text)
    if not _has_visible_text(text):
        raise InputError(
            f"{subject} holds only whitespace or invisible control characters: there is no text to read.",
            reason="empty",
        )
    markdown = suffix in MARKDOWN_EXTENSIONS
    if html_mode is None:
        html_mode = suffix in HTML_EXTENSIONS or (
            _HTML_START.match(text[:65536]) is not None if markdown else _looks_like_html(text)
        )
    if html_mode:
        body, title = _html_to_text(text)
        body = _clean(body)
        if not body.strip():
            raise InputError(
                f"{subject} is an HTML page with no readable text in it. Save the article page itself "
                f"(or copy its text and paste it).",
                reason="no-text",
            )
        return Article(body, _clean_title(title) or _plain_title(body, False), sha256, encoding, name, True)
    return Article(text, _plain_title(text, markdown), sha256, encoding, name, False)


def decode(data: bytes, name: str | None = None, max_bytes: int | None = None) -> Article:
    """Decode an uploaded file's raw bytes into an :class:`Article`, or raise :class:`InputError`.

    ``name`` (the file name, if any) picks HTML (``.html``/``.htm``) or Markdown (``.md``) handling and is
    used in messages; without an HTML extension, HTML is still recognised by its content. ``max_bytes``
    defaults to :func:`max_upload_bytes` and is checked before anything is decoded.

    Encodings: a BOM wins; BOM-less UTF-16/32 is recognised by its NUL pattern; valid UTF-8 is UTF-8 (legacy
    8-bit text practically never is); an HTML ``<meta charset>`` is honoured when the bytes decode with it;
    otherwise charset-normalizer decides (cp1251, KOI8-R, Latin-1/cp1252, ...).
    """
    subject = _subject(name, "The file")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() needs bytes, not {type(data).__name__}; use from_text() for a str")
    data = bytes(data)
    _check_size(len(data), max_bytes, subject)
    if not data:
        raise InputError(f"{subject} is empty.", reason="empty")
    what = _sniff_magic(data)
    if what:
        raise _binary_error(subject, what)
    suffix = PurePath(name).suffix.lower() if name else ""
    html_hint = suffix in HTML_EXTENSIONS or _looks_like_html(data[:65536].decode("latin-1"))
    raw_text, encoding = _decode_bytes(data, subject, html_hint)
    return _finish(
        raw_text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        name=name,
        subject=subject,
        html_mode=None,
        from_bytes=True,
    )


def from_text(
    text: str, name: str | None = None, max_bytes: int | None = None, html_mode: bool | None = None
) -> Article:
    """Make an :class:`Article` from pasted text, with the same checks and normalisation as :func:`decode`.

    ``sha256`` is of the text's UTF-8 bytes, so pasting a file's text and uploading the UTF-8 file give the
    same id. ``html_mode`` forces (True) or forbids (False) HTML handling; by default pasted page source is
    sniffed.
    """
    if not isinstance(text, str):
        raise TypeError(f"from_text() needs a str, not {type(text).__name__}; use decode() for bytes")
    subject = _subject(name, "The text")
    data = text.encode("utf-8", "surrogatepass")
    _check_size(len(data), max_bytes, subject)
    if not _has_visible_text(text):
        raise InputError(
            f"{subject} is empty{' (only whitespace or invisible characters)' if text else ''}: "
            "paste or upload an article.",
            reason="empty",
        )
    what = _sniff_magic(data)
    if what:
        raise _binary_error(subject, what)
    return _finish(
        text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="utf-8",
        name=name,
        subject=subject,
        html_mode=html_mode,
        from_bytes=False,
    )

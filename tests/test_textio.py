"""Tests for geo.textio: every kind of bad input gets a clear InputError, every encoding decodes exactly.

Real data: the articles in tests/cases re-encoded in the encodings users have.
Binary fixtures are generated in tmp_path, never committed.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import random
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import textio
from geo.textio import Article, InputError, decode, from_text

CASES = Path(__file__).resolve().parent / "cases"


def case(name: str) -> str:
    return (CASES / name).read_text(encoding="utf-8")


def koi8_safe(text: str) -> str:
    """KOI8-R has no « »: a real KOI8-R original would have used straight quotes."""
    return text.replace("«", '"').replace("»", '"')


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOUCHDOWN_MAX_BYTES", raising=False)
    monkeypatch.delenv("TOUCHDOWN_MAX_FILES", raising=False)


# ------------------------------------------------------------------------------------------ real articles


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")) if CASES.is_dir() else [], ids=lambda p: p.name)
def test_every_case_file_decodes_to_itself(path: Path) -> None:
    article = decode(path.read_bytes(), path.name)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.encoding == "utf-8"
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert article.title and "\n" not in article.title
    assert not article.was_html


RUSSIAN = ["tma17-ru.txt", "tma6-ru.txt"]


@pytest.mark.parametrize("name", RUSSIAN)
@pytest.mark.parametrize(
    ("encoding", "expected_codec"),
    [
        ("cp1251", {"cp1251"}),
        ("koi8-r", {"koi8-r"}),
        ("utf-16", {"utf-16-le"}),  # Python writes a BOM, little-endian here
        ("utf-16-le", {"utf-16-le"}),  # no BOM
        ("utf-16-be", {"utf-16-be"}),  # no BOM
        ("utf-32", {"utf-32-le"}),
        ("utf-8-sig", {"utf-8"}),
        ("utf-8", {"utf-8"}),
        ("iso8859-5", {"iso8859-5"}),
        ("cp866", {"cp866"}),
    ],
)
def test_russian_decodes_exactly(name: str, encoding: str, expected_codec: set[str]) -> None:
    original = case(name)
    if encoding in ("koi8-r", "iso8859-5", "cp866"):
        original = koi8_safe(original)
    article = decode(original.encode(encoding), name)
    assert article.text == original
    assert article.encoding in expected_codec


@pytest.mark.parametrize("name", ["ms06-fr.txt", "ms21-de.txt", "tma21-de.txt"])
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-8"])
def test_french_and_german_decode_exactly(name: str, encoding: str) -> None:
    original = case(name)
    article = decode(original.encode(encoding), name)
    assert article.text == original
    if encoding == "latin-1":
        # Latin-1 and Windows-1252 agree on every letter of these texts; either name is right.
        assert article.encoding in {"cp1252", "iso8859-1", "iso8859-15"}


@pytest.mark.parametrize(("name", "encoding"), [("tma17-ru.txt", "cp1251"), ("ms06-fr.txt", "latin-1")])
def test_windows_newlines_are_normalised(name: str, encoding: str) -> None:
    original = case(name)
    assert decode(original.replace("\n", "\r\n").encode(encoding)).text == original
    assert decode(original.replace("\n", "\r").encode(encoding)).text == original


@pytest.mark.parametrize(
    ("names", "encoding"),
    [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (["ms06-fr.txt"], "latin-1"),
     (["ms21-de.txt", "tma21-de.txt"], "latin-1")],
)
def test_every_80_character_excerpt_decodes_exactly(names: list[str], encoding: str) -> None:
    """Short texts are hard for detectors; 80 characters (one sentence) is where it must still be exact."""
    text = "".join(case(n) for n in names)
    if encoding == "koi8-r":
        text = koi8_safe(text)
    wrong = []
    for start in range(0, len(text) - 80, 7):
        excerpt = text[start : start + 80]
        if excerpt.isascii():
            continue
        decoded = decode(excerpt.encode(encoding)).text
        if decoded != excerpt:
            wrong.append((excerpt, decoded))
    assert not wrong


PL = (
    "Kapsuła Sojuz wylądowała około 150 kilometrów na południowy wschód od miasta Dżezkazgan, "
    "poinformowała rosyjska agencja kosmiczna w środę rano."
)
CS = (
    "Návratový modul lodi Sojuz přistál ve stepi v Kazachstánu asi 150 kilometrů jihovýchodně od "
    "města Žezkazgan. Posádka je v pořádku, uvedla ruská kosmická agentura."
)
KK = (
    "«Союз» ғарыш кемесінің түсу капсуласы Жезқазған қаласынан оңтүстік-шығысқа қарай шамамен 150 "
    "шақырым жерге қонды."
)
ZH = "神舟六号返回舱于北京时间凌晨4时33分在内蒙古四子王旗主着陆场成功着陆，距离呼和浩特约170公里。"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Капсула приземлилась в 148 км юго-восточнее Жезказгана.", "cp1251"),
        ("Капсула приземлилась в 148 км юго-восточнее Жезказгана.", "koi8-r"),
        ("La capsule s'est posée à environ 150 km au sud-est de Jezkazgan.", "latin-1"),
        ("Die Kapsel landete rund 150 Kilometer südöstlich von Sheskasgan.", "latin-1"),
        (PL, "cp1250"),
        (CS, "iso8859-2"),
        (KK, "kz1048"),
        (ZH, "gb18030"),
    ],
    ids=["ru-cp1251", "ru-koi8", "fr-latin1", "de-latin1", "pl-cp1250", "cs-8859-2", "kk-kz1048", "zh-gb"],
)
def test_one_sentence_in_a_legacy_encoding(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)).text == text


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize("data", [b"", b" ", b"   \n\t \r\n ", "\u00a0\u2003\n".encode()])
def test_empty_and_whitespace_files(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode(data, "article.txt")
    assert err.value.reason == "empty"
    assert "article.txt" in str(err.value)
    assert "empty" in str(err.value) or "whitespace" in str(err.value)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "\u00a0 \u2003"])
def test_empty_and_whitespace_pasted_text(text: str) -> None:
    with pytest.raises(InputError, match="The text is empty") as err:
        from_text(text)
    assert err.value.reason == "empty"


def test_20_mb_file_is_refused_with_the_limit_and_how_to_change_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = b"The capsule landed 146 km south-east of Zhezkazgan.\n"
    with big.open("wb") as f:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    with pytest.raises(InputError) as err:
        decode(big.read_bytes(), big.name)
    message = str(err.value)
    assert err.value.reason == "too-large"
    assert "20 MB" in message and "5 MB" in message and "TOUCHDOWN_MAX_BYTES" in message
    assert "big.txt" in message


def test_limit_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The capsule landed 146 km south-east of Zhezkazgan. " * 40  # about 2 KB
    monkeypatch.setenv("TOUCHDOWN_MAX_BYTES", "1000")
    with pytest.raises(InputError, match="the limit is 1000 bytes"):
        decode(text.encode())
    with pytest.raises(InputError, match="TOUCHDOWN_MAX_BYTES"):
        from_text(text)
    monkeypatch.setenv("TOUCHDOWN_MAX_BYTES", "1MB")
    assert textio.max_upload_bytes() == 1024 * 1024
    assert decode(text.encode()).text == text
    assert decode(text.encode(), max_bytes=100_000).text == text  # an explicit limit wins
    with pytest.raises(InputError, match="the limit is 100 bytes"):
        decode(text.encode(), max_bytes=100)


def test_a_bad_limit_setting_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHDOWN_MAX_BYTES", "lots")
    with pytest.raises(InputError, match="TOUCHDOWN_MAX_BYTES is set to 'lots'") as err:
        decode(b"text")
    assert err.value.reason == "config"


def test_batch_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    textio.check_batch_size(textio.DEFAULT_MAX_FILES)
    with pytest.raises(InputError, match="limit is 1000"):
        textio.check_batch_size(1001)
    monkeypatch.setenv("TOUCHDOWN_MAX_FILES", "3")
    textio.check_batch_size(3)
    with pytest.raises(InputError, match="TOUCHDOWN_MAX_FILES") as err:
        textio.check_batch_size(4)
    assert err.value.reason == "too-many-files"


def _minimal_pdf() -> bytes:
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>Soyuz landed near Zhezkazgan</w:document>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (_minimal_pdf(), "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (_docx(), "Word"),
        (gzip.compress(b"Soyuz landed 146 km south-east of Zhezkazgan." * 10), "gzip"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(100), "program"),
        (b"SQLite format 3\x00" + bytes(100), "SQLite"),
    ],
    ids=["pdf", "png", "jpeg", "gif", "docx", "gzip", "elf", "sqlite"],
)
def test_binary_formats_renamed_txt_are_named(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        decode(path.read_bytes(), path.name)
    assert err.value.reason == "binary"
    assert what in str(err.value)
    assert "not text" in str(err.value)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_refused(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(InputError) as err:
        decode(data, "noise.txt")
    assert err.value.reason in {"binary", "encoding"}


def test_text_with_a_few_stray_control_characters_is_kept_and_cleaned() -> None:
    article = from_text("Soyuz\x07 landed\x00 146 km\x1b south-east\tof\x0cZhezkazgan.\r\nEnd")
    assert article.text == "Soyuz landed 146 km south-east\tof\nZhezkazgan.\nEnd"


def test_unicode_is_nfc() -> None:
    article = from_text("Arrive\u0301e a\u0300 Jezkazgan")
    assert article.text == "Arrivée à Jezkazgan"
    assert unicodedata.is_normalized("NFC", article.text)
    assert from_text("Arrive\x00\u0301e").text == "Arrivée"  # controls go before NFC composes


# ------------------------------------------------------------------------------------------ HTML / Markdown

BROKEN = "<html><body><p>Soyuz landed 146 km south-east of <b>Zhezkazgan</p><script>alert(1)</script>"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt", None])
def test_broken_html_gives_text_without_markup_or_script(name: str | None) -> None:
    article = decode(BROKEN.encode(), name)
    assert "Soyuz landed 146 km south-east of Zhezkazgan" in article.text
    assert "<script" not in article.text and "alert" not in article.text and "<" not in article.text
    assert article.was_html


def test_pasted_html_source_is_reduced_too() -> None:
    article = from_text(BROKEN)
    assert "Soyuz landed 146 km south-east of Zhezkazgan" in article.text
    assert "alert" not in article.text
    plain = from_text(BROKEN, html_mode=False)
    assert plain.text == BROKEN and not plain.was_html


def test_unclosed_elements_do_not_swallow_the_article() -> None:
    markup = b"<html><head><title>T</title><svg><body><p>Soyuz landed 146 km south-east of Zhezkazgan.</p>"
    assert "146 km south-east of Zhezkazgan" in decode(markup, "x.html").text


def test_hostile_title_comes_back_as_plain_text() -> None:
    markup = (
        "<!doctype html><html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Soyuz lands</title></head>"
        "<body><article><p>The descent module landed 146 kilometers southeast of the city of Zhezkazgan, "
        "the Russian space agency said on Wednesday morning.</p></article>"
        "<script>document.title = 'pwned'</script></body></html>"
    )
    article = decode(markup.encode(), "page.html")
    # Verbatim text: escaping it is the renderer's job.
    assert article.title == "<script>alert(1)</script> Soyuz lands"
    assert "146 kilometers southeast" in article.text
    assert "pwned" not in article.text and "<" not in article.text


def test_real_page_with_boilerplate_keeps_the_article() -> None:
    markup = (
        '<!doctype html><html><head><meta charset="windows-1251"><title>Новости</title>'
        '<meta property="og:title" content="«Союз ТМА-17» приземлился"></head><body>'
        "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav><article><h1>Экипаж МКС вернулся</h1>"
        "<p>Спускаемый аппарат корабля приземлился в среду в 07:24 по московскому времени в Казахстане, "
        "примерно в 150 км юго-восточнее Жезказгана.</p></article><footer>© Редакция</footer></body></html>"
    ).encode("cp1251")
    article = decode(markup, "news.html")
    assert article.encoding == "cp1251"
    assert "примерно в 150 км юго-восточнее Жезказгана" in article.text
    assert article.title in {"«Союз ТМА-17» приземлился", "Экипаж МКС вернулся", "Новости"}
    assert "<" not in article.text


def test_html_without_text_is_explained() -> None:
    with pytest.raises(InputError) as err:
        decode(b"<html><head><script>var a = 1;</script></head><body><script>x()</script></body></html>",
               "empty.html")
    assert err.value.reason == "no-text"
    assert "no readable text" in str(err.value)


def test_markdown_keeps_text_and_strips_heading_marks_from_the_title() -> None:
    text = "# Soyuz MS-06 lands\n\nThe capsule landed *146 km* south-east of Zhezkazgan.\n"
    article = decode(text.encode(), "note.md")
    assert article.text == text
    assert article.title == "Soyuz MS-06 lands"
    assert not article.was_html


def test_plain_title_is_the_first_short_line() -> None:
    assert from_text("\n\n  Soyuz lands  \nBody text.").title == "Soyuz lands"
    assert from_text("x" * 250 + "\nBody").title is None


def test_sha256_is_of_the_raw_bytes() -> None:
    text = "Капсула приземлилась в 148 км юго-восточнее Жезказгана.\n"
    raw = text.encode("cp1251")
    assert decode(raw).sha256 == hashlib.sha256(raw).hexdigest()
    assert from_text(text).sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert decode(text.encode()).sha256 == from_text(text).sha256


def test_article_is_frozen() -> None:
    article = from_text("Soyuz landed.")
    assert isinstance(article, Article)
    with pytest.raises(AttributeError):
        article.text = "x"  # type: ignore[misc]


# ------------------------------------------------------------------------------------------ properties


def _check_clean(article: Article) -> None:
    assert article.text.strip()
    assert unicodedata.is_normalized("NFC", article.text)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" for c in article.text)
    assert "\r" not in article.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    try:
        article = decode(data, "fuzz.txt")
    except InputError as err:
        assert str(err)
    else:
        _check_clean(article)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_any_pasted_text_gives_an_article_or_an_input_error(text: str) -> None:
    try:
        article = from_text(text)
    except InputError as err:
        assert str(err)
    else:
        _check_clean(article)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=500))
def test_pasting_a_text_and_uploading_it_as_utf8_agree(text: str) -> None:
    """Control characters aside (harmless when pasted, a sign of binary in a file), both paths are one."""
    try:
        article = from_text(text)
    except InputError:
        with pytest.raises(InputError):
            decode(text.encode())
        return
    uploaded = decode(text.encode())
    assert uploaded.text == article.text
    assert uploaded.title == article.title
    assert uploaded.sha256 == article.sha256

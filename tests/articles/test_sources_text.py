from __future__ import annotations

import codecs

import pytest

from articles.sources import SourceError
from articles.sources.text import decode_text

TEXT = "Café owners said “we will stay open,” the mayor’s office reported."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # little-endian with a byte-order mark
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16-le", "utf-16-be"],
)
def test_unicode_encodings_decode_without_warnings(data: bytes) -> None:
    assert decode_text(data) == (TEXT, ())


def test_line_endings_and_spacing_are_kept_verbatim() -> None:
    data = b"  Headline\r\n\r\nFirst paragraph.\tTabbed.\n"
    assert decode_text(data)[0] == "  Headline\r\n\r\nFirst paragraph.\tTabbed.\n"


@pytest.mark.parametrize(
    ("data", "text", "offset"),
    [
        (b"The caf\xe9 reopened.", "The café reopened.", 7),
        (b"He said \x93no\x94 twice.", "He said “no” twice.", 8),
        # valid UTF-8 stays UTF-8 beside a stray Windows-1252 byte
        (b"Caf\xc3\xa9 \x96 open", "Café – open", 6),
        (b"undefined \x81 byte", "undefined \x81 byte", 10),
    ],
)
def test_invalid_utf8_is_decoded_as_windows_1252_with_a_warning(
    data: bytes, text: str, offset: int
) -> None:
    decoded, warnings = decode_text(data)
    assert decoded == text
    assert len(warnings) == 1
    assert f"offset {offset}:" in warnings[0]
    assert "Windows-1252" in warnings[0]


def test_warning_offset_counts_the_byte_order_mark() -> None:
    _, warnings = decode_text(codecs.BOM_UTF8 + b"abc \xff")
    assert "offset 7" in warnings[0]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"plain start, then a NUL \x00 byte", "NUL"),
        (bytes(range(1, 9)) * 50 + b"some text", "control characters"),
    ],
)
def test_binary_content_is_refused_with_a_clear_message(data: bytes, kind: str) -> None:
    with pytest.raises(SourceError, match="looks like a binary file") as error:
        decode_text(data, name="“scan.txt”")
    assert kind in str(error.value)
    assert str(error.value).startswith("“scan.txt”")


def test_broken_utf16_is_refused() -> None:
    with pytest.raises(SourceError, match="UTF-16"):
        decode_text(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")  # a lone surrogate

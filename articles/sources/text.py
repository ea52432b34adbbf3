"""Bytes to text, for every channel that receives files or pages.

UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are decoded
as they are. Bytes that are not valid UTF-8 are almost always Windows-1252 (or Latin-1)
text from an older system, so they are decoded as that, with a warning naming the first
byte that was not UTF-8: the text is kept and the newsroom can see why it may look odd.
Binary files (images, PDFs, archives, anything with NUL bytes or many control characters)
are refused, because decoding them would store noise as an article.
"""

from __future__ import annotations

import codecs

from articles.sources import SourceError

# Leading bytes of common binary formats, with a name for the message.
_MAGIC = [
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
]
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13}
_SAMPLE = 64 * 1024
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes, *, name: str = "The file") -> tuple[str, tuple[str, ...]]:
    """Return the text in ``data`` and any warnings about how it was decoded.

    ``name`` starts the error messages ("The file", "“notes.txt”", "The page").
    Raises SourceError for binary content or UTF-16 that does not decode.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data, skip=len(codecs.BOM_UTF8))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"{name} starts like UTF-16 text but is not valid UTF-16 "
                f"(byte {exc.start:,}); save it as UTF-8 and try again."
            ) from exc
        refuse_nul(text, name=name)
        return text, ()
    _refuse_binary(data, name=name)
    return _utf8(data, skip=0)


def _utf8(data: bytes, *, skip: int) -> tuple[str, tuple[str, ...]]:
    try:
        return data[skip:].decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
    # Valid UTF-8 stays UTF-8; only the bytes that are not are read as Windows-1252, so a
    # file mixing both (copy and paste from several systems) comes out right as well.
    text = data[skip:].decode("utf-8", errors=_FALLBACK)
    warning = (
        f"The text was not valid UTF-8 (first bad byte at offset {offset:,}: "
        f"0x{data[offset]:02X}); bytes that were not UTF-8 were read as Windows-1252, "
        "so some characters may be wrong."
    )
    return text, (warning,)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    # Five bytes are undefined in Windows-1252; Latin-1 maps them (to C1 controls).
    text = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in bad)
    return text, exc.end


_FALLBACK = "quotedesk-cp1252"
codecs.register_error(_FALLBACK, _cp1252_fallback)


def _refuse_binary(data: bytes, *, name: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(f"{name} looks like a binary file ({kind}), not text.")
    if b"\x00" in data:
        raise SourceError(f"{name} looks like a binary file (it contains NUL bytes), not text.")
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise SourceError(
            f"{name} looks like a binary file ({controls:,} control characters), not text."
        )


def refuse_nul(text: str, *, name: str) -> None:
    """Refuse text containing NUL characters, which no database text column can store."""
    if "\x00" in text:
        raise SourceError(f"{name} contains NUL characters, which cannot be stored as text.")

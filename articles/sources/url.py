"""Fetching a web page (or feed) safely, and a fetched page to a draft.

Only http and https. Every connection, including each redirect's, goes to an address
checked first: private, loopback, link-local, multicast and reserved addresses are
refused unless QUOTEDESK_ALLOW_PRIVATE_URLS is on, so a submitted URL cannot make the
server read its own network. The check and the connection use the same resolved
address, so a name that resolves differently the second time cannot slip through.
Reading stops at QUOTEDESK_FETCH_MAX_BYTES and after QUOTEDESK_FETCH_TIMEOUT seconds.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit

from django.conf import settings

from articles.sources import ArticleDraft, SourceError
from articles.sources.page import draft_from_html
from articles.sources.records import check_body
from articles.sources.text import decode_text

USER_AGENT = "Quotedesk/0.1 (+https://github.com/quotedesk; article ingestion)"
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class FetchResponse:
    """A fetched resource. ``status`` 304 means "not modified" and ``content`` is empty."""

    url: str  # after redirects
    status: int
    content: bytes
    content_type: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)


def check_url(url: str) -> str:
    """Return the URL stripped, or raise SourceError if it is not an http(s) URL with a host."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"“{parts.scheme}:”" if parts.scheme else "no scheme"
        raise SourceError(f"Only http:// and https:// URLs can be fetched; this one has {shown}.")
    if not parts.hostname:
        raise SourceError(f"“{url[:200]}” has no host name.")
    return url


def fetch(url: str, *, headers: Mapping[str, str] | None = None) -> FetchResponse:
    """GET ``url`` within the safety limits; raises SourceError with a message for the user."""
    url = check_url(url)
    timeout = settings.QUOTEDESK_FETCH_TIMEOUT
    limit = settings.QUOTEDESK_FETCH_MAX_BYTES
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),  # a proxy would hide the address we must check
        _SafeHTTPHandler(),
        _SafeHTTPSHandler(),
        _SafeRedirectHandler(),
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            content = _read_capped(response, limit=limit, deadline=deadline, url=url)
            return FetchResponse(
                url=response.geturl(),
                status=response.status,
                content=content,
                content_type=response.headers.get_content_type(),
                headers=dict(response.headers.items()),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return FetchResponse(url=exc.geturl() or url, status=304, content=b"")
        raise SourceError(f"{_host(url)} answered HTTP {exc.code} {exc.reason}.") from exc
    except urllib.error.URLError as exc:
        raise _network_error(url, exc.reason, timeout) from exc
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise _network_error(url, exc, timeout) from exc


def fetch_url(url: str) -> ArticleDraft:
    """Fetch a page and extract its article; raises SourceError with a message for the user."""
    response = fetch(url, headers={"Accept": "text/html,application/xhtml+xml,text/plain"})
    name = f"The page at {_host(response.url)}"
    if response.content_type == "text/plain":
        text, warnings = decode_text(response.content, name=name)
        check_body(text, name=name)
        return ArticleDraft(body=text, url=response.url, warnings=warnings)
    if response.content_type not in _HTML_TYPES:
        raise SourceError(
            f"{name} is {response.content_type or 'of unknown type'}, not a web page."
        )
    html, warnings = _decode_html(response)
    return draft_from_html(html, url=response.url, warnings=warnings, name=name)


def address_allowed(address: str) -> bool:
    """Whether a connection to this IP address is allowed by the settings."""
    if settings.QUOTEDESK_ALLOW_PRIVATE_URLS:
        return True
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _safe_create_connection(
    address: tuple[str, int],
    timeout: float | object = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
    source_address: tuple[str, int] | None = None,
    **kwargs: object,
) -> socket.socket:
    """socket.create_connection, but to checked addresses only (every one the name has)."""
    host, port = address
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SourceError(f"The host name {host!r} could not be found.") from exc
    for *_, sockaddr in infos:
        if not address_allowed(sockaddr[0]):
            raise SourceError(
                f"{host} resolves to {sockaddr[0]}, a private or reserved address; "
                "fetching from it is not allowed."
            )
    error: OSError | None = None
    for *_, sockaddr in infos:
        try:
            return socket.create_connection(
                (sockaddr[0], port), timeout=timeout, source_address=source_address
            )
        except OSError as exc:
            error = exc
    raise error or OSError(f"cannot connect to {host}")


class _SafeHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._create_connection = _safe_create_connection


class _SafeHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._create_connection = _safe_create_connection


class _SafeHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_SafeHTTPConnection, req)


class _SafeHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_SafeHTTPSConnection, req, context=self._context)


class _SafeRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only; the connection checks each target's address."""

    max_redirections = 5

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            check_url(newurl)
        except SourceError as exc:
            raise SourceError(f"The page redirects to a URL that cannot be fetched: {exc}") from exc
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _read_capped(
    response: http.client.HTTPResponse, *, limit: int, deadline: float, url: str
) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise SourceError(_too_large(url, int(length), limit))
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise SourceError(_too_large(url, size, limit, at_least=True))
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, size: int, limit: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"The response from {_host(url)} is {more}{size:,} bytes; the limit is {limit:,} bytes."


def _decode_html(response: FetchResponse) -> tuple[str, tuple[str, ...]]:
    charset = Message()
    charset["content-type"] = response.headers.get("Content-Type", "")
    declared = charset.get_content_charset()
    if declared and declared.replace("-", "").lower() not in ("utf8", "utf16"):
        try:
            return response.content.decode(declared), ()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detecting it ourselves
    return decode_text(response.content, name=f"The page at {_host(response.url)}")


def _network_error(url: str, reason: object, timeout: float) -> SourceError:
    if isinstance(reason, SourceError):
        return reason
    if isinstance(reason, TimeoutError | socket.timeout):
        return SourceError(f"{_host(url)} did not answer within {timeout:g} seconds.")
    return SourceError(f"{_host(url)} could not be reached ({reason}).")


def _host(url: str) -> str:
    return urlsplit(url).hostname or url[:100]

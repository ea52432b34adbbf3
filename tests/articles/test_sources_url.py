from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

import pytest

from articles.sources import SourceError
from articles.sources.url import address_allowed, fetch, fetch_url
from tests.articles.conftest import LocalServer

PAGE = """<html><head><title>Tram line opens | Riverside Post</title>
<meta name="author" content="Mina Holt"></head><body>
<article><h1>Tram line opens</h1>
<p>The new tram line between the station and the university carried its first passengers
on Saturday morning, three months later than the city had promised.</p>
<p>"It was worth the wait," said commuter Jonas Berg, who rode the first tram at dawn.</p>
<p>Trams will run every six minutes at peak times, the transport authority said.</p>
</article></body></html>"""


def test_fetch_url_extracts_the_article(local_server: LocalServer) -> None:
    url = local_server.add("/tram", PAGE)
    draft = fetch_url(url)
    assert draft.url == url
    assert "first passengers" in draft.body
    assert '"It was worth the wait," said commuter Jonas Berg' in draft.body
    assert draft.byline == "Mina Holt"


def test_plain_text_is_stored_as_received(local_server: LocalServer) -> None:
    url = local_server.add("/t.txt", "Line one.\r\nLine two.", content_type="text/plain")
    assert fetch_url(url).body == "Line one.\r\nLine two."


def test_redirects_are_followed(local_server: LocalServer) -> None:
    target = local_server.add("/tram", PAGE)
    local_server.add("/old", "", status=301, headers={"Location": "/tram"})
    assert fetch_url(local_server.url("/old")).url == target


def test_redirect_target_address_is_checked_again(
    local_server: LocalServer, settings: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first address passes (as a public site's would); the redirect leads to loopback.
    allowed = iter([True])
    monkeypatch.setattr(
        "articles.sources.url.address_allowed", lambda address: next(allowed, False)
    )
    local_server.add("/tram", PAGE)
    local_server.add("/hop", "", status=302, headers={"Location": local_server.url("/tram")})
    with pytest.raises(SourceError, match="private or reserved address"):
        fetch_url(local_server.url("/hop"))
    assert [path for path, _ in local_server.requests] == ["/hop"]


def test_redirect_to_another_scheme_is_refused(local_server: LocalServer) -> None:
    local_server.add("/ftp", "", status=302, headers={"Location": "ftp://files.example.org/a"})
    with pytest.raises(SourceError, match="redirects to a URL that cannot be fetched"):
        fetch_url(local_server.url("/ftp"))


def test_loopback_is_refused_when_private_urls_are_not_allowed(
    local_server: LocalServer, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_ALLOW_PRIVATE_URLS = False
    url = local_server.add("/tram", PAGE)
    with pytest.raises(SourceError, match="127.0.0.1, a private or reserved address"):
        fetch_url(url)
    assert local_server.requests == []


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
    ],
)
def test_address_allowed(address: str, allowed: bool, settings: pytest.FixtureRequest) -> None:
    settings.QUOTEDESK_ALLOW_PRIVATE_URLS = False
    assert address_allowed(address) is allowed


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "file:///etc/passwd",
            "Only http:// and https:// URLs can be fetched; this one has “file:”",
        ),
        ("ftp://files.example.org/x", "“ftp:”"),
        ("javascript:alert(1)", "“javascript:”"),
        ("news.example.org/story", "no scheme"),
        ("http:///path-only", "has no host name"),
    ],
)
def test_non_http_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(SourceError) as error:
        fetch_url(url)
    assert message in str(error.value)


def test_a_server_that_does_not_answer_in_time_times_out(
    local_server: LocalServer, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_FETCH_TIMEOUT = 0.3

    def slow(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(1.5)
        handler.send_response(200)
        handler.end_headers()

    local_server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"did not answer within 0.3 seconds"):
        fetch_url(local_server.url("/slow"))
    assert time.monotonic() - started < 1.4


def test_a_slow_trickle_stops_at_the_deadline(
    local_server: LocalServer, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_FETCH_TIMEOUT = 0.5

    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(40):
                handler.wfile.write(b"<p>more</p>" * 100)
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client gave up, as it should

    local_server.routes["/trickle"] = trickle
    with pytest.raises(SourceError, match="did not answer within"):
        fetch_url(local_server.url("/trickle"))


@pytest.mark.parametrize("declared", [True, False])
def test_oversize_response_is_refused(
    local_server: LocalServer, settings: pytest.FixtureRequest, declared: bool
) -> None:
    settings.QUOTEDESK_FETCH_MAX_BYTES = 100_000
    body = b"<p>" + b"x" * 200_000 + b"</p>"
    if declared:
        local_server.add("/big", body)
    else:

        def undeclared(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.end_headers()
            handler.wfile.write(body)

        local_server.routes["/big"] = undeclared
    with pytest.raises(SourceError, match="the limit is 100,000 bytes"):
        fetch_url(local_server.url("/big"))


@pytest.mark.parametrize(
    ("status", "content_type", "body", "message"),
    [
        (404, "text/html", "gone", "answered HTTP 404"),
        (500, "text/html", "oops", "answered HTTP 500"),
        (200, "application/pdf", "%PDF-1.4", "is application/pdf, not a web page"),
        (200, "text/html", "<html><body><script>1</script></body></html>", "no article text"),
        (200, "text/plain", "   ", "is empty"),
    ],
)
def test_unusable_responses_get_a_clear_message(
    local_server: LocalServer, status: int, content_type: str, body: str, message: str
) -> None:
    url = local_server.add("/x", body, status=status, content_type=content_type)
    with pytest.raises(SourceError, match=message):
        fetch_url(url)


def test_unknown_host_and_closed_port(settings: pytest.FixtureRequest) -> None:
    settings.QUOTEDESK_ALLOW_PRIVATE_URLS = True
    with pytest.raises(SourceError, match="could not be found"):
        fetch_url("http://no-such-host.invalid/")
    with pytest.raises(SourceError, match="could not be reached"):
        fetch_url("http://127.0.0.1:9/")


def test_not_modified_is_returned_not_raised(local_server: LocalServer) -> None:
    local_server.add("/feed", "", status=304)
    response = fetch(local_server.url("/feed"), headers={"If-None-Match": '"v1"'})
    assert (response.status, response.content) == (304, b"")
    assert local_server.requests[0][1]["If-None-Match"] == '"v1"'

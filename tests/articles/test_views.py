from __future__ import annotations

import json
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from articles import views
from articles.models import Article
from articles.services import content_hash
from articles.sources import ArticleDraft, SourceError
from quotes.models import Quote
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

BODY = (
    "The city library will open on Sundays from January.\n\n"
    '"Readers asked, and we listened," said librarian Petra Novak.'
)
PASTE = {
    "title": "Library opens on Sundays",
    "body": BODY,
    "url": "https://town.example.net/library-sundays",
    "outlet": "Town Crier",
    "byline": "Ivo Marsh",
    "published_at": "2026-11-26T10:30",
}


@pytest.fixture
def editor(client: Client) -> Client:
    user = get_user_model().objects.create_user("editor", password="unused-pw", is_staff=True)
    client.force_login(user)
    return client


def messages_of(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def upload(client: Client, *files: tuple[str, bytes], **extra: Any) -> Any:
    uploads = [SimpleUploadedFile(name, data) for name, data in files]
    return client.post(reverse("articles:upload"), {"files": uploads}, **extra)


PAGES = [
    ("get", "articles:add", []),
    ("get", "articles:list", []),
    ("post", "articles:paste", []),
    ("post", "articles:upload", []),
    ("post", "articles:fetch", []),
    ("post", "articles:retry", [1]),
]


@pytest.mark.parametrize(("method", "name", "args"), PAGES)
def test_anonymous_visitors_are_sent_to_log_in(
    client: Client, method: str, name: str, args: list[int]
) -> None:
    url = reverse(name, args=args)
    response = getattr(client, method)(url, PASTE if method == "post" else None)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:login')}?next={url}"
    assert not Article.objects.exists()


@pytest.mark.parametrize(("method", "name", "args"), PAGES)
def test_users_who_are_not_staff_are_refused(
    client: Client, method: str, name: str, args: list[int]
) -> None:
    client.force_login(get_user_model().objects.create_user("reader", password="unused-pw"))
    response = getattr(client, method)(reverse(name, args=args), PASTE)
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_add_page_offers_three_ways(editor: Client) -> None:
    response = editor.get(reverse("articles:add"))
    assert response.status_code == 200
    for action in ("articles:paste", "articles:upload", "articles:fetch"):
        assert f'action="{reverse(action)}"' in response.content.decode()
    assert 'enctype="multipart/form-data"' in response.content.decode()


def test_nav_links_to_add_page_for_staff_only(client: Client, editor: Client) -> None:
    link = f'href="{reverse("articles:add")}"'
    assert link in editor.get(reverse("quotes:home")).content.decode()
    assert link not in Client().get(reverse("quotes:home")).content.decode()


def test_paste_stores_article_and_queues_attribution(
    editor: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor.post(reverse("articles:paste"), PASTE)
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert len(callbacks) == 1
    assert article.body == BODY
    assert article.source == Article.Source.FORM
    assert (article.title, article.outlet, article.byline) == (
        "Library opens on Sundays",
        "Town Crier",
        "Ivo Marsh",
    )
    assert article.published_at.isoformat() == "2026-11-26T10:30:00+00:00"


@pytest.mark.model
def test_pasted_article_is_attributed(
    editor: Client, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("articles:paste"), PASTE, follow=True)
    article = Article.objects.get()
    assert article.status == Article.Status.DONE
    [quote] = article.quotes.all()
    assert quote.text == "Readers asked, and we listened,"
    assert quote.speaker.name == "Petra Novak"
    assert "Added" in messages_of(response)[0]


@pytest.mark.parametrize(
    "second",
    [
        {"body": BODY},
        {"body": BODY.replace("\n\n", "\n"), "title": "Same text, new title"},
        {"body": "Updated: the library opens on Sundays.", "url": PASTE["url"]},
    ],
)
def test_duplicate_paste_names_existing_article_and_keeps_input(
    editor: Client, second: dict[str, str]
) -> None:
    existing = ArticleFactory(title="Sunday <b>opening</b>", body=BODY, url=PASTE["url"])
    response = editor.post(reverse("articles:paste"), second)
    assert response.status_code == 200
    [message] = messages_of(response)
    assert "already in Quotedesk" in message
    assert f'<a href="{existing.get_absolute_url()}">' in message
    assert escape("Sunday <b>opening</b>") in message
    assert escape(second["body"]) in response.content.decode()
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"body": "   \n  "}, "The article body is empty."),
        ({"body": ""}, "This field is required."),
        ({"published_at": "next week"}, "ISO 8601"),
        ({"url": "not a web address"}, "Enter a valid URL."),
        ({"title": "T" * 501}, "at most 500 characters"),
    ],
)
def test_bad_paste_shows_error_and_keeps_input(
    editor: Client, changes: dict[str, str], error: str
) -> None:
    data = {**PASTE, **changes}
    response = editor.post(reverse("articles:paste"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert escape(error) in page
    for field in ("body", "outlet", "byline"):
        if data[field].strip():
            assert escape(data[field]) in page
    assert not Article.objects.exists()


def test_paste_over_the_size_limit_keeps_input(
    editor: Client, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_MAX_ARTICLE_BYTES = 100
    response = editor.post(reverse("articles:paste"), PASTE)
    assert response.status_code == 400
    assert "the limit is 100 bytes" in response.content.decode()
    assert escape(BODY) in response.content.decode()


def test_upload_of_a_text_file_stores_it(editor: Client) -> None:
    data = "Library opens on Sundays\n\n" + BODY
    response = upload(editor, ("library.txt", data.encode()))
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.body == data
    assert article.source == Article.Source.UPLOAD


def test_upload_of_an_html_page_keeps_its_article_text(editor: Client) -> None:
    page = (
        "<html><head><title>Ferry news</title></head><body><nav>Home | Sport</nav><article>"
        "<h1>Ferry to sail hourly</h1><p>The island ferry will sail every hour from March,"
        " the operator announced after a winter of complaints.</p><p>&ldquo;We heard the"
        " islanders,&rdquo; said spokesperson Dana Holm.</p></article></body></html>"
    )
    response = upload(editor, ("ferry.html", page.encode()))
    article = Article.objects.get()
    assert response["Location"] == article.get_absolute_url()
    assert article.title == "Ferry to sail hourly"
    assert "“We heard the islanders,” said spokesperson Dana Holm." in article.body
    assert "<p>" not in article.body


def test_upload_in_another_encoding_is_kept_with_a_warning(editor: Client) -> None:
    data = 'The café on Quay Street will close, its owner said: "It is time."'
    response = upload(editor, ("cafe.txt", data.encode("cp1252")), follow=True)
    article = Article.objects.get()
    assert article.body == data
    assert article.warnings
    assert any("Windows-1252" in m for m in messages_of(response))


def test_upload_of_json_lines_stores_each_article(editor: Client) -> None:
    lines = [
        {"title": "Bridge reopens", "body": "The old bridge reopened to cyclists on Friday."},
        {"title": "Market moves", "body": "The Saturday market will move to the square."},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    response = upload(editor, ("batch.jsonl", data), follow=True)
    assert response.redirect_chain[-1][0] == reverse("articles:list")
    assert sorted(Article.objects.values_list("title", flat=True)) == [
        "Bridge reopens",
        "Market moves",
    ]
    assert sum("Added" in m for m in messages_of(response)) == 2


def test_upload_of_several_files_lists_what_happened(editor: Client) -> None:
    existing = ArticleFactory(body="An older story, already stored.")
    files = [
        ("one.txt", BODY.encode()),
        ("two.md", b"# Ferry timetable\n\nThe ferry will sail hourly, the operator said."),
        ("old.txt", existing.body.encode()),
        ("photo.jpg", b"\xff\xd8\xff\xe0 not text"),
    ]
    response = upload(editor, *files, follow=True)
    assert response.redirect_chain[-1][0] == reverse("articles:list")
    assert Article.objects.count() == 3
    shown = messages_of(response)
    assert sum("Added" in m for m in shown) == 2
    assert any("“old.txt” is already in Quotedesk" in m for m in shown)
    assert any("“photo.jpg”" in m and "not accepted" in m for m in shown)


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("scan.pdf", b"%PDF-1.7 binary", "not accepted"),
        ("notes", b"plain words", "not accepted"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "PNG"),
        ("blank.txt", b"   \n\n", "empty"),
        ("broken.json", b'{"body": "unterminated', "“broken.json”"),
    ],
)
def test_upload_that_cannot_be_read_gets_a_clear_error(
    editor: Client, name: str, data: bytes, error: str
) -> None:
    response = upload(editor, (name, data))
    assert response.status_code == 400
    assert escape(error) in response.content.decode()
    assert not Article.objects.exists()


def test_upload_over_the_size_limit_gets_a_clear_error(
    editor: Client, settings: pytest.FixtureRequest
) -> None:
    settings.QUOTEDESK_MAX_ARTICLE_BYTES = 50
    response = upload(editor, ("long.txt", BODY.encode()))
    assert response.status_code == 400
    assert escape(f"“long.txt” is {len(BODY.encode())} bytes; the limit is 50 bytes") in (
        response.content.decode()
    )


def test_upload_without_a_file_asks_for_one(editor: Client) -> None:
    response = editor.post(reverse("articles:upload"), {})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_fetch_stores_the_page(editor: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    fetched: list[str] = []

    def fake_fetch(url: str) -> ArticleDraft:
        fetched.append(url)
        return ArticleDraft(title="Library", body=BODY, url=url, outlet="Town Crier")

    monkeypatch.setattr(views, "fetch_url", fake_fetch)
    response = editor.post(reverse("articles:fetch"), {"url": PASTE["url"]})
    article = Article.objects.get()
    assert fetched == [PASTE["url"]]
    assert response["Location"] == article.get_absolute_url()
    assert (article.url, article.source, article.body) == (PASTE["url"], "url", BODY)


def test_fetch_error_is_shown_with_the_url_kept(
    editor: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fetch(url: str) -> ArticleDraft:
        raise SourceError("town.example.net answered HTTP 404 Not Found.")

    monkeypatch.setattr(views, "fetch_url", failing_fetch)
    response = editor.post(reverse("articles:fetch"), {"url": PASTE["url"]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "answered HTTP 404 Not Found." in page
    assert f'value="{PASTE["url"]}"' in page


def test_fetch_of_a_known_url_names_the_article_without_fetching(
    editor: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = ArticleFactory(url=PASTE["url"])
    monkeypatch.setattr(views, "fetch_url", lambda url: pytest.fail("fetched again"))
    response = editor.post(reverse("articles:fetch"), {"url": PASTE["url"]})
    assert response.status_code == 200
    [message] = messages_of(response)
    assert existing.get_absolute_url() in message


def test_list_shows_status_and_error_with_retry_for_failed(editor: Client) -> None:
    done = ArticleFactory(title="Finished story", status=Article.Status.DONE)
    failed = ArticleFactory(
        title="Broken story", status=Article.Status.FAILED, error="RuntimeError: model missing"
    )
    page = editor.get(reverse("articles:list")).content.decode()
    assert "Finished story" in page and "Broken story" in page
    assert "RuntimeError: model missing" in page
    assert reverse("articles:retry", args=[failed.pk]) in page
    assert reverse("articles:retry", args=[done.pk]) not in page


def test_list_filters_by_status(editor: Client) -> None:
    ArticleFactory(title="Finished story", status=Article.Status.DONE)
    ArticleFactory(title="Broken story", status=Article.Status.FAILED)
    page = editor.get(reverse("articles:list"), {"status": "failed"}).content.decode()
    assert "Broken story" in page
    assert "Finished story" not in page


def test_retry_queues_a_failed_article(
    editor: Client, django_capture_on_commit_callbacks: Any
) -> None:
    article = ArticleFactory(status=Article.Status.FAILED, error="boom")
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor.post(reverse("articles:retry", args=[article.pk]), follow=True)
    assert len(callbacks) == 1
    assert response.redirect_chain[-1][0] == reverse("articles:list")
    assert "Queued" in messages_of(response)[0]


def test_retry_leaves_other_articles_alone(
    editor: Client, django_capture_on_commit_callbacks: Any
) -> None:
    article = ArticleFactory(status=Article.Status.DONE)
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor.post(reverse("articles:retry", args=[article.pk]), follow=True)
    assert callbacks == []
    assert "only failed articles are retried" in messages_of(response)[0]


def test_retry_needs_post(editor: Client) -> None:
    article = ArticleFactory(status=Article.Status.FAILED)
    assert editor.get(reverse("articles:retry", args=[article.pk])).status_code == 405


def test_paste_just_over_the_default_limit_gets_the_form_back(editor: Client) -> None:
    body = "Word " * (settings.QUOTEDESK_MAX_ARTICLE_BYTES // 5 + 1000)
    response = editor.post(reverse("articles:paste"), {"title": "Long", "body": body})
    assert response.status_code == 400
    assert "the limit is 2,000,000 bytes" in response.content.decode()
    assert not Article.objects.exists()


def test_request_far_over_the_limit_gets_a_readable_page(editor: Client) -> None:
    body = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
    response = editor.post(reverse("articles:paste"), {"title": "Huge", "body": body})
    assert response.status_code == 400
    assert "Request not accepted" in response.content.decode()
    assert not Article.objects.exists()


CORRECTABLE = 'Pier reopens\n\n"The pier is safe again," engineer Lu Berg said.\n'


@pytest.fixture
def correctable(monkeypatch: pytest.MonkeyPatch) -> Article:
    # These tests are about the page; the re-run of the engine is covered elsewhere.
    monkeypatch.setattr("articles.services.article_enqueue", lambda *, article: None)
    return Article.objects.create(body=CORRECTABLE, content_hash=content_hash(CORRECTABLE))


def test_correct_page_shows_the_current_text(editor: Client, correctable: Article) -> None:
    response = editor.get(reverse("articles:correct", args=[correctable.pk]))
    assert response.status_code == 200
    assert escape(CORRECTABLE) in response.content.decode()


def test_correcting_the_text_keeps_reviewed_quotes(editor: Client, correctable: Article) -> None:
    start = CORRECTABLE.index("The pier")
    quote = Quote.objects.create(
        article=correctable,
        start=start,
        end=start + len("The pier is safe again,"),
        text="The pier is safe again,",
        status=Quote.Status.VERIFIED,
    )
    new_body = "UPDATED " + CORRECTABLE
    response = editor.post(
        reverse("articles:correct", args=[correctable.pk]),
        {"body": new_body, "base_hash": correctable.content_hash},
    )
    assert response.status_code == 302
    correctable.refresh_from_db()
    quote.refresh_from_db()
    assert correctable.body == new_body
    assert new_body[quote.start : quote.end] == "The pier is safe again,"


def test_clashing_edit_is_refused_and_the_text_kept(editor: Client, correctable: Article) -> None:
    stale_hash = correctable.content_hash
    Article.objects.filter(pk=correctable.pk).update(
        body=CORRECTABLE + "More.", content_hash=content_hash(CORRECTABLE + "More.")
    )
    response = editor.post(
        reverse("articles:correct", args=[correctable.pk]),
        {"body": CORRECTABLE + "Mine.", "base_hash": stale_hash},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Someone else changed this article" in page
    assert "Mine." in page
    correctable.refresh_from_db()
    assert correctable.body.endswith("More.")


def test_correct_page_is_for_editors_only(client: Client, correctable: Article) -> None:
    response = client.get(reverse("articles:correct", args=[correctable.pk]))
    assert response.status_code == 302

from __future__ import annotations

import pytest

from quotes.attribution.types import Kind, Quotation
from quotes.services import article_attribute
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = 'Bridge reopens.\n\n"It is safe to cross," engineer Ana Ruiz said.'


def test_reader_follows_a_quote_from_home_page_to_its_article(live_server, page) -> None:
    article = ArticleFactory(title="Bridge reopens", body=BODY)
    start = BODY.index("It is")
    end = BODY.index('," engineer') + 1
    quotation = Quotation(
        start, end, BODY[start:end], Kind.DIRECT, "said", "Ana Ruiz", "Ana Ruiz", 0.9
    )
    article_attribute(article=article, quotations=[quotation])

    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", name="Who said what").is_visible()
    page.get_by_role("link", name="It is safe to cross,").click()
    assert page.locator("mark").inner_text() == "It is safe to cross,"
    page.get_by_role("link", name="Bridge reopens").click()
    assert page.locator("h1").inner_text() == "Bridge reopens"
    assert page.locator(".article-body mark").count() == 1

from __future__ import annotations

from django.urls import path

from quotes.views import public

app_name = "quotes"

urlpatterns = [
    path("", public.home, name="home"),
    path("quotes/<int:pk>/", public.quote_detail, name="detail"),
    path("articles/<int:pk>/", public.article_detail, name="article"),
]

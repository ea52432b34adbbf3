"""Top-level URL map: each app owns its namespace."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("articles/", include("articles.urls")),
    path("api/articles/", include("articles.api_urls")),
    path("", include("quotes.urls")),
]

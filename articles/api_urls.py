"""Routes of the CMS push API, included at ``api/articles/``."""

from __future__ import annotations

from django.urls import path

from articles import api

app_name = "articles_api"

urlpatterns = [
    path("", api.article_create, name="create"),
    path("<int:pk>/", api.article_status, name="status"),
]

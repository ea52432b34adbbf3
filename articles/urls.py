"""Editors' pages for adding articles and following their processing."""

from __future__ import annotations

from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    path("new/", views.article_add, name="add"),
    path("new/paste/", views.article_paste, name="paste"),
    path("upload/", views.article_upload, name="upload"),
    path("fetch/", views.article_fetch, name="fetch"),
    path("<int:pk>/retry/", views.article_retry_view, name="retry"),
    path("<int:pk>/correct/", views.article_correct, name="correct"),
]

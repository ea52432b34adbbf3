"""Forms for adding articles: paste, upload, URL fetch. The API validates with ArticleForm too."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from articles.models import Article
from articles.sources.upload import ACCEPTED


class ArticleForm(forms.Form):
    """An article typed or pasted in. The body is kept exactly as given (no stripping)."""

    title = forms.CharField(max_length=Article._meta.get_field("title").max_length, required=False)
    body = forms.CharField(
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="Paste the article text. It is stored exactly as given.",
    )
    url = forms.URLField(
        label="URL",
        max_length=Article._meta.get_field("url").max_length,
        required=False,
        assume_scheme="https",
    )
    outlet = forms.CharField(
        max_length=Article._meta.get_field("outlet").max_length, required=False
    )
    byline = forms.CharField(
        max_length=Article._meta.get_field("byline").max_length, required=False
    )
    published_at = forms.DateTimeField(
        label="Published",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Date and time in UTC; the date alone is fine.",
        error_messages={
            "invalid": "Enter a valid date and time, e.g. 2026-11-28T09:30:00Z (ISO 8601)."
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # datetime-local inputs send "2026-11-28T09:30"; plain dates are welcome too.
        self.fields["published_at"].input_formats = [
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d",
        ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files at once (Django's documented recipe)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single_clean = super().clean
        if isinstance(data, list | tuple) and data:
            return [single_clean(item, initial) for item in data]
        if isinstance(data, list | tuple):
            data = None  # no file chosen: let FileField say it is required
        return [single_clean(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label="Files",
        help_text="Plain text (.txt), Markdown (.md), HTML (.html), or JSON (.json, .jsonl).",
        widget=MultipleFileInput(attrs={"accept": ",".join(ACCEPTED)}),
    )


class FetchForm(forms.Form):
    url = forms.URLField(
        label="Article URL",
        max_length=Article._meta.get_field("url").max_length,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )


class CorrectionForm(forms.Form):
    """A corrected article text, with the version it was made from (to catch clashing edits)."""

    body = forms.CharField(
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24}),
        help_text="Reviewed quotes follow their words to the new text; any that cannot be "
        "placed are flagged for an editor, never dropped.",
    )
    base_hash = forms.CharField(widget=forms.HiddenInput)

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from config.pagination import EstimatedCountPaginator
from quotes.models import Quote, Speaker, SpeakerAlias
from quotes.services import speaker_name_key


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name", "name_key"]
    readonly_fields = ["name_key"]
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    inlines = [SpeakerAliasInline]
    list_display = ["name", "description", "slug", "created_at"]
    search_fields = ["name", "name_key", "description"]
    readonly_fields = ["name_key", "surname_key", "created_at"]
    prepopulated_fields = {"slug": ["name"]}
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    def save_model(self, request, obj: Speaker, form, change: bool) -> None:
        obj.name_key = speaker_name_key(obj.name)
        obj.surname_key = obj.name_key.rsplit(" ", 1)[-1]
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change: bool) -> None:
        for alias in formset.save(commit=False):
            alias.name_key = speaker_name_key(alias.name)
            alias.save()
        for alias in formset.deleted_objects:
            alias.delete()


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "speaker", "kind", "status", "confidence", "article"]
    list_filter = ["status", "kind", "origin"]
    search_fields = ["text", "speaker__name", "mention", "article__title"]
    list_select_related = ["speaker", "article"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["article"]
    readonly_fields = ["article_text", "evidence", "candidates", "created_at", "updated_at"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    @admin.display(description="Quoted in the article")
    def article_text(self, obj: Quote) -> str:
        return obj.article.body[obj.start : obj.end] if obj.pk else ""

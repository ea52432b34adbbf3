"""Create an API token for a CMS and print its key, once."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.tokens import api_token_create


class Command(BaseCommand):
    help = "Create a token for POST /api/articles/ and print its key (shown only this once)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("name", help="Who will use the token, e.g. the CMS's name.")
        parser.add_argument("--user", required=True, help="Username the token acts for.")

    def handle(self, *args: Any, name: str, user: str, **options: Any) -> None:
        if not name.strip():
            raise CommandError("The token needs a name.")
        User = get_user_model()
        try:
            owner = User.objects.get(**{User.USERNAME_FIELD: user})
        except User.DoesNotExist:
            raise CommandError(f"No user named {user!r}.") from None
        if not owner.is_active:
            raise CommandError(f"User {user!r} is not active; its tokens would be refused.")
        token, key = api_token_create(name=name, user=owner)
        self.stdout.write(key)
        self.stderr.write(
            f"Created token {token.pk} ({token.prefix}…) for {user}. "
            "Store the key now: it is not kept and cannot be shown again."
        )

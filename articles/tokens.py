"""API tokens for the CMS push API: create, authenticate, revoke.

Only a SHA-256 hash of each key is stored, so a leaked database does not leak working
keys; the plain key is shown once, when the token is created. Keys are 256 random bits,
so a plain unsalted hash is enough (there is nothing to brute-force).
"""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from articles.models import ApiToken

PREFIX_LENGTH = 8


def api_key_hash(key: str) -> str:
    """The stored form of a key: SHA-256, hex."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@transaction.atomic
def api_token_create(*, name: str, user: AbstractBaseUser) -> tuple[ApiToken, str]:
    """Make a token for ``user``; return it and its plain key, which is never stored."""
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        name=name.strip(), user=user, key_hash=api_key_hash(key), prefix=key[:PREFIX_LENGTH]
    )
    return token, key


def api_token_authenticate(*, key: str) -> ApiToken | None:
    """The live token for ``key`` (recording its use), or None.

    Revoked tokens and tokens of deactivated users are refused.
    """
    if not key:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=api_key_hash(key), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
    return token


def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Refuse the token from now on; revoking twice keeps the first time."""
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    token.refresh_from_db(fields=["revoked_at"])
    return token

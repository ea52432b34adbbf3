from __future__ import annotations

import hashlib
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import ApiToken
from articles.tokens import api_token_authenticate, api_token_create, api_token_revoke

pytestmark = pytest.mark.django_db


@pytest.fixture
def user():  # noqa: ANN201 - a User
    return get_user_model().objects.create_user("cms-bot", password="unused-pw")


def test_create_stores_only_a_hash_and_prefix(user) -> None:  # noqa: ANN001
    token, key = api_token_create(name="Newsroom CMS", user=user)
    stored = ApiToken.objects.get(pk=token.pk)
    assert len(key) >= 40
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert stored.prefix == key[:8]
    assert key not in {stored.key_hash, stored.name, stored.prefix}


def test_each_token_gets_its_own_key(user) -> None:  # noqa: ANN001
    keys = {api_token_create(name=f"cms {n}", user=user)[1] for n in range(5)}
    assert len(keys) == 5


def test_authenticate_returns_token_and_records_use(user) -> None:  # noqa: ANN001
    token, key = api_token_create(name="CMS", user=user)
    found = api_token_authenticate(key=key)
    assert found == token
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("key", ["", "not-a-key", "x" * 43])
def test_authenticate_refuses_unknown_keys(user, key: str) -> None:  # noqa: ANN001
    api_token_create(name="CMS", user=user)
    assert api_token_authenticate(key=key) is None


def test_authenticate_refuses_revoked_token(user) -> None:  # noqa: ANN001
    token, key = api_token_create(name="CMS", user=user)
    api_token_revoke(token=token)
    assert token.revoked_at is not None
    assert api_token_authenticate(key=key) is None


def test_revoking_twice_keeps_first_time(user) -> None:  # noqa: ANN001
    token, _ = api_token_create(name="CMS", user=user)
    first = api_token_revoke(token=token).revoked_at
    assert api_token_revoke(token=token).revoked_at == first


def test_authenticate_refuses_token_of_inactive_user(user) -> None:  # noqa: ANN001
    _, key = api_token_create(name="CMS", user=user)
    user.is_active = False
    user.save()
    assert api_token_authenticate(key=key) is None


def test_command_prints_the_key_once(user) -> None:  # noqa: ANN001
    out, err = StringIO(), StringIO()
    call_command("create_api_token", "Newsroom CMS", "--user", "cms-bot", stdout=out, stderr=err)
    key = out.getvalue().strip()
    token = ApiToken.objects.get()
    assert token.name == "Newsroom CMS"
    assert token.user == user
    assert api_token_authenticate(key=key) == token
    assert "cannot be shown again" in err.getvalue()


def test_command_refuses_unknown_user() -> None:
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("create_api_token", "CMS", "--user", "nobody", stdout=StringIO())
    assert not ApiToken.objects.exists()

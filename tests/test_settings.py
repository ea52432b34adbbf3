"""Settings come from the environment, with safe development defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV_KEYS = ("DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SPACY_MODEL")


def _settings_value(expression: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    code = f"import config.settings as s; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_default_database_is_sqlite_file_in_wal_mode() -> None:
    result = _settings_value("s.DATABASES['default']['ENGINE'], s.DATABASES['default']['OPTIONS']")
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.sqlite3" in result.stdout
    assert "journal_mode=WAL" in result.stdout


def test_database_url_switches_to_postgresql() -> None:
    result = _settings_value(
        "s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/somedb",
    )
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.postgresql" in result.stdout
    assert "somedb" in result.stdout


def test_refuses_to_start_without_secret_key_when_debug_is_off() -> None:
    result = _settings_value("s.DEBUG", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_from_environment() -> None:
    result = _settings_value(
        "s.DEBUG, s.SECRET_KEY, s.ALLOWED_HOSTS, s.SPACY_MODEL",
        DEBUG="0",
        SECRET_KEY="prod-key",
        ALLOWED_HOSTS="quotes.example.org, www.example.org",
        SPACY_MODEL="some_model",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "False prod-key ['quotes.example.org', 'www.example.org'] some_model"
    )


def test_whitenoise_directly_after_security_middleware(settings: pytest.FixtureRequest) -> None:
    middleware = settings.MIDDLEWARE
    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"

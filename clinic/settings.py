"""Settings for the Advanced Pain Medical Group site.

Every value comes from the environment; `.env.example` documents each one. The defaults suit a
developer's laptop only when DJANGO_DEBUG is on: with debug off (production) the site refuses to
start without a secret key and switches on every HTTPS protection.
"""

import ipaddress
import os
from datetime import time, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from clinic.release import release_digest

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production (DJANGO_DEBUG off) refuses to start without "
            "a secret key; set DJANGO_DEBUG=true for local development."
        )
    SECRET_KEY = "insecure-local-development-key-never-used-with-debug-off"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# The public address of the site, used for canonical links, Open Graph, JSON-LD and the sitemap,
# so that they never depend on the Host header of whoever filled the page cache first.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_ID = 1

INSTALLED_APPS = [
    # django.contrib.admin, with the staff admin site of clinic/admin.py as admin.site.
    "clinic.apps.ClinicAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.sitemaps",
    # Full-text search fields and functions for site search (procedures/site_search.py).
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "reversion",
    "phonenumber_field",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "clinic.apps.ClinicConfig",
    "procedures",
    "consultations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above the page cache so a cached page already compressed by it passes through untouched,
    # while pages that are never cached (the form, the admin) are still compressed.
    "clinic.middleware.GZipMiddleware",
    # Before anything renders, so that every page (an error page too) is in the address's language.
    "clinic.middleware.UrlLanguageMiddleware",
    # A cached anonymous page is answered here, before sessions, CSRF and authentication run.
    "procedures.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "clinic.middleware.PermissionsPolicyMiddleware",
    # django.contrib.redirects' fallback, also for an old address followed by a query string.
    "procedures.redirects.QueryKeepingRedirectFallbackMiddleware",
    "clinic.middleware.AdminNeverCacheMiddleware",
    "clinic.middleware.AdminMethodMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic.urls"
WSGI_APPLICATION = "clinic.wsgi.application"

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
                "procedures.context_processors.clinic",
            ],
        },
    },
]

# DATABASE_URL unset: an SQLite file in the checkout. postgres://… : PostgreSQL through psycopg2.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache is shared by every process and server (rate limits and the page cache depend on it):
# the database by default, Redis when REDIS_URL is set. Pages have a cache of their own ("pages"),
# so that storing them, and the culling that makes room for them, never touches the default
# cache's rate-limit counters and the page cache's generation.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "clinic")
if REDIS_URL:

    def redis_cache(key_prefix: str) -> dict:
        return {
            # Django's Redis backend, reusing its redis-py client and working on without Redis
            # when it is down (see clinic/cache.py).
            "BACKEND": "clinic.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": key_prefix,
            # Redis answers in a millisecond; a dead or hung one must not hold a request for long.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }

    # Redis evicts nothing unless given a maxmemory: keep it so (README, Deployment).
    CACHES = {"default": redis_cache(CACHE_KEY_PREFIX), "pages": redis_cache(f"{CACHE_KEY_PREFIX}-pages")}
else:
    # Django's database cache deletes a third of its rows once it holds more than MAX_ENTRIES
    # (300 unless set). The default cache holds the rate-limit counters, at most
    # CONSULTATION_RATE_LIMIT rows per address and window: 100,000 rows (a few MB) is 20,000
    # addresses at their limit within a window. Pages take two rows per page (plain and gzip):
    # 2,000 leaves room for hundreds of pages, and a cull there only costs renders.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "clinic_cache",
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 100_000)},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "clinic_page_cache",
            "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_MAX_ENTRIES", 2_000)},
        },
    }
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 24 * 60 * 60)

# Staff accounts (docs/staff-2fa.md). The lockout check comes first; ModelBackend checks the password.
AUTHENTICATION_BACKENDS = [
    "clinic.auth.StaffLoginBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Two-factor login (an authenticator app, TOTP) for every staff member: required in production.
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA", not DEBUG)
OTP_TOTP_ISSUER = "Advanced Pain Medical Group"
# Administrators can delete a staff member's device (they set up a new one), never read its secret.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# A staff member sets up their app only through a link an administrator issues: for this many hours.
STAFF_2FA_LINK_HOURS = env_int("STAFF_2FA_LINK_HOURS", 24)
# Failed logins per username, from whatever address, before that username is locked out, and for how
# long (0: until an administrator lifts it). Failures are stored in the database, shared by every server.
STAFF_LOGIN_FAILURE_LIMIT = env_int("STAFF_LOGIN_FAILURE_LIMIT", 5)
STAFF_LOGIN_LOCKOUT_MINUTES = env_int("STAFF_LOGIN_LOCKOUT_MINUTES", 30)
AXES_FAILURE_LIMIT = STAFF_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=STAFF_LOGIN_LOCKOUT_MINUTES) if STAFF_LOGIN_LOCKOUT_MINUTES else None
# By username alone: guesses spread over many addresses get no more tries, and an address is never
# locked, since a whole office or phone network can share one. The address is still recorded.
AXES_LOCKOUT_PARAMETERS = ["username"]
# django-axes warns about any lockout without the address, because one keyed on the browser or a cookie
# can be dodged by changing them; a username cannot be, since the username is what is being guessed.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "clinic.auth.login_client_address"
AXES_LOCKOUT_CALLABLE = "clinic.auth.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# No start-up banner in the output of every command and worker.
AXES_VERBOSE = False
# A staff session ends after this long without a request; every request starts the period again.
# Anonymous visitors have no session, so this never gives them a cookie.
STAFF_SESSION_IDLE_MINUTES = env_int("STAFF_SESSION_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = STAFF_SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
# Database sessions that ignore a session cookie Django could not have set (clinic/sessions.py).
SESSION_ENGINE = "clinic.sessions"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at the site's addresses, Spanish under /es/ (clinic.middleware.UrlLanguageMiddleware). The
# catalogs are in locale/, compiled by `manage.py compile_translations` (make setup, make test).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# US Spanish dates and times ("30 de noviembre de 2026", "5:00 p. m."): clinic/formats/es/formats.py.
FORMAT_MODULE_PATH = ["clinic.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Los_Angeles")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Pictures editors upload (procedures.Image): the cleaned original and its renditions. The site serves
# them itself from MEDIA_URL, only pictures and always with their own type (procedures.views.image_file),
# so it needs no web server in front; a proxy may serve MEDIA_URL's images/ folder directly instead.
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/" + (os.environ.get("DJANGO_MEDIA_URL") or "media").strip("/") + "/"
# The largest picture file an editor can upload, and the most pixels it may have: a phone photo is
# 3–8 MB and 12–48 million pixels; more is refused with a message saying what to do.
IMAGE_UPLOAD_MAX_BYTES = env_int("IMAGE_UPLOAD_MAX_BYTES", 15 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 50_000_000)
# Which release this is, part of every cached page's key: a deploy never serves a page that the
# code, templates or static files it replaced rendered (clinic/release.py). Set it to the commit or
# version deployed; unset, a digest of the checkout and the static manifest, taken at start-up.
RELEASE_ID = os.environ.get("RELEASE_ID", "").strip() or release_digest(BASE_DIR, STATIC_ROOT)
# Locally (and in tests, where pytest-django turns settings.DEBUG off after this module is read)
# static files come straight from static/, without a collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Email goes through Django 6.1's MAILERS. Locally it is printed to the console unless
# SMTP_HOST is set (for example to a local SMTP server to watch the staff notices arrive).
# In production it always goes out by SMTP, to a relay on localhost unless SMTP_HOST says otherwise.
SMTP_HOST = os.environ.get("SMTP_HOST", "" if DEBUG else "localhost")
if SMTP_HOST:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": SMTP_HOST,
                "port": env_int("SMTP_PORT", 25),
                "username": os.environ.get("SMTP_USERNAME", ""),
                "password": os.environ.get("SMTP_PASSWORD", ""),
                "use_tls": env_bool("SMTP_USE_TLS", False),
                "timeout": env_int("SMTP_TIMEOUT", 10),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Advanced Pain Medical Group <no-reply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

PHONENUMBER_DEFAULT_REGION = "US"
PHONENUMBER_DEFAULT_FORMAT = "NATIONAL"

# Consultation requests (consultations app).
# How long the front desk has to respond before a request shows as overdue, counted in business
# hours: CONSULTATION_BUSINESS_DAYS (comma-separated mon…sun) between CONSULTATION_BUSINESS_HOURS
# (HH:MM-HH:MM, local TIME_ZONE; 00:00-24:00 with every day counts plain hours). No holidays.
CONSULTATION_RESPONSE_TARGET_MINUTES = env_int("CONSULTATION_RESPONSE_TARGET_MINUTES", 120)
CONSULTATION_BUSINESS_DAYS = os.environ.get("CONSULTATION_BUSINESS_DAYS", "mon,tue,wed,thu,fri")
CONSULTATION_BUSINESS_HOURS = os.environ.get("CONSULTATION_BUSINESS_HOURS", "08:00-17:00")
# Work mode: how long opening a request claims it for one staff member (others see who is on it and
# "next" skips it; the claim lapses by itself), business minutes before a request that went unanswered
# (no answer, voicemail) comes back for another try, and the unanswered calls in a row after which
# staff are offered closing it with a "we tried to reach you" email.
CONSULTATION_CLAIM_MINUTES = env_int("CONSULTATION_CLAIM_MINUTES", 5)
CONSULTATION_RETRY_MINUTES = env_int("CONSULTATION_RETRY_MINUTES", 120)
CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = env_int("CONSULTATION_UNANSWERED_ATTEMPT_LIMIT", 3)
# Closed and spam requests older than this lose the patient's details (`anonymize_consultation_requests`).
CONSULTATION_RETENTION_DAYS = env_int("CONSULTATION_RETENTION_DAYS", 180)
# The access log is part of HIPAA's security documentation, kept six years (45 CFR 164.316(b)(2)(i));
# the task worker's sweep deletes older entries. Six years of 366 days: never a day short.
ACCESS_LOG_RETENTION_DAYS = env_int("ACCESS_LOG_RETENTION_DAYS", 6 * 366)
# Seconds between attempts to send a staff notice or acknowledgement while sending fails; the last
# value repeats for as long as it keeps failing.
CONSULTATION_NOTICE_RETRY_SECONDS = [
    int(value) for value in env_list("CONSULTATION_NOTICE_RETRY_SECONDS", "30,60,120,300,600,1800")
]
# A sending task still running after this long has lost its worker (a send takes a few SMTP
# timeouts at most): `requeue_stuck_notices` and the worker's sweep queue the email again.
CONSULTATION_NOTICE_STUCK_SECONDS = env_int("CONSULTATION_NOTICE_STUCK_SECONDS", 300)
# Spam defences: requests saved per address per window, and the least time a person needs to fill the form.
CONSULTATION_RATE_LIMIT = env_int("CONSULTATION_RATE_LIMIT", 5)
CONSULTATION_RATE_LIMIT_WINDOW_SECONDS = env_int("CONSULTATION_RATE_LIMIT_WINDOW_SECONDS", 3600)
CONSULTATION_FORM_MIN_SECONDS = env_int("CONSULTATION_FORM_MIN_SECONDS", 3)
# How long a form page stays sendable: a patient may leave it open a while; past this it comes back
# with what they typed and asks them to press "Send request" again.
CONSULTATION_FORM_MAX_AGE_SECONDS = env_int("CONSULTATION_FORM_MAX_AGE_SECONDS", 4 * 60 * 60)
# The front desk leads' daily digest (counts only): due each day from this local time (HH:MM,
# TIME_ZONE), sent once by whichever of `run_worker` or `send_daily_digest` finds it due first, to
# these addresses, or when empty to the active members of the "Front desk lead" group with an email.
CONSULTATION_DIGEST_TIME = os.environ.get("CONSULTATION_DIGEST_TIME", "07:30").strip()
try:
    time.fromisoformat(CONSULTATION_DIGEST_TIME)
except ValueError:
    raise ImproperlyConfigured(
        f"CONSULTATION_DIGEST_TIME must be a local time such as 07:30, not {CONSULTATION_DIGEST_TIME!r}."
    ) from None
CONSULTATION_DIGEST_RECIPIENTS = env_list("CONSULTATION_DIGEST_RECIPIENTS")

# Procedure and condition pages (procedures app).
# The editors' weekly email of pages due for medical review (overdue or due within 30 days): due each
# week from this day (mon…sun) and local time (HH:MM, TIME_ZONE), sent once by whichever task worker
# (`run_worker`) finds it due first; `send_reviews_due_email` sends the list at once.
PAGE_REVIEWS_EMAIL_DAY = os.environ.get("PAGE_REVIEWS_EMAIL_DAY", "mon").strip().lower()[:3]
PAGE_REVIEWS_EMAIL_TIME = os.environ.get("PAGE_REVIEWS_EMAIL_TIME", "08:00").strip()
if PAGE_REVIEWS_EMAIL_DAY not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
    raise ImproperlyConfigured(
        f"PAGE_REVIEWS_EMAIL_DAY must be a day of the week such as mon, not {PAGE_REVIEWS_EMAIL_DAY!r}."
    )
try:
    time.fromisoformat(PAGE_REVIEWS_EMAIL_TIME)
except ValueError:
    raise ImproperlyConfigured(
        f"PAGE_REVIEWS_EMAIL_TIME must be a local time such as 08:00, not {PAGE_REVIEWS_EMAIL_TIME!r}."
    ) from None
# Our own proxies (addresses or networks, such as 127.0.0.1 for nginx on the same machine): only a
# request from one of them has its X-Forwarded-For believed (clinic/client_address.py). Empty, the
# default, believes no header and counts rate limits and lockouts by the socket's address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
for proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {proxy!r} is not an IP address or network (such as 127.0.0.1 or 10.0.0.0/8)."
        ) from None
# A forged, replayed or expired form gets a page in the site's design.
CSRF_FAILURE_VIEW = "consultations.views.csrf_failure"

# Security headers. The policy allows nothing from another origin and no inline script or style:
# a medical site must not tell third parties which pages a patient reads.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (see the README's deployment notes).
if env_bool("DJANGO_BEHIND_PROXY", not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# The redirect goes to the site's own address, not to whatever host and port the request named.
SECURE_SSL_HOST = urlsplit(SITE_URL).netloc or None
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# No page takes a file: a file in a posted body is read past and dropped, never held in memory or
# written to a temporary file (a form's size limit is checked only after the body has been parsed).
# The admin's image form alone installs a handler of its own (procedures/image_uploads.py).
FILE_UPLOAD_HANDLERS = []

# Error reports show no local variables for the patient's form and the staff login (clinic/error_reports.py).
DEFAULT_EXCEPTION_REPORTER_FILTER = "clinic.error_reports.SensitiveRequestReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request errors are logged without the request body: a form may carry health information.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

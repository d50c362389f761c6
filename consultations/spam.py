"""Spam defences that cost patients nothing: a fill-time token and a per-address rate limit."""

import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from clinic.cache import CacheUnavailable

logger = logging.getLogger(__name__)

FORM_TOKEN_SALT = "consultations.form-started"


def form_started_token(at: float | None = None) -> str:
    """A signed record of when the form was shown, so its fill time cannot be faked."""
    return signing.dumps(at if at is not None else time.time(), salt=FORM_TOKEN_SALT)


def filled_too_fast(token: str) -> bool:
    """True for a missing or forged token, or a form sent faster than a person can fill it."""
    try:
        started = float(signing.loads(token, salt=FORM_TOKEN_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return True
    return time.time() - started < settings.CONSULTATION_FORM_MIN_SECONDS


def allow_submission(address: str) -> bool:
    """Count one submission from `address`; False once it has sent its limit in the current window.

    The window holds one cache key per allowed submission, each claimed with cache.add(), which is
    atomic in every shared cache (an INSERT on a unique key in the database cache, SET NX in Redis).
    cache.incr() is not: the database cache implements it as a read followed by a write.

    When the cache (Redis) cannot be reached the limit is not applied: a patient turned away is a
    patient lost, while spam let through is a row staff mark as spam, and the honeypot and the
    fill-time check still stop most robots.
    """
    window = settings.CONSULTATION_RATE_LIMIT_WINDOW_SECONDS
    bucket = int(time.time() // window)
    try:
        for slot in range(settings.CONSULTATION_RATE_LIMIT):
            if cache.add(f"consultation-rate:{address}:{bucket}:{slot}", 1, timeout=window):
                return True
    except CacheUnavailable:
        logger.warning("Rate limit not applied: the cache is unavailable")
        return True
    return False

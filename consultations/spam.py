"""Spam defences that cost patients nothing: a fill-time token, used once, and a per-address rate limit."""

import hashlib
import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from clinic.cache import CacheUnavailable

logger = logging.getLogger(__name__)

FORM_TOKEN_SALT = "consultations.form-started"
# What the cache holds for a token while its send is being saved; the request's record replaces it.
SENDING = "sending"
# How long a second send of the same page (a double click) waits for the first to be saved.
CLAIM_WAIT_SECONDS = 2.0
CLAIM_POLL_SECONDS = 0.05


def form_started_token(at: float | None = None) -> str:
    """A signed record of when the form was shown, so its fill time cannot be faked."""
    return signing.dumps(at if at is not None else time.time(), salt=FORM_TOKEN_SALT)


def _started(token: str) -> float | None:
    try:
        return float(signing.loads(token, salt=FORM_TOKEN_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def filled_too_fast(token: str) -> bool:
    """True for a missing or forged token, or a form sent faster than a person can fill it."""
    started = _started(token)
    return started is None or time.time() - started < settings.CONSULTATION_FORM_MIN_SECONDS


def form_token_expired(token: str) -> bool:
    """True for a form shown longer ago than CONSULTATION_FORM_MAX_AGE_SECONDS."""
    started = _started(token)
    return started is not None and time.time() - started > settings.CONSULTATION_FORM_MAX_AGE_SECONDS


def _token_key(token: str) -> str:
    return f"consultation-form-token:{token}"


def claim_form_token(token: str) -> dict | None:
    """Claim a valid form token for this send: None if it may go on, else the earlier send's record.

    A second send of the same page (a double click, the back button, a robot replaying it) gets
    the record of the request the first one saved (record_form_token_use). While the first is still
    saving, the second waits for it up to CLAIM_WAIT_SECONDS; if the first fails and releases the
    token, the second goes on in its place, so a failed first send never hides the request.
    cache.add() is atomic in every shared cache (see allow_submission). When the cache cannot be
    reached, or the first send takes longer than the wait, this send goes on: a duplicate request
    costs staff a minute, a lost one costs a patient.
    """
    key = _token_key(token)
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    try:
        while not cache.add(key, SENDING, timeout=settings.CONSULTATION_FORM_MAX_AGE_SECONDS):
            earlier = cache.get(key)
            if isinstance(earlier, dict):
                return earlier
            if time.monotonic() >= deadline:
                break
            time.sleep(CLAIM_POLL_SECONDS)
    except CacheUnavailable:
        logger.warning("Form token not checked for reuse: the cache is unavailable")
    return None


def record_form_token_use(token: str, reference: str, sent_digest: str) -> None:
    """Remember the request a claimed token was accepted for, for as long as the token is valid.

    `sent_digest` (a keyed digest, no patient data) tells a double click from a corrected request.
    """
    record = {"reference": reference, "accepted_at": time.time(), "sent_digest": sent_digest}
    cache.set(_token_key(token), record, timeout=settings.CONSULTATION_FORM_MAX_AGE_SECONDS)


def form_token_digest(token: str) -> str:
    """What the request's row keeps of the token that sent it: enough to know the page again."""
    return hashlib.sha256(token.encode()).hexdigest()


def release_form_token(token: str) -> None:
    """Give back a claimed token whose send failed, so that sending the page again works."""
    cache.delete(_token_key(token))


def allow_submission(address: str, *, form: str = "consultation") -> bool:
    """Count one submission of `form` from `address`; False once it has sent its limit in the current window.

    Each form has its own count: a patient who asked for a consultation can still report a barrier.

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
            if cache.add(f"{form}-rate:{address}:{bucket}:{slot}", 1, timeout=window):
                return True
    except CacheUnavailable:
        logger.warning("Rate limit not applied: the cache is unavailable")
        return True
    return False

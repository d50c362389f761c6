"""A form token is claimed for one accepted request; a second send of the same page finds the first.

With Django's in-memory cache: the threads here stand for two servers answering a double click.
"""

import threading
import time

import pytest

from consultations import spam


@pytest.fixture
def memory_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def test_an_unused_token_is_claimed_and_a_used_one_returns_its_request(memory_cache):
    token = spam.form_started_token()

    assert spam.claim_form_token(token) is None
    spam.record_form_token_use(token, "APM-7K3Q9", "digest")

    assert spam.claim_form_token(token)["reference"] == "APM-7K3Q9"


def test_a_claim_waits_for_the_request_being_saved_by_the_first_send(memory_cache):
    token = spam.form_started_token()
    assert spam.claim_form_token(token) is None
    saving = threading.Timer(0.3, spam.record_form_token_use, args=[token, "APM-7K3Q9", "digest"])
    saving.start()

    earlier = spam.claim_form_token(token)

    saving.join()
    assert earlier["reference"] == "APM-7K3Q9"


def test_a_token_whose_send_failed_is_released_to_the_next_send(memory_cache):
    token = spam.form_started_token()
    assert spam.claim_form_token(token) is None
    threading.Timer(0.3, spam.release_form_token, args=[token]).start()

    started = time.monotonic()
    assert spam.claim_form_token(token) is None
    assert time.monotonic() - started < spam.CLAIM_WAIT_SECONDS

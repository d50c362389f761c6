"""Two staff pressing "next" at once never get the same request (PostgreSQL row locks, SKIP LOCKED)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction

from consultations import services
from tests.factories import ConsultationRequestFactory, UserFactory
from tests.threads import in_own_connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SKIP LOCKED is PostgreSQL's"),
]


def test_while_one_next_holds_its_row_a_second_next_takes_the_following_request_without_waiting():
    first, second = ConsultationRequestFactory(is_urgent=True), ConsultationRequestFactory()
    alice, bob = UserFactory(is_staff=True), UserFactory(is_staff=True)
    alice_has_locked, bob_is_done = threading.Event(), threading.Event()

    @in_own_connection
    def alice_next():
        # Her transaction stays open, row lock held and claim not yet committed, until Bob has his.
        with transaction.atomic():
            chosen = services.consultation_request_claim_next(by=alice)
            alice_has_locked.set()
            assert bob_is_done.wait(timeout=10)
        return chosen.pk

    @in_own_connection
    def bob_next():
        assert alice_has_locked.wait(timeout=10)
        chosen = services.consultation_request_claim_next(by=bob)
        bob_is_done.set()
        return chosen.pk

    with ThreadPoolExecutor(max_workers=2) as pool:
        alice_pick, bob_pick = pool.submit(alice_next), pool.submit(bob_next)
        assert (alice_pick.result(timeout=20), bob_pick.result(timeout=20)) == (first.pk, second.pk)


def test_many_staff_pressing_next_at_once_all_get_different_requests():
    requests = [ConsultationRequestFactory() for _ in range(12)]
    staff = [UserFactory(is_staff=True) for _ in range(6)]
    start = threading.Barrier(len(staff))

    @in_own_connection
    def press_next(user):
        start.wait(timeout=10)
        return [services.consultation_request_claim_next(by=user, skip=[]).pk]

    for _ in range(2):
        with ThreadPoolExecutor(max_workers=len(staff)) as pool:
            picks = [pk for picked in pool.map(press_next, staff) for pk in picked]
        assert len(set(picks)) == len(staff), picks
    assert {r.pk for r in requests} >= set(picks)

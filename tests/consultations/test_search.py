import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from consultations.admin_paginator import CappedCountPaginator
from consultations.models import ConsultationRequest
from consultations.search import digits_reversed, name_key
from consultations.services import consultation_requests_anonymize
from tests.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("admin:consultations_consultationrequest_changelist")
search_keys_migration = importlib.import_module("consultations.migrations.0005_search_keys")


def found(term) -> set[str]:
    return set(ConsultationRequest.objects.search(term).values_list("reference", flat=True))


@pytest.fixture
def rosa():
    return ConsultationRequestFactory(
        first_name="Rosa", last_name="Ramos", phone="+13105550100", email="rosa@example.org"
    )


@pytest.fixture
def joseph():
    return ConsultationRequestFactory(first_name="Joseph", last_name="Ramsey", phone="+12138880123", email="")


@pytest.fixture
def jose(rosa, joseph):
    """José Ramírez, whose request was closed, beside two other patients."""
    return ConsultationRequestFactory(
        reference="APM-7K3Q9",
        first_name="José",
        last_name="Ramírez",
        phone="+13105550123",
        email="Jose.Ramirez@Example.org",
        status="closed",
    )


def test_keys_are_derived_on_save_without_accents_and_from_the_phones_digits(jose):
    assert jose.name_key == "jose ramirez"
    assert jose.phone_digits_reversed == "32105550131"

    jose.first_name, jose.phone = "María José", "+13235550199"
    jose.save(update_fields=["first_name", "phone"])
    jose.refresh_from_db()

    assert jose.name_key == "maria jose ramirez"
    assert jose.phone_digits_reversed == "99105553231"


@pytest.mark.parametrize(
    "term", ["0123", "555-0123", "5550123", "(310) 555-0123", "310.555.0123", "3105550123", "+1 310 555 0123"]
)
def test_a_phone_is_found_by_its_last_4_or_7_digits_or_whole_typed_any_way(jose, joseph, term):
    expected = {jose.reference} if term != "0123" else {jose.reference, joseph.reference}
    assert found(term) == expected


def test_a_phone_search_needs_at_least_4_digits(jose):
    assert found("123") == set()


@pytest.mark.parametrize(
    "term", ["Ramirez", "ramírez", "RAMIREZ", "jose ramirez", "Ramírez José", "José", "ramir"]
)
def test_a_name_is_found_without_accents_in_any_case_and_order(jose, rosa, term):
    assert jose.reference in found(term)
    assert rosa.reference not in found(term)


def test_a_short_word_matches_the_start_of_a_word_of_the_name(jose, rosa, joseph):
    wei = ConsultationRequestFactory(first_name="Wei", last_name="Li", phone="+16265550111")

    assert found("li") == {wei.reference}
    assert found("wei li") == {wei.reference}
    assert found("ra") == {rosa.reference, joseph.reference, jose.reference}


@pytest.mark.parametrize("term", ["APM-7K3Q9", "apm-7k3q9", "7K3Q9", "7k3q9", " APM7K3Q9 "])
def test_a_reference_is_found_with_or_without_its_prefix_in_any_case(jose, term):
    assert found(term) == {jose.reference}


def test_an_email_is_found_in_any_case(jose):
    assert found("jose.ramirez@example.ORG") == {jose.reference}
    assert found("ramirez@example.org") == set()


def test_search_terms_are_not_patterns(jose):
    assert found("%") == set()
    assert found("j_se") == set()
    assert found("%@example.org") == set()
    assert found("") == set()


def test_the_inbox_search_looks_through_every_status_unless_one_is_chosen(front_desk_client, jose):
    response = front_desk_client.get(INBOX, {"q": "555-0123"})
    assert [obj.reference for obj in response.context["cl"].result_list] == [jose.reference]
    assert "Ramírez" in response.content.decode()

    response = front_desk_client.get(INBOX, {"q": "555-0123", "status": "open"})
    assert list(response.context["cl"].result_list) == []
    assert front_desk_client.get(INBOX).context["cl"].result_count == 2  # no search: open requests only


def test_the_inbox_does_not_count_every_request_on_each_page(front_desk_client, jose):
    response = front_desk_client.get(INBOX, {"q": "Ramirez"})

    assert response.context["cl"].show_full_result_count is False
    assert "total" not in response.content.decode()


def test_same_person_matches_phone_email_in_any_case_and_name_without_accents(jose):
    by_phone = ConsultationRequestFactory(first_name="J", last_name="R", phone="+13105550123", email="")
    by_email = ConsultationRequestFactory(
        first_name="X", last_name="Y", phone="", email="JOSE.RAMIREZ@example.org"
    )
    by_name = ConsultationRequestFactory(
        first_name="jose", last_name="RAMIREZ", phone="+18185550000", email=""
    )
    stranger = ConsultationRequestFactory(
        first_name="Jose", last_name="Ramos", phone="+18185550001", email=""
    )

    same = set(ConsultationRequest.objects.same_person_as(jose))

    assert same == {by_phone, by_email, by_name}
    assert stranger not in same and jose not in same


def test_anonymized_requests_never_match_each_other_or_anyone(jose):
    first = ConsultationRequestFactory(status="spam")
    second = ConsultationRequestFactory(status="closed", first_name="José", last_name="Ramírez")
    ConsultationRequest.objects.filter(pk__in=[first.pk, second.pk]).update(
        created_at=timezone.now().replace(year=2020)
    )

    assert consultation_requests_anonymize(received_before=timezone.now().replace(year=2021)) == 2

    first.refresh_from_db()
    second.refresh_from_db()
    assert (second.name_key, second.phone_digits_reversed) == ("", "")
    assert list(ConsultationRequest.objects.same_person_as(first)) == []
    assert second not in ConsultationRequest.objects.same_person_as(jose)
    assert second.reference not in found("Ramirez")
    returning = ConsultationRequest.objects.with_returning().filter(pk__in=[first.pk, second.pk])
    assert [row.is_returning for row in returning] == [False, False]


def test_a_returning_patient_is_one_who_sent_a_request_before(jose):
    later = ConsultationRequestFactory(first_name="Jose", last_name="Ramirez", phone="+19095550000", email="")

    returning = dict(ConsultationRequest.objects.with_returning().values_list("reference", "is_returning"))

    assert returning[later.reference] is True
    assert returning[jose.reference] is False


def test_the_migration_fills_the_keys_of_requests_stored_before_them(jose, rosa):
    ConsultationRequest.objects.update(name_key="", phone_digits_reversed="")

    search_keys_migration.fill_search_keys(apps, None)  # it reads and writes rows only

    keys = {r.reference: (r.name_key, r.phone_digits_reversed) for r in ConsultationRequest.objects.all()}
    assert keys[jose.reference] == ("jose ramirez", "32105550131")
    assert keys[rosa.reference] == ("rosa ramos", "00105550131")


def test_name_keys_fold_accents_case_and_punctuation():
    assert name_key("  Ángela ", "O’Brien-Núñez") == "angela obrien nunez"
    assert digits_reversed("+1 (310) 555-0123") == "32105550131"
    assert digits_reversed("") == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigram index is PostgreSQL's")
def test_postgresql_has_the_trigram_index_on_names():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'consultation_name_trgm'")
        assert "gin_trgm_ops" in cursor.fetchone()[0]


def test_the_inbox_counts_up_to_a_limit_and_says_so(front_desk_client, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "count_limit", 2)
    ConsultationRequestFactory.create_batch(3)

    response = front_desk_client.get(INBOX)

    assert response.status_code == 200
    assert str(response.context["cl"].result_count) == "2+"
    assert len(response.context["cl"].result_list) == 3
    assert "2+ consultation requests" in response.content.decode()

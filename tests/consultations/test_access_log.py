"""Every admin response that shows a patient's details is written to the access log."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, URLResolver, reverse

from consultations.access_log import access_log_record
from consultations.models import AccessLogEntry
from tests.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("admin:consultations_consultationrequest_changelist")


def change_url(obj):
    return reverse("admin:consultations_consultationrequest_change", args=[obj.pk])


def only_entry():
    """The one access log entry, and the requests it names."""
    entry = AccessLogEntry.objects.get()
    return entry, set(entry.consultation_requests.all())


# Methods the admin does not use


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "PUT", "PATCH", "DELETE", "PROPFIND"])
def test_the_admin_answers_405_to_methods_it_does_not_use(front_desk_client, method):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")

    for url in [change_url(consultation_request), INBOX, reverse("admin:index")]:
        response = front_desk_client.generic(method, url)

        assert response.status_code == 405, url
        assert sorted(response["Allow"].split(", ")) == ["GET", "HEAD", "POST"]
        assert b"Quimby" not in response.content


# A request's page


def test_a_rejected_post_shows_the_record_again_and_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")

    response = front_desk_client.post(change_url(consultation_request), {"status": "no-such-status"})

    assert response.status_code == 200
    assert b"Quimby" in response.content
    entry, requests = only_entry()
    assert (entry.kind, entry.method, requests) == ("opened", "POST", {consultation_request})


def test_head_on_a_request_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    assert front_desk_client.head(change_url(consultation_request)).status_code == 200

    entry, requests = only_entry()
    assert (entry.kind, entry.method, requests) == ("opened", "HEAD", {consultation_request})


def test_a_saved_change_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory()
    form = {"status": "contacted", "notes-TOTAL_FORMS": "0", "notes-INITIAL_FORMS": "0"}
    for prefix in ["notifications", "events"]:
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}

    response = front_desk_client.post(change_url(consultation_request), form)

    assert response.status_code == 302
    entry, requests = only_entry()
    assert (entry.kind, entry.method, requests) == ("saved", "POST", {consultation_request})


def test_a_request_opened_through_a_popup_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    front_desk_client.get(change_url(consultation_request), {"_popup": "1"})

    assert consultation_request.access_log.count() == 1


def test_an_admin_quoted_id_is_logged_against_the_request_it_opens(front_desk_client):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")
    # "_2B" is the admin's quoting of "+": "+7" is read as the number 7.
    url = reverse("admin:consultations_consultationrequest_change", args=[f"_2B{consultation_request.pk}"])

    response = front_desk_client.get(url)

    assert response.status_code == 200
    assert consultation_request.access_log.count() == 1


@pytest.mark.parametrize("object_id", ["_2Bx", "not-a-number", "_2B999999", "999999"])
def test_an_id_that_is_not_a_request_redirects_and_logs_nothing(front_desk_client, object_id):
    url = reverse("admin:consultations_consultationrequest_change", args=[object_id])

    assert front_desk_client.get(url).status_code == 302
    assert not AccessLogEntry.objects.exists()


# Lists, searches, exports and the other pages that show requests


def test_a_page_of_the_inbox_is_one_entry_naming_every_request_it_shows(front_desk, front_desk_client):
    shown = set(ConsultationRequestFactory.create_batch(3))
    ConsultationRequestFactory(status="closed")  # not in the default list

    front_desk_client.get(INBOX)

    entry, requests = only_entry()
    assert (entry.user, entry.kind, entry.request_count) == (front_desk, "listed", 3)
    assert requests == shown


def test_a_page_of_fifty_rows_costs_two_inserts(front_desk_client):
    ConsultationRequestFactory.create_batch(50)
    with CaptureQueriesContext(connection) as queries:
        front_desk_client.get(INBOX)

    inserts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 2
    assert only_entry()[0].request_count == 50


@pytest.mark.parametrize("term", ["Quimby", "rosalind@example.org", "(310) 555-0187", "3105550187"])
def test_a_search_is_logged_without_a_name_phone_or_email_typed_into_it(front_desk_client, term):
    wanted = ConsultationRequestFactory(
        last_name="Quimby", email="rosalind@example.org", phone="+13105550187"
    )

    front_desk_client.get(INBOX, {"q": term, "status": "all"})

    entry, requests = only_entry()
    assert (entry.kind, entry.search_reference, requests) == ("searched", "", {wanted})
    stored = " ".join(str(value) for value in AccessLogEntry.objects.values().get().values())
    assert "Quimby" not in stored and "rosalind" not in stored and "555" not in stored


def test_a_search_by_reference_keeps_the_reference(front_desk_client):
    wanted = ConsultationRequestFactory(reference="APM-Q7K3Z")

    front_desk_client.get(INBOX, {"q": " apm-q7k3z "})

    entry, requests = only_entry()
    assert (entry.kind, entry.search_reference, requests) == ("searched", "APM-Q7K3Z", {wanted})


def test_a_search_that_finds_nothing_is_logged_too(front_desk_client):
    ConsultationRequestFactory()

    front_desk_client.get(INBOX, {"q": "Nobody"})

    entry, requests = only_entry()
    assert (entry.kind, entry.request_count, requests) == ("searched", 0, set())


def test_a_popup_list_is_logged(front_desk_client):
    shown = ConsultationRequestFactory()

    front_desk_client.get(INBOX, {"_popup": "1"})

    assert only_entry()[1] == {shown}


def test_a_csv_export_is_logged_with_every_exported_request(front_desk, front_desk_client):
    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    exported = ConsultationRequestFactory.create_batch(3)

    response = front_desk_client.post(
        f"{INBOX}?status=all",
        {"action": "export_csv", "_selected_action": [obj.pk for obj in exported], "index": "0"},
    )

    assert response["Content-Type"].startswith("text/csv")
    entry, requests = only_entry()
    assert (entry.kind, entry.request_count, requests) == ("exported", 3, set(exported))


@pytest.mark.parametrize(("page", "kind"), [("history", "history"), ("delete", "delete-page")])
def test_a_requests_history_and_delete_confirmation_are_logged(admin_client, page, kind):
    consultation_request = ConsultationRequestFactory()

    url = reverse(f"admin:consultations_consultationrequest_{page}", args=[consultation_request.pk])
    assert admin_client.get(url).status_code == 200

    entry, requests = only_entry()
    assert (entry.kind, requests) == (kind, {consultation_request})


def test_the_confirmation_of_a_bulk_delete_is_logged(admin_client):
    selected = ConsultationRequestFactory.create_batch(2)

    response = admin_client.post(
        INBOX, {"action": "delete_selected", "_selected_action": [obj.pk for obj in selected]}
    )

    assert response.status_code == 200
    entry, requests = only_entry()
    assert (entry.kind, requests) == ("delete-page", set(selected))


def test_opening_a_request_logs_the_other_requests_its_page_lists(front_desk_client):
    consultation_request = ConsultationRequestFactory(phone="+13105550187")
    same_phone = ConsultationRequestFactory(phone="+13105550187")
    ConsultationRequestFactory(phone="+13105550122")

    front_desk_client.get(change_url(consultation_request))

    entry, requests = only_entry()
    assert (entry.kind, requests) == ("opened", {consultation_request, same_phone})


# Reading the log


def test_the_log_shows_who_when_what_kind_which_requests_and_how_many(
    admin_client, front_desk, front_desk_client
):
    listed = ConsultationRequestFactory.create_batch(12)
    front_desk_client.get(INBOX)
    entry = AccessLogEntry.objects.get()

    listing = admin_client.get(reverse("admin:consultations_accesslogentry_changelist")).content.decode()
    page = admin_client.get(reverse("admin:consultations_accesslogentry_change", args=[entry.pk]))

    assert front_desk.username in listing and "Listed requests" in listing
    assert ", ".join(obj.reference for obj in listed[:10]) + " and 2 more" in listing
    assert page.status_code == 200
    for obj in listed:
        assert f'<a href="{change_url(obj)}">{obj.reference}</a>' in page.content.decode()


def test_a_page_of_the_log_takes_the_same_number_of_queries_however_many_entries(
    admin_client, front_desk_client, django_assert_max_num_queries
):
    log = reverse("admin:consultations_accesslogentry_changelist")
    ConsultationRequestFactory.create_batch(3)
    front_desk_client.get(INBOX)
    admin_client.get(log)  # warm up sessions and content types
    with django_assert_max_num_queries(50) as few:
        admin_client.get(log)
    baseline = len(few.captured_queries)

    for _ in range(10):
        front_desk_client.get(INBOX)
    with django_assert_max_num_queries(baseline):
        admin_client.get(log)


def test_the_log_names_a_deleted_request_by_its_reference(admin_client, front_desk_client):
    consultation_request = ConsultationRequestFactory(reference="APM-Q7K3Z")
    front_desk_client.get(change_url(consultation_request))
    consultation_request.delete()

    page = admin_client.get(
        reverse("admin:consultations_accesslogentry_change", args=[AccessLogEntry.objects.get().pk])
    )

    assert "APM-Q7K3Z (deleted)" in page.content.decode()


def test_the_log_can_be_searched_by_reference(admin_client, front_desk_client):
    wanted, other = ConsultationRequestFactory(reference="APM-Q7K3Z"), ConsultationRequestFactory()
    front_desk_client.get(change_url(wanted))
    front_desk_client.get(change_url(other))

    response = admin_client.get(reverse("admin:consultations_accesslogentry_changelist"), {"q": "APM-Q7K3Z"})

    assert [set(entry.consultation_requests.all()) for entry in response.context["cl"].result_list] == [
        {wanted}
    ]


# Autocomplete


@pytest.mark.parametrize(
    ("model_name", "field_name"),
    [
        ("note", "consultation_request"),
        ("notification", "consultation_request"),
        ("accesslogentry", "consultation_requests"),
    ],
)
def test_the_admin_autocomplete_never_returns_requests(
    admin_client, front_desk_client, model_name, field_name
):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")
    params = {
        "app_label": "consultations",
        "model_name": model_name,
        "field_name": field_name,
        "term": "Quimby",
    }

    for client in [front_desk_client, admin_client]:
        response = client.get(reverse("admin:autocomplete"), params)

        assert response.status_code == 403
        assert consultation_request.reference.encode() not in response.content


# Whatever the URL


def admin_urls(object_id):
    """Every address of the admin site that a GET can reach, with `object_id` for those that take one."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif pattern.name:
                yield pattern.name, set(pattern.pattern.converters)

    for name, arguments in walk(admin.site.get_urls(), ""):
        args = {"object_id": [object_id], "app_label": ["consultations"]}.get(", ".join(arguments), [])
        try:
            yield reverse(f"admin:{name}", args=args)
        except NoReverseMatch:
            pass  # an address with other arguments (a user's password, a revision)


@pytest.mark.parametrize("method", ["get", "post"])
# A search term is echoed on the page: "rosalind" finds the patient without being a detail looked for.
@pytest.mark.parametrize("params", [{}, {"_popup": "1"}, {"q": "rosalind"}])
def test_every_admin_page_that_shows_a_patients_details_logs_it(admin_client, method, params):
    consultation_request = ConsultationRequestFactory(
        last_name="Quimby", email="rosalind@example.org", phone="+13105550187"
    )
    details = [b"Quimby", b"rosalind@example.org", b"555-0187"]

    for url in admin_urls(consultation_request.pk):
        logged = AccessLogEntry.objects.filter(consultation_requests=consultation_request).count()
        query = "?" + "&".join(f"{key}={value}" for key, value in params.items())
        response = getattr(admin_client, method)(url + query)

        if any(detail in response.content for detail in details):
            newly = AccessLogEntry.objects.filter(consultation_requests=consultation_request).count() - logged
            assert newly == 1, url


def test_the_log_still_says_who_after_their_account_is_deleted(admin_client, front_desk, front_desk_client):
    front_desk_client.get(change_url(ConsultationRequestFactory()))
    username = front_desk.username

    front_desk.delete()

    listing = admin_client.get(reverse("admin:consultations_accesslogentry_changelist")).content.decode()
    assert username in listing


@pytest.mark.parametrize(
    "lookup",
    [
        "last_name",
        "first_name__regex",
        "first_name__istartswith",
        "email__icontains",
        "phone__contains",
        "description__icontains",
    ],
)
def test_a_filter_on_a_patients_details_is_refused_so_every_search_goes_through_the_logged_box(
    front_desk_client, lookup
):
    ConsultationRequestFactory(first_name="Rosalind", last_name="Quimby", email="rosalind@example.org")

    response = front_desk_client.get(INBOX, {lookup: "Quimby"})

    assert response.status_code == 400
    assert not AccessLogEntry.objects.exists()


def test_a_deletion_through_the_admin_is_logged_and_the_entry_keeps_the_reference(admin_client):
    consultation_request = ConsultationRequestFactory(reference="APM-Q7K3Z")
    url = reverse("admin:consultations_consultationrequest_delete", args=[consultation_request.pk])

    assert admin_client.post(url, {"post": "yes"}).status_code == 302

    entry = AccessLogEntry.objects.get()
    assert (entry.kind, entry.method) == ("delete-page", "POST")
    assert list(entry.rows.values_list("reference", "consultation_request")) == [("APM-Q7K3Z", None)]


def test_a_request_deleted_while_its_page_was_made_is_still_logged_without_an_error(rf, front_desk):
    consultation_request = ConsultationRequestFactory(reference="APM-Q7K3Z")
    request = rf.get(change_url(consultation_request))
    request.user = front_desk
    # An administrator deletes it between the page reading it and the log being written.
    type(consultation_request).objects.filter(pk=consultation_request.pk).delete()

    access_log_record(request=request, kind="opened", consultation_requests=[consultation_request])

    connection.check_constraints()  # what the commit would check
    assert only_entry()[0].rows.get().reference == "APM-Q7K3Z"

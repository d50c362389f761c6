"""The form's insurance question offers the insurance page's groups; a request keeps what was chosen."""

import csv
import importlib
import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.urls import reverse

from consultations.forms import ConsultationRequestForm
from consultations.models import ConsultationRequest
from procedures.models import InsuranceGroup
from tests.factories import ConsultationRequestFactory, InsuranceGroupFactory
from tests.markup import parse
from tests.submissions import FORM_URL, from_a_page_of_its_own, stored_rows

pytestmark = pytest.mark.django_db

INBOX = reverse("admin:consultations_consultationrequest_changelist")
STALE_CHOICE = "Choose your insurance again from the list, or “Not sure”: the one sent is not on it."
labels_migration = importlib.import_module("consultations.migrations.0009_insurance_groups")


def offered(html) -> list[tuple[str, str]]:
    """The insurance question's options as (value, text)."""
    page = parse(html)
    select = page.find("select", name="insurance")
    return [
        (option.get("value"), option.text) for option in page.find_all("option") if option.parent is select
    ]


def send(client, valid_data, **changes):
    return client.post(FORM_URL, from_a_page_of_its_own({**valid_data, **changes}))


def test_the_form_offers_the_shown_groups_in_the_pages_order_then_not_sure(client, clinic, insurance_groups):
    InsuranceGroup.objects.filter(key="hmo").update(is_shown=False)

    options = offered(client.get(FORM_URL).content)

    assert options == [
        ("", "Choose one"),
        ("ppo", "PPO"),
        ("medicare", "Medicare"),
        ("medi-cal", "Medi-Cal"),
        ("workers-comp", "Workers’ compensation"),
        ("personal-injury", "Personal injury / lien"),
        ("self-pay", "Self-pay"),
        ("not-sure", "Not sure"),
    ]


def test_with_no_groups_entered_the_form_still_offers_not_sure(client, clinic):
    assert offered(client.get(FORM_URL).content) == [("", "Choose one"), ("not-sure", "Not sure")]


def test_the_request_keeps_the_groups_key_and_name_as_the_patient_chose_it(client, clinic, valid_data):
    response = send(client, valid_data, insurance="personal-injury")

    assert response.status_code == 302
    saved = ConsultationRequest.objects.get()
    assert (saved.insurance, saved.insurance_label) == ("personal-injury", "Personal injury / lien")


def test_renaming_or_deleting_the_group_later_changes_nothing_a_patient_sent(client, clinic, valid_data):
    send(client, valid_data, insurance="medi-cal")

    group = InsuranceGroup.objects.get(key="medi-cal")
    group.name = "Medi-Cal managed care"
    group.key = "medi-cal-managed-care"
    group.save()
    saved = ConsultationRequest.objects.get()
    assert (saved.insurance, saved.get_insurance_display()) == ("medi-cal", "Medi-Cal")

    group.delete()
    saved.refresh_from_db()
    assert (saved.insurance, saved.get_insurance_display()) == ("medi-cal", "Medi-Cal")


def test_not_sure_is_always_accepted(client, clinic, valid_data):
    send(client, valid_data, insurance="not-sure")

    saved = ConsultationRequest.objects.get()
    assert (saved.insurance, saved.insurance_label) == ("not-sure", "Not sure")


@pytest.mark.parametrize("sent", ["hmo", "no-such-group", "PPO", "ppo ", "<script>", "x" * 500])
def test_a_group_not_offered_now_is_a_clear_error_and_nothing_is_saved(client, clinic, valid_data, sent):
    InsuranceGroup.objects.filter(key="hmo").update(is_shown=False)

    response = send(client, valid_data, insurance=sent)

    assert response.status_code == 200
    assert STALE_CHOICE in response.content.decode()
    assert stored_rows()["requests"] == 0
    # What the patient typed elsewhere is kept for them to send again.
    assert 'value="Quimby-Okafor"' in response.content.decode()


def test_the_form_object_names_the_choice_as_offered(valid_data):
    form = ConsultationRequestForm(data={**valid_data, "insurance": "workers-comp"})

    assert form.is_valid(), form.errors
    assert (form.cleaned_data["insurance"], form.insurance_label) == ("workers-comp", "Workers’ compensation")


def test_the_kept_form_page_changes_as_soon_as_an_editor_changes_the_groups(client, clinic, insurance_groups):
    client.get(FORM_URL)
    assert ("ppo", "PPO") in offered(client.get(FORM_URL).content)

    group = InsuranceGroup.objects.get(key="ppo")
    group.name = "PPO plans"
    group.save()
    assert ("ppo", "PPO plans") in offered(client.get(FORM_URL).content)

    InsuranceGroupFactory(key="covered-california", name="Covered California", position=99)
    assert ("covered-california", "Covered California") in offered(client.get(FORM_URL).content)

    InsuranceGroup.objects.get(key="hmo").delete()
    assert "hmo" not in dict(offered(client.get(FORM_URL).content))


def test_the_inbox_filters_by_insurance_including_groups_since_hidden(front_desk_client, insurance_groups):
    medicare = ConsultationRequestFactory(insurance="medicare", insurance_label="Medicare")
    ConsultationRequestFactory(insurance="ppo", insurance_label="PPO")
    InsuranceGroup.objects.filter(key="medicare").update(is_shown=False)

    response = front_desk_client.get(INBOX, {"insurance": "medicare"})

    assert response.status_code == 200
    assert [obj.reference for obj in response.context["cl"].result_list] == [medicare.reference]
    assert "?insurance=not-sure" in response.content.decode()


def test_staff_see_and_export_the_insurance_as_the_patient_chose_it(front_desk, front_desk_client):
    request = ConsultationRequestFactory(insurance="personal-injury", insurance_label="Personal injury")

    change_page = front_desk_client.get(
        reverse("admin:consultations_consultationrequest_change", args=[request.pk])
    )
    assert "Personal injury" in change_page.content.decode()

    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    exported = front_desk_client.post(
        f"{INBOX}?status=all", {"action": "export_csv", "_selected_action": [request.pk]}
    )
    header, row = list(csv.reader(io.StringIO(exported.content.decode())))
    assert row[header.index("insurance")] == "Personal injury"


def test_the_migration_gives_earlier_requests_the_name_their_choice_had_on_the_form():
    earlier = {
        key: ConsultationRequestFactory(insurance=key, insurance_label="Not sure")
        for key in ("medi-cal", "workers-comp", "not-sure")
    }

    labels_migration.earlier_labels_keep(apps, None)

    assert {key: ConsultationRequest.objects.get(pk=r.pk).insurance_label for key, r in earlier.items()} == {
        "medi-cal": "Medi-Cal",
        "workers-comp": "Workers’ compensation",
        "not-sure": "Not sure",
    }

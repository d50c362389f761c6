"""The insurance page lists the kinds of coverage editors keep in the admin, with their plans."""

import pytest
from django.conf import settings
from django.core import checks
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse

from procedures import clinic_content
from procedures.models import InsuranceGroup, InsurancePlan
from tests.factories import (
    ClinicFactory,
    EditorFactory,
    InsuranceGroupFactory,
    InsurancePlanFactory,
    LocationFactory,
)
from tests.markup import main_menu, parse
from tests.page_queries import SITE_FRAME_QUERIES

pytestmark = pytest.mark.django_db

URL = "/insurance/"
# A query string keeps the request out of the page cache, so only the view's own queries run.
UNCACHED = "?uncached"
# The shown groups, their shown plans (one query for all groups), and the site's frame.
PAGE_QUERIES = 2 + SITE_FRAME_QUERIES
EXAMPLE_NOTE = "Example list: the clinic will confirm the plans it accepts."


@pytest.fixture
def clinic_details():
    ClinicFactory()
    LocationFactory()


def text_of(response) -> str:
    return " ".join(response.content.decode().split())


def links_inside(page, container) -> list[tuple[str, str]]:
    return [(" ".join(a.text.split()), a.get("href")) for a in page.find_all("a") if a.is_inside(container)]


def test_the_page_shows_each_shown_group_in_order_with_its_explanation_and_plans(client, clinic_details):
    medicare = InsuranceGroupFactory(name="Medicare", key="medicare", position=2, explanation="Bring a card.")
    ppo = InsuranceGroupFactory(name="PPO", key="ppo", position=1)
    InsuranceGroupFactory(name="Hidden coverage", is_shown=False)
    InsurancePlanFactory(group=ppo, name="Aetna PPO", position=2, note="Referral not needed")
    InsurancePlanFactory(group=ppo, name="Anthem Blue Cross PPO", position=1)
    InsurancePlanFactory(group=medicare, name="Withdrawn plan", is_shown=False)

    response = client.get(URL)

    assert response.status_code == 200
    page = parse(response.content)
    headings = [h.text for h in page.find_all("h2") if h.get("id", "").startswith("insurance-")]
    assert headings == ["PPO", "Medicare"]
    plans = [
        " ".join(li.text.split()) for li in page.find_all("li") if li.parent.get("class") == "insurance-plans"
    ]
    assert plans == ["Anthem Blue Cross PPO", "Aetna PPO (Referral not needed)"]
    text = text_of(response)
    assert "Bring a card." in text
    assert "Hidden coverage" not in text
    assert "Withdrawn plan" not in text
    assert page.find("section", id="insurance-medicare")


def test_a_group_not_yet_confirmed_by_the_clinic_is_called_an_example(client, clinic_details):
    InsurancePlanFactory(group=InsuranceGroupFactory(name="PPO", confirmed_by_clinic=False))
    assert EXAMPLE_NOTE in text_of(client.get(URL))

    InsuranceGroup.objects.update(confirmed_by_clinic=True)
    assert EXAMPLE_NOTE not in text_of(client.get(URL + UNCACHED))


def test_the_page_says_what_to_bring_and_links_to_the_consultation_form(client, clinic_details):
    page = parse(client.get(URL).content)

    assert page.find("h2", id="bring-heading").text == "What to bring to your visit"
    call_to_action = page.find("aside", **{"class": "cta"})
    assert ("Request a consultation", reverse("consultations:request")) in links_inside(page, call_to_action)


def groups_with_plans(groups: int, plans: int):
    for _ in range(groups):
        InsurancePlanFactory.create_batch(plans, group=InsuranceGroupFactory())


@pytest.mark.parametrize(("groups", "plans"), [(2, 1), (7, 12)])
def test_the_page_takes_a_fixed_number_of_queries(
    client, clinic_details, django_assert_num_queries, groups, plans
):
    groups_with_plans(groups, plans)

    with django_assert_num_queries(PAGE_QUERIES):
        response = client.get(URL + UNCACHED)

    assert response.content.count(b'class="insurance-group"') == groups + 1  # and "What to bring"


def test_anonymous_readers_get_the_cached_page_until_an_editor_changes_a_group(
    client, clinic_details, django_assert_max_num_queries
):
    group = InsuranceGroupFactory(name="PPO")
    client.get(URL)

    with django_assert_max_num_queries(1):
        assert b"PPO" in client.get(URL).content

    group.name = "Preferred provider (PPO)"
    group.save()
    assert b"Preferred provider (PPO)" in client.get(URL).content

    InsurancePlanFactory(group=group, name="Cigna PPO")
    assert b"Cigna PPO" in client.get(URL).content


def test_the_page_sets_no_cookie_and_weighs_under_20_kb(client, clinic_details):
    call_command("load_clinic_content", verbosity=0)

    response = client.get(URL)

    assert not response.cookies
    assert len(response.content) < 20 * 1024


def test_the_breadcrumb_and_its_structured_data_agree(client, clinic_details):
    page = parse(client.get(URL).content)

    trail = links_inside(page, page.find("nav", **{"aria-label": "Breadcrumb"}))
    assert trail == [("Home", "/"), ("Insurance", URL)]
    [data] = page.json_ld()
    nodes = {node["@type"]: node for node in data["@graph"]}
    assert [(item["name"], item["item"]) for item in nodes["BreadcrumbList"]["itemListElement"]] == [
        (label, settings.SITE_URL + path) for label, path in trail
    ]
    web_page = nodes["WebPage"]
    assert web_page["url"] == settings.SITE_URL + URL
    assert web_page["name"].startswith("Insurance we accept")
    assert web_page["publisher"] == {"@id": nodes["MedicalClinic"]["@id"]}
    assert web_page["breadcrumb"] == {"@id": nodes["BreadcrumbList"]["@id"]}


def test_the_page_is_in_the_sitemap_and_the_main_navigation(client, clinic_details):
    assert f"<loc>{settings.SITE_URL}{URL}</loc>".encode() in client.get("/sitemap.xml").content

    page = parse(client.get(URL).content)
    main_navigation = main_menu(page)
    assert ("Insurance", URL) in links_inside(page, main_navigation)
    [link] = [a for a in page.find_all("a", href=URL) if a.is_inside(main_navigation)]
    assert link.get("aria-current") == "page"


def test_the_seed_loads_the_seven_groups_with_example_plans_once(client):
    call_command("load_clinic_content", verbosity=0)

    groups = list(InsuranceGroup.objects.all())
    assert [group.name for group in groups] == [
        "PPO",
        "HMO",
        "Medicare",
        "Medi-Cal",
        "Workers’ compensation",
        "Personal injury / lien",
        "Self-pay",
    ]
    assert not any(group.confirmed_by_clinic for group in groups)
    assert InsurancePlan.objects.filter(group__key="ppo").count() == 4

    groups[0].delete()
    call_command("load_clinic_content", verbosity=0)

    # An editor's list stays as they left it: nothing duplicated, nothing deleted brought back.
    assert InsuranceGroup.objects.count() == len(clinic_content.INSURANCE_GROUPS) - 1
    assert not InsuranceGroup.objects.filter(key="ppo").exists()


def test_the_seed_keys_are_the_values_the_form_stored_before_groups_were_editable():
    # consultations/0009_insurance_groups names these; earlier requests must match their group.
    assert [group["key"] for group in clinic_content.INSURANCE_GROUPS] == [
        "ppo",
        "hmo",
        "medicare",
        "medi-cal",
        "workers-comp",
        "personal-injury",
        "self-pay",
    ]


def deploy_warnings() -> dict[str, checks.CheckMessage]:
    messages = checks.run_checks(include_deployment_checks=True)
    return {message.id: message for message in messages if message.id.startswith("procedures.")}


def test_the_deploy_check_warns_until_the_clinic_confirms_every_shown_group():
    call_command("load_clinic_content", verbosity=0)

    warning = deploy_warnings()["procedures.W008"]
    assert warning.msg.startswith("7 insurance groups list plans the clinic has not confirmed (PPO, HMO")
    assert "Insurance groups" in warning.hint

    InsuranceGroup.objects.exclude(key="hmo").update(confirmed_by_clinic=True)
    assert deploy_warnings()["procedures.W008"].msg.startswith(
        "1 insurance group lists plans the clinic has not confirmed (HMO):"
    )

    InsuranceGroup.objects.filter(key="hmo").update(is_shown=False)
    assert "procedures.W008" not in deploy_warnings()


def test_no_group_may_take_the_key_of_the_forms_not_sure_answer():
    with pytest.raises(IntegrityError), transaction.atomic():
        InsuranceGroupFactory(key="not-sure")


def test_an_editor_adds_a_group_with_its_plans_in_one_form(client):
    client.force_login(EditorFactory())

    response = client.post(
        reverse("admin:procedures_insurancegroup_add"),
        {
            "name": "Covered California",
            "key": "covered-california",
            "explanation": "Bring your card.",
            "position": "8",
            "is_shown": "on",
            "plans-TOTAL_FORMS": "2",
            "plans-INITIAL_FORMS": "0",
            "plans-0-name": "Blue Shield Silver 70",
            "plans-0-position": "2",
            "plans-0-is_shown": "on",
            "plans-1-name": "Anthem Silver 70",
            "plans-1-position": "1",
            "plans-1-is_shown": "on",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    group = InsuranceGroup.objects.get(key="covered-california")
    assert [plan.name for plan in group.plans.all()] == ["Anthem Silver 70", "Blue Shield Silver 70"]
    listing = client.get(reverse("admin:procedures_insurancegroup_changelist"))
    assert listing.status_code == 200
    assert b"Covered California" in listing.content

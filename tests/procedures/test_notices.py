"""The notices a clinic must post (#12 item 5): seeded as marked drafts, linked from every page's footer,
the taglines in their own language and direction, the clinic's wording review and the deploy check."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.contrib.staticfiles import finders
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from procedures import services
from procedures.models import ClinicPage, LanguageTagline, MenuItem, Page, PageEvent
from tests.factories import (
    ClinicFactory,
    ClinicPageFactory,
    ConditionFactory,
    EditorFactory,
    ProcedureFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

NOTICES = {
    "privacy-practices": "/notice-of-privacy-practices/",
    "website-privacy": "/privacy/",
    "accessibility": "/accessibility/",
    "nondiscrimination": "/nondiscrimination/",
    "language-assistance": "/language-assistance/",
}
BANNER = "Draft wording: to be replaced by the clinic’s reviewed notice."
CALIFORNIA_LANGUAGES = {
    "es": "ltr",
    "zh-Hant": "ltr",
    "vi": "ltr",
    "tl": "ltr",
    "ko": "ltr",
    "hy": "ltr",
    "fa": "rtl",
    "ru": "ltr",
    "ja": "ltr",
    "ar": "rtl",
    "pa": "ltr",
    "km": "ltr",
    "hmn": "ltr",
    "hi": "ltr",
    "th": "ltr",
}


@pytest.fixture
def seeded():
    call_command("load_clinic_content", verbosity=0)


def notice_page(notice) -> ClinicPage:
    return ClinicPage.objects.without_working_drafts().in_language("en").get(notice=notice)


def w010() -> list[str]:
    return [
        message.msg
        for message in checks.run_checks(include_deployment_checks=True)
        if message.id == "procedures.W010"
    ]


def mark_all_reviewed():
    editor = EditorFactory()
    for page in ClinicPage.objects.without_working_drafts().in_language("en").exclude(notice=""):
        services.notice_wording_mark_reviewed(page, by=editor)


# The seed


def test_the_seed_publishes_the_five_notices_at_their_addresses(seeded, client):
    for notice, path in NOTICES.items():
        page = notice_page(notice)
        assert page.get_absolute_url() == path
        assert page.is_published and not page.medical_content
        assert page.wording_reviewed_at is None
        assert client.get(path).status_code == 200


def test_the_privacy_notice_has_the_elements_45_cfr_164_520_asks_for(seeded):
    headings = list(notice_page("privacy-practices").sections.values_list("heading", flat=True))

    assert headings == [
        "How we may use and disclose your health information",
        "Your rights",
        "Our duties",
        "Complaints",
        "Contact",
        "Effective date",
    ]


def test_the_website_privacy_policy_names_the_forms_fields_and_the_retention(seeded, settings):
    text = " ".join(notice_page("website-privacy").sections.values_list("body", flat=True))

    for collected in ("first and last name", "phone number", "insurance type", "how you heard about us"):
        assert collected in text
    assert "no analytics, advertising or tracking" in text
    assert f"after {settings.CONSULTATION_RETENTION_DAYS} days" in text


def test_loading_again_creates_nothing_and_keeps_an_editors_changes(seeded):
    page = notice_page("nondiscrimination")
    page.summary = "The clinic's own summary."
    page.save()
    LanguageTagline.objects.filter(lang="es").update(text="Texto de la clínica {phone}.")

    call_command("load_clinic_content", verbosity=0)

    assert ClinicPage.objects.in_language("en").exclude(notice="").count() == 5
    assert LanguageTagline.objects.count() == 15
    assert notice_page("nondiscrimination").summary == "The clinic's own summary."
    assert LanguageTagline.objects.get(lang="es").text == "Texto de la clínica {phone}."


def test_the_seed_leaves_an_address_an_editor_took_for_another_page(db):
    ClinicPageFactory(slug="privacy", title="Our privacy promise")

    call_command("load_clinic_content", verbosity=0)

    assert not ClinicPage.objects.filter(notice="website-privacy").exists()
    assert any("“Website privacy” has no page" in message for message in w010())


def test_the_taglines_are_the_15_california_languages_and_all_await_a_translator(seeded):
    taglines = list(LanguageTagline.objects.all())

    assert {tagline.lang: tagline.direction for tagline in taglines} == CALIFORNIA_LANGUAGES
    assert not any(tagline.translator_checked for tagline in taglines)
    for tagline in taglines:
        assert tagline.text.count("{phone}") == 1, tagline.language


# The public pages


def test_each_notice_shows_the_draft_banner_until_the_clinic_reviews_it(seeded, client):
    for path in NOTICES.values():
        assert BANNER in client.get(path).content.decode(), path

    mark_all_reviewed()

    for path in NOTICES.values():
        assert BANNER not in client.get(path).content.decode(), path


def test_an_ordinary_clinic_page_has_no_draft_banner(client):
    ClinicFactory()
    page = ClinicPageFactory(slug="about-us")

    assert BANNER not in client.get(page.get_absolute_url()).content.decode()


def test_the_language_assistance_page_gives_each_tagline_its_lang_dir_and_the_phone(seeded, client):
    html = client.get("/language-assistance/").content.decode()

    lines = re.findall(r'<p lang="([^"]+)" dir="(ltr|rtl)">(.*?)</p>', html, re.DOTALL)
    assert {lang: direction for lang, direction, _ in lines} == CALIFORNIA_LANGUAGES
    for lang, _, text in lines:
        assert 'href="tel:+13105550142"' in text, lang
        assert "{phone}" not in text
    for english_name in ("Spanish", "Persian (Farsi)", "Khmer (Cambodian)", "Hmong"):
        assert english_name in html


def test_the_language_assistance_page_reads_the_taglines_in_one_query_however_many(seeded, client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/language-assistance/", HTTP_CACHE_CONTROL="no-cache")
        return len(captured)

    client.force_login(EditorFactory())  # staff are served fresh pages, not the page cache
    before = queries()
    LanguageTagline.objects.bulk_create(
        LanguageTagline(language=f"Language {n}", lang=f"x-test-{n}", text="{phone}") for n in range(30)
    )

    assert queries() == before


def test_a_tagline_edited_by_the_clinic_reaches_anonymous_readers(seeded, client):
    assert "ATENCIÓN" in client.get("/language-assistance/").content.decode()
    tagline = LanguageTagline.objects.get(lang="es")
    tagline.text = "AVISO: ayuda gratuita en español. Llame al {phone}."
    tagline.save()

    assert "AVISO: ayuda gratuita" in client.get("/language-assistance/").content.decode()


def test_a_tagline_needs_the_phone_placeholder_once():
    tagline = LanguageTagline(language="Spanish", lang="es", text="Llame al número.")

    with pytest.raises(ValidationError) as refused:
        tagline.full_clean()

    assert "{phone}" in str(refused.value)


def test_the_accessibility_statement_links_to_the_barrier_form_and_the_privacy_notice_says_where_the_pdf_goes(
    seeded, client
):
    statement = client.get("/accessibility/").content.decode()
    privacy = client.get("/notice-of-privacy-practices/").content.decode()

    assert f'href="{reverse("accessibility:report")}"' in statement
    assert "WCAG" in statement
    assert "printable copy of this notice (PDF) will be listed here" in privacy


# The footer


def footer(html: str) -> str:
    return re.search(r'<nav class="footer-notices".*?</nav>', html, re.DOTALL).group()


def test_every_kind_of_page_links_to_the_five_notices_in_its_footer(seeded, client):
    procedure, condition = ProcedureFactory(), ConditionFactory()
    about = ClinicPageFactory(slug="about-us")
    pages = [
        "/",
        procedure.get_absolute_url(),
        condition.get_absolute_url(),
        about.get_absolute_url(),
        "/procedures/",
        "/conditions/",
        "/search/?q=back",
        "/consultation/",
        "/accessibility-report/",
        *NOTICES.values(),
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        links = footer(response.content.decode())
        for notice_path in NOTICES.values():
            assert f'href="{notice_path}"' in links, (path, notice_path)
        assert f'href="/accessibility-report/?page={path.split("?")[0]}"' in links


def test_the_language_assistance_link_says_so_in_other_languages_too(seeded, client):
    links = footer(client.get("/").content.decode())

    link = re.search(r'<a href="/language-assistance/">(.*?)</a>', links, re.DOTALL).group(1)
    assert link.startswith("Language assistance")
    assert re.findall(r'<span lang="([^"]+)">', link) == ["es", "zh-Hant", "vi", "tl"]


def test_the_notices_stay_in_the_footer_whatever_the_footer_menu_holds(seeded, client):
    MenuItem.objects.filter(menu=MenuItem.Menu.FOOTER).delete()

    links = footer(client.get("/").content.decode())

    assert all(f'href="{path}"' in links for path in NOTICES.values())


def test_an_unpublished_notice_leaves_the_footer_and_the_check_says_so(seeded, client):
    services.page_unpublish(notice_page("nondiscrimination"), by=EditorFactory())

    links = footer(client.get("/").content.decode())

    assert 'href="/nondiscrimination/"' not in links
    assert "The required notice “Nondiscrimination notice” (/nondiscrimination/) is not published." in w010()


# The clinic's review and the deploy check


def test_check_deploy_warns_for_each_notice_until_the_clinic_has_reviewed_it(seeded):
    warnings = w010()
    assert len(warnings) == 5
    assert all("not yet reviewed by the clinic" in warning for warning in warnings)

    mark_all_reviewed()

    assert w010() == []


def test_check_deploy_warns_for_each_missing_notice(db):
    assert len(w010()) == 5
    assert all(warning.endswith("has no page.") for warning in w010())


def test_the_review_button_marks_the_wording_and_records_it_in_the_pages_history(seeded):
    editor = EditorFactory(first_name="Maya", last_name="Chen")
    page = notice_page("accessibility")
    client = Client()
    client.force_login(editor)
    change = reverse("admin:procedures_clinicpage_change", args=[page.pk])
    assert "Mark wording reviewed by the clinic" in client.get(change).content.decode()

    response = client.post(reverse("admin:procedures_clinicpage_wording_reviewed", args=[page.pk]))

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.wording_reviewed_by == editor and page.wording_reviewed_at is not None
    event = PageEvent.objects.get(page=page, kind=PageEvent.Kind.WORDING_REVIEWED)
    assert event.by == editor
    assert "Wording reviewed by the clinic" in client.get(change).content.decode()
    assert not any("“Accessibility”" in warning for warning in w010())


def test_only_someone_who_may_publish_marks_the_wording(seeded, client):
    writer = UserFactory(is_staff=True)
    writer.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_clinicpage", "view_clinicpage"])
    )
    client.force_login(writer)
    page = notice_page("accessibility")

    response = client.post(reverse("admin:procedures_clinicpage_wording_reviewed", args=[page.pk]))

    assert response.status_code == 403
    page.refresh_from_db()
    assert page.wording_reviewed_at is None


def test_a_page_that_is_no_notice_cannot_be_marked(db):
    with pytest.raises(services.PageWorkflowError):
        services.notice_wording_mark_reviewed(ClinicPageFactory(), by=EditorFactory())


def test_an_edit_to_a_reviewed_notices_text_clears_the_mark_once_published(seeded, client):
    editor = EditorFactory()
    live = notice_page("website-privacy")
    services.notice_wording_mark_reviewed(live, by=editor)

    draft = services.page_working_draft(live, by=editor)
    draft.introduction += "\n\nWe added a sentence."
    draft.save()
    services.page_edited(draft, by=editor)

    draft.refresh_from_db()
    assert draft.wording_reviewed_at is None
    assert (
        notice_page("website-privacy").wording_reviewed_at is not None
    )  # patients still see the reviewed text
    assert PageEvent.objects.filter(page=live, kind=PageEvent.Kind.WORDING_REVIEW_CLEARED).exists()

    services.page_publish(draft, by=editor)

    assert notice_page("website-privacy").wording_reviewed_at is None
    assert BANNER in client.get("/privacy/").content.decode()
    assert any("“Website privacy”" in warning for warning in w010())


def test_saving_a_reviewed_notice_without_changing_its_text_keeps_the_mark_and_a_text_edit_clears_it(db):
    editor = EditorFactory()
    page = ClinicPageFactory(notice="accessibility", status=Page.Status.DRAFT)  # edited in place
    services.notice_wording_mark_reviewed(page, by=editor)
    page.refresh_from_db()

    page.review_interval_months = 6
    page.save()
    services.page_edited(page, by=editor)
    page.refresh_from_db()
    assert page.wording_reviewed_at is not None

    page.summary = "A changed summary."
    page.save()
    services.page_edited(page, by=editor)
    page.refresh_from_db()
    assert (page.wording_reviewed_at, page.wording_reviewed_by, page.wording_reviewed_fingerprint) == (
        None,
        None,
        "",
    )


@pytest.mark.parametrize("path", NOTICES.values())
def test_each_notice_weighs_under_20_kb_with_its_stylesheet_and_sets_no_cookie(seeded, client, path):
    """What a first visit transfers without pictures: the compressed page and its compressed stylesheet."""
    response = client.get(path, headers={"accept-encoding": "gzip"})
    stylesheet = finders.find("css/site.css")

    assert response["Content-Encoding"] == "gzip"
    assert not response.cookies
    page_bytes = len(response.content)
    css_bytes = len(gzip.compress(Path(stylesheet).read_bytes()))
    print(f"{path}: page {page_bytes} B gzip, stylesheet {css_bytes} B gzip")
    assert page_bytes + css_bytes < 20 * 1024

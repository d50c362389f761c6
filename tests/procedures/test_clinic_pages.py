"""Clinic pages (About, Contact, patient forms…) at /<slug>/: the procedure pages' workflow, a physician's
sign-off only for medical content, PDF documents, and the header's and footer's menus."""

import datetime
import gzip
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import resolve, reverse
from reversion.models import Version

from procedures import documents, services
from procedures.models import ClinicPage, Document, MenuItem, Page, PageEvent
from tests import pictures
from tests.approved_pages import approved_changes
from tests.factories import (
    ClinicFactory,
    ClinicPageFactory,
    EditorFactory,
    FAQFactory,
    LocationFactory,
    MedicalReviewerFactory,
    MenuItemFactory,
    PhysicianFactory,
    ProcedureFactory,
    SectionFactory,
)
from tests.markup import main_menu, parse
from tests.page_queries import SITE_FRAME_QUERIES

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
UNCACHED = "?uncached"


def pdf_upload(name="registration-form.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def stored_files(media_root) -> list:
    return sorted(path for path in media_root.rglob("*") if path.is_file()) if media_root.exists() else []


def document_on(page, *, title="New patient registration form", content=PDF, position=0) -> Document:
    document = Document(title=title, page=page, position=position)
    document.file.save("registration-form.pdf", SimpleUploadedFile("x.pdf", content), save=False)
    document.save()
    return document


# The kind of page and its address


def test_a_clinic_page_is_a_third_kind_of_page_at_the_top_level():
    page = ClinicPageFactory(slug="about")

    assert page.kind == Page.Kind.CLINIC_PAGE == "page"
    assert page.get_absolute_url() == "/about/"
    assert Page.objects.get(pk=page.pk).concrete_model is ClinicPage
    assert resolve("/about/").view_name == "procedures:clinic_page"


def test_the_clinic_page_route_comes_last_and_hides_no_other_address():
    for path, name in [
        ("/procedures/", "procedures:list"),
        ("/conditions/", "procedures:condition_list"),
        ("/search/", "procedures:search"),
        ("/consultation/", "consultations:request"),
    ]:
        assert resolve(path).view_name == name


@pytest.mark.parametrize(
    "slug", ["procedures", "conditions", "search", "consultation", "admin", "documents", "physicians", "es"]
)
def test_an_address_the_site_uses_itself_is_refused(slug):
    page = ClinicPageFactory.build(slug=slug, title="Ours")

    with pytest.raises(ValidationError) as refusal:
        page.full_clean()

    assert "already used by the site itself" in " ".join(refusal.value.message_dict["slug"])


def test_the_admin_form_refuses_a_reserved_address_and_saves_nothing(editor_client):
    response = editor_client.post(
        reverse("admin:procedures_clinicpage_add"),
        {
            "title": "Search",
            "slug": "search",
            "summary": "Find things.",
            "review_interval_months": 12,
            **empty_inlines(),
        },
    )

    assert response.status_code == 200
    assert "already used by the site itself" in str(response.context["adminform"].form.errors["slug"])
    assert not ClinicPage.objects.exists()


def empty_inlines() -> dict:
    data = {}
    for prefix in ("sections", "faqs", "documents"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    return data


# Drafts and publishing


def test_a_draft_clinic_page_is_hidden_from_the_public_and_previewed_by_editors(client, editor_client):
    ClinicPageFactory(slug="about", title="About the clinic", status=Page.Status.DRAFT)

    assert client.get("/about/").status_code == 404
    response = editor_client.get("/about/")
    assert response.status_code == 200
    assert b"Draft preview." in response.content


def test_an_editor_publishes_a_page_without_medical_content_with_no_physician():
    editor = EditorFactory()
    page = ClinicPageFactory(status=Page.Status.DRAFT, medical_content=False)

    live = services.page_publish(page, by=editor)

    assert live.is_published
    event = PageEvent.objects.get(page=page, kind=PageEvent.Kind.PUBLISHED)
    assert "No medical review needed" in event.detail


def test_a_page_with_medical_content_needs_a_medical_approval_like_procedure_pages():
    editor = EditorFactory()
    page = ClinicPageFactory(status=Page.Status.DRAFT, medical_content=True)

    with pytest.raises(services.PublishRefused) as refusal:
        services.page_publish(page, by=editor)
    assert refusal.value.code == "not_approved"

    approved = approved_changes(page)
    live = services.page_publish(approved, by=editor)
    assert live.is_published
    assert live.approval is not None


def test_the_status_box_offers_publish_without_review_only_when_there_is_no_medical_content(editor_client):
    ordinary = ClinicPageFactory(status=Page.Status.DRAFT, medical_content=False)
    medical = ClinicPageFactory(status=Page.Status.DRAFT, medical_content=True)
    MedicalReviewerFactory()

    ordinary_box = editor_client.get(reverse("admin:procedures_clinicpage_change", args=[ordinary.pk]))
    medical_box = editor_client.get(reverse("admin:procedures_clinicpage_change", args=[medical.pk]))

    assert ordinary_box.context["workflow"]["can_publish"]
    assert not ordinary_box.context["workflow"]["can_submit"]
    assert b"No medical review needed." in ordinary_box.content
    assert not medical_box.context["workflow"]["can_publish"]
    assert medical_box.context["workflow"]["can_submit"]


def test_an_editor_may_not_untick_medical_content_to_skip_the_physician(editor_client):
    page = ClinicPageFactory(status=Page.Status.DRAFT, medical_content=True, slug="what-to-expect")
    url = reverse("admin:procedures_clinicpage_change", args=[page.pk])
    data = parse(editor_client.get(url).content).form_data("clinicpage_form")
    data.pop("medical_content", None)

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert "Only a medical reviewer or an administrator" in str(response.context["adminform"].form.errors)
    page.refresh_from_db()
    assert page.medical_content


def test_the_review_line_shows_only_on_an_approved_page_with_medical_content(client):
    ClinicFactory()
    physician = PhysicianFactory(name="Jane Doe", credentials="MD")
    reviewed = {"medical_reviewer": physician, "last_reviewed": datetime.date(2026, 3, 2)}
    medical = ClinicPageFactory(slug="what-to-expect", medical_content=True, **reviewed)
    plain = ClinicPageFactory(slug="about", medical_content=False, **reviewed)

    assert b"Medically reviewed by Jane Doe, MD" in client.get(medical.get_absolute_url()).content
    assert b"Medically reviewed by" not in client.get(plain.get_absolute_url()).content


def test_editing_a_live_clinic_page_goes_to_its_working_draft_until_it_is_published(client, editor_client):
    editor = EditorFactory()
    page = ClinicPageFactory(slug="about", title="About us", summary="Old summary.")
    url = reverse("admin:procedures_clinicpage_change", args=[page.pk])
    data = parse(editor_client.get(url).content).form_data("clinicpage_form")
    data["summary"] = "New summary."

    response = editor_client.post(url, data)

    assert response.status_code == 302
    draft = ClinicPage.objects.get(draft_of=page)
    assert draft.summary == "New summary."
    assert b"Old summary." in client.get("/about/").content
    services.page_publish(draft, by=editor)
    assert b"New summary." in client.get("/about/").content
    assert not ClinicPage.objects.filter(draft_of=page).exists()


def test_a_new_address_redirects_from_the_old_one_once_published(client):
    editor = EditorFactory()
    page = ClinicPageFactory(slug="about", title="About us")
    draft = services.page_working_draft(page, by=editor)
    draft.slug = "about-us"
    draft.save()

    services.page_publish(draft, by=editor)

    response = client.get("/about/")
    assert response.status_code == 301
    assert response["Location"] == "/about-us/"


def test_saves_keep_revisions_shown_in_the_history_and_compared(editor_client):
    url = reverse("admin:procedures_clinicpage_add")
    data = {
        "title": "About the clinic",
        "slug": "about",
        "summary": "Who we are.",
        "review_interval_months": 12,
        **empty_inlines(),
    }
    assert editor_client.post(url, data).status_code == 302
    page = ClinicPage.objects.get()
    change_url = reverse("admin:procedures_clinicpage_change", args=[page.pk])
    data = parse(editor_client.get(change_url).content).form_data("clinicpage_form")
    data["summary"] = "Who we are and where."
    assert editor_client.post(change_url, data).status_code == 302

    versions = Version.objects.get_for_object(page)
    assert versions.count() == 2
    history = editor_client.get(reverse("admin:procedures_clinicpage_history", args=[page.pk]))
    assert history.status_code == 200
    older, newer = sorted(versions, key=lambda version: version.pk)
    compare = editor_client.get(
        reverse("admin:procedures_clinicpage_compare"),
        {"old": f"version:{older.pk}", "new": f"version:{newer.pk}"},
    )
    assert compare.status_code == 200
    assert b"where" in compare.content


def test_a_notice_is_unique_among_live_pages_but_its_working_draft_carries_it():
    editor = EditorFactory()
    notice = ClinicPageFactory(notice=ClinicPage.Notice.ACCESSIBILITY)

    draft = services.page_working_draft(notice, by=editor)

    assert draft.notice == ClinicPage.Notice.ACCESSIBILITY
    with pytest.raises(IntegrityError), transaction.atomic():
        ClinicPageFactory(notice=ClinicPage.Notice.ACCESSIBILITY)
    services.page_publish(draft, by=editor)
    assert ClinicPage.objects.get(pk=notice.pk).notice == ClinicPage.Notice.ACCESSIBILITY


def test_a_scheduled_publish_of_a_page_without_medical_content_needs_no_approval():
    from procedures import scheduling

    page = ClinicPageFactory(status=Page.Status.DRAFT)
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)

    schedule = scheduling.schedule_create(page, action="publish", run_at=soon, by=EditorFactory())

    assert schedule.is_pending


# The public page


@pytest.fixture
def about_page():
    ClinicFactory()
    LocationFactory.create_batch(2)
    return ClinicPageFactory(slug="about", title="About the clinic")


def test_an_anonymous_visitor_is_served_from_the_cache_until_an_editor_changes_the_page(client, about_page):
    assert b"About the clinic" in client.get("/about/").content
    ClinicPage.objects.filter(pk=about_page.pk).update(title="Changed behind the ORM's back")
    assert b"About the clinic" in client.get("/about/").content  # served from the cache

    about_page.title = "About our clinic"
    about_page.save()

    assert b"About our clinic" in client.get("/about/").content


def test_a_document_added_to_a_page_empties_the_cache(client, about_page, media_root):
    client.get("/about/")

    document_on(about_page, title="Financial policy")

    assert b"Financial policy" in client.get("/about/").content


@pytest.mark.parametrize("size", [1, 20])
def test_a_clinic_page_takes_a_fixed_number_of_queries(client, django_assert_num_queries, media_root, size):
    ClinicFactory()
    LocationFactory.create_batch(2)
    page = ClinicPageFactory(slug="about")
    SectionFactory.create_batch(size, page=page)
    FAQFactory.create_batch(size, page=page)
    for position in range(size):
        document_on(page, title=f"Form {position}", position=position)
    MenuItemFactory.create_batch(3)
    MenuItemFactory(page=page, url="", label="")

    # The page, its sections, FAQs and documents (4), and the site's frame.
    with django_assert_num_queries(4 + SITE_FRAME_QUERIES):
        response = client.get("/about/" + UNCACHED)

    assert response.status_code == 200
    assert response.content.count(b'class="document-type"') == size


def test_a_long_page_lists_its_sections_and_documents_under_on_this_page(client, about_page, media_root):
    SectionFactory.create_batch(3, page=about_page)
    document_on(about_page)

    html = parse(client.get("/about/").content)

    contents = html.find("nav", **{"aria-label": "On this page"})
    assert "Documents" in contents.text


def test_structured_data_is_a_web_page_with_breadcrumbs_or_a_medical_web_page(client):
    ClinicFactory()
    ClinicPageFactory(slug="about", title="About the clinic")
    ClinicPageFactory(slug="what-to-expect", title="What to expect", medical_content=True)

    for path, page_type in [("/about/", "WebPage"), ("/what-to-expect/", "MedicalWebPage")]:
        [data] = parse(client.get(path).content).json_ld()
        nodes = {node["@type"]: node for node in data["@graph"]}
        assert nodes[page_type]["url"].endswith(path)
        assert nodes[page_type]["name"] and nodes[page_type]["description"]
        assert "about" not in nodes[page_type]
        crumbs = nodes["BreadcrumbList"]["itemListElement"]
        assert [crumb["name"] for crumb in crumbs][0] == "Home"
        assert crumbs[-1]["item"].endswith(path)


def test_published_clinic_pages_are_in_the_sitemap_and_drafts_are_not(client):
    ClinicPageFactory(slug="about")
    ClinicPageFactory(slug="contact", status=Page.Status.DRAFT)

    sitemap = client.get("/sitemap.xml").content

    assert b"/about/</loc>" in sitemap
    assert b"/contact/</loc>" not in sitemap


def test_site_search_finds_a_published_clinic_page(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = ClinicPageFactory(slug="patient-forms", title="Patient forms")
        SectionFactory(page=page, heading="Registration", body="Bring your insurance card and photo ID.")

    response = client.get(reverse("procedures:search"), {"q": "insurance card"})

    assert b'href="/patient-forms/"' in response.content


# Documents


def test_an_editor_adds_a_pdf_which_is_stored_with_its_size(editor_client, media_root):
    page = ClinicPageFactory(slug="patient-forms")

    response = editor_client.post(
        reverse("admin:procedures_document_add"),
        {"title": "New patient form", "file": pdf_upload(), "page": page.pk, "position": 0},
    )

    assert response.status_code == 302
    document = Document.objects.get()
    assert document.size_bytes == len(PDF)
    assert len(stored_files(media_root)) == 1


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: pdf_upload("scan.pdf", pictures.photo()), "is named like a PDF but is not one"),
        (lambda: pdf_upload("scan.jpg", PDF), "is not a PDF"),
        (lambda: pdf_upload("empty.pdf", b""), "is empty"),
        (lambda: pdf_upload("big.pdf", PDF + b"0" * documents.DOCUMENT_MAX_BYTES), "at most 10.0 MB"),
    ],
    ids=["renamed-jpeg", "jpeg-name", "empty", "oversized"],
)
def test_anything_but_a_pdf_of_at_most_10_mb_is_refused_and_nothing_stored(
    editor_client, media_root, upload, message
):
    response = editor_client.post(
        reverse("admin:procedures_document_add"),
        {"title": "A form", "file": upload(), "position": 0},
    )

    assert response.status_code == 200
    assert message in " ".join(response.context["adminform"].form.errors["file"])
    assert not Document.objects.exists()
    assert stored_files(media_root) == []


def test_a_pdf_added_in_the_page_form_goes_on_the_page(editor_client, media_root):
    page = ClinicPageFactory(slug="patient-forms", status=Page.Status.DRAFT)
    url = reverse("admin:procedures_clinicpage_change", args=[page.pk])
    data = parse(editor_client.get(url).content).form_data("clinicpage_form")
    data |= {
        "documents-TOTAL_FORMS": "1",
        "documents-0-title": "Medical history form",
        "documents-0-position": "0",
        "documents-0-file": pdf_upload(),
    }

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert page.documents.get().title == "Medical history form"


def test_documents_are_listed_with_what_they_are_and_their_size(client, about_page, media_root):
    document_on(about_page, title="Financial policy", content=PDF + b"0" * (240 * 1024 - len(PDF)))

    link = parse(client.get("/about/").content).find("a", href=f"/documents/{about_page.documents.get().pk}/")

    assert " ".join(link.text.split()) == "Financial policy (PDF, 240 KB)"


def test_a_document_is_served_as_a_pdf_with_nosniff_and_a_file_name(client, about_page, media_root):
    document = document_on(about_page, title="Financial policy")

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert 'filename="financial-policy.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF
    assert "Set-Cookie" not in response


def test_a_document_of_an_unpublished_page_is_not_served_to_the_public(client, editor_client, media_root):
    document = document_on(ClinicPageFactory(status=Page.Status.DRAFT))

    assert client.get(document.get_absolute_url()).status_code == 404
    assert editor_client.get(document.get_absolute_url()).status_code == 200


def test_a_working_draft_carries_the_documents_and_publishing_keeps_their_addresses(media_root):
    editor = EditorFactory()
    page = ClinicPageFactory(slug="patient-forms")
    kept = document_on(page, title="Registration form")
    dropped = document_on(page, title="Old form", position=1)
    draft = services.page_working_draft(page, by=editor)
    draft.documents.filter(title="Old form").delete()
    draft.documents.filter(title="Registration form").update(title="New patient registration form")

    services.page_publish(draft, by=editor)

    assert list(page.documents.values_list("pk", "title")) == [(kept.pk, "New patient registration form")]
    assert not Document.objects.filter(pk=dropped.pk).exists()
    assert Document.objects.count() == 1


# Menus


def links_in(html, nav_label):
    nav = main_menu(html) if nav_label == "Main" else html.find("nav", **{"aria-label": nav_label})
    return [link for link in html.find_all("a") if link.is_inside(nav)]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"url": ""}, "Choose the page this entry opens"),
        ({"url": "javascript:alert(1)"}, "starting with “/”"),
        ({"url": "//evil.example/"}, "starting with “/”"),
        ({"url": "http://example.com/"}, "starting with “/”"),
        ({"url": "/about us/"}, "no spaces"),
        ({"url": "/insurance/", "label": ""}, "words of the link"),
    ],
)
def test_a_menu_entry_opens_a_page_or_a_safe_address(fields, message):
    entry = MenuItem(menu="header", **{"label": "Insurance", **fields})

    with pytest.raises(ValidationError) as refusal:
        entry.full_clean()

    assert message in str(refusal.value)


def test_a_menu_entry_may_not_name_both_a_page_and_an_address():
    entry = MenuItem(menu="header", label="About", page=ClinicPageFactory(), url="/about/")

    with pytest.raises(ValidationError, match="not both"):
        entry.full_clean()


@pytest.mark.parametrize("url", ["/physicians/", "https://example.org/map"])
def test_a_site_path_or_an_https_address_is_accepted(url):
    MenuItem(menu="header", label="Physicians", url=url).full_clean()


def test_the_header_and_footer_show_their_entries_in_order_without_unpublished_pages(client):
    ClinicFactory()
    about = ClinicPageFactory(slug="about", title="About")
    hidden = ClinicPageFactory(slug="careers", title="Careers", status=Page.Status.DRAFT)
    MenuItemFactory(label="Procedures", url="/procedures/", position=1)
    MenuItemFactory(label="", url="", page=about, position=3)
    MenuItemFactory(label="", url="", page=hidden, position=2)
    MenuItemFactory(label="Insurance", url="/insurance/", position=2)
    MenuItemFactory(menu="footer", label="Contact", url="/contact/")

    html = parse(client.get("/about/").content)

    header = [a.text for a in links_in(html, "Main")]
    assert header[:3] == ["Procedures", "Insurance", "About"]
    assert "Careers" not in header
    footer = [a.text for a in links_in(html, "More about the clinic")]
    assert footer == ["Contact"]
    assert [a.text for a in links_in(html, "Main") if a.get("aria-current") == "page"] == ["About"]


def test_a_procedure_page_marks_the_procedures_entry_as_current(client):
    ClinicFactory()
    MenuItemFactory(label="Procedures", url="/procedures/")
    page = ProcedureFactory(slug="medial-branch-block")

    html = parse(client.get(page.get_absolute_url()).content)

    [procedures] = [a for a in links_in(html, "Main") if a.get("href") == "/procedures/"]
    assert procedures.get("aria-current") == "page"


def test_without_menu_entries_the_header_keeps_its_two_indexes(client):
    ClinicFactory()

    html = parse(client.get("/").content)

    hrefs = [a.get("href") for a in links_in(html, "Main")]
    assert hrefs[:2] == ["/procedures/", "/conditions/"]


def test_a_menu_entry_saved_empties_the_page_cache(client):
    ClinicFactory()
    client.get("/")

    MenuItemFactory(label="Insurance", url="/insurance/")

    assert b">Insurance</a>" in client.get("/").content


def test_the_menu_admin_lists_entries_for_editors(editor_client):
    MenuItemFactory(label="Insurance", url="/insurance/")

    response = editor_client.get(reverse("admin:procedures_menuitem_changelist"))

    assert response.status_code == 200
    assert b"Insurance" in response.content


def test_clinic_pages_are_editable_by_editors_and_readable_by_reviewers(editor, medical_reviewer):
    assert editor.has_perm("procedures.add_clinicpage")
    assert editor.has_perm("procedures.change_document")
    assert editor.has_perm("procedures.change_menuitem")
    assert medical_reviewer.has_perm("procedures.view_clinicpage")
    assert not medical_reviewer.has_perm("procedures.change_clinicpage")
    assert Client().get(reverse("admin:procedures_clinicpage_changelist")).status_code == 302


# The seed


def test_the_seed_loads_the_clinic_pages_and_menus_once(client):
    call_command("load_clinic_content", stdout=StringIO())
    call_command("load_clinic_content", stdout=StringIO())

    pages = {
        page.slug: page
        for page in ClinicPage.objects.filter(notice="", language="en").select_related("medical_reviewer")
    }
    assert set(pages) == {"about", "what-to-expect", "patient-forms", "contact"}
    assert all(page.is_published and not page.notice for page in pages.values())
    assert pages["what-to-expect"].medical_content
    assert pages["what-to-expect"].has_placeholder_reviewer
    assert not pages["about"].medical_content and pages["about"].medical_reviewer is None
    header = [str(entry) for entry in MenuItem.objects.filter(menu="header")]
    assert header == ["Procedures", "Conditions", "Physicians", "Locations", "Insurance", "About", "Contact"]
    footer = [entry.href for entry in MenuItem.objects.filter(menu="footer")]
    assert footer == ["/what-to-expect/", "/patient-forms/", "/contact/"]
    contact = client.get("/contact/").content.decode()
    assert 'href="tel:+13105550142"' in contact
    assert 'href="/consultation/"' in contact
    assert "Placeholder" in client.get("/patient-forms/").content.decode()


def test_the_seed_leaves_menus_the_clinic_changed_alone():
    MenuItemFactory(label="Home", url="/")

    call_command("load_clinic_content", stdout=StringIO())

    assert list(MenuItem.objects.values_list("label", flat=True)) == ["Home"]


def test_the_seed_pages_without_medical_content_are_not_due_for_a_review():
    from procedures.review_dates import reviews_due

    call_command("load_clinic_content", stdout=StringIO())

    due = {row.page.slug for row in reviews_due(today=datetime.date.today())}
    assert "what-to-expect" in due
    assert not due & {"about", "patient-forms", "contact"}


def test_the_longest_seeded_clinic_page_weighs_under_20_kb_with_its_stylesheet(client):
    """What a first visit transfers without pictures: the compressed page and its compressed stylesheet."""
    call_command("load_clinic_content", stdout=StringIO())

    response = client.get("/what-to-expect/", headers={"accept-encoding": "gzip"})
    stylesheet = finders.find("css/site.css")

    assert response["Content-Encoding"] == "gzip"
    page_bytes = len(response.content)
    css_bytes = len(gzip.compress(Path(stylesheet).read_bytes()))
    print(f"/what-to-expect/: page {page_bytes} B gzip, stylesheet {css_bytes} B gzip")
    assert page_bytes + css_bytes < 20 * 1024


def test_a_working_draft_is_previewed_and_compared_with_the_live_page_from_its_status_box(editor_client):
    page = ClinicPageFactory(slug="about", summary="Who we are.")
    draft = services.page_working_draft(page, by=EditorFactory())
    draft.summary = "Who we are and where we work."
    draft.save()

    workflow = editor_client.get(reverse("admin:procedures_clinicpage_change", args=[draft.pk])).context[
        "workflow"
    ]
    preview = editor_client.get(workflow["preview_url"])
    compare = editor_client.get(workflow["compare_url"])

    assert b"Working draft." in preview.content and b"where we work" in preview.content
    assert compare.status_code == 200
    assert b"where we work" in compare.content


def test_the_live_preview_renders_markdown_for_clinic_page_editors(editor_client):
    response = editor_client.post(
        reverse("admin:procedures_clinicpage_live_preview"), {"markdown": "**Bring** your ID."}
    )

    assert response.json() == {"html": "<p><strong>Bring</strong> your ID.</p>"}


def test_a_document_added_from_the_list_to_a_page_with_a_working_draft_survives_its_publishing(
    editor_client, media_root
):
    editor = EditorFactory()
    page = ClinicPageFactory(slug="patient-forms")
    draft = services.page_working_draft(page, by=editor)

    response = editor_client.post(
        reverse("admin:procedures_document_add"),
        {"title": "Financial policy", "file": pdf_upload(), "page": page.pk, "position": 0},
    )
    assert response.status_code == 302
    added = page.documents.get()
    assert draft.documents.get().file.name == added.file.name

    services.page_publish(draft, by=editor)

    assert list(page.documents.values_list("pk", flat=True)) == [added.pk]


def test_the_admin_lists_show_clinic_pages_and_documents_to_editors(editor_client, media_root):
    page = ClinicPageFactory(title="Patient forms", notice="")
    document_on(page, title="Financial policy")

    pages = editor_client.get(reverse("admin:procedures_clinicpage_changelist"))
    documents = editor_client.get(reverse("admin:procedures_document_changelist"))
    document = editor_client.get(reverse("admin:procedures_document_change", args=[page.documents.get().pk]))

    assert pages.status_code == documents.status_code == document.status_code == 200
    assert b"Patient forms" in pages.content
    assert b"Financial policy" in documents.content
    assert f'href="/documents/{page.documents.get().pk}/"'.encode() in document.content


def test_a_clinic_page_sets_no_cookie(client, about_page):
    response = client.get("/about/")

    assert response.status_code == 200
    assert not response.cookies


def test_only_a_document_of_a_published_page_may_be_kept_by_shared_caches(
    client, editor_client, about_page, media_root
):
    public = document_on(about_page)
    staff_only = document_on(ClinicPageFactory(status=Page.Status.DRAFT))

    assert client.get(public.get_absolute_url())["Cache-Control"] == "public, max-age=60"
    assert editor_client.get(staff_only.get_absolute_url())["Cache-Control"] == "private, no-store"


def test_a_medical_clinic_page_waits_in_the_reviewers_list_and_is_approved_from_its_form(
    medical_reviewer, medical_reviewer_client
):
    page = ClinicPageFactory(status=Page.Status.DRAFT, medical_content=True, title="What to expect")
    services.page_submit_for_review(page, by=EditorFactory(), reviewer=medical_reviewer)
    change_url = reverse("admin:procedures_clinicpage_change", args=[page.pk])

    waiting = medical_reviewer_client.get(reverse("admin:procedures_waiting_for_review"))
    assert f'href="{change_url}"'.encode() in waiting.content
    assert medical_reviewer_client.get(change_url).status_code == 200
    response = medical_reviewer_client.post(reverse("admin:procedures_clinicpage_approve", args=[page.pk]))

    assert response.status_code == 302
    page.refresh_from_db()
    assert services.is_approved(page)


def test_the_admin_refuses_a_second_page_for_the_same_notice_with_a_clear_error(editor_client):
    ClinicPageFactory(notice=ClinicPage.Notice.ACCESSIBILITY, slug="accessibility")

    response = editor_client.post(
        reverse("admin:procedures_clinicpage_add"),
        {
            "title": "Accessibility again",
            "slug": "accessibility-again",
            "summary": "Our accessibility statement.",
            "notice": ClinicPage.Notice.ACCESSIBILITY,
            "review_interval_months": 12,
            **empty_inlines(),
        },
    )

    assert response.status_code == 200
    assert "Another page is already this notice" in str(response.context["adminform"].form.errors)
    assert ClinicPage.objects.count() == 1


def test_publishing_a_draft_whose_notice_another_page_took_meanwhile_is_refused():
    editor = EditorFactory()
    draft = services.page_working_draft(ClinicPageFactory(slug="our-rights"), by=editor)
    draft.notice = ClinicPage.Notice.NONDISCRIMINATION
    draft.save()
    ClinicPageFactory(notice=ClinicPage.Notice.NONDISCRIMINATION)  # a draft's notice holds no page back

    with pytest.raises(services.PublishRefused, match="already the page of this notice"):
        services.page_publish(draft, by=editor)


@pytest.mark.parametrize("route", ["admin:procedures_document_add", "admin:procedures_clinicpage_add"])
def test_the_forms_that_take_a_document_still_check_csrf(editor, media_root, route):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(reverse(route), {"title": "A form", "file": pdf_upload(), "position": 0})

    assert response.status_code == 403
    assert not Document.objects.exists()
    assert stored_files(media_root) == []

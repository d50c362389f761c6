"""Pictures on a page in a real browser: an editor puts one on a page; on a phone it keeps its room before it
arrives, the browser picks a small modern rendition, and pictures below the fold wait until scrolled to."""

import pytest
from playwright.sync_api import expect

from procedures import services
from procedures.models import Procedure
from tests import pictures
from tests.approved_pages import approved_changes
from tests.factories import EditorFactory, ImageFactory

from .checks import axe_violations, horizontal_overflow
from .conftest import PHONE
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
HERO_ALT = "A physician guides a thin needle into the lower back using an X-ray screen."
SECTION_ALT = "A model of the lower spine with the small facet joints marked."
# The sum of the page's layout shifts (Cumulative Layout Shift) once it has loaded.
LAYOUT_SHIFT_JS = """
() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 300);
})
"""


@pytest.fixture
def illustrated_lumbar_page(clinic_content, media_root):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    lumbar.hero_image = ImageFactory(alt_text=HERO_ALT)
    lumbar.save()
    last_section = lumbar.sections.last()
    last_section.image = ImageFactory(alt_text=SECTION_ALT)
    last_section.save()
    return lumbar


def upload_in_admin(page, path, *, alt_text) -> None:
    """Add a picture in the admin's image library as an editor does: choose the file, describe it, save."""
    page.goto("/admin/procedures/image/add/")
    page.get_by_label("Picture").set_input_files(path)
    page.get_by_label("Text alternative").fill(alt_text)
    page.get_by_role("button", name="Save", exact=True).click()


def test_editor_uploads_a_photo_and_makes_it_the_pages_hero(
    page, new_tab, live_editor, clinic_content, media_root, tmp_path
):
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(pictures.photo(1600, 1200))
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections", draft_of=None)
    log_in(page, live_editor)

    upload_in_admin(page, photo, alt_text=HERO_ALT)
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.goto(f"/admin/procedures/procedure/{lumbar.pk}/change/")
    page.get_by_label("Hero image").select_option(label=HERO_ALT)
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    # The hero went into the page's working draft; a physician approves it and it is published.
    draft = approved_changes(lumbar)
    services.page_publish(draft, by=EditorFactory())

    phone = new_tab(PHONE)
    phone.goto(LUMBAR)
    hero = phone.get_by_role("img", name=HERO_ALT)
    expect(hero).to_be_visible()
    # 375 px less the margins at 2× is 686 device pixels: the 720-wide AVIF, not the 1440-wide one.
    assert hero.evaluate("img => img.currentSrc").endswith("/720.avif")


def test_an_upload_that_is_not_a_picture_gets_a_clear_error(
    page, live_editor, staff_groups, media_root, tmp_path
):
    letter = tmp_path / "referral.pdf"
    letter.write_bytes(b"%PDF-1.7 referral letter")
    log_in(page, live_editor)

    upload_in_admin(page, letter, alt_text=HERO_ALT)

    expect(page.locator(".errorlist")).to_contain_text("“referral.pdf” is not a JPEG, PNG or WebP picture")
    assert not media_root.exists() or not [path for path in media_root.rglob("*") if path.is_file()]


def test_pictures_keep_their_room_before_they_arrive(phone_page, illustrated_lumbar_page):
    # The pictures never arrive: the room they take can only come from their width and height.
    phone_page.route("**/media/**", lambda route: None)
    phone_page.goto(LUMBAR, wait_until="domcontentloaded")

    hero = phone_page.get_by_role("img", name=HERO_ALT)
    box = hero.bounding_box()
    assert box["width"] == 343  # 375 px less the page's margins
    assert box["height"] == pytest.approx(343 * 750 / 1000, abs=1)


def test_the_page_does_not_shift_and_loads_the_section_picture_only_when_scrolled_to(
    phone_page, illustrated_lumbar_page
):
    hero_folder, section_folder = (
        image.file.name.split("/")[1]
        for image in (illustrated_lumbar_page.hero_image, illustrated_lumbar_page.sections.last().image)
    )
    requested = []
    phone_page.on("request", lambda request: requested.append(request.url))

    phone_page.goto(LUMBAR)
    section_picture = phone_page.get_by_role("img", name=SECTION_ALT)

    assert phone_page.evaluate(LAYOUT_SHIFT_JS) == 0
    assert any(hero_folder in url for url in requested)
    assert not any(section_folder in url for url in requested)  # lazy, far below the fold: not fetched yet
    section_picture.scroll_into_view_if_needed()
    expect(section_picture).to_have_js_property("complete", True)
    assert section_picture.evaluate("img => img.currentSrc").endswith("/720.avif")
    assert horizontal_overflow(phone_page) == 0
    assert axe_violations(phone_page) == ""


def test_the_image_library_pages_have_no_accessibility_violations(
    page, live_editor, staff_groups, media_root
):
    image = ImageFactory(alt_text=HERO_ALT)
    log_in(page, live_editor)
    reports = []

    page.goto("/admin/procedures/image/add/")
    reports.append(axe_violations(page, within="#content"))
    page.get_by_role("button", name="Save", exact=True).click()  # nothing chosen, nothing described
    expect(page.locator(".errorlist").first).to_be_visible()
    reports.append(axe_violations(page, within="#content"))
    page.goto("/admin/procedures/image/")
    reports.append(axe_violations(page, within="#content"))
    page.goto(f"/admin/procedures/image/{image.pk}/change/")
    reports.append(axe_violations(page, within="#content"))

    assert "".join(reports) == ""

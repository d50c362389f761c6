"""Every phone number on the site is written by one include, so each one dials and none breaks in two."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import ClinicFactory, LocationFactory
from tests.markup import parse

TEMPLATES = Path(settings.BASE_DIR) / "templates"
PHONE_LINK = TEMPLATES / "includes" / "phone_link.html"


def test_no_template_but_the_phone_link_include_writes_a_click_to_call_link():
    writers = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if path != PHONE_LINK and ("tel:" in path.read_text() or "tel_href" in path.read_text())
    ]

    assert writers == []


@pytest.mark.django_db
def test_every_click_to_call_link_on_the_home_page_comes_from_the_include(client):
    ClinicFactory()
    LocationFactory()

    links = [a for a in parse(client.get("/").content).find_all("a") if a.get("href", "").startswith("tel:")]

    # Header, the hero's "or call", the call to action, the location in the footer, the phone's call bar.
    assert len(links) == 5
    assert all("phone" in a.get("class").split() for a in links), [a.attrs for a in links]

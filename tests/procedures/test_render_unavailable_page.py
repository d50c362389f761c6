import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_writes_the_503_page_with_the_clinics_phone_number_into_the_static_files(settings, tmp_path, clinic):
    settings.STATIC_ROOT = tmp_path

    call_command("render_unavailable_page")

    page = (tmp_path / "errors" / "unavailable.html").read_text()
    assert "Sorry, we can’t answer right now" in page
    assert "it was not received" in page
    assert clinic.main_phone.as_national in page

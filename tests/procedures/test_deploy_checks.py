"""`manage.py check --deploy` warns of what only the clinic can fill in before going live."""

import pytest
from django.conf import settings
from django.contrib.sites.models import Site
from django.core import checks
from django.core.management import call_command
from django.utils import timezone

from procedures.models import ClinicPage, Page
from tests.factories import (
    ClinicFactory,
    ClinicPageFactory,
    LocationFactory,
    NoticeRecipientFactory,
    PhysicianFactory,
    ProcedureFactory,
)
from tests.processes import production_environment, run_python
from tests.servers import free_port

REAL_PHONE = "+13108250100"  # 310-825-0100: not in the 555-0100…0199 range kept for fiction


def clinic_warnings(deploy=True) -> dict[str, checks.CheckMessage]:
    """The warnings of this project's own checks, by id."""
    return {
        message.id: message
        for message in checks.run_checks(include_deployment_checks=deploy)
        if message.id.startswith(("procedures.", "consultations."))
    }


@pytest.fixture
def real_details(db):
    """A clinic ready to go live: real numbers and address, a notice recipient, the Site of SITE_URL."""
    ClinicFactory(main_phone=REAL_PHONE)
    LocationFactory(street_address="11645 Wilshire Boulevard, Suite 200", phone=REAL_PHONE)
    NoticeRecipientFactory()
    Site.objects.filter(pk=settings.SITE_ID).update(domain="www.example-clinic.test")
    Site.objects.clear_cache()
    # The notices a clinic must post, published in wording the clinic reviewed (procedures.W010).
    for notice in ClinicPage.Notice:
        ClinicPageFactory(notice=notice, slug=notice, wording_reviewed_at=timezone.now())


def test_a_clinic_with_its_real_details_gets_no_warning(real_details, settings):
    settings.SITE_URL = "https://www.example-clinic.test"

    assert clinic_warnings() == {}


def test_the_seeded_placeholders_each_get_a_warning_with_where_to_fix_them_in_the_admin(db):
    call_command("load_clinic_content", verbosity=0)

    warnings = clinic_warnings()

    assert {
        "procedures.W001",
        "procedures.W002",
        "procedures.W003",
        "procedures.W005",
        "consultations.W001",
    } <= set(warnings)
    assert all(isinstance(warning, checks.Warning) for warning in warnings.values())
    assert "(310) 555-0142" in warnings["procedures.W001"].msg
    assert "Clinic details" in warnings["procedures.W001"].hint
    assert "Street address to be confirmed" in warnings["procedures.W002"].msg
    assert "Locations" in warnings["procedures.W002"].hint
    assert "(310) 555-0143" in warnings["procedures.W003"].msg
    assert "Notice recipients" in warnings["consultations.W001"].hint
    assert warnings["procedures.W005"].msg.startswith(
        "14 published pages name “Reviewing physician (to be named by the clinic)”, a placeholder"
    )
    assert "Physicians" in warnings["procedures.W005"].hint


def test_the_placeholder_reviewer_warns_until_the_clinics_physician_replaced_it_and_it_is_deleted(
    real_details, settings
):
    settings.SITE_URL = "https://www.example-clinic.test"
    placeholder = PhysicianFactory(name="Reviewing physician", is_placeholder=True)
    page = ProcedureFactory(status=Page.Status.PUBLISHED, medical_reviewer=placeholder)
    ProcedureFactory(status=Page.Status.DRAFT, medical_reviewer=placeholder)

    assert clinic_warnings()["procedures.W005"].msg.startswith("1 published page names “Reviewing physician”")

    page.medical_reviewer = PhysicianFactory(name="Jane Doe", credentials="MD")
    page.save()

    assert "is still there" in clinic_warnings()["procedures.W005"].msg

    Page.objects.update(medical_reviewer=None)
    placeholder.delete()

    assert clinic_warnings() == {}


def test_inactive_notice_recipients_are_no_recipients(real_details):
    NoticeRecipient = NoticeRecipientFactory._meta.get_model_class()
    NoticeRecipient.objects.update(is_active=False)

    assert set(clinic_warnings()) == {"consultations.W001"}


def test_a_site_domain_other_than_site_urls_host_gets_a_warning(real_details, settings):
    settings.SITE_URL = "https://www.advancedpain.example"

    warning = clinic_warnings()["procedures.W004"]

    assert "www.example-clinic.test" in warning.msg and "www.advancedpain.example" in warning.msg
    assert "migrate" in warning.hint and "Sites" in warning.hint


def test_the_clinic_warnings_come_only_with_deploy(db):
    call_command("load_clinic_content", verbosity=0)

    assert clinic_warnings(deploy=False) == {}


@pytest.mark.parametrize("database", ["unreachable", "not migrated"])
def test_a_database_that_cannot_be_read_gives_one_warning_and_no_crash(database, tmp_path):
    url = {
        "unreachable": f"postgres://postgres@127.0.0.1:{free_port(56400)}/nowhere",
        "not migrated": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }[database]

    result = run_python("manage.py", "check", "--deploy", env=production_environment(DATABASE_URL=url))

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Traceback" not in output
    assert output.count("procedures.W009") == 1
    assert "consultations.W" not in output

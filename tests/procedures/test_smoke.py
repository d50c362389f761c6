import pytest

from tests.factories import ProcedureFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_published_procedure_page_shows_its_sections(client):
    procedure = ProcedureFactory(title="Medial Branch Block")
    SectionFactory(page=procedure, heading="What to expect")

    response = client.get(procedure.get_absolute_url())

    assert response.status_code == 200
    assert b"What to expect" in response.content

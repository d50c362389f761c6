import pytest
from django.test import Client

from tests.factories import EditorFactory


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def editor_client(editor):
    """A browser in which a member of the Editors group is logged in."""
    client = Client()
    client.force_login(editor)
    return client

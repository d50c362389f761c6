import pytest
from django.test import Client

from tests.factories import AdministratorFactory, EditorFactory, TOTPDeviceFactory

from .logins import PASSWORD


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Logins check a password many times here; the production hasher's slowness is not under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff_member(db):
    """An editor who can log in with PASSWORD."""
    user = EditorFactory()
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def two_factor_required(settings):
    settings.STAFF_REQUIRE_2FA = True


@pytest.fixture
def device(staff_member):
    """The staff member's authenticator app, already set up."""
    return TOTPDeviceFactory(user=staff_member)


@pytest.fixture
def administrator_client(db):
    client = Client()
    client.force_login(AdministratorFactory())
    return client

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database gets the shared cache table too, as `make migrate` gives a real one."""
    with django_db_blocker.unblock():
        call_command("createcachetable", verbosity=0)

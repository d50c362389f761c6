import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database gets the shared cache table too, as `make migrate` gives a real one."""
    with django_db_blocker.unblock():
        call_command("createcachetable", verbosity=0)


@pytest.fixture(autouse=True)
def fresh_page_cache_copies():
    """Each test starts without this process's copies of cached pages.

    In a server these copies are checked against the shared cache's generation; here the shared
    cache (a database table) is rolled back with each test, and a copy made by the previous test
    could otherwise be served to the next one within the copies' second of trust.
    """
    from procedures import page_cache

    page_cache.local_copies.forget()

"""A procedure page takes the same few SQL queries however long it is."""

import pytest

from tests.factories import (
    ClinicFactory,
    ConditionFactory,
    FAQFactory,
    LocationFactory,
    ProcedureFactory,
    SectionFactory,
)
from tests.page_queries import SITE_FRAME_QUERIES

pytestmark = pytest.mark.django_db

# The page with its sections, FAQs, conditions treated and related procedures (5), and the site's
# frame.
PAGE_QUERIES = 5 + SITE_FRAME_QUERIES
# A query string keeps the request out of the page cache, so only the view's own queries run.
UNCACHED = "?uncached"


def procedure_page(*, sections, faqs, related):
    ClinicFactory()
    LocationFactory.create_batch(2)
    page = ProcedureFactory()
    SectionFactory.create_batch(sections, page=page)
    FAQFactory.create_batch(faqs, page=page)
    page.conditions_treated.add(*ConditionFactory.create_batch(related))
    page.related_procedures.add(*ProcedureFactory.create_batch(related))
    return page


@pytest.mark.parametrize(("sections", "faqs", "related"), [(1, 1, 1), (20, 20, 10)])
def test_procedure_page_takes_a_fixed_number_of_queries(
    client, django_assert_num_queries, sections, faqs, related
):
    page = procedure_page(sections=sections, faqs=faqs, related=related)

    with django_assert_num_queries(PAGE_QUERIES):
        response = client.get(page.get_absolute_url() + UNCACHED)

    assert response.status_code == 200
    assert response.content.count(b'class="faq"') == faqs


def test_cached_procedure_page_takes_only_the_caches_own_query(client, django_assert_max_num_queries):
    page = procedure_page(sections=20, faqs=20, related=10)
    client.get(page.get_absolute_url())

    # At most one round trip to the database cache for the page and the cache generation (none when
    # this process still trusts its own copy); the view never runs.
    with django_assert_max_num_queries(1):
        response = client.get(page.get_absolute_url())

    assert response.status_code == 200
    assert response.content.count(b'class="faq"') == 20

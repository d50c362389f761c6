"""The page edit form, add and change, for procedures and conditions: no WCAG 2.2 AA violation."""

import pytest

from procedures.models import Condition, Procedure

from .checks import axe_violations
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_page_edit_forms_have_no_violations(page, live_editor, clinic_content):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    stenosis = Condition.objects.get(slug="spinal-stenosis")
    log_in(page, live_editor)

    reports = []
    for path in [
        "/admin/procedures/procedure/add/",
        f"/admin/procedures/procedure/{lumbar.pk}/change/",
        "/admin/procedures/condition/add/",
        f"/admin/procedures/condition/{stenosis.pk}/change/",
    ]:
        assert page.goto(path).status == 200, path
        reports.append(axe_violations(page))

    assert "".join(reports) == ""

"""What a consultation form submission can leave behind, for tests that send hostile ones."""

import html
import re
import time

from django_tasks_db.models import DBTaskResult

from consultations import spam
from consultations.models import ConsultationRequest, Notification

FORM_URL = "/consultation/"


def hidden_value(page: bytes | str, name: str) -> str:
    """What a browser sends for the form page's hidden input `name` ("" when it has no value)."""
    text = page.decode() if isinstance(page, bytes) else page
    found = re.search(rf'<input type="hidden" name="{name}"(?: value="([^"]*)")?', text)
    assert found, f"no hidden input {name}"
    return html.unescape(found.group(1) or "")


def from_a_page_of_its_own(data: dict) -> dict:
    """`data` as sent from a form page of its own: one page's token is accepted for one request."""
    return {**data, "started": spam.form_started_token(time.time() - 60)}


def stored_rows() -> dict[str, int]:
    """What a submission can leave behind: requests, their emails, and queued tasks."""
    return {
        "requests": ConsultationRequest.objects.count(),
        "notifications": Notification.objects.count(),
        "tasks": DBTaskResult.objects.count(),
    }

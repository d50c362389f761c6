"""What a consultation form submission can leave behind, for tests that send hostile ones."""

from django_tasks_db.models import DBTaskResult

from consultations.models import ConsultationRequest, Notification

FORM_URL = "/consultation/"


def stored_rows() -> dict[str, int]:
    """What a submission can leave behind: requests, their emails, and queued tasks."""
    return {
        "requests": ConsultationRequest.objects.count(),
        "notifications": Notification.objects.count(),
        "tasks": DBTaskResult.objects.count(),
    }

"""Deployment check (`manage.py check --deploy`): someone must be told of each new request."""

from django.core.checks import Warning, register
from django.db import DatabaseError


@register(deploy=True)
def notice_recipients_check(app_configs, **kwargs):
    """Warn when no active notice recipient would get the staff notice of a new request."""
    from .models import NoticeRecipient

    try:
        if NoticeRecipient.objects.filter(is_active=True).exists():
            return []
    except DatabaseError:
        # procedures.W009 already says that the database could not be read.
        return []
    return [
        Warning(
            "No active notice recipients: nobody would be emailed about a new consultation request.",
            hint="Add the front desk's inbox in the admin: Consultation requests › Notice recipients "
            "(with no location, for the default list).",
            id="consultations.W001",
        )
    ]

"""The sending task's old address, kept for the tasks queued there before it moved.

The task lives in consultations/notifications.py with the rest of an email's life; defined here, it made
the two modules import each other. A queued task keeps the path it was queued under and the worker imports
that path to run it, so this alias stays until no task still READY or RUNNING in
django_tasks_database_dbtaskresult has the task_path `consultations.tasks.send_notification`.
"""

from .notifications import send_notification

__all__ = ["send_notification"]

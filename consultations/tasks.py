from django.tasks import task

from . import notifications


@task()
def send_notification(notification_id: int) -> None:
    notifications.notification_send(notification_id=notification_id)

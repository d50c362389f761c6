"""An email from a pair of templates, as every email of the site is written: `<template>_subject.txt` (one
line once its whitespace is folded) and `<template>.txt` (the body). Each app's email module decides who
gets what and when; this only puts the message together."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string


def email_from_templates(
    template: str, context: dict, *, to: list[str], message_id: str = ""
) -> EmailMessage:
    """The message; with `message_id`, a fixed Message-ID on the site's host, so that an email sent
    twice after a crash is the same email to mail clients."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    headers = {}
    if message_id:
        host = urlsplit(settings.SITE_URL).hostname or "localhost"
        headers["Message-ID"] = f"<{message_id}@{host}>"
    return EmailMessage(subject=subject, body=body, to=to, headers=headers)

"""Deployment checks (`manage.py check --deploy`) for the project's own settings."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def trusted_proxies_check(app_configs, **kwargs):
    """Warn when the site expects a proxy in front of it but believes none of them.

    The safe default (no proxy trusted) is right for gunicorn reached directly; behind nginx it makes
    every patient share nginx's address, so one busy hour of the form's rate limit turns everyone away.
    """
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and not settings.TRUSTED_PROXIES:
        return [
            Warning(
                "The site runs behind a proxy (DJANGO_BEHIND_PROXY) but TRUSTED_PROXIES is empty: every "
                "patient is counted as the proxy's address by the form's rate limit and the login lockout.",
                hint="Set TRUSTED_PROXIES to the proxy's address (127.0.0.1 for nginx on the same machine) "
                "and have it overwrite X-Forwarded-For; or set DJANGO_BEHIND_PROXY=false if nothing is "
                "in front.",
                id="clinic.W001",
            )
        ]
    return []

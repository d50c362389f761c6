from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class ClinicAdminConfig(AdminConfig):
    """The admin, with the staff site that asks for a second factor (see clinic/admin.py).

    Swapping the default site keeps every app's `@admin.register` working unchanged.
    """

    default_site = "clinic.admin.ClinicAdminSite"


class ClinicConfig(AppConfig):
    """The project's infrastructure as an app, for its management commands (it has no models)."""

    name = "clinic"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)

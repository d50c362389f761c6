from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = "Pages and clinic details"

    def ready(self):
        from . import signals  # noqa: F401  (connects page-cache invalidation)

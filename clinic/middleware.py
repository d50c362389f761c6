from django.conf import settings
from django.urls import reverse
from django.utils.cache import add_never_cache_headers


class PermissionsPolicyMiddleware:
    """Deny the browser features the site never uses (camera, location, payment…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminNeverCacheMiddleware:
    """Keep every admin response out of proxy and browser caches.

    Django's admin views already say so; this also covers responses made outside them, such as
    the lockout page that django-axes puts in place of the login page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(reverse("admin:index")):
            add_never_cache_headers(response)
        return response

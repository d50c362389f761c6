from django.http import HttpResponseNotAllowed
from django.urls import reverse
from django.utils.cache import add_never_cache_headers


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


class AdminMethodMiddleware:
    """Answer 405 to any method the admin does not use: GET, HEAD and POST are all it needs.

    The admin's views answer OPTIONS, PUT, PROPFIND and the like as they answer GET, with the whole
    page, and most of those methods pass the CSRF check without a token.
    """

    ALLOWED_METHODS = ["GET", "HEAD", "POST"]

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in self.ALLOWED_METHODS and request.path.startswith(reverse("admin:index")):
            return HttpResponseNotAllowed(self.ALLOWED_METHODS)
        return self.get_response(request)

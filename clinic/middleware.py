import functools
import re
from types import SimpleNamespace

from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.middleware import gzip
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

# RFC 9110, section 12.4.2: a weight is q=0 to q=1 with at most three decimals.
QUALITY = re.compile(r"q=(0(\.\d{0,3})?|1(\.0{0,3})?)", re.IGNORECASE)


# Browsers send a handful of distinct values; the bound only caps what odd clients can make it keep.
@functools.lru_cache(maxsize=256)
def accepts_gzip(accept_encoding: str) -> bool:
    """Whether a response may be gzipped for this Accept-Encoding, read as RFC 9110 (12.5.3) says.

    gzip (or x-gzip), else "*", must have a weight above 0; identity, always acceptable, is sent
    instead only when given a higher weight than gzip. Without codings (an empty or missing
    header), identity. A malformed weight counts as 0: the page is then sent uncompressed.
    """
    weights = {}
    for item in accept_encoding.split(","):
        coding, _, parameter = item.partition(";")
        coding, parameter = coding.strip().lower(), parameter.strip()
        if not coding:
            continue
        if not parameter:
            weights[coding] = 1.0
        elif weight := QUALITY.fullmatch(parameter):
            weights[coding] = float(weight[1])
        else:
            weights[coding] = 0.0
    named = [weights[coding] for coding in ("gzip", "x-gzip") if coding in weights]
    gzip_weight = max(named) if named else weights.get("*", 0.0)
    return gzip_weight > 0 and gzip_weight >= weights.get("identity", 0.0)


ALREADY_COMPRESSED = ("image/avif", "image/webp", "image/jpeg", "image/png")


class GZipMiddleware(gzip.GZipMiddleware):
    """Django's compression, deciding from Accept-Encoding with accepts_gzip().

    Django's own test is a search for the word "gzip": it compresses for "gzip;q=0", which refuses
    gzip, and not for "*", which allows it. It is handed a request that states the decision made
    here; it reads nothing else of the request.
    """

    GZIP = SimpleNamespace(META={"HTTP_ACCEPT_ENCODING": "gzip"})
    IDENTITY = SimpleNamespace(META={})

    def process_response(self, request, response):
        # Pictures are compressed already: gzip would only spend time and break sendfile.
        if response.get("Content-Type", "").startswith(ALREADY_COMPRESSED):
            return response
        accepted = accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        return super().process_response(self.GZIP if accepted else self.IDENTITY, response)


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


class UrlLanguageMiddleware:
    """The request's language from its address alone: /es/… is Spanish, every other address English.

    Django's LocaleMiddleware would also read a cookie and the browser's Accept-Language, and add
    Vary: Accept-Language to English pages; here a patient reads the language of the link they
    followed, the address carries the choice (no cookie), and a cached page is the same for everyone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        # Only for this request: the thread goes back to its language after it (pages are rendered by
        # then; the site streams none).
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response

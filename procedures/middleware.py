import functools
import logging
from urllib.parse import parse_qsl

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from clinic.middleware import accepts_gzip

from . import page_cache

CACHEABLE_ATTRIBUTE = "cache_for_anonymous"
logger = logging.getLogger(__name__)

# What analytics, ad and email platforms append to links to the site (besides every utm_*): no
# page reads them, so a link carrying only these is served the page's cached copy.
TRACKING_PARAMETERS = frozenset(
    {
        "gclid", "gclsrc", "gbraid", "wbraid", "dclid", "_ga", "_gl",  # Google
        "fbclid", "igshid",  # Meta
        "msclkid",  # Microsoft
        "mc_cid", "mc_eid",  # Mailchimp
        "_hsenc", "_hsmi",  # HubSpot
        "mkt_tok",  # Marketo
        "yclid", "ttclid", "twclid", "li_fat_id",  # Yandex, TikTok, X, LinkedIn
    }
)  # fmt: skip


def only_tracking_parameters(query_string: str) -> bool:
    """True when the query string has parameters and every one is a tracking parameter."""
    names = [name.lower() for name, _ in parse_qsl(query_string, keep_blank_values=True)]
    return bool(names) and all(name.startswith("utm_") or name in TRACKING_PARAMETERS for name in names)


def cache_for_anonymous(view):
    """Mark a view's successful anonymous responses as safe to serve from the shared page cache."""

    @functools.wraps(view)
    def marked_view(*args, **kwargs):
        return view(*args, **kwargs)

    setattr(marked_view, CACHEABLE_ATTRIBUTE, True)
    return marked_view


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' content pages from the shared cache.

    It sits near the top of the stack so that a hit skips sessions, CSRF, authentication and the
    view entirely: that is what lets a content page be served almost as fast as a static file.
    Only visitors without a session cookie (never a logged-in editor previewing a draft) are
    served or stored, and only responses that set no cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._is_cacheable_request(request):
            return self.get_response(request)

        # Refuses a host outside ALLOWED_HOSTS as everywhere else, though pages are kept under the
        # site's own address, whatever host and port the request names.
        request.get_host()
        path = request.path
        gzipped = accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        try:
            page, generation = page_cache.lookup(path, gzipped=gzipped)
        except Exception as error:
            # The page cache only saves work. When it cannot be reached (its database or Redis is
            # down) the request is answered without it, so that /healthz can still report the outage.
            # This repeats on every request of an outage: one line each, not a traceback each.
            logger.warning(
                "Page cache unavailable; answering without it: %s: %s", type(error).__name__, error
            )
            return self.get_response(request)
        if page is not None:
            # The stored headers are final (Vary, Content-Encoding, Content-Length): nothing to patch.
            body = page.body if request.method == "GET" else b""
            return HttpResponse(body, status=page.status, headers=page.headers)

        response = self.get_response(request)
        if self._is_cacheable_response(request, response):
            patch_vary_headers(response, ["Accept-Encoding"])
            try:
                page_cache.store(
                    path,
                    generation=generation,
                    status=response.status_code,
                    headers=dict(response.items()),
                    body=response.content,
                    timeout=settings.PAGE_CACHE_SECONDS,
                )
            except Exception as error:
                # The page is rendered: the patient gets it whatever became of the copy (a full
                # Redis, a missing cache table). The error may quote the page's bytes: cut short.
                logger.warning("Page not stored in the cache: %s: %.200s", type(error).__name__, error)
        return response

    @staticmethod
    def _is_cacheable_request(request):
        query = request.META.get("QUERY_STRING")
        return (
            request.method in ("GET", "HEAD")
            # Any other query string may change the page (the sitemap's ?p=2), so it is rendered.
            and (not query or only_tracking_parameters(query))
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            # No page's address has a NUL (%00), and PostgreSQL refuses one in a cache key.
            and "\x00" not in request.path
        )

    @staticmethod
    def _is_cacheable_response(request, response):
        match = getattr(request, "resolver_match", None)
        view = getattr(match, "func", None)
        view_class = getattr(view, "view_class", None)
        marked = getattr(view, CACHEABLE_ATTRIBUTE, False) or getattr(view_class, CACHEABLE_ATTRIBUTE, False)
        return (
            marked
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Content-Encoding")
        )

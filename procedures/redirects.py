"""django.contrib.redirects' fallback, which also redirects an old address followed by a query string."""

from urllib.parse import urlsplit, urlunsplit

from django.contrib.redirects.middleware import RedirectFallbackMiddleware
from django.contrib.redirects.models import Redirect
from django.contrib.sites.shortcuts import get_current_site


def with_query(new_path: str, query: str) -> str:
    """Add a query string to a redirect's target, after any query it has and before its fragment."""
    parts = urlsplit(new_path)
    joined = f"{parts.query}&{query}" if parts.query else query
    return urlunsplit(parts._replace(query=joined))


class QueryKeepingRedirectFallbackMiddleware(RedirectFallbackMiddleware):
    """Redirect "/old/?utm_source=…" like "/old/", keeping the query for analytics and ad platforms.

    Django's fallback matches the whole address, query included, so a renamed page's old address
    answered 404 to every link from an ad or a newsletter. A redirect an editor made for one exact
    query is still matched first.
    """

    def process_response(self, request, response):
        response = super().process_response(request, response)
        full_path = request.get_full_path()
        path, _, query = full_path.partition("?")
        if response.status_code != 404 or not query:
            return response
        candidates = [path]
        if not path.endswith("/"):
            candidates.append(request.get_full_path(force_append_slash=True).partition("?")[0])
        site = get_current_site(request)
        redirects = {r.old_path: r for r in Redirect.objects.filter(site=site, old_path__in=candidates)}
        redirect = next((redirects[old] for old in candidates if old in redirects), None)
        if redirect is None:
            return response
        if redirect.new_path == "":
            return self.response_gone_class()
        return self.response_redirect_class(with_query(redirect.new_path, query))

"""The shared cache of anonymous page views, and how editors' saves invalidate it.

Every cached page is stored beside the generation it was rendered in. A save bumps the generation,
so every server sees the change on its next request. The generation lives in the default cache,
beside the rate-limit counters, and the pages in a cache of their own ("pages" in settings.CACHES),
so that making room for pages never deletes either.

A page is stored twice, gzip-compressed and plain, each with its finished headers, so that a hit
reads only the variant it sends and builds its response without further work.

Each process also keeps the pages it has served or rendered, and trusts them for
LOCAL_COPY_SECONDS after it last read the generation from the shared cache; then it reads the
generation again and keeps its copies while that is unchanged. The round trip to the cache costs
more than the rest of a hit (bench/README.md), so a busy page is served from memory; an editor's
save reaches every process within that second (editors themselves, logged in, never see cached
pages). A copy is never trusted while the generation cannot be read: an unreachable cache falls
back to rendering.

Pages are keyed by the release (settings.RELEASE_ID) and the site's address (SITE_URL), never by
the Host header: a deploy never serves what the release before rendered, and a client cannot add
entries by naming other hosts or ports.
"""

import gzip
import uuid
from time import monotonic
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache, caches
from django.utils.connection import ConnectionProxy

pages = ConnectionProxy(caches, "pages")

GENERATION_KEY = "page-cache:generation"
LOCAL_COPY_SECONDS = 1.0
# Pages are only stored for views marked cacheable and allowed hosts, so this is never reached in
# practice; it only bounds the memory a process could spend on them.
LOCAL_COPY_LIMIT = 500


class CachedPage(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


def page_key(path: str, *, gzipped: bool) -> str:
    # The release and the site's own address, never the Host header (see the module's docstring).
    return f"page-cache:{settings.RELEASE_ID}:{settings.SITE_URL}{path}:{'gzip' if gzipped else 'identity'}"


class LocalCopies:
    """This process's copies of cached pages, all of one generation, and when it was last read."""

    def __init__(self):
        self.forget()

    def forget(self) -> None:
        self.generation, self.read_at, self.pages = None, float("-inf"), {}

    def find(self, key: str, now: float) -> tuple[CachedPage | None, str | None]:
        generation, page = self.generation, self.pages.get(key)
        if page is None or now - self.read_at >= LOCAL_COPY_SECONDS:
            return None, None
        return page, generation

    def generation_read(self, generation: str | None, now: float) -> None:
        if generation is None:
            self.forget()
        elif generation != self.generation:
            self.generation, self.read_at, self.pages = generation, now, {}
        else:
            self.read_at = now

    def keep(self, key: str, generation: str, page: CachedPage) -> None:
        if generation != self.generation:
            return
        if len(self.pages) >= LOCAL_COPY_LIMIT:
            self.pages = {}
        self.pages[key] = page


local_copies = LocalCopies()


def lookup(path: str, *, gzipped: bool) -> tuple[CachedPage | None, str | None]:
    """The cached page if it belongs to the current generation (else None), and that generation.

    The caller renders a missing page and stores it under the generation returned here, read
    before rendering: a save made meanwhile then makes that copy stale at once. A miss is always
    answered from the shared cache, never from this process's copies, so that generation is fresh.
    """
    key = page_key(path, gzipped=gzipped)
    now = monotonic()
    page, generation = local_copies.find(key, now)
    if page is not None:
        return page, generation
    try:
        generation = cache.get(GENERATION_KEY)
        local_copies.generation_read(generation, now)
        if generation is None:
            return None, None
        # A copy this process kept is still good while the generation is unchanged.
        page, _ = local_copies.find(key, now)
        if page is not None:
            return page, generation
        entry = pages.get(key)
    except Exception:
        local_copies.forget()
        raise
    # Entries are plain tuples, which pickle and unpickle faster than dicts or classes.
    if entry is None or entry[0] != generation:
        return None, generation
    page = CachedPage(*entry[1:])
    local_copies.keep(key, generation, page)
    return page, generation


def store(
    path: str, *, generation: str | None, status: int, headers: dict, body: bytes, timeout: int
) -> None:
    if generation is None:
        generation = invalidate_all()
    # Compressed once here rather than on every hit.
    gzip_body = gzip.compress(body, compresslevel=9, mtime=0)
    plain_headers = {**headers, "Content-Length": str(len(body))}
    gzip_headers = {**headers, "Content-Encoding": "gzip", "Content-Length": str(len(gzip_body))}
    entries = {
        page_key(path, gzipped=False): (generation, status, plain_headers, body),
        page_key(path, gzipped=True): (generation, status, gzip_headers, gzip_body),
    }
    pages.set_many(entries, timeout)
    # This process's next request for the page needs no round trip either. Kept only while this
    # process's copies are of the generation the page was rendered in (keep() checks).
    for key, entry in entries.items():
        local_copies.keep(key, generation, CachedPage(*entry[1:]))


def current_generation() -> str | None:
    """The generation now, read from the shared cache: None if there is none or it cannot be read."""
    return cache.get(GENERATION_KEY)


def invalidate_all() -> str:
    local_copies.forget()
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, None)
    return generation

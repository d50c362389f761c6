"""The shared cache of anonymous page views, and how editors' saves invalidate it.

Every cached page is stored beside the generation it was rendered in. A save bumps the generation,
so every server sees the change on its next request; a lookup reads the page and the current
generation in one round trip to the cache.
"""

import gzip
import uuid

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def page_key(host: str, path: str) -> str:
    return f"page-cache:{host}:{path}"


def lookup(host: str, path: str):
    """The cached entry for this page if it belongs to the current generation, else None."""
    key = page_key(host, path)
    found = cache.get_many([GENERATION_KEY, key])
    entry = found.get(key)
    if entry is None or entry["generation"] != found.get(GENERATION_KEY):
        return None
    return entry


def store(host: str, path: str, *, status: int, headers: dict, body: bytes, timeout: int) -> None:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = invalidate_all()
    entry = {
        "generation": generation,
        "status": status,
        "headers": headers,
        "body": body,
        # Compressed once here rather than on every hit.
        "gzip_body": gzip.compress(body, compresslevel=9, mtime=0),
    }
    cache.set(page_key(host, path), entry, timeout)


def invalidate_all() -> str:
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, None)
    return generation

"""The shared cache of anonymous page views, and how editors' saves invalidate it.

Every cached page is stored beside the generation it was rendered in. A save bumps the generation,
so every server sees the change on its next request; a lookup reads the page and the current
generation in one round trip to the cache.

A page is stored twice, gzip-compressed and plain, each with its finished headers, so that a hit
reads only the variant it sends and builds its response without further work.
"""

import gzip
import uuid
from typing import NamedTuple

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


class CachedPage(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


def page_key(host: str, path: str, *, gzipped: bool) -> str:
    return f"page-cache:{host}:{path}:{'gzip' if gzipped else 'identity'}"


def lookup(host: str, path: str, *, gzipped: bool) -> tuple[CachedPage | None, str | None]:
    """The cached page if it belongs to the current generation (else None), and that generation.

    The caller renders a missing page and stores it under the generation returned here, read
    before rendering: a save made meanwhile then makes that copy stale at once.
    """
    key = page_key(host, path, gzipped=gzipped)
    found = cache.get_many([GENERATION_KEY, key])
    generation, entry = found.get(GENERATION_KEY), found.get(key)
    # Entries are plain tuples, which pickle and unpickle faster than dicts or classes.
    if entry is None or entry[0] != generation:
        return None, generation
    return CachedPage(*entry[1:]), generation


def store(
    host: str, path: str, *, generation: str | None, status: int, headers: dict, body: bytes, timeout: int
) -> None:
    if generation is None:
        generation = invalidate_all()
    # Compressed once here rather than on every hit.
    gzip_body = gzip.compress(body, compresslevel=9, mtime=0)
    plain_headers = {**headers, "Content-Length": str(len(body))}
    gzip_headers = {**headers, "Content-Encoding": "gzip", "Content-Length": str(len(gzip_body))}
    cache.set_many(
        {
            page_key(host, path, gzipped=False): (generation, status, plain_headers, body),
            page_key(host, path, gzipped=True): (generation, status, gzip_headers, gzip_body),
        },
        timeout,
    )


def invalidate_all() -> str:
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, None)
    return generation

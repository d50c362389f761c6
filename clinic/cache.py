"""Django's Redis cache backend, reusing one redis-py client per connection pool, and outliving Redis.

Django builds a new `redis.Redis` for every cache call. With redis-py 8 that costs more than the
round trip to Redis itself (each client rebuilds a table of about 170 response callbacks), and it
is paid on every anonymous page served from the page cache. A client is thread-safe and holds no
connection of its own (the pool does), so one per pool is enough.

The cache only saves work, so an unreachable Redis must not take the site down with it: reads
answer a miss and writes are dropped, and after a failure each process leaves Redis alone for
RETRY_SECONDS, so a dead or hung Redis costs one short timeout (settings: OPTIONS) per interval
rather than one per call. `add()` and `incr()` raise CacheUnavailable instead: their answer is a
decision (is this submission over the rate limit?) that only the caller can make without it.

Writes dropped during an outage can leave a Redis that was unreachable, not restarted, holding
entries that should have been replaced or deleted (the page cache's generation after an editor's
save). So a process that saw the outage sends `reconnected` when Redis answers again, before it
uses the cache, and the page cache starts a new generation (procedures/signals.py).
"""

import logging
import time

from django.core.cache.backends import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.dispatch import Signal
from redis import exceptions

logger = logging.getLogger(__name__)

UNREACHABLE = (exceptions.ConnectionError, exceptions.TimeoutError)
RETRY_SECONDS = 1.0

# Sent by a process whose cache answers again after it found it unreachable.
reconnected = Signal()


class CacheUnavailable(Exception):
    """The cache cannot be reached, raised by operations whose answer the caller acts on."""


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        # While Redis is unreachable: when this process may try it again (time.monotonic()).
        self._retry_at = None

    def validate_key(self, key):
        # Django's check only warns of keys memcached would refuse, looping in Python over every
        # character of every key; Redis takes any key. Overriding it is the documented way out.
        pass

    def _reachable(self) -> bool:
        if self._retry_at is None:
            return True
        if time.monotonic() < self._retry_at:
            return False
        try:
            self._cache.get_client(write=True).ping()
        except UNREACHABLE:
            self._retry_at = time.monotonic() + RETRY_SECONDS
            return False
        self._retry_at = None
        logger.warning("The cache answers again")
        reconnected.send(sender=type(self), cache=self)
        return True

    def _call(self, operation, *args):
        if not self._reachable():
            raise CacheUnavailable
        try:
            return operation(*args)
        except UNREACHABLE as error:
            logger.warning("The cache is unreachable (%s); working without it", error)
            self._retry_at = time.monotonic() + RETRY_SECONDS
            raise CacheUnavailable from error

    def _best_effort(self, fallback, operation, *args):
        try:
            return self._call(operation, *args)
        except CacheUnavailable:
            return fallback

    def get(self, key, default=None, version=None):
        return self._best_effort(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._best_effort({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._best_effort(False, super().has_key, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._best_effort(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's contract: the keys that were not stored.
        return self._best_effort(list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._best_effort(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._best_effort(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._best_effort(None, super().delete_many, keys, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        return self._call(super().incr, key, delta, version)

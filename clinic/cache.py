"""Django's Redis cache backend, reusing one redis-py client per connection pool.

Django builds a new `redis.Redis` for every cache call. With redis-py 8 that costs more than the
round trip to Redis itself (each client rebuilds a table of about 170 response callbacks), and it
is paid on every anonymous page served from the page cache. A client is thread-safe and holds no
connection of its own (the pool does), so one per pool is enough.
"""

from django.core.cache.backends import redis


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

"""Run the same call in several threads at once, as several workers or cron jobs on other hosts would."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connection


def at_the_same_moment(count: int, function) -> list:
    """Call `function` in `count` threads released together, each with its own database connection;
    their results, in no particular order."""
    start = threading.Barrier(count)

    def call():
        try:
            start.wait(timeout=10)
            return function()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        futures = [pool.submit(call) for _ in range(count)]
        return [future.result(timeout=60) for future in futures]

"""Helpers for tests that run workers or staff side by side in threads."""

from django.db import connections


def in_own_connection(function):
    """Run `function` in a thread, hence on a database connection of its own, closed afterwards."""

    def run(*args):
        try:
            return function(*args)
        finally:
            connections.close_all()

    return run

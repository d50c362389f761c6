"""Django's database sessions, ignoring a session cookie that Django could not have set."""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

KEY_CHARACTERS = frozenset(VALID_KEY_CHARS)


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        # A cookie may hold any character: `sessionid="…\000"` is unquoted to a NUL, which
        # PostgreSQL refuses in a query. Such a key is no session rather than a server error.
        return super()._validate_session_key(key) and KEY_CHARACTERS.issuperset(key)

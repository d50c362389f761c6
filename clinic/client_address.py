"""The client's address, as counted by the consultation form's rate limit and the staff login's lockout.

X-Forwarded-For is written by whoever sends the request, so it is believed only from the proxies named in
TRUSTED_PROXIES; anyone reaching gunicorn directly is known by the socket's address alone.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def client_address(request) -> str:
    """The address of whoever sent the request, with a whole IPv6 /64 as one address.

    When the socket's address is a trusted proxy, X-Forwarded-For is read from the right, past our
    own proxies, up to the first address that is not one of them: the entries to its left were
    written by the client and prove nothing. An entry that is not an address ends the walk at the
    last address a trusted proxy vouched for, so a malformed header never pools clients together.
    """
    address = parse(request.META.get("REMOTE_ADDR", ""))
    if address is None:
        # Only a server listening on something other than TCP gets here (a Unix socket): no client
        # sent this, but nothing tells them apart either.
        return "unknown"
    if is_trusted_proxy(address):
        for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
            forwarded = parse(entry)
            if forwarded is None:
                break
            address = forwarded
            if not is_trusted_proxy(address):
                break
    if address.version == 6:
        # One household or phone usually holds a whole /64.
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def parse(value: str) -> Address | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # A dual-stack socket shows an IPv4 client as ::ffff:a.b.c.d.
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_trusted_proxy(address: Address) -> bool:
    return any(address in network for network in trusted_networks(tuple(settings.TRUSTED_PROXIES)))


@lru_cache(maxsize=4)
def trusted_networks(proxies: tuple[str, ...]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    # Keyed on the setting's value, so a test that changes it gets the new networks.
    return [ipaddress.ip_network(proxy, strict=False) for proxy in proxies]

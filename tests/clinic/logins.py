"""Logging into the admin as a browser would, and the codes a staff member's app shows."""

from django_otp.oath import TOTP, hotp, totp

PASSWORD = "a-long-staff-password-5921"
LOGIN_URL = "/admin/login/"


def log_in(client, username, password=PASSWORD, token=None, address="127.0.0.1"):
    """Post the admin login form as a browser at `address` would."""
    data = {"username": username, "password": password, "next": "/admin/"}
    if token is not None:
        data["otp_token"] = token
    return client.post(LOGIN_URL, data, REMOTE_ADDR=address)


def current_token(device) -> str:
    """The code the device's app shows now, computed from its key."""
    token = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift)
    return f"{token:0{device.digits}d}"


def wrong_token(device) -> str:
    """A code that is not valid now, nor in the neighbouring steps the device tolerates for clock drift."""
    now = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    valid = {
        hotp(device.bin_key, now + offset, device.digits)
        for offset in range(-device.tolerance, device.tolerance + 1)
    }
    return f"{next(n for n in range(10**device.digits) if n not in valid):0{device.digits}d}"


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session

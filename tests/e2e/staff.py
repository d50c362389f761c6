"""Staff accounts for the browser journeys, and logging them into the admin as a person would."""

from playwright.sync_api import expect

PASSWORD = "a-long-test-password-7364"


def with_password(user):
    """The user, given a password that the login form accepts (factories leave it unusable)."""
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(page, user) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()

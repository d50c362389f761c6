"""What a patient does in the browser: opens a link of the main menu, sends the consultation form
filled in correctly the first time."""

from playwright.sync_api import expect


def send_consultation_request(
    page, *, last_name: str = "Okonkwo-Reyes", description: str = "", open_form: bool = True
) -> str:
    """Fill in and send the form at /consultation/ (already open when `open_form` is false); return the
    reference on the confirmation page."""
    if open_form:
        page.goto("/consultation/")
    form = page.locator("form.consultation-form")
    form.get_by_label("First name").fill("Maribel")
    form.get_by_label("Last name").fill(last_name)
    form.get_by_label("Phone number").fill("(310) 555-0187")
    form.get_by_label("Your insurance").select_option(label="Medicare")
    form.get_by_label("About your pain").fill(description)
    form.get_by_role("checkbox", name="I agree").check()
    form.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    return page.locator(".reference").inner_text()


def main_menu_link_open(page, name: str) -> None:
    """Follow a link of the main menu; on a phone the menu opens from its "Menu" button first."""
    menu = page.get_by_role("navigation", name="Main")
    button = menu.get_by_text("Menu", exact=True)
    if button.is_visible():
        button.click()
    menu.get_by_role("link", name=name, exact=True).click()

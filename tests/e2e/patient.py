"""A patient sending the consultation form in the browser, filled in correctly the first time."""

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

"""What the browser tests look for on a page: accessibility violations, sideways overflow, small targets."""

from axe_playwright_python.sync_playwright import Axe

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
MIN_TARGET_PX = 24  # WCAG 2.2, 2.5.8 Target Size (Minimum), level AA

_axe = Axe()

# Interactive elements in the main content that a patient taps, with their size in CSS pixels.
# Exempt, as WCAG 2.5.8 says: targets that are not shown, and links inside a sentence (their size
# comes from the line of text around them).
_TARGETS_JS = """
() => [...document.querySelectorAll(
    "main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary"
  )].flatMap((element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const hidden = style.visibility === "hidden" || element.closest("[hidden], [aria-hidden=true]");
    if (!box.width || !box.height || hidden) return [];
    const parentText = element.parentElement.textContent.trim();
    if (style.display === "inline" && parentText !== element.textContent.trim()) return [];
    return [{html: element.outerHTML.slice(0, 120), width: box.width, height: box.height}];
  })
"""


def loaded(page):
    """The page once its stylesheet has applied.

    After a click, the address changes as soon as the new page starts to arrive; measured then, on
    a busy machine, the page can still be unstyled (fields at the browser's default 21 px height).
    """
    page.wait_for_load_state("load")
    return page


def axe_violations(page, within: str | None = None) -> str:
    """axe-core's report of WCAG 2.2 AA violations on the page as it is now (or in the part the CSS
    selector `within` picks); empty when there are none."""
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}}
    results = _axe.run(loaded(page), context=within, options=options)
    if not results.violations_count:
        return ""
    return f"{page.url}\n{results.generate_report()}"


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return loaded(page).evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


def small_tap_targets(page) -> list[str]:
    """The main content's links, buttons and fields smaller than 24 × 24 CSS pixels."""
    return [
        f"{target['width']:.0f}×{target['height']:.0f} {target['html']}"
        for target in loaded(page).evaluate(_TARGETS_JS)
        if target["width"] < MIN_TARGET_PX or target["height"] < MIN_TARGET_PX
    ]

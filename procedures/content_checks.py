"""Advice for editors on a procedure or condition page: reading grade, search-result lengths, headings,
links, images and medical review. Warnings only: nothing here stops a page from being saved.

Works on the page's own fields and on the HTML its Markdown was rendered to on save (the `*_html`
fields), so it judges what patients will read.
"""

import datetime
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

import textstat
from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.template.defaultfilters import pluralize
from django.urls import Resolver404, resolve
from django.utils import timezone

from . import page_links
from .models import Clinic, Page
from .templatetags.clinic_tags import TITLE_MAX_LENGTH, search_result_title

MAX_READING_GRADE = 8
# Below this many words the Flesch-Kincaid formula says more about one sentence than about the text.
MIN_WORDS_FOR_GRADE = 40
SUMMARY_MIN_LENGTH = 70
SUMMARY_MAX_LENGTH = 160
VAGUE_LINK_TEXTS = {
    "click here",
    "click",
    "here",
    "read more",
    "learn more",
    "more",
    "more info",
    "more information",
    "this link",
    "link",
    "this page",
    "aquí",
    "haga clic aquí",
    "clic aquí",
    "leer más",
    "más",
}
# What a page's section heading is (h2) and what its questions are (h3): a heading inside a body
# must rank below the heading it sits under, one level at a time.
HEADING_LEVEL_ABOVE = {"introduction": 1, "section": 2, "faq": 3}
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "td", "th", "dd", "dt"}
_HEADING = re.compile(r"h([1-6])")


@dataclass(frozen=True)
class ContentWarning:
    code: str
    message: str  # what is wrong, written for an editor
    fix: str  # how to put it right
    where: str  # the field, section or question it concerns


@dataclass
class _Link:
    href: str
    text: str


@dataclass
class _Html:
    text: str  # the visible text, each paragraph or list item ending as a sentence
    headings: list[int]
    links: list[_Link]
    images_without_alt: int


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self.headings: list[int] = []
        self.links: list[_Link] = []
        self.images_without_alt = 0
        self._open_link: _Link | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if heading := _HEADING.fullmatch(tag):
            self.headings.append(int(heading.group(1)))
        if tag in _BLOCK_TAGS:
            self.blocks.append("")
        if tag == "a":
            self._open_link = _Link(href=attributes.get("href") or "", text="")
            self.links.append(self._open_link)
        elif tag == "img":
            # alt="" is right for a decorative image; only a missing alt leaves screen readers guessing.
            if attributes.get("alt") is None:
                self.images_without_alt += 1

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.blocks.append("")
        if tag == "a":
            self._open_link = None

    def handle_data(self, data):
        self.blocks[-1] += data
        if self._open_link:
            self._open_link.text += data


def read_html(html: str) -> _Html:
    """The visible text, heading levels, links and images of rendered HTML."""
    reader = _Reader()
    reader.feed(html or "")
    reader.close()
    sentences = []
    for block in reader.blocks:
        block = " ".join(block.split())
        if block:
            # A list item or a heading without a full stop is still read as one unit.
            sentences.append(block if block[-1] in ".!?:;" else block + ".")
    return _Html(" ".join(sentences), reader.headings, reader.links, reader.images_without_alt)


def reading_grade(text: str) -> float | None:
    """The Flesch-Kincaid grade of the text, or None when it is too short for the formula to mean much."""
    if textstat.lexicon_count(text) < MIN_WORDS_FOR_GRADE:
        return None
    return round(textstat.flesch_kincaid_grade(text), 1)


def check_page(page: Page, *, today: datetime.date | None = None, clinic_name: str | None = None):
    """Everything worth improving on a saved page, in the order the page shows it."""
    return check_content(
        page,
        sections=list(page.sections.all()),
        faqs=list(page.faqs.all()),
        today=today,
        clinic_name=clinic_name,
    )


def check_content(page, *, sections, faqs, today=None, clinic_name=None) -> list["ContentWarning"]:
    """Check a page and its sections and FAQs as given (saved or not), with their `*_html` filled in."""
    today = today or timezone.localdate()
    clinic_name = clinic_name if clinic_name is not None else Clinic.load().name
    warnings = [*_search_result_warnings(page, clinic_name), *_review_warnings(page, today)]

    parts = [("introduction", "Introduction", page.introduction_html)]
    parts += [
        ("section", f"Section {number} “{section.heading}”", section.body_html)
        for number, section in enumerate(sections, start=1)
    ]
    parts += [
        ("faq", f"Question {number} “{faq.question}”", faq.answer_html)
        for number, faq in enumerate(faqs, start=1)
    ]
    read = [(kind, where, read_html(html)) for kind, where, html in parts]
    for kind, where, content in read:
        warnings += _grade_warnings(content.text, where)
        warnings += _heading_warnings(content.headings, HEADING_LEVEL_ABOVE[kind], where)
        warnings += _vague_link_warnings(content.links, where)
        if content.images_without_alt:
            warnings.append(
                ContentWarning(
                    "image_without_alt",
                    f"{content.images_without_alt} image(s) have no text alternative.",
                    "Describe what each image shows for patients who cannot see it, or mark it as "
                    "decorative if it adds nothing to the text.",
                    where,
                )
            )
    warnings += _internal_link_warnings(page, [(where, content.links) for _, where, content in read])
    warnings += _picture_warnings(page, sections, faqs)

    whole_grade = reading_grade(" ".join(content.text for _, _, content in read))
    if whole_grade is not None and whole_grade > MAX_READING_GRADE:
        warnings.insert(
            0,
            ContentWarning(
                "reading_grade_page",
                f"The page as a whole reads at grade {whole_grade}; patients need grade {MAX_READING_GRADE} "
                "or lower.",
                "Start with the sections flagged below: shorter sentences and plainer words lower the grade "
                "most.",
                "Whole page",
            ),
        )
    return warnings


def _search_result_warnings(page, clinic_name):
    shown = search_result_title(page.html_title, clinic_name)
    field = "SEO title" if page.seo_title else "Title"
    if len(shown) > TITLE_MAX_LENGTH:
        yield ContentWarning(
            "title_too_long",
            f"Search results will cut off the title: it has {len(shown)} characters and about "
            f"{TITLE_MAX_LENGTH} show.",
            f"Write a shorter SEO title (under “Advanced”) of at most {TITLE_MAX_LENGTH} characters; the "
            "page's own heading can stay as it is.",
            field,
        )
    length = len(page.summary.strip())
    if length > SUMMARY_MAX_LENGTH:
        yield ContentWarning(
            "summary_too_long",
            f"The summary has {length} characters; search results show about {SUMMARY_MAX_LENGTH} and cut "
            "off the rest.",
            f"Shorten it to one or two sentences of at most {SUMMARY_MAX_LENGTH} characters, most important "
            "first.",
            "Summary",
        )
    elif length < SUMMARY_MIN_LENGTH:
        yield ContentWarning(
            "summary_too_short",
            f"The summary has only {length} characters; search engines may show other text from the page "
            "instead.",
            f"Write one or two sentences of {SUMMARY_MIN_LENGTH}–{SUMMARY_MAX_LENGTH} characters saying "
            "what the page is about and who it helps.",
            "Summary",
        )


def _review_warnings(page, today):
    if not page.needs_medical_approval:
        return  # a clinic page without medical information: no physician reviews it
    if page.medical_reviewer_id is None:
        yield ContentWarning(
            "no_reviewer",
            "No clinician is named as the page's medical reviewer.",
            "Ask a physician to review the page, then choose them in “Medical reviewer” (add them under "
            "“Physicians” first if they are not listed).",
            "Medical reviewer",
        )
    elif page.has_placeholder_reviewer:
        yield ContentWarning(
            "placeholder_reviewer",
            f"The medical reviewer “{page.medical_reviewer.name}” is a stand-in loaded with the starting "
            "content: no physician has reviewed this page yet, and patients see no review line.",
            "Add the clinic's physician under “Physicians” (with their staff account), then have them "
            "review and approve the page.",
            "Medical reviewer",
        )
        return  # its review date is the day the content was loaded: nothing to say about it
    if page.last_reviewed is None:
        yield ContentWarning(
            "no_review_date",
            "The page has no date of its last medical review.",
            "Enter the date of the review in “Last reviewed” once a physician has checked the page.",
            "Last reviewed",
        )
    elif page.review_is_overdue(today):
        yield ContentWarning(
            "review_overdue",
            f"The last medical review was on {page.last_reviewed:%B %-d, %Y}; the page is reviewed every "
            f"{page.review_interval_months} month{pluralize(page.review_interval_months)}, so it was due on "
            f"{page.review_due_on:%B %-d, %Y}.",
            "Ask a physician to review the page again, then update “Last reviewed”.",
            "Last reviewed",
        )


def _grade_warnings(text, where):
    grade = reading_grade(text)
    if grade is not None and grade > MAX_READING_GRADE:
        yield ContentWarning(
            "reading_grade",
            f"Reads at grade {grade}; patients need grade {MAX_READING_GRADE} or lower.",
            "Use shorter sentences (15–20 words) and plainer words: “pain relief” rather than "
            "“analgesia”; explain a medical term the first time it appears.",
            where,
        )


def _heading_warnings(levels, level_above, where):
    previous = level_above
    for level in levels:
        if level <= level_above:
            yield ContentWarning(
                "heading_level",
                f"A heading inside the text is as important as (h{level}) the heading it sits under.",
                "Use “### ” for a heading inside a section, “#### ” below that; split long text into "
                "its own section instead of adding a top-level heading.",
                where,
            )
        elif level > previous + 1:
            yield ContentWarning(
                "heading_skips_level",
                f"A heading skips a level (h{level} after h{previous}), which confuses screen-reader users.",
                f"Make it a level-{previous + 1} heading (“{'#' * (previous + 1)} ”), or, in an "
                "introduction, move the text into a section of its own.",
                where,
            )
        previous = level


def _vague_link_warnings(links, where):
    for link in links:
        text = " ".join(link.text.split()).strip(" .,:;!¡¿?").lower()
        if text in VAGUE_LINK_TEXTS or not text:
            yield ContentWarning(
                "vague_link_text",
                f"The link text “{link.text.strip()}” does not say where the link goes.",
                "Make the linked words describe the destination, e.g. “[how to prepare for your injection]"
                "(/procedures/…/)” instead of “click here”.",
                where,
            )


def _internal_path(href: str) -> str | None:
    """The path of a link to this website, or None for another website, a phone number or an anchor."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(settings.SITE_URL).netloc:
            return None
    elif not href.startswith("/") or href.startswith("//"):
        return None
    return parts.path or "/"


def _page_reference_warnings(links_by_place):
    """[text](page:slug) references that patients see as plain text: no published page has that slug."""
    references = [
        (where, link.href, link.href.removeprefix("page:").split("#")[0])
        for where, links in links_by_place
        for link in links
        if link.href.startswith("page:")
    ]
    found = page_links.addresses_of({slug for *_, slug in references})
    for where, href, slug in references:
        if slug not in found:
            yield ContentWarning(
                "link_reference_unresolved",
                f"The link {href} shows as plain text: no published page has the address “{slug}”.",
                "Check the spelling of the page's slug (the last part of its address), or publish that page.",
                where,
            )


# The routes of a page's address (procedures/urls.py), and the kind of page each shows.
PAGE_ROUTE_KINDS = {
    "detail": Page.Kind.PROCEDURE,
    "condition_detail": Page.Kind.CONDITION,
    "clinic_page": Page.Kind.CLINIC_PAGE,
}


def _internal_link_warnings(page, links_by_place):
    """Links to pages of this site that do not exist or that patients cannot see."""
    links_by_place = list(links_by_place)
    yield from _page_reference_warnings(links_by_place)
    targets = []  # (where, href, path, slug or None when the path is not a page)
    for where, links in links_by_place:
        for link in links:
            path = _internal_path(link.href)
            if path is None:
                continue
            try:
                match = resolve(path)
            except Resolver404:
                try:
                    match = resolve(path + "/") if not path.endswith("/") else None
                except Resolver404:
                    match = None
            slug = None
            if match and match.url_name in PAGE_ROUTE_KINDS and match.namespace == "procedures":
                slug = (PAGE_ROUTE_KINDS[match.url_name], match.kwargs["slug"])
            targets.append((where, link.href, path, match, slug))
    if not targets:
        return
    slugs = {slug[1] for *_, slug in targets if slug}
    pages = {
        (kind, slug): status
        for kind, slug, status in Page.objects.without_working_drafts()
        .filter(slug__in=slugs)
        .values_list("kind", "slug", "status")
    }
    broken = {path for _, _, path, match, slug in targets if match is None or (slug and slug not in pages)}
    redirected = dict(Redirect.objects.filter(old_path__in=broken).values_list("old_path", "new_path"))
    for where, href, path, _match, slug in targets:
        if path in redirected:
            yield ContentWarning(
                "link_redirected",
                f"The link to {href} points to an old address that now redirects.",
                f"Change the link to {redirected[path] or 'another page'}: a direct link is faster for "
                "patients.",
                where,
            )
        elif path in broken:
            yield ContentWarning(
                "link_missing",
                f"The link to {href} leads to no page of this website (patients get “page not found”).",
                "Open the page you mean on the site and copy its address from the browser, e.g. "
                "/procedures/medial-branch-block/, or remove the link.",
                where,
            )
        elif slug and pages[slug] != Page.Status.PUBLISHED and slug[1] != page.slug:
            yield ContentWarning(
                "link_unpublished",
                f"The link to {href} leads to a draft: patients get “page not found” until it is published.",
                "Publish that page first, or remove the link until it is.",
                where,
            )


# ![text](address) in Markdown: the sanitizer removes <img>, so such a picture never shows.
_MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
# Text alternatives that say nothing of what the picture shows: a bare word, a camera's file name.
_UNHELPFUL_ALT = re.compile(
    r"^(?:(?:an? |the )?(?:image|picture|photo|photograph|graphic|banner|hero|img|untitled)\s*\d*"
    r"|.*\.(?:jpe?g|png|webp|gif|heic)|(?:img|dsc|pxl|screenshot)[\s_-]?\d.*)$",
    re.IGNORECASE,
)
_REDUNDANT_ALT_START = re.compile(
    r"^(?:an? )?(?:image|picture|photo|photograph) (?:of|showing)\b", re.IGNORECASE
)
HOW_TO_DESCRIBE = (
    "Open the picture under “Images” and say in a sentence what it shows, e.g. “A physician guides a thin "
    "needle into the lower back using an X-ray screen.” Screen readers already announce a picture, so leave "
    "out “image of”."
)


def _picture_warnings(page, sections, faqs):
    """Pictures patients cannot see, and pictures screen-reader users learn nothing from."""
    if page.hero_image_id:
        yield from _alt_text_warnings(page.hero_image, "Hero image")
    texts = [("Introduction", page.introduction)]
    texts += [
        (f"Section {n} “{section.heading}”", section.body) for n, section in enumerate(sections, start=1)
    ]
    texts += [(f"Question {n} “{faq.question}”", faq.answer) for n, faq in enumerate(faqs, start=1)]
    images_by_place = {
        f"Section {n} “{section.heading}”": section.image
        for n, section in enumerate(sections, start=1)
        if section.image_id
    }
    for where, text in texts:
        for alt, address in _MARKDOWN_IMAGE.findall(text or ""):
            yield ContentWarning(
                "image_in_text",
                f"The picture “![{alt}]({address})” does not show: pictures cannot be placed inside the text"
                + (", and this one has no text alternative either." if not alt.strip() else "."),
                "Delete it from the text. Upload the picture under “Images” with a description of what it "
                "shows, then choose it as this section's “Image” (or as the page's “Hero image”).",
                where,
            )
        image = images_by_place.get(where)
        if image is None:
            continue
        if image.is_decorative:
            yield ContentWarning(
                "image_decorative_in_section",
                "The section's picture is marked decorative, so screen readers skip it; a picture beside the "
                "text usually explains something (a diagram, a step of the procedure).",
                "Open the picture under “Images”, untick “Decorative” and describe what it shows; or remove "
                "it from the section if it adds nothing to the text.",
                where,
            )
        else:
            yield from _alt_text_warnings(image, where)


def _alt_text_warnings(image, where):
    alt = " ".join(image.alt_text.split())
    if image.is_decorative:
        return
    if _UNHELPFUL_ALT.match(alt) or len(alt) < 4:
        yield ContentWarning(
            "image_alt_unhelpful",
            f"The picture's text alternative “{alt}” does not say what it shows.",
            HOW_TO_DESCRIBE,
            where,
        )
    elif _REDUNDANT_ALT_START.match(alt):
        yield ContentWarning(
            "image_alt_redundant",
            f"The picture's text alternative starts with “{alt.split()[0]} …”: screen readers say "
            "“image” already.",
            HOW_TO_DESCRIBE,
            where,
        )

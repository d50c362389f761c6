from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from clinic.two_factor import staff_login_verified

from .image_files import CONTENT_TYPES
from .middleware import cache_for_anonymous
from .models import (
    ClinicPage,
    Condition,
    Document,
    HolidayClosure,
    InsuranceGroup,
    Location,
    Page,
    Physician,
    Procedure,
)
from .page_languages import active_language, page_alternate_urls, route_alternate_urls, with_alternate
from .page_links import addresses, links_resolve, page_links_resolve
from .site_search import search_locations, search_site, search_terms


class AlternateUrlsMixin:
    """`alternate_urls`, language → this page's address in it, for the language switcher and hreflang
    links: the same route in each language (a page's view gives its versions instead)."""

    def get_alternate_urls(self) -> dict[str, str]:
        return route_alternate_urls(self.request.path)

    def get_context_data(self, **kwargs):
        return super().get_context_data(alternate_urls=self.get_alternate_urls(), **kwargs)


class PublicPageMixin(AlternateUrlsMixin):
    """Anonymous responses of these views are served from the shared page cache."""

    cache_for_anonymous = True


class BreadcrumbsMixin:
    """The trail shown above the page is also the BreadcrumbList search engines get: one list for both."""

    def get_breadcrumbs(self) -> list[tuple[str, str]]:
        return [(gettext("Home"), reverse("procedures:home"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(breadcrumbs=self.get_breadcrumbs(), **kwargs)


class HomeView(PublicPageMixin, TemplateView):
    template_name = "procedures/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            procedures=Procedure.objects.published_here().for_listing(),
            conditions=Condition.objects.published_here().for_listing(),
            **kwargs,
        )


class ProcedureListView(PublicPageMixin, BreadcrumbsMixin, ListView):
    template_name = "procedures/procedure_list.html"
    context_object_name = "pages"
    index = (_("Procedures"), "procedures:list")

    def get_breadcrumbs(self):
        label, route = self.index
        return [*super().get_breadcrumbs(), (str(label), reverse(route))]

    def get_queryset(self):
        return Procedure.objects.published_here().for_listing()


class ConditionListView(ProcedureListView):
    template_name = "procedures/condition_list.html"
    index = (_("Conditions"), "procedures:condition_list")

    def get_queryset(self):
        return Condition.objects.published_here().for_listing()


class PageDetailView(PublicPageMixin, BreadcrumbsMixin, DetailView):
    """A published page for everyone; a draft too for staff, who preview it exactly as it will look."""

    context_object_name = "page"

    def get_queryset(self):
        # A working draft shares its live page's address; it is previewed at its own (PagePreviewView).
        # Each language's site has its own pages: /es/ shows only the Spanish ones.
        pages = with_alternate(
            self.model.objects.without_working_drafts().in_language(active_language()).with_page_content()
        )
        user = self.request.user
        # The admin's own rule: with two-factor login required, a password alone shows no draft.
        if staff_login_verified(user) and user.has_perm(f"procedures.view_{self.model._meta.model_name}"):
            return pages
        return pages.published()

    def get_object(self, queryset=None):
        try:
            page = super().get_object(queryset)
        except Http404:
            # The not-found page offers the English page, when this address names one (404.html).
            self.request.english_page = self.english_page_named()
            raise
        page_links_resolve(page)
        return page

    def english_page_named(self) -> Page | None:
        """Under another language's address, the published English page its slug names: by its own
        slug, or the English page of the unpublished translation that has it."""
        if active_language() == settings.LANGUAGE_CODE:
            return None
        slug = self.kwargs.get("slug")
        named = Page.objects.filter(Q(slug=slug) | Q(translations__slug=slug), kind=self.model().kind)
        return named.published().in_language(settings.LANGUAGE_CODE).only("slug", "kind", "title").first()

    def get_alternate_urls(self):
        return page_alternate_urls(self.object)

    def get_breadcrumbs(self):
        label, route = self.index
        return [
            *super().get_breadcrumbs(),
            (str(label), reverse(route)),
            (self.object.title, self.object.get_absolute_url()),
        ]

    def get_cta_query(self) -> str:
        # The call to action pre-selects this page in the consultation form.
        return urlencode({self.model._meta.model_name: self.object.slug})

    def get_context_data(self, **kwargs):
        return super().get_context_data(cta_query=self.get_cta_query(), **kwargs)


class ProcedureDetailView(PageDetailView):
    model = Procedure
    index = ProcedureListView.index
    template_name = "procedures/procedure_detail.html"


class ConditionDetailView(PageDetailView):
    model = Condition
    index = ConditionListView.index
    template_name = "procedures/condition_detail.html"


class PhysicianListView(PublicPageMixin, BreadcrumbsMixin, ListView):
    template_name = "procedures/physician_list.html"
    context_object_name = "physicians"

    def get_breadcrumbs(self):
        return [*super().get_breadcrumbs(), (gettext("Physicians"), reverse("procedures:physician_list"))]

    def get_queryset(self):
        return Physician.objects.listed().with_profile()


class PhysicianDetailView(PublicPageMixin, BreadcrumbsMixin, DetailView):
    """A listed physician's profile for everyone; an unlisted one too for staff, to check it first."""

    context_object_name = "physician"
    template_name = "procedures/physician_detail.html"

    def get_queryset(self):
        physicians = Physician.objects.with_profile()
        user = self.request.user
        if staff_login_verified(user) and user.has_perm("procedures.view_physician"):
            return physicians
        return physicians.listed()

    def get_object(self, queryset=None):
        physician = super().get_object(queryset)
        # The biography may link to pages by reference, [text](page:slug), as a page's copy does.
        physician.biography_html = links_resolve(
            physician.biography_html, addresses([physician.biography_html], active_language())
        )
        return physician

    def get_breadcrumbs(self):
        return [
            *super().get_breadcrumbs(),
            (gettext("Physicians"), reverse("procedures:physician_list")),
            (self.object.name_with_credentials, self.object.get_absolute_url()),
        ]

    def get_context_data(self, **kwargs):
        # A placeholder reviewed nothing: its name on the seed's pages is no review (see page_detail.html).
        reviewed = (
            []
            if self.object.is_placeholder
            else Page.objects.published_here().filter(medical_reviewer=self.object).for_listing()
        )
        return super().get_context_data(reviewed_pages=reviewed, **kwargs)


class LocationListView(PublicPageMixin, BreadcrumbsMixin, ListView):
    template_name = "procedures/location_list.html"
    context_object_name = "location_list"

    def get_breadcrumbs(self):
        return [*super().get_breadcrumbs(), (gettext("Locations"), reverse("procedures:location_list"))]

    def get_queryset(self):
        return Location.objects.active().with_hours()


class LocationDetailView(PublicPageMixin, BreadcrumbsMixin, DetailView):
    template_name = "procedures/location_detail.html"
    context_object_name = "location"

    def get_queryset(self):
        return Location.objects.active().with_hours().select_related("map_image")

    def get_breadcrumbs(self):
        return [
            *super().get_breadcrumbs(),
            (gettext("Locations"), reverse("procedures:location_list")),
            (self.object.name, self.object.get_absolute_url()),
        ]

    def get_context_data(self, **kwargs):
        # The page cache is emptied by any save; a closure that has passed leaves it within a day
        # (PAGE_CACHE_SECONDS), so a page may show yesterday's closure until then.
        closures = HolidayClosure.objects.upcoming(timezone.localdate()).for_location(self.object)
        return super().get_context_data(closures=list(closures), **kwargs)


class SearchView(PublicPageMixin, BreadcrumbsMixin, TemplateView):
    """The search form, and the physicians and pages that match. With a query the page is not cached
    (its query string is not a tracking one), but it takes a fixed number of SQL queries."""

    template_name = "procedures/search.html"

    def get_breadcrumbs(self):
        return [*super().get_breadcrumbs(), (gettext("Search"), reverse("procedures:search"))]

    def get_context_data(self, **kwargs):
        terms = search_terms(self.request.GET.get("q", ""))
        results, locations = search_site(terms), search_locations(terms)
        return super().get_context_data(
            terms=terms,
            results=results,
            location_results=locations,
            result_count=len(results) + len(locations),
            **kwargs,
        )


class InsuranceView(PublicPageMixin, BreadcrumbsMixin, ListView):
    """The kinds of coverage the clinic accepts, each with its plans and what to bring."""

    template_name = "procedures/insurance.html"
    context_object_name = "groups"

    def get_breadcrumbs(self):
        return [*super().get_breadcrumbs(), (gettext("Insurance"), reverse("procedures:insurance"))]

    def get_queryset(self):
        return InsuranceGroup.objects.shown().with_shown_plans()


class PagePreviewView(PageDetailView):
    """Any row of a page as patients would see it, a working draft too, by its id: for staff, in the admin."""

    cache_for_anonymous = False

    def get_queryset(self):
        if not self.request.user.has_perm(f"procedures.view_{self.model._meta.model_name}"):
            raise PermissionDenied
        return self.model.objects.select_related("draft_of").with_page_content()

    def get(self, request, *args, **kwargs):
        # A page is previewed in its own language, whatever the admin's (its words, its addresses).
        language = self.model.objects.filter(pk=kwargs.get("pk")).values_list("language", flat=True).first()
        with translation.override(language or settings.LANGUAGE_CODE):
            response = super().get(request, *args, **kwargs)
            return response.render()


class ProcedurePreviewView(PagePreviewView):
    model = Procedure
    index = ProcedureDetailView.index
    template_name = "procedures/procedure_detail.html"


class ConditionPreviewView(PagePreviewView):
    model = Condition
    index = ConditionDetailView.index
    template_name = "procedures/condition_detail.html"


class ClinicPageMixin:
    """A page editors made at the site's top level, e.g. /about/: under Home, with no index of its own."""

    model = ClinicPage
    template_name = "procedures/clinic_page.html"

    def get_breadcrumbs(self):
        return [
            (gettext("Home"), reverse("procedures:home")),
            (self.object.title, self.object.get_absolute_url()),
        ]

    def get_cta_query(self) -> str:
        return ""  # the consultation form with nothing chosen: a clinic page is no treatment


class ClinicPageView(ClinicPageMixin, PageDetailView):
    pass


class ClinicPagePreviewView(ClinicPageMixin, PagePreviewView):
    pass


# A document can be replaced or taken off the site under the same address: browsers and the proxy's
# micro-cache (which follows max-age) keep it a minute at most.
DOCUMENT_CACHE_CONTROL = "public, max-age=60"


def document_file(request, pk):
    """A PDF listed on a published clinic page (any document, for staff who may see them), always as a PDF.

    Only procedures.documents.document_file_check lets a file in, so what is served is a PDF; nosniff
    tells the browser to believe the type rather than guess from the content.
    """
    documents = Document.objects.select_related("page")
    if not request.user.has_perm("procedures.view_document"):
        documents = documents.filter(page__status=Page.Status.PUBLISHED, page__draft_of__isnull=True)
    document = documents.filter(pk=pk).first()
    if document is None:
        raise Http404("No such document.")
    try:
        file = document.file.open("rb")
    except FileNotFoundError:
        raise Http404("No such document.") from None
    response = FileResponse(
        file, content_type="application/pdf", filename=f"{slugify(document.title) or 'document'}.pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    public = document.page is not None and document.page.is_published and not document.page.is_working_draft
    # What only staff may read must stay out of shared caches.
    response["Cache-Control"] = DOCUMENT_CACHE_CONTROL if public else "private, no-store"
    return response


@cache_for_anonymous
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /consultation/thanks/",
        "",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def healthz(request):
    """200 when the database answers, 503 when it does not: for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def favicon(request):
    # Browsers and crawlers ask for /favicon.ico; the file itself is a hashed, long-cached static file.
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


# A stored picture's name never changes (a new upload gets a new folder), so browsers keep it a year.
IMAGE_CACHE_CONTROL = "public, max-age=31536000, immutable"


def image_file(request, folder, name, extension):
    """One stored picture, always as the image type its name says, never anything else under MEDIA_ROOT.

    The URL pattern admits only images/<32 hex digits>/<width or "original">.<picture extension>,
    the names procedures.services.image_create gives, so no path can reach another file.
    """
    stored = f"images/{folder}/{name}.{extension}"
    try:
        file = default_storage.open(stored, "rb")
    except FileNotFoundError:
        raise Http404("No such picture.") from None
    response = FileResponse(file, content_type=CONTENT_TYPES[extension])
    response["Cache-Control"] = IMAGE_CACHE_CONTROL
    return response

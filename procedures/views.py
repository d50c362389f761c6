from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.generic import DetailView, ListView, TemplateView

from clinic.two_factor import staff_login_verified

from .middleware import cache_for_anonymous
from .models import Condition, Procedure
from .page_links import page_links_resolve


class PublicPageMixin:
    """Anonymous responses of these views are served from the shared page cache."""

    cache_for_anonymous = True


class HomeView(PublicPageMixin, TemplateView):
    template_name = "procedures/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            procedures=Procedure.objects.published().for_listing(),
            conditions=Condition.objects.published().for_listing(),
            **kwargs,
        )


class ProcedureListView(PublicPageMixin, ListView):
    template_name = "procedures/procedure_list.html"
    context_object_name = "pages"

    def get_queryset(self):
        return Procedure.objects.published().for_listing()


class ConditionListView(ProcedureListView):
    template_name = "procedures/condition_list.html"

    def get_queryset(self):
        return Condition.objects.published().for_listing()


class PageDetailView(PublicPageMixin, DetailView):
    """A published page for everyone; a draft too for staff, who preview it exactly as it will look."""

    context_object_name = "page"

    def get_queryset(self):
        # A working draft shares its live page's address; it is previewed at its own (PagePreviewView).
        pages = self.model.objects.without_working_drafts().with_page_content()
        user = self.request.user
        # The admin's own rule: with two-factor login required, a password alone shows no draft.
        if staff_login_verified(user) and user.has_perm(f"procedures.view_{self.model._meta.model_name}"):
            return pages
        return pages.published()

    def get_object(self, queryset=None):
        page = super().get_object(queryset)
        page_links_resolve(page)
        return page

    def get_context_data(self, **kwargs):
        # The call to action pre-selects this page in the consultation form.
        cta_query = urlencode({self.model._meta.model_name: self.object.slug})
        return super().get_context_data(cta_query=cta_query, **kwargs)


class ProcedureDetailView(PageDetailView):
    model = Procedure
    template_name = "procedures/procedure_detail.html"


class ConditionDetailView(PageDetailView):
    model = Condition
    template_name = "procedures/condition_detail.html"


class PagePreviewView(PageDetailView):
    """Any row of a page as patients would see it, a working draft too, by its id: for staff, in the admin."""

    cache_for_anonymous = False

    def get_queryset(self):
        if not self.request.user.has_perm(f"procedures.view_{self.model._meta.model_name}"):
            raise PermissionDenied
        return self.model.objects.select_related("draft_of").with_page_content()


class ProcedurePreviewView(PagePreviewView):
    model = Procedure
    template_name = "procedures/procedure_detail.html"


class ConditionPreviewView(PagePreviewView):
    model = Condition
    template_name = "procedures/condition_detail.html"


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

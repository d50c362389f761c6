import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy

from procedures import views as procedure_views
from procedures.middleware import cache_for_anonymous
from procedures.sitemaps import SITEMAPS

# A bad request gets a page that needs no database; a database outage is a 503 in the site's
# design, not a 500 (clinic/views.py).
handler400 = "clinic.views.bad_request"
handler500 = "clinic.views.server_error"

admin.site.site_header = "Advanced Pain Medical Group — staff"
admin.site.site_title = "Clinic admin"
admin.site.index_title = "Pages and consultation requests"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("sitemap.xml", cache_for_anonymous(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", procedure_views.robots_txt, name="robots_txt"),
    path("healthz", procedure_views.healthz, name="healthz"),
    path("favicon.ico", procedure_views.favicon, name="favicon"),
    # Uploaded pictures, served by the site itself in development and production alike.
    re_path(
        rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}images/(?P<folder>[0-9a-f]{{32}})/"
        r"(?P<name>original|[0-9]{1,5})\.(?P<extension>avif|webp|jpg|png)$",
        procedure_views.image_file,
        name="image_file",
    ),
]
# The patients' pages, in English at these addresses and in Spanish under /es/ with translated words
# (clinic.middleware.UrlLanguageMiddleware sets the language before the address is resolved).
urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "consultation/"), include("consultations.urls")),
    # Before the pages' catch-all. Not under /accessibility/: that is the statement, a clinic page, and
    # a route's first segment is an address no clinic page may take (procedures/clinic_pages.py).
    path(pgettext_lazy("URL", "accessibility-report/"), include("consultations.barrier_urls")),
    path("", include("procedures.urls")),
    prefix_default_language=False,
)

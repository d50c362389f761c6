from django.urls import include, path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "procedures"

# Each first word is translated for the Spanish addresses (/es/procedimientos/…): see locale/.
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        pgettext_lazy("URL", "procedures/"),
        include(
            [
                path("", views.ProcedureListView.as_view(), name="list"),
                path("<slug:slug>/", views.ProcedureDetailView.as_view(), name="detail"),
            ]
        ),
    ),
    path(
        pgettext_lazy("URL", "conditions/"),
        include(
            [
                path("", views.ConditionListView.as_view(), name="condition_list"),
                path("<slug:slug>/", views.ConditionDetailView.as_view(), name="condition_detail"),
            ]
        ),
    ),
    path(pgettext_lazy("URL", "insurance/"), views.InsuranceView.as_view(), name="insurance"),
    path(pgettext_lazy("URL", "search/"), views.SearchView.as_view(), name="search"),
    path(
        pgettext_lazy("URL", "physicians/"),
        include(
            [
                path("", views.PhysicianListView.as_view(), name="physician_list"),
                path("<slug:slug>/", views.PhysicianDetailView.as_view(), name="physician_detail"),
            ]
        ),
    ),
    path(
        pgettext_lazy("URL", "locations/"),
        include(
            [
                path("", views.LocationListView.as_view(), name="location_list"),
                path("<slug:slug>/", views.LocationDetailView.as_view(), name="location_detail"),
            ]
        ),
    ),
    path(
        pgettext_lazy("URL", "documents/"),
        include([path("<int:pk>/", views.document_file, name="document")]),
    ),
    # Last, so that a clinic page never hides another address (their slugs avoid the site's own:
    # procedures/clinic_pages.py).
    path("<slug:slug>/", views.ClinicPageView.as_view(), name="clinic_page"),
]

from django.urls import path

from . import views

app_name = "procedures"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("procedures/", views.ProcedureListView.as_view(), name="list"),
    path("procedures/<slug:slug>/", views.ProcedureDetailView.as_view(), name="detail"),
    path("conditions/", views.ConditionListView.as_view(), name="condition_list"),
    path("conditions/<slug:slug>/", views.ConditionDetailView.as_view(), name="condition_detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("documents/<int:pk>/", views.document_file, name="document"),
    # Last, so that a clinic page never hides another address (their slugs avoid the site's own:
    # procedures/clinic_pages.py).
    path("<slug:slug>/", views.ClinicPageView.as_view(), name="clinic_page"),
]

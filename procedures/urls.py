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
]

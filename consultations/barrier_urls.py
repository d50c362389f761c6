"""The accessibility barrier report's addresses, under /accessibility/report/ beside the statement's page."""

from django.urls import path

from . import views

app_name = "accessibility"

urlpatterns = [
    path("", views.BarrierReportView.as_view(), name="report"),
    path("thanks/<str:token>/", views.BarrierThanksView.as_view(), name="thanks"),
]

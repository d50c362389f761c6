"""The accessibility barrier report's addresses, at /accessibility-report/, linked from the statement."""

from django.urls import path

from . import views

app_name = "accessibility"

urlpatterns = [
    path("", views.BarrierReportView.as_view(), name="report"),
    path("thanks/<str:token>/", views.BarrierThanksView.as_view(), name="thanks"),
]

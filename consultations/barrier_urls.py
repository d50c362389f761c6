"""The accessibility barrier report's addresses, at /accessibility-report/, linked from the statement."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "accessibility"

urlpatterns = [
    path("", views.BarrierReportView.as_view(), name="report"),
    # The same words as the request's confirmation: /es/reportar-barrera/gracias/…
    path(pgettext_lazy("URL", "thanks/<str:token>/"), views.BarrierThanksView.as_view(), name="thanks"),
]

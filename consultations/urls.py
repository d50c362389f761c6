from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "consultations"

urlpatterns = [
    path("", views.ConsultationRequestView.as_view(), name="request"),
    path(pgettext_lazy("URL", "thanks/<str:token>/"), views.ThanksView.as_view(), name="thanks"),
]

from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("", views.ConsultationRequestView.as_view(), name="request"),
    path("thanks/<str:token>/", views.ThanksView.as_view(), name="thanks"),
]

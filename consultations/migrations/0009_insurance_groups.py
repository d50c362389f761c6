from django.db import migrations, models
from django.db.models import Case, Value, When

# The form's choices before they came from procedures.InsuranceGroup, as patients saw them.
EARLIER_LABELS = {
    "ppo": "PPO",
    "hmo": "HMO",
    "medicare": "Medicare",
    "medi-cal": "Medi-Cal",
    "workers-comp": "Workers’ compensation",
    "personal-injury": "Personal injury",
    "self-pay": "Self-pay",
}


def earlier_labels_keep(apps, schema_editor):
    """Give each request the label its key had on the form (the new column starts as "Not sure")."""
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    ConsultationRequest.objects.filter(insurance__in=EARLIER_LABELS).update(
        insurance_label=Case(*(When(insurance=key, then=Value(label)) for key, label in EARLIER_LABELS.items()))
    )


class Migration(migrations.Migration):

    dependencies = [
        ('consultations', '0008_form_token_digest'),
    ]

    operations = [
        migrations.AddField(
            model_name='consultationrequest',
            name='insurance_label',
            field=models.CharField(default='Not sure', help_text='The insurance the patient chose, as the form named it then.', max_length=80, verbose_name='insurance'),
        ),
        migrations.RunPython(earlier_labels_keep, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='consultationrequest',
            name='insurance',
            field=models.CharField(default='not-sure', help_text="The insurance group's key when the patient sent the request, for filters and exports.", max_length=40, verbose_name='insurance key'),
        ),
    ]

# The language of the form a request was sent from (issue #13). Numbered as the design asked; it
# follows 0009_insurance_groups, which reached this branch first.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0009_insurance_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="consultationrequest",
            name="language",
            field=models.CharField(
                choices=[("en", "English"), ("es", "Español")],
                db_index=True,
                default="en",
                editable=False,
                help_text="The language of the form the patient sent: the language to speak and write to them in.",
                max_length=8,
            ),
        ),
    ]

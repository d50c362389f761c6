from django.db import migrations, models


class Migration(migrations.Migration):
    """Once 0013 has given every location its own address: addresses are unique, the old text goes."""

    dependencies = [("procedures", "0013_location_hours_from_text")]

    operations = [
        migrations.AlterField(
            model_name="location",
            name="slug",
            field=models.SlugField(
                help_text="The last part of the location's page address, e.g. “west-los-angeles” for "
                "/locations/west-los-angeles/. Filled in from the name.",
                max_length=120,
                unique=True,
            ),
        ),
        migrations.RemoveField(model_name="location", name="hours"),
    ]

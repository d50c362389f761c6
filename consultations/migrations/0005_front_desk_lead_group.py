from importlib import import_module

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

FRONT_DESK_LEAD = "Front desk lead"
FIGURES = "view_front_desk_figures"
# The front desk's own permissions, as its migration grants them.
FRONT_DESK_PERMISSIONS = import_module("consultations.migrations.0002_front_desk_group").PERMISSIONS


def create_front_desk_lead_group(apps, schema_editor):
    """The front desk's permissions, those the Front desk group holds now, and the figures."""
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    lead, _ = Group.objects.get_or_create(name=FRONT_DESK_LEAD)
    lead.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="consultations", codename__in=[*FRONT_DESK_PERMISSIONS, FIGURES]
        ),
        *Permission.objects.filter(group__name="Front desk"),
    )


def remove_front_desk_lead_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=FRONT_DESK_LEAD).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0004_call_queue"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="FrontDeskFigures",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
            ],
            options={
                "verbose_name": "front desk figures",
                "verbose_name_plural": "front desk figures",
                "permissions": [
                    ("view_front_desk_figures", "Can view the front desk's speed-to-lead figures")
                ],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(create_front_desk_lead_group, remove_front_desk_lead_group),
    ]

from django.contrib.auth.management import create_permissions
from django.db import migrations

FRONT_DESK = "Front desk"
# Requests only: work them, add notes, read their emails and history. No deleting, no CSV export
# (grant "Can export consultation requests as CSV" to a person, not the group), no content.
PERMISSIONS = [
    "view_consultationrequest",
    "change_consultationrequest",
    "add_note",
    "view_note",
    "view_notification",
    "view_event",
    "view_noticerecipient",
]


def create_front_desk_group(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    front_desk, _ = Group.objects.get_or_create(name=FRONT_DESK)
    front_desk.permissions.add(
        *Permission.objects.filter(content_type__app_label="consultations", codename__in=PERMISSIONS)
    )


def remove_front_desk_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=FRONT_DESK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_front_desk_group, remove_front_desk_group)]

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CONTENT_MODELS = {
    "procedures": ["procedure", "condition", "section", "faq", "location", "page"],
    "redirects": ["redirect"],
}
CLINIC_PERMISSIONS = ["change_clinic", "view_clinic"]


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = list(CLINIC_PERMISSIONS)
    for app_label, models in CONTENT_MODELS.items():
        for model in models:
            codenames += [f"{action}_{model}" for action in ("add", "change", "delete", "view")]
    permissions = Permission.objects.filter(
        content_type__app_label__in=CONTENT_MODELS, codename__in=codenames
    )
    editors.permissions.add(*permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0001_initial"),
        ("redirects", "0002_alter_redirect_new_path_help_text"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]

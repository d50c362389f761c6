from django.contrib.auth.management import create_permissions
from django.db import migrations

MEDICAL_REVIEWERS = "Medical reviewers"
EDITORS = "Editors"
# Reviewers read every page and its drafts and approve them; they do not edit or publish.
REVIEWER_PERMISSIONS = [
    "approve_page",
    "view_page",
    "view_procedure",
    "view_condition",
    "view_section",
    "view_faq",
    "view_physician",
]
# Editors publish approved pages and keep the physicians' names and credentials up to date.
EDITOR_PERMISSIONS = ["publish_page", "add_physician", "change_physician", "view_physician"]


def create_medical_reviewers_group(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    procedures_permissions = Permission.objects.filter(content_type__app_label="procedures")
    reviewers, _ = Group.objects.get_or_create(name=MEDICAL_REVIEWERS)
    reviewers.permissions.add(*procedures_permissions.filter(codename__in=REVIEWER_PERMISSIONS))
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*procedures_permissions.filter(codename__in=EDITOR_PERMISSIONS))


def remove_medical_reviewers_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MEDICAL_REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [("procedures", "0005_physicians_and_page_workflow")]

    operations = [migrations.RunPython(create_medical_reviewers_group, remove_medical_reviewers_group)]

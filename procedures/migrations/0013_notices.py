from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Editors keep the taglines, as they keep the notice pages; deleting a language is for administrators.
EDITOR_PERMISSIONS = ["add_languagetagline", "change_languagetagline", "view_languagetagline"]


def grant_taglines(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="procedures", codename__in=EDITOR_PERMISSIONS
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0012_clinic_pages"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="LanguageTagline",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        help_text="For staff, e.g. “Spanish”; shown beside the line.",
                        max_length=60,
                        verbose_name="language (in English)",
                    ),
                ),
                (
                    "lang",
                    models.CharField(
                        help_text="The BCP 47 code browsers and screen readers use to pronounce the line, e.g. “es”, “zh-Hant” (Chinese, traditional characters), “fa” (Persian).",
                        max_length=20,
                        unique=True,
                        verbose_name="language code",
                    ),
                ),
                (
                    "direction",
                    models.CharField(
                        choices=[("ltr", "Left to right"), ("rtl", "Right to left (Arabic, Persian…)")],
                        default="ltr",
                        help_text="Right to left for Arabic and Persian.",
                        max_length=3,
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        help_text="The line in its own language: free language help and auxiliary aids are available, and to call. Write {phone} where the clinic's phone number goes.",
                        max_length=500,
                    ),
                ),
                (
                    "translator_checked",
                    models.BooleanField(
                        default=False,
                        help_text="Tick only once a qualified translator has checked this line. The starting lines are drafts: patients who read this language depend on it.",
                        verbose_name="checked by a qualified translator",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lines are shown in increasing order of this number."
                    ),
                ),
            ],
            options={
                "verbose_name": "language-assistance tagline",
                "ordering": ["position", "id"],
            },
        ),
        migrations.RemoveConstraint(
            model_name="pageevent",
            name="page_event_kind_valid",
        ),
        migrations.AddField(
            model_name="clinicpage",
            name="wording_reviewed_fingerprint",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AlterField(
            model_name="pageevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("submitted", "Submitted for medical review"),
                    ("approved", "Medically approved"),
                    ("sent_back", "Sent back"),
                    ("published", "Published"),
                    ("published_override", "Published without approval"),
                    ("unpublished", "Unpublished"),
                    ("draft_discarded", "Working draft discarded"),
                    ("scheduled", "Scheduled"),
                    ("schedule_cancelled", "Schedule cancelled"),
                    ("wording_reviewed", "Notice wording reviewed by the clinic"),
                    ("wording_review_cleared", "Notice wording changed: review mark cleared"),
                ],
                max_length=30,
            ),
        ),
        migrations.AddConstraint(
            model_name="pageevent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "kind__in",
                        [
                            "submitted",
                            "approved",
                            "sent_back",
                            "published",
                            "published_override",
                            "unpublished",
                            "draft_discarded",
                            "scheduled",
                            "schedule_cancelled",
                            "wording_reviewed",
                            "wording_review_cleared",
                        ],
                    )
                ),
                name="page_event_kind_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="languagetagline",
            constraint=models.CheckConstraint(
                condition=models.Q(("direction__in", ["ltr", "rtl"])), name="tagline_direction_valid"
            ),
        ),
        migrations.RunPython(grant_taglines, migrations.RunPython.noop),
    ]

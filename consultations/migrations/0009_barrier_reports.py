import django.db.models.deletion
import phonenumber_field.modelfields
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Front desk (and its leads) and editors work barrier reports: read them, mark them resolved. Nobody deletes one.
GROUPS = ["Front desk", "Front desk lead", "Editors"]
PERMISSIONS = ["view_barrierreport", "change_barrierreport"]


def grant_barrier_reports(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="consultations", codename__in=PERMISSIONS)
    # Only groups that exist: tests make each group again from its own migration, then run this.
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0008_form_token_digest"),
        ("procedures", "0002_editors_group"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="accesslogentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("opened", "Opened a request"),
                    ("saved", "Saved a change to a request"),
                    ("listed", "Listed requests"),
                    ("searched", "Searched requests"),
                    ("exported", "Exported requests as CSV"),
                    ("history", "Read a request's change history"),
                    ("delete-page", "Delete page (asked to confirm, or deleted)"),
                    ("worked", "Worked a request in work mode"),
                    ("barrier-opened", "Opened an accessibility barrier report"),
                    ("barrier-saved", "Saved a change to an accessibility barrier report"),
                ],
                default="opened",
                help_text="What the admin page showed or did.",
                max_length=20,
            ),
        ),
        migrations.AlterField(
            model_name="notification",
            name="consultation_request",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notifications",
                to="consultations.consultationrequest",
            ),
        ),
        migrations.AlterField(
            model_name="notification",
            name="kind",
            field=models.CharField(
                choices=[
                    ("staff-notice", "Staff notice"),
                    ("acknowledgement", "Patient acknowledgement"),
                    ("tried-to-reach", "“We tried to reach you” to the patient"),
                    ("barrier-notice", "Staff notice of an accessibility barrier"),
                ],
                max_length=20,
            ),
        ),
        migrations.CreateModel(
            name="BarrierReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("reference", models.CharField(editable=False, max_length=12, unique=True)),
                (
                    "form_token_digest",
                    models.CharField(editable=False, max_length=64, null=True, unique=True),
                ),
                (
                    "page_path",
                    models.CharField(
                        blank=True,
                        help_text="The address on this site the visitor had trouble with; empty when they did not say.",
                        max_length=200,
                        verbose_name="page",
                    ),
                ),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="In the visitor's words.",
                        max_length=2000,
                        verbose_name="what went wrong",
                    ),
                ),
                ("contact_name", models.CharField(blank=True, max_length=120, verbose_name="name")),
                ("contact_email", models.EmailField(blank=True, max_length=254, verbose_name="email")),
                (
                    "contact_phone",
                    phonenumber_field.modelfields.PhoneNumberField(
                        blank=True, max_length=128, region=None, verbose_name="phone"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("open", "Open"), ("resolved", "Resolved"), ("spam", "Spam")],
                        db_index=True,
                        default="open",
                        help_text="“Resolved” once the page is fixed, or the visitor was given what they needed another way.",
                        max_length=10,
                    ),
                ),
                ("resolved_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "anonymized_at",
                    models.DateTimeField(
                        blank=True,
                        editable=False,
                        help_text="When the description and contact details were removed.",
                        null=True,
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "resolved_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "accessibility barrier report",
                "ordering": ["-created_at"],
            },
        ),
        migrations.AddField(
            model_name="notification",
            name="barrier_report",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notifications",
                to="consultations.barrierreport",
            ),
        ),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.UniqueConstraint(
                fields=("barrier_report", "kind"), name="one_barrier_notification_per_kind"
            ),
        ),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("barrier_report__isnull", True), ("consultation_request__isnull", False)),
                    models.Q(("barrier_report__isnull", False), ("consultation_request__isnull", True)),
                    _connector="OR",
                ),
                name="notification_about_one_thing",
            ),
        ),
        migrations.AddConstraint(
            model_name="barrierreport",
            constraint=models.CheckConstraint(
                condition=models.Q(("status__in", ["open", "resolved", "spam"])),
                name="barrier_report_status_valid",
            ),
        ),
        migrations.RunPython(grant_barrier_reports, migrations.RunPython.noop),
    ]

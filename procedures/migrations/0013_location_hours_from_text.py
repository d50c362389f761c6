"""Each location gets its page address, and its free-text hours become opening-hours rows.

What the text says that cannot be read as rows ("By appointment on Saturdays") is kept, word for
word, in the location's hours note, shown under the hours: nothing an editor wrote is lost.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils.text import slugify

from procedures.opening_hours import parse_hours_text


def unique_slug(name, taken):
    base = slugify(name)[:110] or "location"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def hours_to_rows(apps, schema_editor):
    Location = apps.get_model("procedures", "Location")
    OpeningHours = apps.get_model("procedures", "OpeningHours")
    taken = set()
    for location in Location.objects.order_by("position", "pk"):
        location.slug = unique_slug(location.name, taken)
        parsed = parse_hours_text(location.hours)
        OpeningHours.objects.bulk_create(
            OpeningHours(location=location, weekday=weekday, opens=opens, closes=closes)
            for weekday, opens, closes in parsed.rows
        )
        location.hours_note = "\n".join(parsed.unread_lines)
        location.save(update_fields=["slug", "hours_note"])


def rows_to_hours(apps, schema_editor):
    from procedures.opening_hours import group_week

    Location = apps.get_model("procedures", "Location")
    for location in Location.objects.prefetch_related("opening_hours"):
        lines = [
            f"{group.days}: {', '.join(group.time_ranges) or 'Closed'}"
            for group in group_week(location.opening_hours.all())
        ]
        location.hours = "\n".join(lines + ([location.hours_note] if location.hours_note else []))
        location.save(update_fields=["hours"])
    # The text is what counts again: going forward makes the rows anew from it.
    apps.get_model("procedures", "OpeningHours").objects.all().delete()


def editors_location_permissions_add(apps, schema_editor):
    """Let the Editors group keep each location's opening hours and closures (tests/factories.py calls it)."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        codenames = [
            f"{action}_{model}"
            for model in ("openinghours", "holidayclosure")
            for action in ("add", "change", "delete", "view")
        ]
        editors.permissions.add(
            *Permission.objects.filter(content_type__app_label="procedures", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("procedures", "0012_location_pages"), ("procedures", "0002_editors_group")]

    operations = [
        migrations.RunPython(hours_to_rows, rows_to_hours),
        migrations.RunPython(editors_location_permissions_add, migrations.RunPython.noop),
    ]

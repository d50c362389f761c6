from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # Saving a page empties the shared page cache, so the database cache's table must exist as soon
    # as the content tables do (it is a no-op when REDIS_URL puts the cache elsewhere).
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("procedures", "0003_page_faq_heading")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]

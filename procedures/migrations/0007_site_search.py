import django.contrib.postgres.search
from django.db import migrations


def create_trigram_extension(apps, schema_editor):
    # Site search compares what was typed with page titles by trigrams. pg_trgm ships with PostgreSQL
    # (contrib); consultations' search uses it too, and either migration may run first.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def fill_search_documents(apps, schema_editor):
    from procedures.site_search import search_document

    if schema_editor.connection.vendor == "postgresql":
        Page = apps.get_model("procedures", "Page")
        Page.objects.update(
            search_document=search_document(apps.get_model("procedures", "Section"), apps.get_model("procedures", "FAQ"))
        )


class Migration(migrations.Migration):
    dependencies = [("procedures", "0006_medical_reviewers_group")]

    operations = [
        migrations.RunPython(create_trigram_extension, migrations.RunPython.noop),
        migrations.AddField(
            model_name="page",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_search_documents, migrations.RunPython.noop),
    ]

"""Any change to what a public page shows empties the anonymous page cache at once, and keeps the
page's site-search document current."""

import threading

from django.contrib.redirects.models import Redirect
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from clinic.cache import reconnected

from . import page_cache
from .models import (
    FAQ,
    Clinic,
    Condition,
    Image,
    InsuranceGroup,
    InsurancePlan,
    Location,
    Page,
    Procedure,
    Section,
)
from .site_search import search_documents_update

CONTENT_MODELS = (Page, Procedure, Condition, Section, FAQ, Image, Clinic, Location, Redirect)
# The insurance page, and the consultation form's insurance question (consultations/form_page.py).
CONTENT_MODELS += (InsuranceGroup, InsurancePlan)
RELATIONS = (
    Procedure.conditions_treated.through,
    Procedure.related_procedures.through,
    Condition.related_conditions.through,
)


def invalidate_page_cache(**kwargs):
    # Now, and again once the transaction commits: a page rendered from the old rows in between
    # must not stay cached.
    page_cache.invalidate_all()
    transaction.on_commit(page_cache.invalidate_all)


for model in CONTENT_MODELS:
    post_save.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
    post_delete.connect(
        invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}"
    )
for through in RELATIONS:
    m2m_changed.connect(
        invalidate_page_cache, sender=through, dispatch_uid=f"page-cache-m2m-{through.__name__}"
    )
# A save made while Redis was unreachable could not invalidate it; if Redis kept its pages, they
# may predate that save (clinic/cache.py).
reconnected.connect(invalidate_page_cache, dispatch_uid="page-cache-reconnected")


# Pages whose search document is out of date, made current once the transaction commits: one UPDATE
# for the page however many of its sections a save changed.
_stale_search_documents = threading.local()


def search_document_outdated(sender, instance, **kwargs):
    page_id = instance.page_id if isinstance(instance, (Section, FAQ)) else instance.pk
    stale = getattr(_stale_search_documents, "page_ids", None)
    if stale is None:
        stale = _stale_search_documents.page_ids = set()
    stale.add(page_id)
    transaction.on_commit(search_documents_refresh)


def search_documents_refresh():
    # Every callback drains the whole set; the ones after the first find it empty. Ids left by a
    # rolled-back transaction are refreshed with the next commit: a harmless extra update.
    stale = getattr(_stale_search_documents, "page_ids", None)
    if stale:
        _stale_search_documents.page_ids = set()
        search_documents_update(Page.objects.filter(pk__in=stale))


for model in (Page, Procedure, Condition, Section, FAQ):
    post_save.connect(
        search_document_outdated, sender=model, dispatch_uid=f"search-document-{model.__name__}"
    )
    post_delete.connect(
        search_document_outdated, sender=model, dispatch_uid=f"search-document-delete-{model.__name__}"
    )

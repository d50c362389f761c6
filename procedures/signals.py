"""Any change to what a public page shows empties the anonymous page cache at once."""

from django.contrib.redirects.models import Redirect
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from clinic.cache import reconnected

from . import page_cache
from .models import FAQ, Clinic, Condition, Image, Location, Page, Procedure, Section

CONTENT_MODELS = (Page, Procedure, Condition, Section, FAQ, Image, Clinic, Location, Redirect)
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

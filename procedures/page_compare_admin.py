"""Comparing two versions of a page in the admin, and the page's history with links to compare.

A version is named `version:<id>` (a revision django-reversion kept, as the history lists it) or
`page:<id>` (a page's rows as they are now): /admin/procedures/procedure/compare/?old=…&new=… compares
any two, such as a working draft with its live page (`compare_url`).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from reversion.models import Version

from .models import Page
from .page_compare import PAGE_MODELS, SnapshotError, compare, page_snapshot, version_snapshot

VERSION, PAGE = "version", "page"


def version_reference(version: Version) -> str:
    return f"{VERSION}:{version.pk}"


def page_reference(page: Page) -> str:
    return f"{PAGE}:{page.pk}"


def _admin_name(kind: str) -> str:
    """A kind of page (Page.Kind) as admin URLs and permissions name its model."""
    return PAGE_MODELS[kind]._meta.model_name


def compare_url(kind: str, *, old: str, new: str, show_all: bool = False) -> str:
    """The comparison page of two versions of a page of this kind (a Page.Kind)."""
    query = {"old": old, "new": new, **({"show": "all"} if show_all else {})}
    return f"{reverse(f'admin:procedures_{_admin_name(kind)}_compare')}?{urlencode(query)}"


class BadReference(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Side:
    """One of the two versions compared, described for the editor."""

    reference: str
    snapshot: object
    description: str
    version: Version | None = None

    @property
    def kind(self) -> str:
        return self.snapshot.kind

    @property
    def open_url(self) -> str:
        """The revision's form, from which it can be restored; or the page's own form."""
        page_id = self.snapshot.page_id
        if self.version is None:
            return reverse(f"admin:procedures_{_admin_name(self.kind)}_change", args=[page_id])
        return reverse(
            f"admin:procedures_{_admin_name(self.kind)}_revision", args=[quote(page_id), self.version.pk]
        )


def revision_description(version: Version) -> str:
    """E.g. "revision saved on Nov. 30, 2026, 9:12 a.m. by editor", as the history lists it."""
    revision = version.revision
    saved = date_format(localtime(revision.date_created), "DATETIME_FORMAT")
    who = f" by {revision.user.get_username()}" if revision.user else ""
    return f"revision saved on {saved}{who}"


def side_of(reference: str, role: str) -> Side:
    """The version `reference` names, or BadReference saying what is wrong, for an editor."""
    source, _, number = (reference or "").partition(":")
    if not reference:
        raise BadReference(f"Choose the {role} version to compare.")
    if source not in (VERSION, PAGE) or not number.isdigit():
        raise BadReference(
            f"“{reference}” does not name a version. The {role} version is written as version:<number> "
            "(a revision from the page's history) or page:<number> (a page as it is now)."
        )
    try:
        if source == PAGE:
            snapshot = page_snapshot(int(number))
            is_draft = Page.objects.filter(pk=snapshot.page_id, draft_of__isnull=False).exists()
            return Side(reference, snapshot, "the working draft" if is_draft else "the page as it is now")
        version = Version.objects.select_related("revision__user").filter(pk=int(number)).first()
        if version is None:
            raise BadReference(f"There is no revision number {number}: it may have been deleted.", 404)
        return Side(reference, version_snapshot(version), revision_description(version), version)
    except SnapshotError as error:
        raise BadReference(str(error), 404) from error


def compare_view(request, *, model_admin):
    """The changes from one version of a page to another, per field, section and FAQ."""
    # Read-only: whoever may read pages may compare them (medical reviewers included).
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": "Compare versions",
    }
    try:
        old = side_of(request.GET.get("old", ""), "older")
        new = side_of(request.GET.get("new", ""), "newer")
    except BadReference as error:
        context["error"] = str(error)
        return TemplateResponse(request, "admin/procedures/page_compare.html", context, status=error.status)
    for side in (old, new):
        if not request.user.has_perm(f"procedures.view_{_admin_name(side.kind)}"):
            raise PermissionDenied
    if (
        old.version
        and new.version
        and old.snapshot.page_id == new.snapshot.page_id
        and old.version.pk > new.version.pk
    ):
        old, new = new, old  # two revisions of one page read from the earlier to the later
    if old.snapshot.page_id != new.snapshot.page_id:
        for side in (old, new):
            side.description += f": “{side.snapshot.title}”, page number {side.snapshot.page_id}"
    show_all = request.GET.get("show") == "all"
    context.update(
        {
            "title": f"Compare versions of “{new.snapshot.title}”",
            "page_opts": PAGE_MODELS[new.kind]._meta,
            "page_id": new.snapshot.page_id,
            "old": old,
            "new": new,
            "comparison": compare(old.snapshot, new.snapshot),
            "show_all": show_all,
            "toggle_url": compare_url(new.kind, old=old.reference, new=new.reference, show_all=not show_all),
        }
    )
    return TemplateResponse(request, "admin/procedures/page_compare.html", context)


def history_rows(model_admin, page: Page) -> list[dict]:
    """The page's revisions newest first, each with links comparing it with the one before and with now."""
    versions = list(
        Version.objects.get_for_object_reference(model_admin.model, page.pk)
        .select_related("revision__user")
        .order_by("-pk")
    )
    kind, now = page.kind, page_reference(page)
    rows = []
    for index, version in enumerate(versions):
        previous = versions[index + 1] if index + 1 < len(versions) else None
        rows.append(
            {
                "version": version,
                "revision": version.revision,
                "reference": version_reference(version),
                "description": revision_description(version),
                "url": reverse(
                    f"admin:procedures_{page.model_name}_revision",
                    args=[quote(version.object_id), version.pk],
                ),
                "compare_previous_url": previous
                and compare_url(kind, old=version_reference(previous), new=version_reference(version)),
                "compare_current_url": compare_url(kind, old=version_reference(version), new=now),
            }
        )
    return rows


def urls(model_admin) -> list:
    site, opts = model_admin.admin_site, model_admin.opts
    return [
        path(
            "compare/",
            site.admin_view(compare_view),
            {"model_admin": model_admin},
            name=f"{opts.app_label}_{opts.model_name}_compare",
        )
    ]

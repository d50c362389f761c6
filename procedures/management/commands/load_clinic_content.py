import reversion
from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import Resolver404, resolve
from django.utils import timezone

from procedures import clinic_content
from procedures.models import (
    FAQ,
    Clinic,
    Condition,
    InsuranceGroup,
    InsurancePlan,
    Location,
    Page,
    Physician,
    Procedure,
    Section,
)

REVISION_COMMENT = "Loaded by load_clinic_content"

# The pages clinic_content holds for each model.
CONTENT = [
    (Procedure, Page.Kind.PROCEDURE, clinic_content.PROCEDURES),
    (Condition, Page.Kind.CONDITION, clinic_content.CONDITIONS),
]
# Each model's relations: field name, also the key in clinic_content -> the related model.
RELATIONS = {
    Procedure: {"conditions_treated": Condition, "related_procedures": Procedure},
    Condition: {"related_conditions": Condition},
}
# Room to insert a section or question between two loaded ones without renumbering.
POSITION_STEP = 10


class Command(BaseCommand):
    help = (
        "Create the clinic's procedure and condition pages, clinic details, location and insurance "
        "groups where they are missing. Safe to run again: it never changes or duplicates what already "
        "exists. New pages name a placeholder physician as their reviewer until the clinic's own "
        "physician approves them."
    )

    def handle(self, *args, **options):
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment(REVISION_COMMENT)
            pages, created_ids = load_pages()
            load_relations(pages, created_ids)
            clinic_created = load_clinic()
            locations_created = load_locations()
            insurance_groups_created = load_insurance_groups()

        created, unchanged = len(created_ids), len(pages) - len(created_ids)
        self.stdout.write(f"Created {created} {plural(created, 'page')}, left {unchanged} unchanged.")
        self.stdout.write(
            "Created the clinic details." if clinic_created else "Left the clinic details unchanged."
        )
        if created:
            self.stdout.write(
                f"The new pages name “{clinic_content.PLACEHOLDER_PHYSICIAN['name']}” as their reviewer: "
                "add the clinic's physician under Physicians and have them approve each page."
            )
        if locations_created:
            self.stdout.write(f"Created {locations_created} {plural(locations_created, 'location')}.")
        else:
            self.stdout.write("Left the locations unchanged.")
        if insurance_groups_created:
            self.stdout.write(
                f"Created {insurance_groups_created} insurance groups with example plans: confirm each "
                "group's plans under Insurance groups."
            )
        else:
            self.stdout.write("Left the insurance groups unchanged.")


def plural(count, noun):
    return noun if count == 1 else noun + "s"


def load_pages():
    """Create each page that is missing; return every page by (model, slug) and the ids created."""
    pages, created_ids = {}, set()
    review = PlaceholderReview()
    for model, kind, entries in CONTENT:
        for entry in entries:
            slug = entry["slug"]
            old_path = Page(kind=kind, slug=slug).get_absolute_url()
            redirect = Redirect.objects.filter(site_id=settings.SITE_ID, old_path=old_path).first()
            # Slugs are unique across both kinds of page: one an editor gave the other kind stays theirs.
            if Page.objects.without_working_drafts().filter(slug=slug).exists():
                page = model.objects.without_working_drafts().filter(slug=slug).first()
            elif redirect:
                # An editor renamed the page or sent its address elsewhere: a new page would duplicate it.
                page = page_at(model, redirect.new_path)
            else:
                page = create_page(model, entry, review=review)
                created_ids.add(page.pk)
            pages[model, slug] = page
    return pages, created_ids


def page_at(model, path):
    """The page of this model whose address is path, if there is one."""
    try:
        slug = resolve(path).kwargs.get("slug")
    except Resolver404:
        return None
    page = model.objects.without_working_drafts().filter(slug=slug).first()
    return page if page and page.get_absolute_url() == path else None


class PlaceholderReview:
    """The stand-in reviewer and the load date for new pages, the physician made only if a page needs it.

    Pages that already exist keep whatever review they have: the command never names the placeholder
    on a page the clinic may have had reviewed, nor dates a review that did not happen on it.
    """

    def __init__(self):
        self._physician = None
        self.date = timezone.localdate()

    @property
    def physician(self):
        if self._physician is None:
            self._physician = Physician.objects.filter(is_placeholder=True).first()
        if self._physician is None:
            self._physician = Physician.objects.create(**clinic_content.PLACEHOLDER_PHYSICIAN)
        return self._physician


def create_page(model, entry, *, review):
    page = model.objects.create(
        medical_reviewer=review.physician,
        last_reviewed=review.date,
        title=entry["title"],
        slug=entry["slug"],
        summary=entry["summary"],
        introduction=entry["introduction"],
        seo_title=entry["seo_title"],
        faq_heading=entry.get("faq_heading", ""),
        status=Page.Status.PUBLISHED,
    )
    for number, (heading, body) in enumerate(entry["sections"], start=1):
        Section.objects.create(page=page, position=number * POSITION_STEP, heading=heading, body=body)
    for number, (question, answer) in enumerate(entry["faqs"], start=1):
        FAQ.objects.create(page=page, position=number * POSITION_STEP, question=question, answer=answer)
    return page


def load_relations(pages, created_ids):
    """Link pages as the content says where one of the two is new, so a link an editor removed stays away."""
    for model, _kind, entries in CONTENT:
        for entry in entries:
            page = pages[model, entry["slug"]]
            for field, related_model in RELATIONS[model].items():
                for slug in entry[field]:
                    related = pages[related_model, slug]
                    if page and related and (page.pk in created_ids or related.pk in created_ids):
                        getattr(page, field).add(related)


def load_clinic():
    if Clinic.objects.exists():
        return False
    Clinic.objects.create(**clinic_content.CLINIC)
    return True


def load_locations():
    if Location.objects.exists():
        return 0
    for position, location in enumerate(clinic_content.LOCATIONS):
        Location.objects.create(position=position, **location)
    return len(clinic_content.LOCATIONS)


def load_insurance_groups():
    """Create the groups and their example plans when there are none: an editor's list is left alone."""
    if InsuranceGroup.objects.exists():
        return 0
    for position, entry in enumerate(clinic_content.INSURANCE_GROUPS):
        group = InsuranceGroup.objects.create(
            key=entry["key"],
            name=entry["name"],
            explanation=entry["explanation"],
            position=position * POSITION_STEP,
        )
        InsurancePlan.objects.bulk_create(
            InsurancePlan(group=group, name=name, position=number * POSITION_STEP)
            for number, name in enumerate(entry["plans"], start=1)
        )
    return len(clinic_content.INSURANCE_GROUPS)

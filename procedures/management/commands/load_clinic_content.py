import reversion
from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import Resolver404, resolve
from django.utils import timezone

from procedures import clinic_content, clinic_content_es
from procedures.models import (
    FAQ,
    Clinic,
    ClinicPage,
    Condition,
    InsuranceGroup,
    InsurancePlan,
    LanguageTagline,
    Location,
    MenuItem,
    OpeningHours,
    Page,
    Physician,
    Procedure,
    Section,
)
from procedures.opening_hours import DAY_NAMES

REVISION_COMMENT = "Loaded by load_clinic_content"

# The pages clinic_content holds for each model.
CONTENT = [
    (Procedure, Page.Kind.PROCEDURE, clinic_content.PROCEDURES),
    (Condition, Page.Kind.CONDITION, clinic_content.CONDITIONS),
    (ClinicPage, Page.Kind.CLINIC_PAGE, clinic_content.CLINIC_PAGES),
]
# Each model's relations: field name, also the key in clinic_content -> the related model.
RELATIONS = {
    Procedure: {"conditions_treated": Condition, "related_procedures": Procedure},
    Condition: {"related_conditions": Condition},
    ClinicPage: {},
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
            profiles_created = load_physician_profiles()
            notices_created = load_notices()
            translations_created = load_translations(pages)
            taglines_created = load_taglines()
            menu_entries_created = load_menus(pages)
            spanish_fields_filled = load_spanish_fields()

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
        if profiles_created:
            self.stdout.write(
                f"Listed {profiles_created} placeholder physician {plural(profiles_created, 'profile')}: "
                "replace them with the clinic's physicians under Physicians."
            )
        else:
            self.stdout.write("Left the physician profiles unchanged.")
        if notices_created:
            self.stdout.write(
                f"Created {notices_created} required {plural(notices_created, 'notice')} as draft "
                "wording: the clinic reviews each and marks it “reviewed by the clinic” (check --deploy "
                "warns until then)."
            )
        if translations_created:
            self.stdout.write(
                f"Created {translations_created} Spanish {plural(translations_created, 'page')}, published "
                "and not yet approved: a medical reviewer approves each translation like the original, and "
                "the clinic reviews the notices' wording (check --deploy warns until then)."
            )
        if taglines_created:
            self.stdout.write(
                f"Created {taglines_created} language-assistance {plural(taglines_created, 'tagline')}, "
                "to be checked by a qualified translator."
            )
        if menu_entries_created:
            self.stdout.write(f"Created the header and footer menus ({menu_entries_created} entries).")
        else:
            self.stdout.write("Left the menus unchanged.")
        if spanish_fields_filled:
            self.stdout.write(
                f"Filled in {spanish_fields_filled} Spanish {plural(spanish_fields_filled, 'field')} of the "
                "clinic details, physicians, insurance groups and menus."
            )


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
            if Page.objects.without_working_drafts().in_language("en").filter(slug=slug).exists():
                page = model.objects.without_working_drafts().in_language("en").filter(slug=slug).first()
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
    page = model.objects.without_working_drafts().in_language("en").filter(slug=slug).first()
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
            # The first placeholder is the reviewer; the seed's second one only has a profile.
            self._physician = Physician.objects.filter(is_placeholder=True).order_by("pk").first()
        if self._physician is None:
            self._physician = Physician.objects.create(**clinic_content.PLACEHOLDER_PHYSICIAN)
        return self._physician


def create_page(model, entry, *, review):
    # A clinic page with no medical information has no physician's review to stand in for.
    medical = entry.get("medical_content", True)
    extra = {"medical_content": medical} if model is ClinicPage else {}
    page = model.objects.create(
        medical_reviewer=review.physician if medical else None,
        last_reviewed=review.date if medical else None,
        **extra,
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


def load_menus(pages):
    """The header's and footer's entries, unless the clinic has any: it may have removed some on purpose."""
    if MenuItem.objects.exists():
        return 0
    created = 0
    for menu, entries in clinic_content.MENUS.items():
        for position, (label, target) in enumerate(entries, start=1):
            if target.startswith("/"):
                MenuItem.objects.create(menu=menu, label=label, url=target, position=position * POSITION_STEP)
            elif (page := pages.get((ClinicPage, target))) is not None:
                MenuItem.objects.create(menu=menu, label=label, page=page, position=position * POSITION_STEP)
            else:
                continue
            created += 1
    return created


def load_locations():
    if Location.objects.exists():
        return 0
    for position, entry in enumerate(clinic_content.LOCATIONS):
        fields = {name: value for name, value in entry.items() if name != "opening_hours"}
        location = Location.objects.create(position=position, **fields)
        OpeningHours.objects.bulk_create(
            OpeningHours(location=location, weekday=DAY_NAMES.index(day), opens=opens, closes=closes)
            for day, opens, closes in entry["opening_hours"]
        )
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


def load_physician_profiles():
    """List the placeholder profiles, at the active locations, while the clinic has listed no physician.

    The placeholder reviewer made for the pages becomes the first profile if it has none yet; a
    physician an editor changed or listed is left as it is.
    """
    if Physician.objects.listed().exists():
        return 0
    listed = 0
    for position, entry in enumerate(clinic_content.PLACEHOLDER_PROFILES):
        profile = {
            **entry,
            "is_listed": True,
            "position": position,
            "biography": clinic_content.PLACEHOLDER_BIOGRAPHY,
        }
        physician = Physician.objects.filter(slug=entry["slug"]).first()
        if physician is None:
            physician = Physician.objects.create(**profile)
        elif physician.is_placeholder and not physician.biography:
            for field, value in profile.items():
                setattr(physician, field, value)
            physician.save()
        else:
            continue
        physician.locations.set(Location.objects.active())
        listed += 1
    return listed


def load_notices():
    """Create each required notice that has no page, as a published draft of the clinic's wording.

    A notice that has a page (whatever an editor made of it) is left alone, as is an address an editor
    gave another page: the deploy check then says the notice is missing.
    """
    created = 0
    for entry in clinic_content.NOTICES:
        live = ClinicPage.objects.without_working_drafts().in_language("en")
        if live.filter(notice=entry["notice"]).exists():
            continue
        if Page.objects.without_working_drafts().in_language("en").filter(slug=entry["slug"]).exists():
            continue
        page = ClinicPage.objects.create(
            notice=entry["notice"],
            title=entry["title"],
            slug=entry["slug"],
            summary=entry["summary"],
            introduction=entry["introduction"],
            status=Page.Status.PUBLISHED,
        )
        for number, (heading, body) in enumerate(entry["sections"], start=1):
            Section.objects.create(page=page, position=number * POSITION_STEP, heading=heading, body=body)
        created += 1
    return created


def load_taglines():
    """Add the taglines of languages that have none; the clinic's edits to the others stay."""
    created = 0
    for position, (language, lang, direction, text) in enumerate(clinic_content.LANGUAGE_TAGLINES):
        _, made = LanguageTagline.objects.get_or_create(
            lang=lang,
            defaults={"language": language, "direction": direction, "text": text, "position": position},
        )
        created += made
    return created


def load_spanish_fields():
    """The Spanish fields of what is not a page (clinic_content_es), where they are empty and the English
    field still says what the seed wrote: never over an editor's Spanish, never beside their own English.
    Returns how many fields it filled."""
    filled = 0

    def fill(obj, english_field, seeded_english, spanish_field, spanish):
        nonlocal filled
        if spanish and not getattr(obj, spanish_field) and getattr(obj, english_field) == seeded_english:
            setattr(obj, spanish_field, spanish)
            filled += 1
            return True
        return False

    english, spanish = clinic_content_es.EMERGENCY_NOTICE
    clinic = Clinic.objects.filter(pk=1).first()
    if clinic is not None and fill(clinic, "emergency_notice", english, "emergency_notice_es", spanish):
        clinic.save()

    profiles = {entry["slug"]: entry for entry in clinic_content.PLACEHOLDER_PROFILES}
    for physician in Physician.objects.filter(slug__in=clinic_content_es.PHYSICIANS):
        spanish = clinic_content_es.PHYSICIANS[physician.slug]
        changed = fill(
            physician,
            "specialty_label",
            profiles[physician.slug]["specialty_label"],
            "specialty_label_es",
            spanish["specialty_label_es"],
        )
        changed |= fill(
            physician,
            "biography",
            clinic_content.PLACEHOLDER_BIOGRAPHY,
            "biography_es",
            spanish["biography_es"],
        )
        if changed:
            physician.save()

    groups = {entry["key"]: entry for entry in clinic_content.INSURANCE_GROUPS}
    for group in InsuranceGroup.objects.filter(key__in=clinic_content_es.INSURANCE_GROUPS):
        spanish, english = clinic_content_es.INSURANCE_GROUPS[group.key], groups[group.key]
        changed = fill(group, "name", english["name"], "name_es", spanish.get("name_es", ""))
        changed |= fill(
            group, "explanation", english["explanation"], "explanation_es", spanish["explanation_es"]
        )
        if changed:
            group.save()

    for entry in MenuItem.objects.filter(label__in=clinic_content_es.MENU_LABELS, label_es=""):
        if fill(entry, "label", entry.label, "label_es", clinic_content_es.MENU_LABELS[entry.label]):
            entry.save(update_fields=["label_es"])
    return filled


# The Spanish pages (issue #13): each its own Page row, translating the English live page.
SPANISH = "es"
SPANISH_CONTENT = [
    (Procedure, clinic_content_es.PROCEDURES),
    (Condition, clinic_content_es.CONDITIONS),
    (ClinicPage, clinic_content_es.CLINIC_PAGES),
]


def load_translations(pages):
    """Create the Spanish version of each seeded page, and of each notice, that has none; return how many.

    Published, but not approved: a medical page names the placeholder reviewer (no physician's sign-off,
    procedures.W011), a notice is draft wording. An English page an editor removed or renamed away from
    the seed, a Spanish version that exists (whatever an editor made of it) or a Spanish address taken
    by another page: nothing is created.
    """
    review = PlaceholderReview()
    created = {}  # English page id -> its new Spanish page
    for model, entries in SPANISH_CONTENT:
        for english_slug, entry in entries.items():
            english = pages.get((model, english_slug))
            if english is None:
                continue
            spanish = create_translation(model, english, entry, review=review)
            if spanish is not None:
                created[english.pk] = spanish
    for entry in clinic_content_es.NOTICES:
        english = (
            ClinicPage.objects.without_working_drafts()
            .in_language("en")
            .filter(notice=entry["notice"])
            .first()
        )
        if english is None:
            continue
        spanish = create_translation(ClinicPage, english, entry, review=review, notice=entry["notice"])
        if spanish is not None:
            created[english.pk] = spanish
    relations_mirror(created)
    return len(created)


def create_translation(model, english, entry, *, review, notice=""):
    live = model.objects.without_working_drafts()
    if live.filter(translation_of=english, language=SPANISH).exists():
        return None
    if live.filter(language=SPANISH, slug=entry["slug"]).exists():
        return None
    medical = english.needs_medical_approval and not notice
    extra = {"medical_content": english.medical_content, "notice": notice} if model is ClinicPage else {}
    page = model.objects.create(
        **extra,
        language=SPANISH,
        translation_of=english,
        medical_reviewer=review.physician if medical else None,
        last_reviewed=review.date if medical else None,
        title=entry["title"],
        slug=entry["slug"],
        summary=entry["summary"],
        introduction=entry["introduction"],
        seo_title=entry.get("seo_title", ""),
        faq_heading=entry.get("faq_heading", ""),
        status=Page.Status.PUBLISHED,
    )
    for number, (heading, body) in enumerate(entry["sections"], start=1):
        Section.objects.create(page=page, position=number * POSITION_STEP, heading=heading, body=body)
    for number, (question, answer) in enumerate(entry.get("faqs", []), start=1):
        FAQ.objects.create(page=page, position=number * POSITION_STEP, question=question, answer=answer)
    return page


def relations_mirror(created):
    """Link each new Spanish page to the Spanish versions of the pages its English page links to."""
    if not created:
        return
    spanish_of = {
        page.translation_of_id: page
        for page in Page.objects.without_working_drafts().in_language(SPANISH).exclude(translation_of=None)
    }
    for english_pk, spanish in created.items():
        model = type(spanish)
        english = model.objects.get(pk=english_pk)
        for field in RELATIONS[model]:
            for related in getattr(english, field).without_working_drafts():
                version = spanish_of.get(related.pk)
                if version is not None:
                    getattr(spanish, field).add(version.pk)

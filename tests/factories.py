import functools
from importlib import import_module

import factory
from django.contrib.auth.models import Group
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from procedures import image_files, services
from procedures.models import FAQ, Clinic, Condition, Image, Location, Page, Physician, Procedure, Section
from tests import pictures

MEDICAL_REVIEWERS_MIGRATION = "procedures.migrations.0006_medical_reviewers_group"
IMAGES_MIGRATION = "procedures.migrations.0009_images"
INSURANCE_MIGRATION = "procedures.migrations.0012_insurance"


@functools.cache
def _migration_apps():
    return MigrationLoader(None, ignore_no_migrations=True).project_state().apps


def staff_group(name: str, migration: str, function: str, *more_migrations: tuple[str, str]) -> Group:
    """The group a data migration creates, made again by that migration's own code when it is missing.

    A transactional test empties every table when it ends, groups included, so a test that runs after
    one would otherwise find no "Front desk" group, depending on the order the tests ran in.
    """
    group = Group.objects.filter(name=name).first()
    if group is None:
        for module, creator in [(migration, function), *more_migrations]:
            getattr(import_module(module), creator)(_migration_apps(), None)
        group = Group.objects.get(name=name)
    return group


class ProcedureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Procedure

    title = factory.Sequence(lambda n: f"Procedure {n}")
    slug = factory.Sequence(lambda n: f"procedure-{n}")
    summary = "A short, plain-language description of the procedure."
    status = Page.Status.PUBLISHED


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Condition

    title = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.Sequence(lambda n: f"condition-{n}")
    summary = "A short, plain-language description of the condition."
    status = Page.Status.PUBLISHED


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    page = factory.SubFactory(ProcedureFactory)
    position = factory.Sequence(int)
    heading = factory.Sequence(lambda n: f"Section heading {n}")
    body = "A paragraph.\n\n- first point\n- second point"


class ImageFactory(factory.django.DjangoModelFactory):
    """A picture stored as an upload is: cleaned, with its renditions (needs the media_root fixture)."""

    class Meta:
        model = Image

    alt_text = "A physician guides a thin needle into the lower back using an X-ray screen."
    original_name = "lumbar-injection.jpg"

    @classmethod
    def _create(cls, model_class, *args, content=None, **kwargs):
        # Small enough to encode quickly, wide enough for three renditions.
        picture = image_files.picture_open(pictures.upload(content or pictures.photo(1000, 750)))
        original_name = kwargs.pop("original_name")
        return services.image_create(
            image=model_class(**kwargs), picture=picture, original_name=original_name
        )


class FAQFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQ

    page = factory.SubFactory(ProcedureFactory)
    position = factory.Sequence(int)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "An answer."


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic
        django_get_or_create = ("id",)

    id = 1
    name = "Advanced Pain Medical Group"
    main_phone = "+13105550142"


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Location {n}")
    street_address = "100 Example Boulevard, Suite 200"
    postal_code = "90025"
    phone = "+13105550143"
    hours = "Monday–Friday: 8:00 am – 5:00 pm"


class InsuranceGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "procedures.InsuranceGroup"

    name = factory.Sequence(lambda n: f"Coverage {n}")
    key = factory.Sequence(lambda n: f"coverage-{n}")
    explanation = "Bring your insurance card."
    position = factory.Sequence(lambda n: n)


class InsurancePlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "procedures.InsurancePlan"

    group = factory.SubFactory(InsuranceGroupFactory)
    name = factory.Sequence(lambda n: f"Health plan {n}")
    position = factory.Sequence(lambda n: n)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")


class EditorFactory(UserFactory):
    """A staff member in the "Editors" group that migration procedures/0002 creates."""

    username = factory.Sequence(lambda n: f"editor{n}")
    is_staff = True

    @factory.post_generation
    def editors_group(self, create, extracted, **kwargs):
        if create:
            editors = staff_group(
                "Editors",
                "procedures.migrations.0002_editors_group",
                "create_editors_group",
                (MEDICAL_REVIEWERS_MIGRATION, "create_medical_reviewers_group"),
                (IMAGES_MIGRATION, "editors_image_permissions_add"),
                (INSURANCE_MIGRATION, "editors_insurance_permissions_add"),
            )
            # A group made again elsewhere (tests/e2e's staff_groups) by 0002's code alone predates the
            # image library that 0009 opens to Editors.
            if not editors.permissions.filter(codename="view_image").exists():
                import_module(IMAGES_MIGRATION).editors_image_permissions_add(_migration_apps(), None)
            if not editors.permissions.filter(codename="view_insurancegroup").exists():
                import_module(INSURANCE_MIGRATION).editors_insurance_permissions_add(_migration_apps(), None)
            self.groups.add(editors)


class MedicalReviewerFactory(UserFactory):
    """A physician's staff account in the "Medical reviewers" group (migration procedures/0006), with
    its physician record."""

    username = factory.Sequence(lambda n: f"reviewer{n}")
    is_staff = True
    physician = factory.RelatedFactory("tests.factories.PhysicianFactory", factory_related_name="user")

    @factory.post_generation
    def medical_reviewers_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(
                staff_group(
                    "Medical reviewers", MEDICAL_REVIEWERS_MIGRATION, "create_medical_reviewers_group"
                )
            )


class PhysicianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Physician

    name = factory.Sequence(lambda n: f"Jane Doe {n}")
    credentials = "MD"


class FrontDeskFactory(UserFactory):
    """A staff member in the "Front desk" group that migration consultations/0002 creates."""

    username = factory.Sequence(lambda n: f"frontdesk{n}")
    is_staff = True

    @factory.post_generation
    def front_desk_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(
                staff_group(
                    "Front desk", "consultations.migrations.0002_front_desk_group", "create_front_desk_group"
                )
            )


class FrontDeskLeadFactory(FrontDeskFactory):
    """A front desk member also in the "Front desk lead" group (migration consultations/0005): sees the
    speed-to-lead figures and gets the daily digest."""

    username = factory.Sequence(lambda n: f"frontdesklead{n}")

    @factory.post_generation
    def front_desk_lead_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name="Front desk lead"))


class ConsultationRequestFactory(factory.django.DjangoModelFactory):
    """A saved request, as if sent through the form (no emails queued: use the service for that)."""

    class Meta:
        model = "consultations.ConsultationRequest"

    reference = factory.Sequence(lambda n: f"APM-T{n:04d}")
    first_name = "Maria"
    last_name = factory.Sequence(lambda n: f"Patient{n}")
    phone = factory.Sequence(lambda n: f"+1310555{n % 10000:04d}")
    email = factory.LazyAttribute(lambda r: f"{r.last_name.lower()}@example.org")
    insurance = "ppo"
    insurance_label = "PPO"
    description = "Low back pain for two years."
    consented_at = factory.LazyFunction(timezone.now)


class NoticeRecipientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.NoticeRecipient"

    email = factory.Sequence(lambda n: f"frontdesk{n}@clinic.example")


class AdministratorFactory(UserFactory):
    """A site administrator: a superuser, who manages staff accounts and lifts lockouts."""

    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """An authenticator app that a staff member has set up (confirmed with a first code)."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(EditorFactory)
    name = "Authenticator app"
    confirmed = True

"""The whole path from the form to the inboxes, with a real SMTP server on loopback and the real worker."""

import ast
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

import consultations
from consultations import notifications, services
from consultations.models import ConsultationRequest, Notification
from tests.factories import ConditionFactory, LocationFactory, NoticeRecipientFactory, ProcedureFactory

pytestmark = pytest.mark.django_db(transaction=True)

PATIENT_VALUES = ["Rosalind", "Quimby", "555-0187", "5550187", "rosalind.quimby", "Aching lower back"]


def let_retry_delays_pass():
    """Stands in for the backoff delay passing: retries become due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def staff_messages(server):
    return [m for m in server.messages if m["To"] == "frontdesk@clinic.example"]


def test_a_submitted_request_reaches_the_front_desk_with_no_patient_data(
    client, clinic, valid_data, smtp_server, recipients, run_worker
):
    smtp_server.start()
    procedure = ProcedureFactory(title="Medial Branch Block")

    client.post("/consultation/", {**valid_data, "topic": f"procedure:{procedure.slug}"})
    run_worker()

    consultation_request = ConsultationRequest.objects.get()
    [notice] = staff_messages(smtp_server)
    text = smtp_server.inbox.text_of(notice)
    assert consultation_request.reference in notice["Subject"]
    assert "Medial Branch Block" in text
    assert "Routine" in text
    assert (
        f"https://www.example-clinic.test/admin/consultations/consultationrequest/{consultation_request.pk}/change/"
        in text
    )
    for private in PATIENT_VALUES:
        assert private not in text, private  # decoded,
        assert private not in notice.as_string(), private  # and as sent, headers included
    assert consultation_request.notifications.get(kind="staff-notice").status == Notification.Status.SENT


def test_the_patient_gets_an_acknowledgement_that_names_no_procedure_or_condition(
    client, clinic, valid_data, smtp_server, recipients, run_worker
):
    smtp_server.start()
    condition = ConditionFactory(title="Spinal Stenosis")

    client.post("/consultation/", {**valid_data, "topic": f"condition:{condition.slug}"})
    run_worker()

    [acknowledgement] = [m for m in smtp_server.messages if m["To"] == valid_data["email"]]
    text = smtp_server.inbox.text_of(acknowledgement)
    assert ConsultationRequest.objects.get().reference in text
    assert "(310) 555-0142" in text
    assert clinic.emergency_notice in text
    assert "What happens next" in text
    for health_information in ("Spinal Stenosis", "stenosis", "Aching lower back"):
        assert health_information not in text


def test_an_urgent_request_says_so_in_the_subject(
    client, clinic, valid_data, smtp_server, recipients, run_worker
):
    smtp_server.start()

    client.post("/consultation/", {**valid_data, "description": "I lost control of my bladder last night"})
    run_worker()

    [notice] = staff_messages(smtp_server)
    assert notice["Subject"].startswith("URGENT:")
    assert "bladder" not in smtp_server.inbox.text_of(notice)


def test_the_staff_notice_goes_to_the_chosen_locations_recipients(
    client, clinic, valid_data, smtp_server, recipients, run_worker
):
    smtp_server.start()
    west, _ = LocationFactory(name="West Los Angeles"), LocationFactory(name="Pasadena")
    NoticeRecipientFactory(email="west@clinic.example", location=west)

    client.post("/consultation/", {**valid_data, "location": west.pk})
    run_worker()

    [notice] = [m for m in smtp_server.messages if m["To"] == "west@clinic.example"]
    assert "West Los Angeles" in notice["Subject"]
    assert not staff_messages(smtp_server)


def test_with_the_mail_server_down_the_notice_waits_and_then_arrives_exactly_once(
    clinic, smtp_server, recipients, run_worker, valid_data, client
):
    client.post("/consultation/", {**valid_data, "email": ""})

    run_worker()  # the server is down
    notice = Notification.objects.get()
    assert notice.status == Notification.Status.FAILING
    assert notice.attempts == 1
    assert "ConnectionRefusedError" in notice.last_error
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after - timezone.now() > timedelta(seconds=20)

    run_worker()  # the retry is not due yet
    assert Notification.objects.get().attempts == 1

    smtp_server.start()
    let_retry_delays_pass()
    run_worker()
    run_worker()

    assert len(staff_messages(smtp_server)) == 1
    notice.refresh_from_db()
    assert (notice.status, notice.attempts, notice.last_error) == (Notification.Status.SENT, 2, "")
    assert ConsultationRequest.objects.count() == 1


def test_a_duplicated_task_never_sends_twice(clinic, smtp_server, recipients, run_worker, valid_data, client):
    smtp_server.start()
    client.post("/consultation/", {**valid_data, "email": ""})
    notice = Notification.objects.get()
    notifications.notification_enqueue(notice)  # as if the task had been queued twice

    run_worker()

    assert len(staff_messages(smtp_server)) == 1
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 2


def test_a_rolled_back_request_sends_no_notice(clinic, smtp_server, recipients, run_worker):
    smtp_server.start()

    with pytest.raises(RuntimeError), transaction.atomic():
        services.consultation_request_create(
            first_name="Rosalind",
            last_name="Quimby",
            phone="+13105550187",
            email="",
            contact_method="phone",
            best_time="any",
            location=None,
            procedure=None,
            condition=None,
            insurance="ppo",
            insurance_label="PPO",
            description="",
            heard_about="",
            source_path="",
        )
        raise RuntimeError("the web process failed before the commit")
    run_worker()

    assert smtp_server.messages == []
    assert not DBTaskResult.objects.exists()


def test_without_recipients_the_notice_is_failing_with_a_clear_error_until_some_are_added(
    clinic, smtp_server, run_worker, valid_data, client
):
    smtp_server.start()
    client.post("/consultation/", {**valid_data, "email": ""})

    run_worker()
    notice = Notification.objects.get()
    assert notice.status == Notification.Status.FAILING
    assert "No notice recipients are set up" in notice.last_error

    NoticeRecipientFactory(email="frontdesk@clinic.example")
    let_retry_delays_pass()
    run_worker()

    assert len(staff_messages(smtp_server)) == 1


def test_staff_can_resend_a_notice_that_was_sent(
    clinic, smtp_server, recipients, run_worker, valid_data, client
):
    smtp_server.start()
    client.post("/consultation/", {**valid_data, "email": ""})
    run_worker()

    services.staff_notice_resend(consultation_request=ConsultationRequest.objects.get(), by=None)
    run_worker()

    assert len(staff_messages(smtp_server)) == 2


def test_retries_back_off_and_are_capped():
    delays = [notifications.retry_delay(attempt).total_seconds() for attempt in range(1, 10)]

    assert delays == [30, 60, 120, 300, 600, 1800, 1800, 1800, 1800]


CONSULTATIONS = Path(consultations.__file__).parent


def consultations_modules() -> dict[str, ast.Module]:
    """Each module of the app (migrations aside) by dotted name, parsed."""
    modules = {}
    for path in sorted(CONSULTATIONS.rglob("*.py")):
        parts = path.relative_to(CONSULTATIONS.parent).with_suffix("").parts
        if "migrations" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = ast.parse(path.read_text(), filename=str(path))
    return modules


def imported_modules(name: str, tree: ast.Module, known: set[str]) -> set[str]:
    """The app's modules that `name` imports, at the top or inside a function alike."""
    is_package = (CONSULTATIONS.parent / name.replace(".", "/") / "__init__.py").exists()
    package = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            found.add(source)
            found.update(f"{source}.{alias.name}" for alias in node.names)
    return found & known - {name}


def test_the_consultations_modules_import_one_another_without_a_cycle():
    modules = consultations_modules()
    graph = {name: imported_modules(name, tree, set(modules)) for name, tree in modules.items()}
    assert graph["consultations.services"] >= {"consultations.notifications"}  # the check sees imports

    def cycle_from(name, path):
        if name in path:
            return [*path[path.index(name) :], name]
        for imported in sorted(graph[name]):
            if cycle := cycle_from(imported, [*path, name]):
                return cycle
        return None

    assert {frozenset(cycle) for name in graph if (cycle := cycle_from(name, []))} == set()


EMAIL_ROW_WRITES = {"create", "get_or_create", "update_or_create", "bulk_create"}


def email_life_uses(tree: ast.Module) -> list[str]:
    """Where a module creates a Notification row, makes one pending again, or queues a task."""
    uses = []
    for node in ast.walk(tree):
        text = ast.unparse(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in {"enqueue", "aenqueue", "notification_enqueue"}:
                uses.append(text)
            elif node.func.attr in EMAIL_ROW_WRITES and "Notification.objects" in ast.unparse(node.func):
                uses.append(text)
        elif isinstance(node, ast.Call) and ast.unparse(node.func) == "Notification":
            uses.append(text)
        elif isinstance(node, ast.Attribute) and text == "Notification.Status.PENDING":
            uses.append(text)
    return uses


def test_only_the_notifications_module_creates_resets_or_queues_the_emails():
    modules = consultations_modules()
    assert email_life_uses(modules["consultations.notifications"])  # the check sees them where they are

    elsewhere = {
        name: uses
        for name, tree in modules.items()
        if name != "consultations.notifications" and (uses := email_life_uses(tree))
    }

    assert elsewhere == {}

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from procedures.models import Physician

pytestmark = pytest.mark.django_db


def test_creates_an_editor_and_a_front_desk_account_whose_printed_passwords_work(settings, capsys):
    settings.DEBUG = True

    call_command("create_local_staff")

    printed = capsys.readouterr().out
    passwords = {
        line.split("username:")[1].split()[0]: line.split("password:")[1].strip()
        for line in printed.splitlines()
    }
    User = get_user_model()
    editor, front_desk = User.objects.get(username="editor"), User.objects.get(username="frontdesk")
    assert editor.check_password(passwords["editor"]) and front_desk.check_password(passwords["frontdesk"])
    assert editor.is_staff and not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert list(front_desk.groups.values_list("name", flat=True)) == ["Front desk"]


def test_creates_a_medical_reviewer_with_a_placeholder_physician_record(settings):
    settings.DEBUG = True

    call_command("create_local_staff")
    call_command("create_local_staff")

    reviewer = get_user_model().objects.get(username="reviewer")
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Medical reviewers"]
    assert reviewer.has_perm("procedures.approve_page")
    assert reviewer.physician.is_placeholder
    assert Physician.objects.reviewers().get() == reviewer.physician


def test_running_it_again_resets_the_passwords_without_duplicating_accounts(settings, capsys):
    settings.DEBUG = True
    call_command("create_local_staff")
    first = capsys.readouterr().out

    call_command("create_local_staff")

    assert capsys.readouterr().out != first
    assert get_user_model().objects.filter(username__in=["editor", "frontdesk"]).count() == 2


def test_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DJANGO_DEBUG=true"):
        call_command("create_local_staff")

    assert not get_user_model().objects.filter(username="editor").exists()

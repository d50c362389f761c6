from datetime import date
from pathlib import Path

import pytest

from consultations.red_flags import PAST_INJURY, PERSONAL_INJURY, WORK_INJURY, find_red_flags, triage

BLADDER = "Loss of bladder or bowel control"
SADDLE = "Numbness in the groin or inner thighs"
WEAKNESS = "Sudden or worsening leg weakness"
FEVER = "Fever with back pain"
TRAUMA = "Back pain after a major fall or accident"
CAUDA = "Cauda equina or spinal cord compression"
SIGNS = {
    "cauda": CAUDA,
    "bladder": BLADDER,
    "saddle": SADDLE,
    "weakness": WEAKNESS,
    "fever": FEVER,
    "trauma": TRAUMA,
}
CONTEXTS = {"pi": PERSONAL_INJURY, "wc": WORK_INJURY, "past-injury": PAST_INJURY}
CORPUS = Path(__file__).with_name("triage_corpus.txt")
SPANISH_CORPUS = Path(__file__).with_name("triage_corpus_es.txt")
BOTH_CORPORA = pytest.mark.parametrize("corpus", [CORPUS, SPANISH_CORPUS], ids=["english", "spanish"])
# The corpus reads its dates ("in March", "on Friday") as if written on this day.
TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Since Tuesday I lost control of my bladder.", BLADDER),
        ("I don't have control of my bladder anymore", BLADDER),
        ("I have no control over my bowels", BLADDER),
        ("new loss of bladder control", BLADDER),
        ("I wet myself twice this week", BLADDER),
        ("I peed my pants at work", BLADDER),
        ("can’t hold my urine", BLADDER),
        ("I cannot pee since yesterday", BLADDER),
        ("I am unable to urinate", BLADDER),
        ("some incontinence lately", BLADDER),
        ("leaking a little urine", BLADDER),
        ("numbness in my groin", SADDLE),
        ("my inner thighs feel numb", SADDLE),
        ("Numb between my legs", SADDLE),
        ("I can't feel when I wipe", SADDLE),
        ("tingling around my private parts", SADDLE),
        ("saddle anesthesia", SADDLE),
        ("my legs keep giving out", WEAKNESS),
        ("sudden weakness in my left leg", WEAKNESS),
        ("my right leg is getting weaker", WEAKNESS),
        ("I can't lift my foot, foot drop", WEAKNESS),
        ("I cannot walk since this morning", WEAKNESS),
        ("knee buckled and I couldn't stand up", WEAKNESS),
        ("I have had a fever since Monday", FEVER),
        ("feverish with back pain", FEVER),
        ("temperature of 102", FEVER),
        ("after a car accident last week", TRAUMA),
        ("I fell off a ladder", TRAUMA),
        ("slipped and fell on ice", TRAUMA),
        ("since a bad fall at work", TRAUMA),
        ("I was rear-ended on the freeway", TRAUMA),
        # Shapes that are not plain ASCII lower case.
        ("I LOST CONTROL OF MY BLADDER", BLADDER),
        ("ｆｅｖｅｒ", FEVER),
    ],
)
def test_a_red_flag_in_plain_words_is_found(text, flag):
    assert flag in find_red_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Aching lower back for two years, worse when standing at work.",
        "No fever.",
        "I have never had a fever",
        "I do not have any numbness in my groin",
        "I have no bladder problems",
        "I have not lost bladder control",
        "Pain gets worse in the fall and winter",
        "I can't fall asleep because of the pain",
        "I fell asleep on the couch and woke up stiff",
        "Sciatica down my right leg, numb toes",
        "Neck pain when I look at my phone",
    ],
)
def test_ordinary_or_denied_descriptions_raise_no_flag(text):
    assert find_red_flags(text) == []


def test_a_denial_covers_only_its_own_sign():
    """'No fever, but I lost control of my bladder' is still urgent."""
    assert find_red_flags("No fever, but I lost control of my bladder") == [BLADDER]


def test_a_denial_far_before_a_sign_does_not_hide_it():
    assert find_red_flags("No surgery yet and now I lost control of my bowels") == [BLADDER]


def test_several_signs_are_all_listed_in_a_fixed_order():
    assert find_red_flags("fever, and my legs are weak") == [WEAKNESS, FEVER]


def test_an_accident_months_ago_with_a_lawyer_is_context_for_staff_and_no_emergency():
    """The false alarm that opened issue 10: the patient was told to go to the ER now."""
    result = triage("Car accident in March, lawyer sent me. Neck and back pain.", today=TODAY)

    assert result.emergency_signs == []
    assert result.injury_context == [PERSONAL_INJURY, PAST_INJURY]


def test_a_recent_work_fall_is_both_an_emergency_and_work_injury_context():
    result = triage("fell off the roof at work yesterday, workers comp", today=TODAY)

    assert (result.emergency_signs, result.injury_context) == ([TRAUMA], [WORK_INJURY])


def test_cauda_equina_named_by_a_doctor_or_a_scan_is_an_emergency():
    assert find_red_flags("the ER doctor thinks I have cauda equina syndrome", today=TODAY) == [CAUDA]
    assert find_red_flags("MRI showed cord compression", today=TODAY) == [CAUDA]


def test_a_case_is_context_even_when_the_patient_says_what_it_denied():
    """'Denied' after a workers' comp case is the insurer's answer, not a denial of the case."""
    assert triage("work comp denied my MRI, need another opinion", today=TODAY).injury_context == [
        WORK_INJURY
    ]


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("I fell off a ladder", True),
        ("fell off a ladder this morning", True),
        ("fell off a ladder yesterday", True),
        ("car accident on Friday", True),
        ("fell off a ladder last week", True),
        ("fell off a ladder 10 days ago", True),
        ("car accident on 11/20/2026", True),
        ("fell off a ladder 3 weeks ago", False),
        ("car accident in October", False),
        ("car accident on 9/14/2026", False),
        ("had a fall last Christmas", False),
        ("fell off a ladder at work in 2023", False),
        ("workers comp injury 2 years ago, fell from a scaffold", False),
        ("car accident when I was a teenager", False),
    ],
)
def test_a_fall_or_crash_is_an_emergency_within_two_weeks_or_with_no_time_given(text, urgent):
    assert (TRAUMA in find_red_flags(text, today=TODAY)) is urgent


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("I had back surgery in 2019 and I lost control of my bladder", [BLADDER]),
        ("my back has hurt since 2015, my legs gave out on me", [WEAKNESS]),
        ("I had surgery in 2019 and fell down the stairs", [TRAUMA]),
        ("my legs are weak but stable for years", []),
        ("back surgery in 2019, fell down the stairs", [TRAUMA]),
        # A date alone in its clause, or in one about the same injury, is the injury's.
        ("Car accident, 3 months ago", []),
        ("workers comp injury 2 years ago, fell from a scaffold", []),
    ],
)
def test_a_date_in_another_clause_is_not_the_date_of_the_sign(text, flags):
    assert find_red_flags(text, today=TODAY) == flags


def test_a_month_is_read_against_the_day_the_patient_wrote():
    text = "I fell down the stairs in March"

    assert find_red_flags(text, today=date(2026, 3, 20)) == [TRAUMA]
    assert find_red_flags(text, today=date(2026, 11, 30)) == []


def test_without_a_day_the_clinics_today_is_used():
    assert find_red_flags("I fell down the stairs yesterday") == [TRAUMA]
    assert find_red_flags("I fell down the stairs 5 years ago") == []


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("I had a fever last year but now just back pain", []),
        ("I had a fever two days ago and my back is worse", [FEVER]),
        ("fever for a month with back pain", [FEVER]),
        ("weakness in my legs for 10 years from polio", []),
        ("weakness in my legs for 10 years from polio, much worse this week", [WEAKNESS]),
        ("my leg gave out yesterday", [WEAKNESS]),
        ("stress incontinence since my kids were born 20 years ago", []),
        ("incontinence since Tuesday", [BLADDER]),
        ("I had bladder control problems after surgery in 2016 but that resolved", []),
    ],
)
def test_a_past_sign_or_a_chronic_unchanging_one_is_no_emergency_but_a_new_or_worse_one_is(text, flags):
    assert find_red_flags(text, today=TODAY) == flags


@pytest.mark.parametrize(
    "text",
    [
        "no fever no bladder issues",
        "denies fever, chills, numbness or bladder incontinence",
        "I don't have any numbness in my groin or problems with my bladder",
        "my doctor said to go to the ER if I ever lose bladder control",
        "I am scared of falling",
        "fever free, no weakness in my legs",
        "no me he caído, no tengo fiebre",
        "Weak legs? No. Fever? No. Bladder? Fine.",
        "no bladder control problems",
        "I worry about cauda equina because my sister had it",
        "my doctor said no cord compression on the MRI",
    ],
)
def test_denied_or_hypothetical_signs_are_no_emergency(text):
    assert find_red_flags(text, today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("lost control of my bladdr", BLADDER),
        ("numbnes in my groin", SADDLE),
        ("my legs are week since tuesday", WEAKNESS),
        ("I have a fevr and chills", FEVER),
        ("car acident last nite", TRAUMA),
        ("no puedo orinar desde ayer", BLADDER),
    ],
)
def test_misspelled_and_spanish_signs_are_found(text, flag):
    assert flag in find_red_flags(text, today=TODAY)


def test_words_a_typing_slip_away_from_a_sign_are_read_as_themselves():
    assert find_red_flags("fewer pills, never better, my grown kids help with the towels", today=TODAY) == []


def read_corpus(corpus: Path = CORPUS) -> list[tuple[str, str, str]]:
    """The (label, sign or context, description) of each line that is not blank or a comment."""
    rows = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, code, description = (part.strip() for part in line.split("|", 2))
            rows.append((label, code, description))
    return rows


@BOTH_CORPORA
def test_the_corpus_is_large_and_labelled(corpus):
    rows = read_corpus(corpus)
    labels = [label for label, _, _ in rows]

    assert len(rows) >= 300
    assert labels.count("emergency") >= 100
    assert set(labels) == {"emergency", "context", "routine"}
    assert {code for label, code, _ in rows if label == "emergency"} == set(SIGNS)


@BOTH_CORPORA
def test_every_emergency_is_found_and_false_alarms_stay_at_most_five_percent(corpus):
    rows = read_corpus(corpus)
    emergencies = [(SIGNS[code], text) for label, code, text in rows if label == "emergency"]
    others = [text for label, _, text in rows if label != "emergency"]

    missed = [text for sign, text in emergencies if sign not in find_red_flags(text, today=TODAY)]
    false_alarms = [text for text in others if find_red_flags(text, today=TODAY)]
    recall = 1 - len(missed) / len(emergencies)
    false_alarm_rate = len(false_alarms) / len(others)
    figures = (
        f"recall on emergencies {recall:.1%} ({len(emergencies) - len(missed)}/{len(emergencies)}), "
        f"false alarms {false_alarm_rate:.1%} ({len(false_alarms)}/{len(others)})"
    )
    print(f"\n{figures}")

    details = "\n".join(
        [f"missed: {text}" for text in missed] + [f"false alarm: {text}" for text in false_alarms]
    )
    assert recall == 1 and false_alarm_rate <= 0.05, f"{figures}\n{details}"


@BOTH_CORPORA
def test_injury_context_is_found_in_every_context_line_of_the_corpus(corpus):
    rows = [(CONTEXTS[code], text) for label, code, text in read_corpus(corpus) if label == "context"]

    missed = [text for context, text in rows if context not in triage(text, today=TODAY).injury_context]
    figures = f"injury context found in {len(rows) - len(missed)}/{len(rows)} context lines"
    print(f"\n{figures}")

    assert not missed, f"{figures}\n" + "\n".join(missed)


def test_the_spanish_corpus_has_as_many_cases_of_each_kind_as_the_english_one():
    english, spanish = read_corpus(CORPUS), read_corpus(SPANISH_CORPUS)

    for label in ("emergency", "context", "routine"):
        assert sum(row[0] == label for row in spanish) >= sum(row[0] == label for row in english), label
    assert len(spanish) >= len(english)

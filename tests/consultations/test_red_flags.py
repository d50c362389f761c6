from pathlib import Path

import pytest

from consultations.red_flags import find_red_flags

BLADDER = "Loss of bladder or bowel control"
SADDLE = "Numbness in the groin or inner thighs"
WEAKNESS = "Sudden or worsening leg weakness"
FEVER = "Fever with back pain"
TRAUMA = "Back pain after a major fall or accident"
SIGNS = {"bladder": BLADDER, "saddle": SADDLE, "weakness": WEAKNESS, "fever": FEVER, "trauma": TRAUMA}
CORPUS = Path(__file__).with_name("triage_corpus.txt")


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


def read_corpus() -> list[tuple[str, str, str]]:
    """The (label, sign or context, description) of each line that is not blank or a comment."""
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, code, description = (part.strip() for part in line.split("|", 2))
            rows.append((label, code, description))
    return rows


def test_the_corpus_is_large_and_labelled():
    rows = read_corpus()
    labels = [label for label, _, _ in rows]

    assert len(rows) >= 300
    assert labels.count("emergency") >= 100
    assert set(labels) == {"emergency", "context", "routine"}
    assert {code for label, code, _ in rows if label == "emergency"} == set(SIGNS)


def test_every_emergency_is_found_and_false_alarms_stay_at_most_five_percent():
    rows = read_corpus()
    emergencies = [(SIGNS[code], text) for label, code, text in rows if label == "emergency"]
    others = [text for label, _, text in rows if label != "emergency"]

    missed = [text for sign, text in emergencies if sign not in find_red_flags(text)]
    false_alarms = [text for text in others if find_red_flags(text)]
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

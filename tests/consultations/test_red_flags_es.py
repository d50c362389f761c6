"""Red-flag detection in Spanish descriptions, on either form: the rules of test_red_flags.py in Spanish."""

import time
from datetime import date

import pytest

from consultations.red_flags import PAST_INJURY, PERSONAL_INJURY, WORK_INJURY, find_red_flags, triage

BLADDER = "Loss of bladder or bowel control"
SADDLE = "Numbness in the groin or inner thighs"
WEAKNESS = "Sudden or worsening leg weakness"
FEVER = "Fever with back pain"
TRAUMA = "Back pain after a major fall or accident"
CAUDA = "Cauda equina or spinal cord compression"
# Dates ("en marzo", "el viernes") are read as if written on this day, as in the corpus.
TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Perdí el control de la vejiga", BLADDER),
        ("perdi el control de la bejiga", BLADDER),
        ("no puedo orinar desde ayer", BLADDER),
        ("no puedo hacer pipí", BLADDER),
        ("me orino sin darme cuenta", BLADDER),
        ("me hice del baño en la ropa", BLADDER),
        ("se me sale la orina", BLADDER),
        ("no controlo el intestino", BLADDER),
        ("entumecimiento en la ingle", SADDLE),
        ("tengo la ingle entumida", SADDLE),
        ("siento dormido entre las piernas", SADDLE),
        ("hormigueo en la zona de la silla de montar", SADDLE),
        ("no siento cuando me limpio", SADDLE),
        ("se me doblan las piernas", WEAKNESS),
        ("debilidad en la pierna izquierda de repente", WEAKNESS),
        ("las piernas no me responden", WEAKNESS),
        ("no puedo caminar desde esta mañana", WEAKNESS),
        ("arrastro el pie", WEAKNESS),
        ("tengo fiebre y dolor de espalda", FEVER),
        ("tengo calentura", FEVER),
        ("escalofríos en la noche", FEVER),
        ("tuve un accidente de carro", TRAUMA),
        ("me caí de la escalera", TRAUMA),
        ("me chocaron por detrás", TRAUMA),
        ("me diagnosticaron síndrome de cauda equina", CAUDA),
        ("la resonancia mostró compresión de la médula", CAUDA),
    ],
)
def test_a_red_flag_in_plain_spanish_is_found(text, flag):
    assert flag in find_red_flags(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("PERDÍ EL CONTROL DE LA VEJIGA", BLADDER),
        ("perdi el control de la véjiga", BLADDER),
        ("inkontinensia desde ayer", BLADDER),
        ("entumesimiento en la ingle", SADDLE),
        ("me siento muy devil de las piernas", WEAKNESS),
        ("tengo fievre", FEVER),
        ("aksidente de carro ayer", TRAUMA),
        ("me calli de la escalera", TRAUMA),
    ],
)
def test_spanish_signs_are_found_without_accents_or_misspelled(text, flag):
    assert flag in find_red_flags(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("no puedo hacer pipí desde ayer", BLADDER),
        ("me hago del baño encima", BLADDER),
        ("siento las pompis dormidas, las dos", SADDLE),
        ("me caí en la chamba esta mañana", TRAUMA),
        ("me pegó un camión", TRAUMA),
        ("ni siquiera puedo orinar", BLADDER),
        ("se me aguadan las piernas desde ayer", WEAKNESS),
        ("me di un costalazo en la banqueta", TRAUMA),
    ],
)
def test_mexican_and_central_american_everyday_words_are_understood(text, flag):
    assert flag in find_red_flags(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I lost control de la vejiga yesterday", BLADDER),
        ("back pain bad y no puedo orinar since this morning", BLADDER),
        ("my groin esta entumida since yesterday", SADDLE),
        ("numbness en la ingle", SADDLE),
        ("my legs estan muy debiles", WEAKNESS),
        ("tengo fiebre de 101 and back pain", FEVER),
        ("me cai down the stairs yesterday", TRAUMA),
    ],
)
def test_spanish_and_english_mixed_in_one_sentence_are_read(text, flag):
    assert flag in find_red_flags(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "no tengo fiebre",
        "nunca he tenido fiebre",
        "no tengo entumecimiento en la ingle",
        "no he perdido el control de la vejiga",
        "ni fiebre ni problemas de vejiga, solo dolor de espalda",
        "sin fiebre, sin debilidad en las piernas",
        "piernas débiles? no. fiebre? no. vejiga? bien.",
        "problemas de vejiga? ninguno",
        "niega incontinencia, niega anestesia en silla de montar",
        "mi doctor me dijo que fuera a urgencias si alguna vez pierdo el control de la vejiga",
        "en caso de que tenga fiebre qué hago?",
        "tengo miedo de caerme",
        "la resonancia no mostró compresión de la médula",
    ],
)
def test_denied_or_hypothetical_spanish_signs_are_no_emergency(text):
    assert find_red_flags(text, today=TODAY) == []


def test_a_spanish_denial_covers_only_its_own_clause():
    """'No tengo fiebre y no puedo orinar' is still urgent: 'y no' starts a clause of its own."""
    assert find_red_flags("no tengo fiebre y no puedo orinar", today=TODAY) == [BLADDER]
    assert find_red_flags("no tengo fiebre pero perdí el control de la vejiga", today=TODAY) == [BLADDER]


def test_a_comma_then_a_verb_starts_a_new_clause_as_spanish_drops_the_pronoun():
    assert find_red_flags("no tengo fiebre, tengo escalofríos", today=TODAY) == [FEVER]
    assert find_red_flags("ni modo, tengo fiebre", today=TODAY) == [FEVER]


def test_a_doctors_if_is_a_hypothesis_but_si_alone_may_be_a_yes_without_its_accent():
    """'Si tengo fiebre' is often 'sí tengo fiebre' typed without the accent: missing it is worse."""
    assert find_red_flags("me dijo que si tengo fiebre vaya a urgencias", today=TODAY) == []
    assert find_red_flags("me dijo que vaya a emergencias si tengo fiebre", today=TODAY) == []
    assert find_red_flags("si tengo fiebre", today=TODAY) == [FEVER]


def test_a_sign_that_went_away_before_it_is_named_is_no_emergency():
    assert find_red_flags("ya se me quitó la fiebre", today=TODAY) == []
    assert find_red_flags("se me quitó el dolor pero tengo fiebre", today=TODAY) == [FEVER]


def test_no_puedo_and_no_se_si_deny_nothing_after_them():
    """'No puedo dormir por la fiebre' has a fever; 'no sé si' is doubt, as 'not sure if' is in English."""
    assert find_red_flags("no puedo dormir por la fiebre", today=TODAY) == [FEVER]
    assert find_red_flags("no sé si es la fiebre pero tengo escalofríos", today=TODAY) == [FEVER]


@pytest.mark.parametrize(
    "text",
    [
        "tengo fiebre del heno en la primavera",
        "caída del cabello por el estrés",
        "se me está cayendo el pelo",
        "se me cayó el teléfono y me dio un tirón en la espalda",
        "caída de la presión cuando me paro",
        "me cae mal la medicina",
        "no hablo inglés, dolor de cuello",
        "me levanto a orinar 3 veces en la noche",
        "se me duerme la pierna cuando me siento mucho rato",
        "no puedo caminar mucho por el dolor de rodilla",
        "me siento débil y cansada por la quimio",
    ],
)
def test_spanish_look_alikes_raise_no_flag(text):
    assert find_red_flags(text, today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("me caí de la escalera", True),
        ("me caí de la escalera ayer", True),
        ("accidente de carro el viernes", True),
        ("me caí hace 10 días", True),
        ("me caí hace 3 semanas", False),
        ("accidente de carro en marzo", False),
        ("me chocaron el año pasado", False),
        ("me caí hace 10 años", False),
        ("me caí de niño", False),
        ("accidente de moto hace mucho tiempo", False),
        ("tuve un choque en diciembre del año pasado", False),
    ],
)
def test_a_spanish_fall_or_crash_is_an_emergency_within_two_weeks_or_with_no_time_given(text, urgent):
    assert (TRAUMA in find_red_flags(text, today=TODAY)) is urgent


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("tuve fiebre el año pasado pero ahora solo dolor de espalda", []),
        ("tuve fiebre hace dos días y la espalda está peor", [FEVER]),
        ("fiebre desde hace un mes", [FEVER]),
        ("debilidad en las piernas desde hace 10 años por polio", []),
        ("debilidad en las piernas desde hace 10 años, mucho peor esta semana", [WEAKNESS]),
        ("piernas débiles toda mi vida", []),
        ("tuve retención de orina después de la cirugía en 2016 pero se resolvió", []),
        ("incontinencia desde el martes", [BLADDER]),
    ],
)
def test_a_past_or_chronic_spanish_sign_is_no_emergency_but_a_new_or_worse_one_is(text, flags):
    assert find_red_flags(text, today=TODAY) == flags


def test_an_accident_months_ago_with_a_lawyer_is_context_for_staff_and_no_emergency():
    result = triage("Accidente de carro en marzo, me mandó mi abogado. Dolor de cuello.", today=TODAY)

    assert result.emergency_signs == []
    assert result.injury_context == [PERSONAL_INJURY, PAST_INJURY]


def test_a_recent_fall_at_work_is_both_an_emergency_and_work_injury_context():
    result = triage("me caí del techo en el trabajo ayer, tengo workers comp", today=TODAY)

    assert (result.emergency_signs, result.injury_context) == ([TRAUMA], [WORK_INJURY])


@pytest.mark.parametrize(
    "text",
    [
        "entumido en la ingle " * 50,
        "perdi control de " * 60,
        "me duele la espalda y la pierna derecha desde hace tiempo pero no tengo fiebre y " * 13,
        "no " * 340,
    ],
)
def test_a_description_as_long_as_the_form_allows_is_read_quickly_in_any_shape(text):
    """About 20 ms on the development machine; the bound only catches a pattern that backtracks badly."""
    started = time.process_time()
    find_red_flags(text[:1000], today=TODAY)

    assert time.process_time() - started < 0.5

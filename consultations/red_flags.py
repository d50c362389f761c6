"""Signs of a spine emergency in a patient's own words, told apart from injury context.

An emergency sign marks the request urgent for the front desk and tells the patient to seek
emergency care now. Injury context (a personal-injury or workers' comp case, an accident or fall
more than two weeks ago) is for staff only. Missing a real emergency is far worse than a false
alarm, so a sign is set aside only when the words around it deny it ("no fever"), make it
hypothetical ("if I ever lose bladder control") or put it in the past: a fall or crash more than
two weeks ago, a fever of last year, leg weakness there for years and not getting worse.
tests/consultations/triage_corpus.txt holds the descriptions these rules are measured on. Spanish is read
too, on either form: its words are in red_flags_es.py, measured on triage_corpus_es.txt.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.utils import timezone

from . import red_flags_es as es
from .time_words import EVENT, PRESENT, SPAN, TimeWord, nearest, time_words

CAUDA_EQUINA = "Cauda equina or spinal cord compression"
BLADDER = "Loss of bladder or bowel control"
SADDLE = "Numbness in the groin or inner thighs"
WEAKNESS = "Sudden or worsening leg weakness"
FEVER = "Fever with back pain"
TRAUMA = "Back pain after a major fall or accident"

PERSONAL_INJURY = "Personal-injury case (lawyer or claim)"
WORK_INJURY = "Work injury or workers' compensation"
PAST_INJURY = "Accident or fall more than two weeks ago"

# A fall or crash this recent, or with no time given, is an emergency sign; an older one is context.
RECENT_INJURY_DAYS = 14
# A fever this long ago is past; one that has lasted a while ("for a week") is still a fever.
RECENT_FEVER_DAYS = 14
# Bladder, groin or leg signs there for this long, and not getting worse, are chronic.
CHRONIC_DAYS = 180


@dataclass(frozen=True)
class Triage:
    """What a description says: emergency signs for the patient and staff, injury context for staff."""

    emergency_signs: list[str] = field(default_factory=list)
    injury_context: list[str] = field(default_factory=list)


# --- What signs look like, after _normalize -------------------------------------------------------

_POSS = r"(?:(?:my|his|her|their|the|your|our) )?"
_TOILET = rf"(?:bladder|bowels?|urine|pee|stools?|poop|{es.TOILET})"
_WETTING = r"(?:myself|himself|herself|(?:my|his|her) (?:pants|clothes|underwear))"
_LOSS = (
    r"(?:lost|lose|losing|loss of|lack of|no|without|poor|little|"
    r"(?:no longer|don't|doesn't|can't) have(?: any)?)"
)
_UNABLE = (
    r"(?:can't|can no longer|unable to|not able to|couldn't|(?:haven't|hasn't|have not|has not) been able to|"
    r"hard to|trouble|difficulty|problems?|struggl(?:e|ing) to|have to (?:strain|push)(?: \w+){0,2} to|"
    r"straining to)"
)
_NUMB = (
    r"(?:numb\w*|tingl\w*|pins and needles|no feeling|lost feeling|loss of feeling|no sensation|"
    rf"loss of sensation|novocaine?|an(?:a)?esthe\w*|lidocaine|{es.NUMB})"
)
_BODY_LOW = (
    r"(?:groin|gro[iy]ne?|genitals?|genital area|privates?|private (?:parts?|areas?)|crotch|"
    r"(?:inner |insides? of (?:my |his |her )?)(?:thighs?|thys?|thies)|saddle(?: area| region)?|"
    r"anus|rectum|perineum|perineal area|vagina|labia|penis|scrotum|testicles|(?:my|his) balls(?! of)|"
    r"between (?:my |his |her )?legs|down there|back passage|(?:from )?the waist down|"
    r"butt cheeks|seat area|sitting area|where (?:i|he|she) sits?|"
    r"(?:around|whole|entire|both) (?:my |his |her )?(?:bottom|butt|buttocks|butt cheeks|rear end)|"
    rf"{es.BODY_LOW})"
)
_LEG = rf"(?:legs?|knees?|foot|feet|ankles?|thighs?|toes|{es.LEG})"
_NOT_DOING = r"(?:won't|doesn't|don't|didn't|wouldn't|can't|will not|does not)(?: want to)?"
_GIVING_WAY = (
    r"(?:weak\w*|gave (?:out|way)|giv(?:es|ing|e) (?:out|way)|buckl\w*|collaps\w*|paraly\w*|"
    rf"{_NOT_DOING} (?:hold|work|move|support|lift|respond|cooperate|obey)|stopped working|"
    r"(?:not|isn't|aren't) (?:working|responding|moving|cooperating|holding me)|"
    r"dragg?\w*|flop\w*|slap\w*|(?:went|goes|going|is|gone) (?:limp|dead)|just quit|quit on me|"
    r"quit working|gave up on me|(?:like|are|is|feel|feels) (?:jello|jelly|noodles|rubber)|"
    rf"{es.GIVING_WAY})"
)
_WEAK = (
    r"(?:weak\w*|paraly\w*|dragg?\w*|"
    r"(?:can't|can no longer|unable to|not able to) (?:move|lift|feel|control)|no strength in|"
    rf"lost (?:the )?(?:strength|use) (?:of|in)|{es.WEAK})"
)
_VEHICLE = (
    r"(?:car|auto|truck|motorcycle|motorbike|bike|bicycle|scooter|bus|vehicle|traffic|freeway|highway|"
    r"head[- ]on|rollover|carro|coche|moto)"
)
# "My blood sugar fell", "prices fell": what falls without hurting a back.
_NOT_A_PERSON = "".join(
    f"(?<!{word} )"
    for word in "sugar pressure level levels count score number numbers price prices it rate".split()
)


def _gap(words: int) -> str:
    """Up to `words` words of one clause: no punctuation, none of the words that start another."""
    stop = rf"(?:but|when|because|while|though|although|then|and (?:i|my|now|then)|{es.CLAUSE_START})\b"
    return rf"(?: (?!{stop})[\w'-]+){{0,{words}}} "


RED_FLAGS: dict[str, list[str]] = {
    # Named by a doctor, a scan or the patient: "worried about cauda equina" names nothing.
    CAUDA_EQUINA: [
        r"\b(?:have|has|had|diagnosed with|diagnosis of|showed|shows|said|told me|think|signs? of|"
        r"symptoms? of)(?: (?!(?:no|not|never)\b)\w+){0,3} "
        r"(?:cauda equina|(?:spinal )?cord compression|compressed (?:spinal )?cord)\b",
        r"\b(?:cauda equina|spinal cord) (?:syndrome|compression|is compressed)\b(?! (?:is|was) ruled out)",
        *es.CAUDA_EQUINA,
    ],
    BLADDER: [
        rf"\b{_LOSS}(?: \w+){{0,2}} (?:control|feeling|sensation) (?:of|over|in|with) {_POSS}{_TOILET}",
        rf"\b{_LOSS}(?: \w+){{0,2}} control(?: \w+){{0,4}} "
        r"(?:pee|peeing|poop|pooping|urinat\w*|bowel movements?)\b",
        r"\b(?:peeing|pooping|urinating|leaking) (?:everywhere|all over)\b|\bcan't hold it in\b",
        r"\b(?:lost|lose|losing|loss of|lack of|no|without|poor|trouble with|problems? with|changes? in|"
        r"issues? with)(?: (?:my|his|her|the))? (?:bladder|bowels?) (?:control|function|habits)\b"
        r"(?! (?:problems?|issues?|trouble|changes?))",
        r"\b(?:bladder|bowels?)(?: control)? (?:problems?|issues?|trouble|changes?|accidents?|leak\w*|"
        r"incontinence)\b",
        r"\b(?:bladder|bowels?) control (?:is |has been |keeps )?(?:gone|getting worse|worse|bad|poor|off)\b",
        r"\b(?:bladder|bowels?) (?:feels? |is |are )?(?:numb|dead)\b",
        r"\b(?:bladder|bowels?) (?:stopped working|not working|won't work|doesn't work|shut down|quit)\b",
        r"\bincontinen(?:t|ce)\b",
        r"\b(?:wet|wetting|peed|peeing|soiled|soiling|pooped|pooping|messed|crapped|urinated)(?: \w+)? "
        rf"(?:{_WETTING}|(?:my|his|her|the) bed)",
        r"\b(?:urinating|peeing|pooping|wetting|soiling|(?:went|going|go) (?:to the bathroom|potty|pee|poop))"
        rf"(?: \w+){{0,2}} (?:on|in) {_WETTING}\b",
        rf"\b{_UNABLE}(?: \w+){{0,2}} (?:control|hold|feel|stop|empty|start)\w*(?: \w+){{0,2}} {_TOILET}",
        rf"\b{_UNABLE}(?: \w+){{0,2}} (?:pee|peeing|urinat\w*|pass(?:ing)? (?:urine|water)|"
        rf"empty(?:ing)? {_POSS}bladder)\b",
        r"\b(?:leak|leaks|leaking|leaked|dribbl\w*)(?: \w+){0,2} (?:urine|pee|stool|poop)",
        rf"\b{_TOILET} (?:just )?(?:comes|came|coming|leaks|leaking|dribbles) out",
        rf"\b{_TOILET}(?: \w+){{0,2}} (?:won't|doesn't|don't|will not|isn't|wouldn't) (?:come|coming) out\b",
        rf"\b{_TOILET}(?: \w+){{0,4}} (?:but )?nothing (?:comes|came|coming) out\b",
        rf"\b{_TOILET}(?: \w+){{0,5}} without (?:me |him |her )?(?:knowing|noticing|feeling)",
        r"\b(?:accidents?) (?:with|in) (?:my|his|her) (?:bladder|bowels?|pants|underwear|bed)",
        r"\b(?:bathroom|toilet|bladder|bowel|pee) accidents?\b",
        r"\b(?:can't|couldn't|didn't|don't|doesn't|not) make it to the (?:bathroom|toilet|restroom)\b",
        r"\b(?:wear|wearing|wore|had to wear|started wearing|need|needs|now in|using) (?:adult )?"
        r"(?:diapers?|pull-?ups)\b|\b(?:wear|wearing|wore) depends\b",
        r"\b(?:can't|don't|didn't|can no longer|no longer|unable to) (?:feel|tell|know|sense|notice)"
        r"(?: \w+){0,3} (?:when|if) (?:i|he|she) (?:need|needs|have|has|want|wants)(?: \w+){0,2} to "
        r"(?:go|pee|urinate|poop|have a bowel movement|use the bathroom)",
        r"\b(?:can't|don't|doesn't|no longer) (?:feel|get|have) the urge\b",
        # Not noticing one has wet or soiled oneself.
        r"\b(?:didn't|did not|don't|do not|never) (?:know|realiz\w*|notic\w*|feel|felt)(?: \w+){0,2} "
        r"(?:i|he|she) (?:had |have |was )?(?:peed|pooped|wet|urinated|leaked|soiled|went)\b",
        r"\b(?:woke|wake|waking|woken) up (?:all )?(?:wet|soaked in urine)\b",
        r"\bsmell(?:s|ed|ing)? (?:like|of) (?:urine|pee|poop)\b",
        r"\b(?:urinary retention|retention of urine|retaining urine)\b",
        r"\b(?:urinary catheter|foley|catheterized|put in a catheter|needed a catheter|"
        r"drain(?:ed)? (?:my|his|her|the) bladder)\b",
        *es.BLADDER,
    ],
    SADDLE: [
        rf"\b{_NUMB}{_gap(6)}{_BODY_LOW}\b",
        rf"\b{_BODY_LOW}{_gap(6)}(?:numb\w*|tingl\w*|dead|asleep|(?:has|have|with) no (?:feeling|sensation)|"
        rf"(?:feels?|felt) nothing|{es.NUMB_AFTER})",
        r"\bsaddle an(?:a)?esthesia\b",
        r"\b(?:can't|unable to|not able to|couldn't|don't|can no longer)(?: \w+)? feel(?: \w+){0,3} "
        rf"(?:{_BODY_LOW}|(?:the )?toilet paper|(?:the |toilet )+seat|when (?:i|he|she) wipes?|wiping)",
        *es.SADDLE,
    ],
    WEAKNESS: [
        rf"\b{_LEG}{_gap(4)}{_GIVING_WAY}",
        rf"\b{_WEAK}{_gap(3)}{_LEG}\b",
        r"\b(?:foot drop|drop foot|dropfoot|dropped foot)\b",
        # Both legs losing feeling, or suddenly, is a deficit of the same nerves.
        r"\bboth (?:of )?(?:my |his |her )?legs(?: \w+){0,3} numb",
        r"\blegs(?: \w+){0,2} (?:went|gone|suddenly) (?:numb|dead)\b",
        r"\b(?:collapsed|dropped|crumpled|sank)(?: down)? to (?:my|his|her|the) (?:knees|floor|ground)\b",
        r"\b(?:i|he|she) (?:just )?collapsed\b",
        r"\b(?:can't|can barely|unable to|not able to|couldn't|can no longer) "
        r"(?:walk|stand(?: up)?)\b(?! (?:far|long|for|more|very|too|much|without|a lot|"
        r"straight|up straight|because|due|when|it|the|that|as|like|any|right|well|fast)\b)",
        *es.WEAKNESS,
    ],
    FEVER: [
        r"\b(?<!hay )(?<!cabin )(?<!spring )(?:fever\w*|febrile)\b"
        r"(?! (?:blister|dream|pitch))",
        r"\b(?:high temperature|running a temperature|(?:have|had|got|with|has) a temperature)\b"
        r"(?! (?:check|reading|scan|taken))",
        r"\btemperature (?:of |is |was |at |went up to |reached )?(?:99\.\d|10[0-6]|3[89])\b",
        r"\b(?:shaking chills|chills|rigors|night sweats|(?:cold |the )?sweats at night|sweating at night|"
        r"shivers|shivering|hot and cold sweats|cold sweats)\b",
        # In the present tense, so a date nearby is the surgery's, not the wound's (see _current).
        r"\b(?:wound|incision|cut|scar|stitches|staples|surgery site|surgical site|injection site|the spot)"
        r"(?: [\w']+){0,6} (?:is|are|has|have|looks|feels|keeps|has been|have been|started|getting|now)"
        r"(?: \w+)? (?:red|pus|draining|drains|leaking|oozing|swollen|hot|smells?|smelly|infected)\b",
        r"\b(?:(?:spine|spinal|back|disc|bone) infection|infection in (?:my |the )?(?:spine|back|bone|disc)|"
        r"abscess|osteomyelitis|discitis)\b",
        *es.FEVER,
    ],
    TRAUMA: [
        rf"\b{_VEHICLE} (?:accident|crash|collision|wreck)\b",
        rf"\b{_VEHICLE} (?:flipped|rolled|spun|overturned|got hit|was hit|was totaled|crashed)\b",
        r"\b(?<!bathroom )(?:accident|crash|collision)\b(?! (?:in|with) (?:my|his|her) pants)",
        r"\b(?:mva|mvc)\b",
        r"\b(?:rear[- ]?ended|t[- ]?boned|side ?swiped|fender bender|hit my car|ran into my car|"
        r"(?:hit|struck|bumped|clipped|rammed|run over|knocked down) by (?:a|an|the) \w+|"
        r"(?:got|get|was|were|been|being) (?:hit|struck|run over|knocked (?:down|over|off))(?! with)|"
        r"knocked (?:me )?(?:off|down|over)|crashed (?:my|his|her|the|into)|totaled (?:my|the) car|"
        r"rolled (?:my|the) car|airbags? (?:went off|deployed)|in a wreck|wrecked (?:my|the))\b",
        r"\b(?:pushed|tripped|tumbled|rolled|thrown|knocked|slid|slipped|flew|went flying)(?: \w+)? "
        r"(?:down|off|from) (?:the |a |some |my |his |her )?(?:flight of )?(?:stairs|steps|ladder|roof|"
        r"scaffold\w*|porch|horse|bike|bicycle|bed|chair|stool|bleachers|stage|curb)\b",
        _NOT_A_PERSON
        + r"\b(?:fell|fallen|tumbled|took a tumble|fall (?:down|off|from|on|onto|out of|over|into)|"
        r"falls down|slipped(?! (?:disc|disk|discs|disks|my mind|out|away|into|and fell|and fall))|"
        r"slip and fall|(?:keep|keeps|kept|been|started) falling)\b"
        r"(?! (?:asleep|apart|behind|in love|through|short|silent|ill|sick|out with|pregnant|for|"
        r"into place|back (?:up|down|to)))",
        r"(?<!\bin )(?<!during )(?<!every )(?<!until )(?<!since )(?<!through )"
        r"\b(?:a|an|the|my|his|her|bad|hard|big|nasty|serious)(?: \w+)? fall\b"
        r"(?! (?:risk|season|semester|prevention|and (?:winter|spring|summer)))",
        *es.TRAUMA,
    ],
}

CONTEXT: dict[str, list[str]] = {
    PERSONAL_INJURY: [
        r"\b(?:personal[- ]injury|p\.?i\.? (?:case|claim|patient)|lawyers?|lawer|laywer|attorneys?|attorny|"
        r"atorney|lawsuit|law ?firm|lien|legal case|insurance claim|other driver'?s? insurance)\b",
        *es.PERSONAL_INJURY,
    ],
    WORK_INJURY: [
        r"\b(?:workers?'?s?|workm[ae]n'?s?|work) ?comp(?:ensation)?\b|\bwc\b",
        r"\bcomp (?:claim|case|insurance|doctor)\b",
        r"\b(?:injured|hurt|injury|accident|fell|fall|lifting)(?: [\w']+){0,4} "
        r"(?:at|on) (?:work|the job|my job)",
        r"\b(?:work|job|work[- ]related|on the job) (?:injury|accident)\b",
        *es.WORK_INJURY,
    ],
}

_COMPILED = {label: [re.compile(p) for p in patterns] for label, patterns in {**RED_FLAGS, **CONTEXT}.items()}

# --- Spelling ------------------------------------------------------------------------------------

_SPELLINGS = [
    (r"\b(?:cannot|can not|cant)\b", "can't"),
    (r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should)nt\b", r"\1n't"),
    (r"\bwont\b", "won't"),
    (r"\bim\b", "i'm"),
    (r"\bive\b", "i've"),
    (r"\bloosing\b", "losing"),
    (r"\b(?:nite|nigth)\b", "night"),
    (r"\btonite\b", "tonight"),
    (r"\byrs?\b", "years"),
    (r"\bwks?\b", "weeks"),
    (r"\bmos\b", "months"),
    (r"\bhrs?\b", "hours"),
    (r"\btemp\b", "temperature"),
    (r"\b(my|the|his|her|of) bowls?\b", r"\1 bowels"),
    (r"\bbowls? (control|movements?|function|habits|problems?|issues?|incontinence)\b", r"bowel \1"),
    # "week" is often "weak" after a leg or a linking verb; "last week" stays a week.
    (
        r"\b(legs?|knees?|foot|feet|is|are|feel|feels|felt|getting|got|gets|so|very|really|too|more) week\b",
        r"\1 weak",
    ),
    (r"\bweek(ness|er)\b", r"weak\1"),
]
_SPELLINGS = [(re.compile(pattern), replacement) for pattern, replacement in _SPELLINGS + es.SPELLINGS]

# Words the patterns need: a word one typing slip away from one (two for long words) is read as it,
# unless it is a word in its own right ("never" is not "fever").
_VOCABULARY = (
    "bladder bowels bowel numbness numbing tingling tingly fever feverish chills weakness weaker "
    "incontinence "
    "incontinent urinate urinating urine accident ladder paralyzed paralysed temperature buckling genitals "
    "vagina thighs perineum saddle scaffolding motorcycle collision attorney lawyer compensation groin stairs"
).split()
_REAL_WORDS = set(
    "never fewer lever sever fiber fiver liver river diver cover hover ever grown groan grain towel vowel "
    "dowel bowed bowls bowler towels vowels latter larder madder laser layer player paddle waddle continence "
    "dumbness numbers numbering tinkling jingling mingling tangling temperate incident occident stars stair "
    "stains starts chill chilly chiles hills tights weaken weakens wetness chair chairs urinal "
    "private".split()
)


def _distance(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance between a and b, or limit + 1 once it is more than limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = [], list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _correct(match: re.Match) -> str:
    word = match.group()
    if word in _REAL_WORDS or any(word.startswith(known) for known in _VOCABULARY):
        return word
    for known in _VOCABULARY:
        limit = 2 if min(len(word), len(known)) >= 7 else 1
        if _distance(word, known, limit) <= limit:
            return known
    return word


def _normalize(text: str) -> str:
    """Lower case without accents, with the spellings the patterns expect."""
    text = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[ \t]+", " ", text)
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return re.sub(r"\b[a-z]{4,14}\b", _correct, text)


# --- Denials and hypotheses ------------------------------------------------------------------------

_CUE = re.compile(
    r"\b(?:no|not|never|without|denies|denied|deny|don't|do not|doesn't|does not|didn't|did not|"
    r"haven't|have not|hasn't|has not|hadn't|had not|isn't|aren't|wasn't|weren't|nor|neither|none|"
    r"negative for|free of|if(?: (?:i|you|he|she|we|they))?(?: ever)?|in case(?: of)?|"
    r"watch(?:ing)? (?:out )?for|warned(?: me)?|afraid of|scared of|fear of|risk of|to prevent|what if|"
    rf"whether|{es.CUE})\b"
)
# "No longer" and "not able to" belong to signs; "not sure if" is doubt, which denies nothing.
_NOT_A_CUE = re.compile(
    rf"^(?:(?:no|not|none) (?:longer|only|idea|one|matter|sure|doubt|able)|{es.NOT_A_CUE})\b"
)
_DOUBT_BEFORE_IF = re.compile(r"\b(?:sure|know|wonder|see|tell)$")
_NEW_CLAUSE = re.compile(
    r"[.;!?]|\b(?:but|however|though|although|except|yet|now|then|so|because|until|this|that|it|before|"
    # "He" is also Spanish "have": "nunca he tenido fiebre" is one clause.
    rf"happened|i|he(?! \w+(?:ado|ido|cho)\b)|she|we|they|{es.NEW_CLAUSE})\b|"
    r"\band (?:my|his|her|today|yesterday|also)\b|"
    rf", (?:and|my|his|her|since|{es.AFTER_COMMA})\b"
)
_DENIED_AFTER = re.compile(
    r"^(?:-| )?(?:free|negative|denied)\b|^ ?[:?-] ?(?:no|none|neg\w*|denie[sd]|fine|normal|ok|okay|"
    rf"{es.DENIED_AFTER})\b"
)


def _denied(text: str, start: int, end: int | None = None) -> bool:
    """True when a denial or hypothesis governs the sign at text[start:end] ("no fever", "fever free")."""
    if end is not None and _DENIED_AFTER.search(text[end:]):
        return True
    before = text[max(0, start - 80) : start]
    for cue in reversed(list(_CUE.finditer(before))):
        if _NOT_A_CUE.match(before[cue.start() :]) or (
            cue.group().startswith("if") and _DOUBT_BEFORE_IF.search(before[: cue.start()].rstrip())
        ):
            continue
        gap = before[cue.end() :]
        # A list goes on denying: "no fever, chills or bladder problems".
        longest = 10 if re.search(r"\b(?:or|nor|ni)\b", gap) else 6
        # The sign's own first word may start a clause: "no tengo fiebre y no puedo orinar".
        first_word = text[start:].split(" ", 1)[0]
        return len(gap.split()) <= longest and not _NEW_CLAUSE.search(gap + first_word)
    return False


# --- Now or in the past ----------------------------------------------------------------------------

_WORSENING = re.compile(
    r"\b(?:worse|worsening|(?:getting|got|gets|becoming|became|going|growing) weak\w*|weaker and weaker|"
    r"weaker than (?:before|last|it|a)|weakening|progress\w*|more and more|sudden\w*|all of a sudden|started|"
    r"starting|began|begun|recently|lately|recent|first time|"
    rf"never (?:did|happened|had|done) (?:this|that|before)|{es.WORSENING})\b"
)
_NEW_BEFORE = re.compile(r"\b(?:new|newly)(?: \w+){0,2} ?$")
_PRESENT_TENSE = re.compile(rf"\b(?:is|are|has|have|keeps|now|{es.PRESENT_TENSE})\b")
_RESOLVED_AFTER = re.compile(
    r"^[^.;!?]{0,60}?\b(?:that|it|which|they|this|all|everything|those)(?: has| had| have| was| were)?"
    r"(?: eventually| finally| then| since| all)? (?:resolved|went away|cleared up|healed|got better|"
    r"was treated|were treated)\b"
    rf"|^[^.;!?]{{0,60}}?\b(?:ya )?(?:{es.RESOLVED})\b"
)


_INJURY_WORDS = re.compile(
    r"\b(?:injur\w*|accident\w*|crash|collision|wreck|mva|mvc|fall|fell|claim|case|comp|compensation|"
    rf"lawsuit|lawyer|attorney|{es.INJURY_WORDS})\b"
)


def _when(sentence: str, words: list[TimeWord], start: int, end: int, kinds: set[str]) -> TimeWord | None:
    """The time word of `kinds` that dates the sign at sentence[start:end], if the patient gives one.

    It is the nearest in the sign's clause. A comma clause that is nothing but a time word dates the
    clause before ("car accident, 3 months ago"); for a fall or crash so does one about the same
    injury ("work injury 2 years ago, fell from a scaffold"), but not one about something else
    ("surgery in 2019, fell").
    """
    when = nearest(sentence, words, start, end, kinds)
    if when is None:
        when = nearest(sentence, words, start, end, kinds, across_commas=True)
        if when is not None:
            clause = sentence[sentence.rfind(",", 0, when.start) + 1 :].split(",")[0]
            alone = clause.strip() == sentence[when.start : when.end]
            injury = kinds == {EVENT} and _INJURY_WORDS.search(clause)
            when = when if alone or injury else None
    return when


# A sentence with many signs ("entumido en la ingle y entumido entre las piernas") is dated once.
_time_words = lru_cache(maxsize=64)(time_words)


def _current(label: str, sentence: str, start: int, end: int, today: date) -> bool:
    """True when the sign at sentence[start:end] is happening now, judged by the time words nearest it."""
    if _RESOLVED_AFTER.search(sentence[end:]):
        return False
    words = _time_words(sentence, today)
    if label == TRAUMA:
        # Only moments count: "pain for 10 years" says nothing of when a fall was.
        when = _when(sentence, words, start, end, {EVENT})
        return when is None or when.days_ago <= RECENT_INJURY_DAYS
    if label == FEVER:
        when = _when(sentence, words, start, end, {EVENT, PRESENT, SPAN})
        if when is None or when.kind == SPAN or _PRESENT_TENSE.search(sentence[start:end]):
            return True
        return when.days_ago <= RECENT_FEVER_DAYS
    if _WORSENING.search(sentence) or _NEW_BEFORE.search(sentence[:start]):
        return True
    when = _when(sentence, words, start, end, {EVENT, PRESENT, SPAN})
    return when is None or when.days_ago < CHRONIC_DAYS


def triage(text: str, *, today: date | None = None) -> Triage:
    """Read `text`, written on `today` (by default the clinic's today), into signs and injury context."""
    today = today or timezone.localdate()
    signs, context = set(), set()
    # "Fever? No." is one answer, not two sentences.
    text = re.sub(
        rf"\?(?= (?:no|none|fine|normal|ok|okay|negative|{es.DENIED_AFTER})\b)", ":", _normalize(text or "")
    )
    for sentence in re.split(r"[.!?;\n]+(?:\s|$)|\n", text):
        for label, patterns in _COMPILED.items():
            for match in (m for pattern in patterns for m in pattern.finditer(sentence)):
                if label in CONTEXT:
                    if not _denied(sentence, match.start()):
                        context.add(label)
                elif _denied(sentence, match.start(), match.end()):
                    continue
                elif _current(label, sentence, match.start(), match.end(), today):
                    signs.add(label)
                elif label == TRAUMA:
                    context.add(PAST_INJURY)
    return Triage(
        emergency_signs=[label for label in RED_FLAGS if label in signs],
        injury_context=[label for label in (PERSONAL_INJURY, WORK_INJURY, PAST_INJURY) if label in context],
    )


def find_red_flags(text: str, *, today: date | None = None) -> list[str]:
    """The labels of the emergency signs that `text` mentions, in a fixed order."""
    return triage(text, today=today).emergency_signs

"""Signs of a spine emergency in a patient's own words.

A match marks the request urgent for the front desk and tells the patient to seek emergency care
now. Missing a real emergency is far worse than a false alarm, so the patterns are generous and a
sign is only ignored when the words just before it clearly deny it ("no fever").
"""

import re
import unicodedata

_BODY_LOW = (
    r"(groin|genitals?|genital area|privates?|private (parts?|areas?)|crotch|inner thighs?|saddle( area)?|"
    r"buttocks?|butt|bottom|backside|anus|rectum|perineum|vagina|penis|scrotum|between (my )?legs)"
)
_LEG = r"(legs?|knees?|foot|feet|ankles?|thighs?)"
_TOILET = r"(bladder|bowels?|urine|pee|stool|stools|poop)"
_LOSS = (
    r"(lost|lose|losing|loss of|lack of|no|without|poor|little|(no longer|don't|doesn't|can't) have( any)?)"
)
_UNABLE = r"(can't|unable to|not able to|couldn't|hard to|trouble|difficulty|problems?|struggl(e|ing) to)"
_NUMB = r"(numb\w*|tingl\w*|pins and needles|no feeling|lost feeling|loss of feeling)"
_GIVING_WAY = (
    r"(weak\w*|gave (out|way)|giving (out|way)|gives (out|way)|buckl\w*|collaps\w*|paraly\w*|"
    r"won't (hold|work|move|support)|stopped working|don't work|doesn't work|not working)"
)
_WEAK = (
    r"(weak\w*|paraly\w*|can't (move|lift|feel|control|bend)|unable to (move|lift|feel)|no strength in|"
    r"lost (the )?(strength|use) (of|in))"
)

RED_FLAGS: dict[str, list[str]] = {
    "Loss of bladder or bowel control": [
        rf"\b{_LOSS}( \w+){{0,2}} (control|feeling|sensation) (of|over|in) (my )?{_TOILET}",
        r"\b(lost|lose|losing|loss of|lack of|no|without|poor|trouble with|problems? with|changes? in)"
        r"( my)? (bladder|bowel|bowels) (control|function|habits)",
        r"\bincontinen(t|ce)\b",
        r"\b(wet|wetting|peed|peeing|soiled|soiling|pooped|pooping|messed|crapped)( \w+)? "
        r"(myself|my (pants|self|underwear|clothes|bed)|the bed)",
        rf"\b{_UNABLE}( \w+){{0,2}} (control|hold|feel|stop|empty)( \w+){{0,2}} {_TOILET}",
        rf"\b{_UNABLE}( \w+){{0,1}} (pee|peeing|urinat\w*|empty(ing)? my bladder)\b",
        r"\b(leak|leaks|leaking|leaked|dribbl\w*)( \w+){0,2} (urine|pee|stool|poop)",
        r"\b(accidents?) (with|in) my (bladder|bowels?|pants)",
    ],
    "Numbness in the groin or inner thighs": [
        rf"\b{_NUMB}( \w+){{0,4}} {_BODY_LOW}",
        rf"\b{_BODY_LOW}( \w+){{0,3}} (numb\w*|tingl\w*|dead|has no feeling|have no feeling)",
        r"\bsaddle an(a)?esthesia\b",
        rf"\b(can't|unable to|not able to|couldn't) feel( \w+){{0,3}} ({_BODY_LOW}|toilet paper|when i wipe)",
    ],
    "Sudden or worsening leg weakness": [
        rf"\b{_LEG}( \w+){{0,3}} {_GIVING_WAY}",
        rf"\b{_WEAK}( \w+){{0,3}} {_LEG}",
        r"\b(foot drop|drop foot|dropfoot)\b",
        r"\b(can't|unable to|not able to|couldn't) (walk|stand( up)?)\b",
    ],
    "Fever with back pain": [
        r"\b(fever\w*|febrile|high temperature|running a temperature|temperature of (10[0-6]|3[89]))\b",
    ],
    "Back pain after a major fall or accident": [
        r"\b(accident|crash|collision|wreck|rear ended|rear-ended|hit by a (car|truck|vehicle|bus))\b",
        r"\b(fell|fallen|falling)\b(?! (asleep|apart|behind|in love))",
        r"\b(had|took|after|from|since|in) (a|an)( \w+)? fall\b",
        r"\bslipped and (fell|fall)\b",
    ],
}

_COMPILED = {label: [re.compile(pattern) for pattern in patterns] for label, patterns in RED_FLAGS.items()}
_NEGATION = re.compile(
    r"\b(no|not|never|without|denies|deny|don't|do not|didn't|did not|haven't|have not|hasn't|has not|"
    r"isn't|aren't|wasn't|weren't|nor|neither)( (?!(and|but|or|though|then|now)\b)[\w']+){0,2} ?$"
)
_SPELLINGS = [
    (re.compile(r"\b(cannot|can not|cant)\b"), "can't"),
    (re.compile(r"\b(dont)\b"), "don't"),
    (re.compile(r"\b(couldnt)\b"), "couldn't"),
    (re.compile(r"\b(wont)\b"), "won't"),
    (re.compile(r"\s+"), " "),
]


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("‘", "'")
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


def _denied(text: str, start: int) -> bool:
    """True when one of the three words just before a match denies it ("no", "never had a")."""
    return bool(_NEGATION.search(text[max(0, start - 40) : start]))


def find_red_flags(text: str) -> list[str]:
    """The labels of the emergency signs that `text` mentions, in a fixed order."""
    text = _normalize(text or "")
    found = []
    for label, patterns in _COMPILED.items():
        if any(not _denied(text, m.start()) for p in patterns for m in p.finditer(text)):
            found.append(label)
    return found

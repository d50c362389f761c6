"""No editor can put live markup on a public page, whatever they type into any field."""

import pytest

from tests.factories import (
    ClinicFactory,
    ConditionFactory,
    FAQFactory,
    HolidayClosureFactory,
    LocationFactory,
    PhysicianFactory,
    ProcedureFactory,
    SectionFactory,
)
from tests.markup import URL_ATTRIBUTES, parse, without_space

pytestmark = pytest.mark.django_db

# Each fits the shortest field it is put in (the 70-character SEO title), so PostgreSQL stores it whole.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)//",
    '<a href="#" onclick="alert(1)">click</a>',
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    "<details open ontoggle=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    "<style>body{display:none}</style>",
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html,alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<!--<script>alert(1)</script>-->",
    '<form action="https://evil.example/"><input name="q"></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    "</script><script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]
FORBIDDEN_ELEMENTS = {"iframe", "object", "embed", "style", "base", "form", "input", "frame", "svg", "math"}
FORBIDDEN_SCHEMES = ("javascript:", "vbscript:", "data:")


def live_markup(html: bytes) -> list[str]:
    """Everything in the page that a browser would run, load or obey beyond the site's own markup."""
    document = parse(html)
    problems = []
    for element in document.elements:
        if element.tag == "script" and element.get("type") != "application/ld+json":
            problems.append(f"<script {element.attrs}>")
        if element.tag in FORBIDDEN_ELEMENTS:
            problems.append(f"<{element.tag}>")
        if element.tag == "meta" and element.has("http-equiv"):
            problems.append(f"<meta http-equiv={element.get('http-equiv')}>")
        for name, value in element.attrs:
            if name.startswith("on") or name == "style":
                problems.append(f"<{element.tag} {name}=…>")
            if name in URL_ATTRIBUTES and without_space(value or "").startswith(FORBIDDEN_SCHEMES):
                problems.append(f"<{element.tag} {name}={value!r}>")
    problems += [f"<!--{comment}-->" for comment in document.comments if "<" in comment]
    return problems


def pages_with_payload_everywhere(payload: str) -> list[str]:
    """Every public page showing a field an editor controls, each field holding the payload."""
    ClinicFactory(name=payload, emergency_notice=payload)
    location = LocationFactory(name=payload, street_address=payload, city=payload)
    for field in ("hours_note", "parking", "transit", "accessibility"):
        setattr(location, field, f"{payload}\n\n{payload}")
    location.save()
    HolidayClosureFactory(name=payload)
    shared = {
        "title": payload,
        "summary": payload,
        "introduction": payload,
        "seo_title": payload,
        "medical_reviewer": PhysicianFactory(name=payload[:120], credentials=payload[:60]),
    }
    procedure = ProcedureFactory(**shared)
    condition = ConditionFactory(**shared)
    related = ProcedureFactory(title=payload, summary=payload)
    procedure.conditions_treated.add(condition)
    procedure.related_procedures.add(related)
    for page in (procedure, condition):
        SectionFactory(page=page, heading=payload, body=payload)
        SectionFactory(page=page, heading="In a list", body=f"Before.\n\n- {payload}\n- after")
        FAQFactory(page=page, question=payload, answer=payload)
    return [
        "/",
        "/procedures/",
        "/conditions/",
        procedure.get_absolute_url(),
        condition.get_absolute_url(),
        "/locations/",
        location.get_absolute_url(),
    ]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_in_every_field_is_never_live_markup_on_a_public_page(client, payload):
    for url in pages_with_payload_everywhere(payload):
        response = client.get(url)

        assert response.status_code == 200, url
        assert live_markup(response.content) == [], url


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_json_ld_stays_valid_json_holding_the_payload_as_text(client, payload):
    procedure = ProcedureFactory(
        title=payload,
        seo_title=payload,
        medical_reviewer=PhysicianFactory(name=payload[:120], credentials=""),
    )
    FAQFactory(page=procedure, question=payload, answer=payload)

    [data] = parse(client.get(procedure.get_absolute_url()).content).json_ld()

    by_type = {node["@type"]: node for node in data["@graph"]}
    assert by_type["MedicalWebPage"]["about"]["name"] == payload
    assert by_type["MedicalWebPage"]["reviewedBy"]["name"] == payload[:120]
    assert by_type["FAQPage"]["mainEntity"][0]["name"] == payload


def test_a_closing_script_tag_in_a_title_cannot_end_the_json_ld_block(client):
    procedure = ProcedureFactory(title="</script><script>alert(1)</script>")

    html = client.get(procedure.get_absolute_url()).content.decode()

    start = html.index('<script type="application/ld+json">')
    block = html[start : html.index("</script>", start)]
    assert "<script>" not in block[len('<script type="application/ld+json">') :]
    assert "alert(1)" in block


def test_a_plain_field_shows_markup_as_visible_text(client):
    procedure = ProcedureFactory(title="Injections <b>for</b> back pain")

    html = client.get(procedure.get_absolute_url()).content.decode()

    assert '<h1 id="page-title">Injections &lt;b&gt;for&lt;/b&gt; back pain</h1>' in html


def test_markdown_keeps_lists_and_safe_links(client):
    procedure = ProcedureFactory()
    SectionFactory(
        page=procedure,
        body="Read [our guide](/procedures/medial-branch-block/) or [NIH](https://www.nih.gov/).\n\n"
        "- one\n- two",
    )

    document = parse(client.get(procedure.get_absolute_url()).content)

    links = {link.get("href") for link in document.find_all("a") if link.in_copy}
    assert links == {"/procedures/medial-branch-block/", "https://www.nih.gov/"}
    assert len([item for item in document.find_all("li") if item.in_copy]) == 2

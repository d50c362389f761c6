"""`make audit`: serve the site as in production and audit one page of each type.

Serves the site with gunicorn and production settings (DJANGO_DEBUG=false, collected static files, the
clinic's content), then prints for each page its Lighthouse scores (mobile), the Nu Html Checker's
errors and the MDN HTTP Observatory's grade and failing tests, and writes full-page screenshots at
375 and 1280 px wide. Everything it writes goes to audit-output/ (ignored by git). Exits 1 when a page
misses the bar: Lighthouse 100 in all four categories, no HTML error, and no failing Observatory test
other than those that need HTTPS.

The lumbar page is audited with a hero image, as patients will see it: the picture in AUDIT_HERO_IMAGE
(a JPEG, PNG or WebP file), or else a stand-in made here whose detail compresses about as a sharp
photograph does. Its budget is at most 60 KB transferred in all on a phone (Lighthouse's total byte
weight, mobile), checked with the scores.

The local run is plain HTTP, so it sets DJANGO_SECURE_SSL_REDIRECT=false (in production the proxy
terminates TLS and sends X-Forwarded-Proto); every other production setting keeps its default.
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "audit-output"
BIN = ROOT / "node_modules" / ".bin"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = "/usr/bin/chromium"
PORT = int(os.environ.get("AUDIT_PORT", "8053"))
BASE = f"http://127.0.0.1:{PORT}"
PAGES = {
    "home": "/",
    "lumbar-facet-injections": "/procedures/lumbar-facet-injections/",
    "consultation": "/consultation/",
    "condition": "/conditions/spinal-stenosis/",
    "physicians": "/physicians/",
    "physician": "/physicians/jane-doe/",
    "locations": "/locations/",
    "location": "/locations/los-angeles/",
    "insurance": "/insurance/",
    "clinic-page": "/what-to-expect/",
    "notice": "/language-assistance/",
    "search": "/search/",
    "barrier-report": "/accessibility-report/",
    "home-es": "/es/",
    "lumbar-es": "/es/procedimientos/inyecciones-facetarias-lumbares/",
    "consultation-es": "/es/consulta/",
    "location-es": "/es/ubicaciones/los-angeles/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# Over plain HTTP these can only fail: there is no HTTPS to redirect to, to send HSTS over, or
# (the cookie jar refusing Secure cookies from an http:// address) to set a secure cookie on.
NEEDS_HTTPS = {"redirection", "strict-transport-security", "cookies"}
WIDTHS = [375, 1280]
LIGHTHOUSE_RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
# Everything a phone downloads for the page (HTML, styles, pictures, icons), compressed as sent.
BYTE_BUDGETS = {"lumbar-facet-injections": 60 * 1024}
# Every page, pictures apart (issue #12's budget for each page type).
BUDGET_WITHOUT_IMAGES = 20 * 1024
HERO_PAGE_SLUG = "lumbar-facet-injections"
HERO_ALT_TEXT = "A physician guides a thin needle into the lower back using an X-ray screen."
# Stores the picture as an editor's upload is stored, and makes it the page's hero image.
HERO_ATTACH = f"""
import os
from django.core.files.uploadedfile import SimpleUploadedFile
from procedures import image_files, services
from procedures.models import Image, Procedure
path = os.environ["AUDIT_HERO_PATH"]
upload = SimpleUploadedFile(os.path.basename(path), open(path, "rb").read())
picture = image_files.picture_open(upload)
image = Image(alt_text={HERO_ALT_TEXT!r})
services.image_create(image=image, picture=picture, original_name=upload.name)
page = Procedure.objects.get(slug={HERO_PAGE_SLUG!r})
page.hero_image = image
page.save()
"""

# A physician's profile as the clinic will fill it in: the seed's placeholders are kept out of search
# engines (noindex), which Lighthouse's SEO audit rightly counts against a page.
PHYSICIAN_ADD = """
from procedures.models import Location, Physician
jane = Physician.objects.create(
    name="Jane Doe", credentials="MD", slug="jane-doe", npi="1234567893", is_listed=True,
    specialties=["Anesthesia"], specialty_label="Interventional pain medicine",
    biography="Dr. Doe treats back and neck pain with image-guided injections and nerve ablation.",
    board_certifications="American Board of Anesthesiology\\nPain Medicine subspecialty",
    languages="English, Spanish",
)
jane.locations.set(Location.objects.all())
"""


def production_env() -> dict:
    database = OUT / "audit.sqlite3"
    return {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "SITE_URL": BASE,
        "DATABASE_URL": os.environ.get("AUDIT_DATABASE_URL", f"sqlite:///{database}"),
        "REDIS_URL": "",
        "DJANGO_MEDIA_ROOT": str(OUT / "media"),
    }


def hero_stand_in() -> Path:
    """A 1600 × 1067 picture with a photograph's fine detail: its 720-pixel AVIF is about 31 KB, about
    what a sharp, detailed photo's is (a close-up of a circuit board: 35 KB), more than a soft portrait's."""
    from PIL import Image, ImageFilter

    size = (1600, 1067)
    sky = Image.linear_gradient("L").rotate(90).resize(size)
    grain = Image.effect_noise(size, 80).filter(ImageFilter.GaussianBlur(0.6))
    detail = Image.blend(sky, grain, 0.5)
    path = OUT / "hero-stand-in.jpg"
    Image.merge("RGB", (detail, detail.point(lambda v: v * 0.8), sky.point(lambda v: 255 - v))).save(
        path, quality=92
    )
    return path


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


@contextmanager
def gunicorn(env: dict):
    log = (OUT / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "clinic.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--access-logfile",
            "-",
            "--no-control-socket",  # the default socket is one per user, shared with any other gunicorn
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(100):
            try:
                if urllib.request.urlopen(f"{BASE}/healthz", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit(f"gunicorn did not answer on {BASE}; see {OUT / 'gunicorn.log'}")
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def lighthouse(name: str, path: str) -> dict:
    """The median of LIGHTHOUSE_RUNS runs by performance score, as Lighthouse's docs advise: a single
    run's Total Blocking Time swings with whatever else the machine's two cores are doing."""
    runs = sorted(
        (lighthouse_run(f"{name}-{run}", path) for run in range(LIGHTHOUSE_RUNS)),
        key=lambda result: result["scores"]["performance"],
    )
    median = runs[len(runs) // 2]
    return {**median, "performance_runs": [result["scores"]["performance"] for result in runs]}


def lighthouse_run(name: str, path: str) -> dict:
    report = OUT / f"lighthouse-{name}"
    command = [
        str(BIN / "lighthouse"),
        BASE + path,
        "--quiet",
        "--output=json",
        "--output=html",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run",
    ]
    # On a busy machine Lighthouse now and then loses its trace (NO_NAVSTART) and asks to be run again.
    for _ in range(3):
        if subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}).returncode == 0:
            break
    else:
        raise SystemExit(f"Lighthouse failed three times on {path}")
    result = json.loads(Path(f"{report}.report.json").read_text())
    scores = {key: round(result["categories"][key]["score"] * 100) for key in CATEGORIES}
    # The audits that cost points, so that a score under 100 says what to fix.
    losing = sorted(
        {
            result["audits"][ref["id"]]["title"]
            for key in CATEGORIES
            for ref in result["categories"][key]["auditRefs"]
            if ref["weight"]
            and (result["audits"][ref["id"]]["score"] or 0) < 1
            and result["audits"][ref["id"]]["scoreDisplayMode"] in ("binary", "numeric")
        }
    )
    transferred = round(result["audits"]["total-byte-weight"]["numericValue"])
    images = sum(
        request.get("transferSize", 0)
        for request in result["audits"]["network-requests"]["details"]["items"]
        if request.get("resourceType") == "Image"
    )
    return {
        "scores": scores,
        "losing": losing,
        "bytes": transferred,
        "bytes_without_images": transferred - images,
        "report": f"{report.name}.report.html",
    }


def html_errors(pages: dict) -> dict:
    """The Nu Html Checker's errors for each page's HTML as served."""
    files = {}
    for name, path in pages.items():
        request = urllib.request.Request(BASE + path, headers={"Accept-Encoding": "identity"})
        files[name] = OUT / f"{name}.html"
        files[name].write_bytes(urllib.request.urlopen(request).read())
    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files.values())],
        capture_output=True,
        text=True,
    )
    messages = json.loads(checked.stderr or '{"messages": []}')["messages"]
    return {
        name: [
            f"line {m.get('lastLine', '?')}: {m['message']}"
            for m in messages
            if m.get("url", "").endswith(f"/{file.name}")
        ]
        for name, file in files.items()
    }


def observatory(path: str) -> dict:
    scanned = subprocess.run(
        ["node", str(ROOT / "audit" / "observatory.mjs"), f"127.0.0.1:{PORT}", path],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(scanned.stdout)
    failing = {name: test["result"] for name, test in result["tests"].items() if not test["pass"]}
    return {"grade": result["grade"], "score": result["score"], "failing": failing}


def screenshots(pages: dict) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            tab = context.new_page()
            for name, path in pages.items():
                tab.goto(BASE + path)
                tab.screenshot(path=OUT / f"{name}-{width}.png", full_page=True)
            context.close()
        browser.close()


def report(results: dict) -> bool:
    met = True
    for name, path in PAGES.items():
        page = results[name]
        scores = page["lighthouse"]["scores"]
        failing = page["observatory"]["failing"]
        unexpected = [test for test in failing if test not in NEEDS_HTTPS]
        print(f"\n{path}")
        print(
            "  Lighthouse (mobile): "
            + ", ".join(f"{key} {scores[key]}" for key in CATEGORIES)
            + f"  (median of performance {page['lighthouse']['performance_runs']}: "
            + f"{page['lighthouse']['report']})"
        )
        for title in page["lighthouse"]["losing"]:
            print(f"    loses points: {title}")
        transferred = page["lighthouse"]["bytes"]
        without_images = page["lighthouse"]["bytes_without_images"]
        budget = BYTE_BUDGETS.get(name)
        print(
            f"  Transferred on a phone: {transferred / 1024:.1f} KB"
            + (f" (budget {budget / 1024:.0f} KB)" if budget else "")
            + f"; without images {without_images / 1024:.1f} KB"
            + f" (budget {BUDGET_WITHOUT_IMAGES / 1024:.0f} KB)"
        )
        print(f"  Nu Html Checker: {len(page['html_errors'])} errors")
        for error in page["html_errors"]:
            print(f"    {error}")
        print(
            f"  MDN HTTP Observatory: grade {page['observatory']['grade']} ({page['observatory']['score']}), "
            f"failing: {', '.join(f'{test} ({result})' for test, result in failing.items()) or 'none'}"
        )
        if failing:
            print(
                f"    needing HTTPS: {', '.join(sorted(set(failing) & NEEDS_HTTPS)) or 'none'}; "
                f"others: {', '.join(unexpected) or 'none'}"
            )
        perfect = all(score == 100 for score in scores.values())
        within_budget = (budget is None or transferred <= budget) and without_images <= BUDGET_WITHOUT_IMAGES
        met = met and perfect and within_budget and not page["html_errors"] and not unexpected
    print(f"\nScreenshots and reports: {OUT.relative_to(ROOT)}/")
    print("Bar met." if met else "Bar NOT met.")
    return met


def main() -> int:
    for tool in (BIN / "lighthouse", VNU_JAR, Path(CHROMIUM)):
        if not tool.exists():
            raise SystemExit(
                f"{tool} is missing: `make audit` installs the npm tools; Chromium comes from apt."
            )
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    env = production_env()
    # The Spanish addresses (/es/procedimientos/…) are words of the catalog: compiled first.
    manage(env, "compile_translations", "--verbosity=0")
    manage(env, "migrate", "--noinput", "--verbosity=0")
    manage(env, "load_clinic_content")
    hero = (
        Path(os.environ["AUDIT_HERO_IMAGE"]).resolve()
        if os.environ.get("AUDIT_HERO_IMAGE")
        else hero_stand_in()
    )
    print(f"Hero image of /procedures/{HERO_PAGE_SLUG}/: {hero}")
    manage({**env, "AUDIT_HERO_PATH": str(hero)}, "shell", "-c", HERO_ATTACH)
    manage(env, "shell", "-c", PHYSICIAN_ADD)
    manage(env, "collectstatic", "--noinput", "--verbosity=0")
    with gunicorn(env):
        results = {
            name: {"lighthouse": lighthouse(name, path), "observatory": observatory(path)}
            for name, path in PAGES.items()
        }
        for name, errors in html_errors(PAGES).items():
            results[name]["html_errors"] = errors
        screenshots(PAGES)
    return 0 if report(results) else 1


if __name__ == "__main__":
    sys.exit(main())

"""The traffic of bench/load: visitors who read pages and, one action in ten, send the consultation form.

Each locust user is a browser that plays one visitor after another. A visitor has an address of its
own (sent as X-Forwarded-For, as the proxy in front of the site would), an empty browser cache and no
cookies; reads a few pages, loading each page's stylesheet and icon once; and leaves after sending
the form. So the per-address rate limit meets the traffic it is meant for, and bench/load checks
the limit separately. No think time: each user sends its next request as soon as an answer arrives,
except while "filling in" the form, which takes the minimum time the site accepts.

When the run ends (after the users have finished what they were doing), every accepted submission
(reference and patient address) is appended to LOAD_ACCEPTED, and every request's kind, time and
failure are written to LOAD_REQUESTS, for bench/load_check.py to report and compare with the
database and the mail received. Locust's own figures are rounded and its CSV lags the end of the run.
"""

import itertools
import json
import os
import random
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from urllib.parse import urlsplit

import requests
from load_browser import (
    FORM_PATH,
    HEADERS,
    browser_session,
    form_post,
    read_page,
    reference_from,
    visitor_address,
)
from locust import HttpUser, events, task

SITE_URL = os.environ["SITE_URL"]
# The site refuses a form sent faster than this; a little more absorbs clock granularity.
FILL_SECONDS = int(os.environ.get("CONSULTATION_FORM_MIN_SECONDS", "3")) + 0.2
MAX_PAGES_PER_VISIT = 8

pages = []
accepted = []
times = defaultdict(list)
failures = Counter()
started = time.monotonic()
visitors = itertools.count()
submissions = itertools.count()


@events.test_start.add_listener
def read_sitemap(environment, **kwargs):
    """The pages to read are the ones the site lists in its sitemap."""
    global started
    response = requests.get(f"{environment.host}/sitemap.xml", headers=HEADERS, timeout=10)
    response.raise_for_status()
    locations = ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    pages.extend(urlsplit(location.text).path for location in locations)
    started = time.monotonic()


@events.request.add_listener
def record(name, response_time, exception, **kwargs):
    times[name].append(response_time)
    if exception:
        failures[f"{name}: {exception}"] += 1


@events.test_stop.add_listener
def write_results(environment, **kwargs):
    with open(os.environ["LOAD_ACCEPTED"], "a") as file:
        file.writelines(json.dumps(submission) + "\n" for submission in accepted)
    with open(os.environ["LOAD_REQUESTS"], "w") as file:
        json.dump({"seconds": time.monotonic() - started, "times": times, "failures": failures}, file)


class Visitor(HttpUser):
    def on_start(self):
        self.new_visitor()

    def new_visitor(self):
        browser_session(self.client, visitor_address(next(visitors)))
        self.cached_assets = set()
        self.last_page = None
        self.pages_left = random.randint(1, MAX_PAGES_PER_VISIT)

    @task(9)
    def view_page(self):
        self.load(random.choice(pages), "page view")
        self.pages_left -= 1
        if self.pages_left == 0:
            self.new_visitor()

    @task(1)
    def send_form(self):
        form_page = self.load(FORM_PATH, "form GET")
        if form_page is None:
            return self.new_visitor()
        data = form_post(form_page.inputs, next(submissions))
        time.sleep(FILL_SECONDS)
        headers = {"Referer": SITE_URL + FORM_PATH, "Origin": SITE_URL}
        with self.client.post(
            FORM_PATH,
            data=data,
            headers=headers,
            allow_redirects=False,
            name="form POST",
            catch_response=True,
        ) as response:
            reference = reference_from(response.headers.get("Location", ""))
            if response.status_code != 302 or reference is None:
                response.failure(f"{response.status_code}, expected 302 to the thanks page")
                return self.new_visitor()
            accepted.append({"reference": reference, "email": data["email"]})
        with self.client.get(response.headers["Location"], name="thanks", catch_response=True) as thanks:
            if thanks.status_code != 200 or reference not in thanks.text:
                thanks.failure(f"{thanks.status_code}, expected 200 showing {reference}")
        self.new_visitor()

    def load(self, path, kind):
        """Load a page as a browser does, with the files it needs that are not yet in its cache."""
        headers = {"Referer": SITE_URL + self.last_page} if self.last_page else {}
        with self.client.get(path, headers=headers, name=kind, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code}, expected 200")
                return None
        self.last_page = path
        page = read_page(response.text)
        for asset in page.assets:
            if asset not in self.cached_assets:
                with self.client.get(asset, name="static", catch_response=True) as file:
                    if file.status_code != 200:
                        file.failure(f"{file.status_code}, expected 200")
                self.cached_assets.add(asset)
        return page

"""schema.org JSON-LD for search engines: the clinic, and each page with its review details."""

from html import unescape

from django.conf import settings
from django.utils.html import strip_tags

# schema.org has no "pain medicine": it is a subspecialty of anesthesiology, and the clinic treats
# conditions of the spine and joints (musculoskeletal) and of the nerves (neurologic).
MEDICAL_SPECIALTIES = [
    f"https://schema.org/{name}" for name in ("Anesthesia", "Musculoskeletal", "Neurologic")
]


SCHEMA_DAYS = [
    f"https://schema.org/{day}"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
]


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def clinic_data(clinic, locations) -> dict:
    data = {
        "@type": "MedicalClinic",
        "@id": absolute("/#clinic"),
        "name": clinic.name,
        "url": absolute("/"),
        "medicalSpecialty": MEDICAL_SPECIALTIES,
    }
    if clinic.main_phone:
        data["telephone"] = clinic.main_phone.as_e164
    if locations:
        data["address"] = [postal_address(location) for location in locations]
        # Each location with its own hours, phone and place; a clinic with one location is that place.
        data["department"] = [location_data(location) for location in locations]
        if len(locations) == 1:
            for key in ("openingHoursSpecification", "geo"):
                if key in data["department"][0]:
                    data[key] = data["department"][0][key]
    return data


def postal_address(location) -> dict:
    return {
        "@type": "PostalAddress",
        "streetAddress": location.street_address,
        "addressLocality": location.city,
        "addressRegion": location.region,
        "postalCode": location.postal_code,
        "addressCountry": "US",
    }


def location_data(location, closures=()) -> dict:
    """A location as a MedicalClinic of its own, part of the clinic; its hours fetched (with_hours)."""
    data = {
        "@type": "MedicalClinic",
        "@id": absolute(location.get_absolute_url() + "#location"),
        "name": location.name,
        "url": absolute(location.get_absolute_url()),
        "address": postal_address(location),
        "parentOrganization": {"@id": absolute("/#clinic")},
        "medicalSpecialty": MEDICAL_SPECIALTIES,
    }
    if location.phone:
        data["telephone"] = location.phone.as_e164
    if location.fax:
        data["faxNumber"] = location.fax.as_e164
    if location.has_coordinates:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    hours = opening_hours_specification(location.opening_hours.all())
    if hours:
        data["openingHoursSpecification"] = hours
    if closures:
        data["specialOpeningHoursSpecification"] = [closure_data(closure) for closure in closures]
    return data


def opening_hours_specification(rows) -> list[dict]:
    """One entry per opening and closing time, with every weekday open those hours."""
    days_by_hours: dict[tuple, list[str]] = {}
    for row in rows:
        days_by_hours.setdefault((row.opens, row.closes), []).append(SCHEMA_DAYS[row.weekday])
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": opens.strftime("%H:%M"),
            "closes": closes.strftime("%H:%M"),
        }
        for (opens, closes), days in days_by_hours.items()
    ]


def closure_data(closure) -> dict:
    # Google's documented way to say "closed all day": opens and closes both at midnight.
    opens, closes = (closure.opens, closure.closes) if not closure.is_closed_all_day else (None, None)
    return {
        "@type": "OpeningHoursSpecification",
        "name": closure.name,
        "validFrom": closure.date.isoformat(),
        "validThrough": closure.date.isoformat(),
        "opens": opens.strftime("%H:%M") if opens else "00:00",
        "closes": closes.strftime("%H:%M") if closes else "00:00",
    }


def location_page_data(location, *, closures, clinic, locations, breadcrumbs) -> dict:
    return {
        "@context": "https://schema.org",
        "@graph": [
            location_data(location, closures),
            clinic_data(clinic, locations),
            breadcrumb_data(breadcrumbs),
        ],
    }


def breadcrumb_data(breadcrumbs) -> dict:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": label, "item": absolute(path)}
            for position, (label, path) in enumerate(breadcrumbs, start=1)
        ],
    }


def page_data(
    page, *, about_type: str | None, clinic, locations, breadcrumbs, page_type: str = "MedicalWebPage"
) -> dict:
    """The graph for a procedure or condition page: the web page, what it is about, its FAQs. A clinic
    page is about nothing medical (about_type None), and a plain WebPage unless it gives medical
    information."""
    url = absolute(page.get_absolute_url())
    web_page = {
        "@type": page_type,
        "@id": url,
        "url": url,
        "name": page.html_title,
        "description": page.summary,
        "dateModified": page.updated_at.isoformat(),
        "publisher": {"@id": absolute("/#clinic")},
    }
    if about_type:
        web_page["about"] = {"@type": about_type, "name": page.title, "description": page.summary, "url": url}
    if page.hero_image_id:
        web_page["primaryImageOfPage"] = {
            "@type": "ImageObject",
            "url": absolute(page.hero_image.sharing_jpeg["url"]),
            "width": page.hero_image.sharing_jpeg["width"],
            "height": page.hero_image.sharing_jpeg["height"],
        }
    # The seed's placeholder reviewer is nobody: claiming a review by it would mislead search engines.
    reviewed = page_type == "MedicalWebPage" and not page.has_placeholder_reviewer
    if page.last_reviewed and reviewed:
        web_page["lastReviewed"] = page.last_reviewed.isoformat()
    if page.medical_reviewer and reviewed:
        web_page["reviewedBy"] = {"@type": "Person", "name": page.medical_reviewer.name_with_credentials}
        if page.medical_reviewer.is_listed:
            web_page["reviewedBy"]["url"] = absolute(page.medical_reviewer.get_absolute_url())
    graph = [web_page, clinic_data(clinic, locations), breadcrumb_data(breadcrumbs)]
    faqs = list(page.faqs.all())
    if faqs:
        graph.append(
            {
                "@type": "FAQPage",
                "@id": url + "#faq",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": faq.question,
                        "acceptedAnswer": {"@type": "Answer", "text": faq.answer_html},
                    }
                    for faq in faqs
                ],
            }
        )
    return {"@context": "https://schema.org", "@graph": graph}


def home_data(*, clinic, locations) -> dict:
    return {"@context": "https://schema.org", "@graph": [clinic_data(clinic, locations)]}


def insurance_data(*, clinic, locations, breadcrumbs) -> dict:
    """The insurance page: a web page the clinic publishes, and its breadcrumb trail.

    schema.org has no property for "plans a clinic accepts" (healthPlanNetworkId names one network
    by its identifier, acceptedPaymentMethod belongs to offers), so the plans stay in the page's text.
    """
    url = absolute(breadcrumbs[-1][1])
    web_page = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": f"Insurance we accept | {clinic.name}",
        "publisher": {"@id": absolute("/#clinic")},
        "breadcrumb": {"@id": url + "#breadcrumb"},
    }
    breadcrumb = {"@id": url + "#breadcrumb", **breadcrumb_data(breadcrumbs)}
    graph = [web_page, clinic_data(clinic, locations), breadcrumb]
    return {"@context": "https://schema.org", "@graph": graph}


def physician_data(physician, *, clinic, breadcrumbs) -> dict:
    """The graph of a physician's profile: the physician, where they practise, the breadcrumb trail.

    schema.org's Physician is a medical practice (an organization): typed Physician and Person too, the
    node may carry a person's properties (honorificSuffix, worksFor, knowsLanguage) beside the practice's
    (medicalSpecialty, location), as schema.org allows a node of several types.
    """
    url = absolute(physician.get_absolute_url())
    clinic_reference = {
        "@type": "MedicalClinic",
        "@id": absolute("/#clinic"),
        "name": clinic.name,
        "url": absolute("/"),
    }
    node = {
        "@type": ["Physician", "Person"],
        "@id": url + "#physician",
        "url": url,
        "name": physician.name,
        "memberOf": clinic_reference,
        "worksFor": clinic_reference,
    }
    if physician.credentials:
        node["honorificSuffix"] = physician.credentials
    if physician.specialties:
        node["medicalSpecialty"] = [f"https://schema.org/{value}" for value in physician.specialties]
    if physician.biography_html:
        node["description"] = unescape(strip_tags(physician.biography_html)).strip()
    if physician.photo_id:
        node["image"] = absolute(physician.photo.sharing_jpeg["url"])
    if physician.npi:
        node["identifier"] = {"@type": "PropertyValue", "propertyID": "NPI", "value": physician.npi}
    if physician.language_list:
        node["knowsLanguage"] = physician.language_list
    locations = list(physician.locations.all())
    if locations:
        node["address"] = [postal_address(location) for location in locations]
        node["location"] = [
            {
                "@type": "MedicalClinic",
                "name": location.name,
                "address": postal_address(location),
                "telephone": location.phone.as_e164,
            }
            for location in locations
        ]
        node["telephone"] = locations[0].phone.as_e164
    elif clinic.main_phone:
        node["telephone"] = clinic.main_phone.as_e164
    return {"@context": "https://schema.org", "@graph": [node, breadcrumb_data(breadcrumbs)]}

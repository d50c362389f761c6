"""schema.org JSON-LD for search engines: the clinic, and each page with its review details."""

from django.conf import settings

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


def page_data(page, *, about_type: str, clinic, locations, breadcrumbs) -> dict:
    """The graph for a procedure or condition page: the web page, what it is about, its FAQs."""
    url = absolute(page.get_absolute_url())
    about = {"@type": about_type, "name": page.title, "description": page.summary, "url": url}
    web_page = {
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "name": page.html_title,
        "description": page.summary,
        "about": about,
        "dateModified": page.updated_at.isoformat(),
        "publisher": {"@id": absolute("/#clinic")},
    }
    if page.hero_image_id:
        web_page["primaryImageOfPage"] = {
            "@type": "ImageObject",
            "url": absolute(page.hero_image.sharing_jpeg["url"]),
            "width": page.hero_image.sharing_jpeg["width"],
            "height": page.hero_image.sharing_jpeg["height"],
        }
    # The seed's placeholder reviewer is nobody: claiming a review by it would mislead search engines.
    if page.last_reviewed and not page.has_placeholder_reviewer:
        web_page["lastReviewed"] = page.last_reviewed.isoformat()
    if page.medical_reviewer and not page.has_placeholder_reviewer:
        web_page["reviewedBy"] = {"@type": "Person", "name": page.medical_reviewer.name_with_credentials}
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

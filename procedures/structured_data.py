"""schema.org JSON-LD for search engines: the clinic, and each page with its review details."""

from django.conf import settings

# schema.org has no "pain medicine": it is a subspecialty of anesthesiology, and the clinic treats
# conditions of the spine and joints (musculoskeletal) and of the nerves (neurologic).
MEDICAL_SPECIALTIES = [
    f"https://schema.org/{name}" for name in ("Anesthesia", "Musculoskeletal", "Neurologic")
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
        data["address"] = [
            {
                "@type": "PostalAddress",
                "streetAddress": location.street_address,
                "addressLocality": location.city,
                "addressRegion": location.region,
                "postalCode": location.postal_code,
                "addressCountry": "US",
            }
            for location in locations
        ]
    return data


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

"""schema.org JSON-LD for search engines: the clinic, and each page with its review details."""

from django.conf import settings


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def clinic_data(clinic, locations) -> dict:
    data = {
        "@type": "MedicalClinic",
        "@id": absolute("/#clinic"),
        "name": clinic.name,
        "url": absolute("/"),
        "medicalSpecialty": "PainMedicine",
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


def page_data(page, *, about_type: str, clinic, locations) -> dict:
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
    if page.last_reviewed:
        web_page["lastReviewed"] = page.last_reviewed.isoformat()
    if page.medically_reviewed_by:
        web_page["reviewedBy"] = {"@type": "Person", "name": page.medically_reviewed_by}
    graph = [web_page, clinic_data(clinic, locations)]
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

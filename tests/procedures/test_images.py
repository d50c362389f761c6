"""Editors upload pictures in the admin: checked, stripped of camera data and location, stored in the sizes
and formats browsers need, and served only as pictures."""

import io

import pytest
from django.core.files.storage import default_storage
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from PIL import features

from procedures import image_files, services
from procedures.models import Image
from tests import pictures
from tests.factories import ImageFactory, ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:procedures_image_add")
ALT_TEXT = "A physician guides a thin needle into the lower back using an X-ray screen."


def stored_files(media_root) -> list:
    return sorted(path for path in media_root.rglob("*") if path.is_file()) if media_root.exists() else []


def post_upload(client, content, *, name="lumbar-injection.jpg", alt_text=ALT_TEXT, decorative=False):
    data = {"upload": pictures.upload(content, name=name), "alt_text": alt_text}
    if decorative:
        data["is_decorative"] = "on"
    return client.post(ADD_URL, data)


def field_errors(response, field="upload") -> str:
    return " ".join(response.context["adminform"].form.errors.get(field, []))


def test_an_uploaded_photo_comes_back_without_its_exif_and_gps_data(editor_client, media_root):
    content = pictures.photo()
    assert pictures.exif_of(content)["gps:2"] == pictures.GPS_LATITUDE  # the upload does carry a location

    response = post_upload(editor_client, content)

    assert response.status_code == 302
    image = Image.objects.get()
    files = stored_files(media_root)
    assert len(files) == 1 + len(image_files.RENDITION_WIDTHS) * len(image_files.formats_available())
    for path in files:
        assert pictures.exif_of(path.read_bytes()) == {}, path.name
        assert pictures.CAMERA_MODEL.encode() not in path.read_bytes()
    served = Client().get(default_storage.url(image.file.name))
    assert pictures.exif_of(b"".join(served.streaming_content)) == {}


def test_a_photo_taken_sideways_is_stored_upright(media_root):
    # Orientation 6: the camera was turned a quarter; the pixels are stored landscape.
    image = ImageFactory(content=pictures.photo(1600, 1200, orientation=6))

    assert (image.width, image.height) == (1200, 1600)
    with default_storage.open(image.file.name) as file, PILImage.open(file) as stored:
        assert stored.size == (1200, 1600)


def test_renditions_come_in_each_width_and_format_no_wider_than_the_upload(media_root):
    image = ImageFactory(content=pictures.photo(1000, 500))

    expected_formats = {"webp", "jpeg"} | ({"avif"} if features.check("avif") else set())
    assert set(image.renditions) == expected_formats
    for kind, sizes in image.renditions.items():
        assert [width for width, _, _ in sizes] == [480, 720, 1000]
        for width, height, name in sizes:
            with default_storage.open(name) as file, PILImage.open(file) as rendition:
                assert rendition.size == (width, height)
                assert rendition.format == image_files.ENCODINGS[kind][0]
    assert image.renditions["jpeg"][0][1] == 240  # the aspect ratio is kept


def test_a_file_that_is_not_a_picture_gets_a_clear_error_and_nothing_is_stored(editor_client, media_root):
    response = post_upload(editor_client, b"%PDF-1.7 referral letter", name="referral.pdf")

    assert response.status_code == 200
    assert "“referral.pdf” is not a JPEG, PNG or WebP picture" in field_errors(response)
    assert not Image.objects.exists()
    assert stored_files(media_root) == []


def test_a_gif_is_refused_as_not_one_of_the_accepted_formats(editor_client, media_root):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 40), "red").save(buffer, "GIF")

    response = post_upload(editor_client, buffer.getvalue(), name="spine.gif")

    assert "is not a JPEG, PNG or WebP picture" in field_errors(response)
    assert stored_files(media_root) == []


def test_a_damaged_jpeg_gets_a_clear_error(editor_client, media_root):
    content = pictures.photo()

    response = post_upload(editor_client, content[: len(content) // 3])

    assert "or it is damaged" in field_errors(response)
    assert not Image.objects.exists()
    assert stored_files(media_root) == []


def test_a_file_over_the_size_limit_gets_a_clear_error_and_nothing_is_stored(
    editor_client, media_root, settings
):
    settings.IMAGE_UPLOAD_MAX_BYTES = 50_000
    content = pictures.photo()
    assert len(content) > 50_000

    response = post_upload(editor_client, content)

    assert response.status_code == 200
    error = field_errors(response)
    assert "“lumbar-injection.jpg” is 84.1\xa0KB; pictures can be at most 48.8\xa0KB" in error
    assert "Save a smaller copy" in error
    assert not Image.objects.exists()
    assert stored_files(media_root) == []


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_decoded(editor_client, media_root, settings):
    settings.IMAGE_MAX_PIXELS = 1000 * 1000

    response = post_upload(editor_client, pictures.photo(1600, 1200))

    assert "has too many pixels (at most 1,000,000)" in field_errors(response)
    assert stored_files(media_root) == []


def test_a_picture_needs_a_text_alternative_or_the_decorative_choice(editor_client, media_root):
    response = post_upload(editor_client, pictures.photo(), alt_text="  ")

    assert "Describe what the picture shows" in field_errors(response, "alt_text")
    assert stored_files(media_root) == []


def test_a_decorative_picture_has_no_text_alternative(editor_client, media_root):
    response = post_upload(editor_client, pictures.photo(), alt_text="Blue waves", decorative=True)

    assert "Screen readers skip a decorative picture" in field_errors(response, "alt_text")
    assert stored_files(media_root) == []


def test_an_editor_stores_a_decorative_picture(editor_client, media_root):
    response = post_upload(editor_client, pictures.photo(), alt_text="", decorative=True)

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.is_decorative and image.alt_text == ""
    assert str(image) == "lumbar-injection.jpg (decorative)"


def test_the_database_refuses_a_picture_without_alt_text_that_is_not_decorative(media_root):
    with pytest.raises(IntegrityError):
        ImageFactory(alt_text="", is_decorative=False)


def test_a_failed_save_leaves_no_files_behind(media_root):
    picture = image_files.picture_open(pictures.upload(pictures.photo()))

    with pytest.raises(IntegrityError):
        services.image_create(image=Image(alt_text=""), picture=picture, original_name="x.jpg")

    assert stored_files(media_root) == []


def test_the_upload_form_still_checks_the_csrf_token(editor, media_root):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = post_upload(client, pictures.photo())

    assert response.status_code == 403
    assert stored_files(media_root) == []


def test_someone_not_logged_in_cannot_upload(client, media_root):
    response = post_upload(client, pictures.photo())

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert stored_files(media_root) == []


def test_editor_changes_the_text_alternative_without_uploading_again(editor_client, media_root):
    image = ImageFactory()
    files_before = stored_files(media_root)

    response = editor_client.post(
        reverse("admin:procedures_image_change", args=[image.pk]),
        {"alt_text": "An X-ray of the lower spine", "is_decorative": ""},
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.alt_text == "An X-ray of the lower spine"
    assert stored_files(media_root) == files_before


def test_the_image_list_shows_each_picture_and_where_it_is_used(editor_client, media_root):
    image = ImageFactory()
    ProcedureFactory(title="Lumbar Facet Injections", hero_image=image)

    document = parse(editor_client.get(reverse("admin:procedures_image_changelist")).content)
    change = editor_client.get(reverse("admin:procedures_image_change", args=[image.pk])).content.decode()

    assert document.find("td", **{"class": "field-pages_using"}).text.strip() == "1"
    thumbnails = [img.get("src") for img in document.find_all("img") if img.get("src").startswith("/media/")]
    assert len(thumbnails) == 1 and thumbnails[0].endswith("/480.jpg")
    assert "Lumbar Facet Injections" in change


def test_deleting_a_picture_deletes_its_files(editor_client, media_root, django_capture_on_commit_callbacks):
    image = ImageFactory()

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:procedures_image_delete", args=[image.pk]), {"post": "yes"}
        )

    assert response.status_code == 302
    assert not Image.objects.exists()
    assert stored_files(media_root) == []


def test_a_picture_a_page_shows_cannot_be_deleted(editor_client, media_root):
    image = ImageFactory()
    SectionFactory(image=image)

    response = editor_client.post(reverse("admin:procedures_image_delete", args=[image.pk]), {"post": "yes"})

    assert response.status_code == 200  # the admin lists what uses it instead
    assert Image.objects.filter(pk=image.pk).exists()
    assert len(stored_files(media_root)) > 1


def test_a_stored_picture_is_served_as_its_own_type_with_a_year_of_caching(client, media_root):
    image = ImageFactory()

    for kind, sizes in image.renditions.items():
        response = client.get(default_storage.url(sizes[0][2]), headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert response["Content-Type"] == image_files.ENCODINGS[kind][1]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        assert "Content-Encoding" not in response  # pictures are never gzipped again


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/0123456789abcdef0123456789abcdef/480.jpg",  # no such picture
        "/media/images/0123456789abcdef0123456789abcdef/480.html",
        "/media/images/0123456789abcdef0123456789abcdef/../../clinic/settings.py",
        "/media/images/%2e%2e/480.jpg",
        "/media/secret.txt",
    ],
)
def test_nothing_but_a_stored_picture_is_served_from_media(client, media_root, path):
    (media_root / "images").mkdir(parents=True)
    (media_root / "secret.txt").write_text("not for visitors")

    assert client.get(path).status_code == 404

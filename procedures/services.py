"""Workflows of the procedures app that write outside the database row they concern."""

import secrets

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from PIL import Image as PILImage

from . import image_files
from .models import Image


def image_create(*, image: Image, picture: PILImage.Image, original_name: str) -> Image:
    """Store a checked picture without its metadata, with its renditions, and save `image` (alt text set).

    The files go first, under a folder name no one can guess; if saving the row then fails, they are
    deleted again, so a failed upload leaves nothing behind.
    """
    folder = f"images/{secrets.token_hex(16)}"
    written = []
    try:
        renditions: dict[str, list] = {}
        for encoded in image_files.files_encode(image_files.picture_clean(picture)):
            name = "original" if encoded.kind == "original" else str(encoded.width)
            stored = default_storage.save(
                f"{folder}/{name}.{encoded.extension}", ContentFile(encoded.content)
            )
            written.append(stored)
            if encoded.kind == "original":
                image.file.name, image.width, image.height = stored, encoded.width, encoded.height
            else:
                renditions.setdefault(encoded.kind, []).append([encoded.width, encoded.height, stored])
        image.renditions = renditions
        image.original_name = original_name[: Image._meta.get_field("original_name").max_length]
        with transaction.atomic():
            image.save()
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
    return image


def image_delete(image: Image) -> None:
    """Delete an image no page uses, and its files once the deletion is committed."""
    names = [image.file.name] + [name for sizes in image.renditions.values() for *_, name in sizes]
    with transaction.atomic():
        image.delete()
        transaction.on_commit(lambda: [default_storage.delete(name) for name in names])

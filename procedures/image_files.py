"""Pictures from an upload: checked, stripped of camera data, and encoded in the sizes browsers ask for.

Nothing here writes to storage or the database (procedures.services.image_create does), so a picture
that fails a check leaves nothing behind. Metadata goes by re-encoding the pixels alone: EXIF (with
any GPS position, camera serial number and time taken), XMP and comments are never copied. The
camera's orientation is applied to the pixels first, and a colour profile converted to sRGB, so the
picture looks as it did on the editor's screen.
"""

import io
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image as PILImage
from PIL import ImageCms, ImageOps, UnidentifiedImageError, features

# Opening with a list of formats only finds the plugins already loaded: load the accepted ones.
from PIL import JpegImagePlugin, PngImagePlugin, WebPImagePlugin  # noqa: F401  isort: skip

# Pillow's names of the formats accepted. Phones' JPEG photos that Pillow reads as MPO come through JPEG.
ACCEPTED_FORMATS = ["JPEG", "PNG", "WEBP"]
# Widths in CSS pixels × device pixel ratio that a phone (about 360–430 px at 1.75–3×) and a desktop
# column (44rem, 704 px, at 1–2×) ask for; no picture is enlarged past its own width.
RENDITION_WIDTHS = (480, 720, 1080, 1440)
# The largest picture kept, from which renditions could be made again.
ORIGINAL_MAX_SIDE = 2880
# Best compression first: browsers take the first <source> type they support. AVIF only when the
# installed Pillow was built with it (the wheels of Pillow 11.3 and later are).
ENCODINGS = {
    "avif": ("AVIF", "image/avif", {"quality": 50, "speed": 6}),
    "webp": ("WEBP", "image/webp", {"quality": 72, "method": 6}),
    "jpeg": ("JPEG", "image/jpeg", {"quality": 76, "optimize": True, "progressive": True}),
}
EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png"}
CONTENT_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpg": "image/jpeg", "png": "image/png"}


def formats_available() -> list[str]:
    return [name for name in ENCODINGS if name != "avif" or features.check("avif")]


@dataclass(frozen=True)
class EncodedFile:
    kind: str  # "original" or a key of ENCODINGS
    width: int
    height: int
    extension: str
    content: bytes


def _invalid(message: str, code: str) -> ValidationError:
    return ValidationError(message, code=code)


def picture_open(upload) -> PILImage.Image:
    """The upload decoded, or a ValidationError that tells the editor what to do instead."""
    limit = settings.IMAGE_UPLOAD_MAX_BYTES
    if getattr(upload, "exceeds_limit", False) or upload.size > limit:
        raise _invalid(
            f"“{upload.name}” is {filesizeformat(upload.size)}; pictures can be at most "
            f"{filesizeformat(limit)}. Save a smaller copy (2,000 pixels wide is plenty) and upload that.",
            "too_big",
        )
    not_a_picture = _invalid(
        f"“{upload.name}” is not a JPEG, PNG or WebP picture, or it is damaged. Open it in a photo editor "
        "and save or export it as JPEG (for an iPhone photo in HEIC, choose “Most Compatible” or export "
        "it as JPEG), then upload it again.",
        "not_an_image",
    )
    too_many_pixels = _invalid(
        f"“{upload.name}” has too many pixels (at most {settings.IMAGE_MAX_PIXELS:,}). Save a smaller "
        "copy, about 2,000 pixels wide, and upload that.",
        "too_many_pixels",
    )
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its own limit; any "decompression bomb" is refused here.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            upload.seek(0)
            with PILImage.open(upload, formats=ACCEPTED_FORMATS) as probe:
                if probe.width * probe.height > settings.IMAGE_MAX_PIXELS:
                    raise too_many_pixels
                probe.verify()
            upload.seek(0)
            picture = PILImage.open(upload, formats=ACCEPTED_FORMATS)
            picture.load()
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise too_many_pixels from None
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise not_a_picture from None
    return picture


def picture_clean(picture: PILImage.Image) -> PILImage.Image:
    """The pixels alone, upright and in sRGB, with no metadata left to copy into a file."""
    upright = ImageOps.exif_transpose(picture)
    icc_profile = picture.info.get("icc_profile")
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
    clean = upright.convert("RGBA" if has_alpha else "RGB")
    if icc_profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            clean = ImageCms.profileToProfile(clean, source, ImageCms.createProfile("sRGB"))
        except (ImageCms.PyCMSError, OSError):
            pass  # an unreadable profile: the pixels as they are
    clean.info = {}
    if max(clean.size) > ORIGINAL_MAX_SIDE:
        clean.thumbnail((ORIGINAL_MAX_SIDE, ORIGINAL_MAX_SIDE), PILImage.Resampling.LANCZOS)
    return clean


def _encode(picture: PILImage.Image, pillow_format: str, options: dict) -> bytes:
    if pillow_format == "JPEG" and picture.mode == "RGBA":
        # JPEG has no transparency: transparent parts show as the page's white.
        flat = PILImage.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A"))
        picture = flat
    buffer = io.BytesIO()
    picture.save(buffer, pillow_format, **options)
    return buffer.getvalue()


def files_encode(clean: PILImage.Image) -> list[EncodedFile]:
    """The cleaned original and every rendition of it, ready to store."""
    original_kind = "png" if clean.mode == "RGBA" else "jpeg"
    original_options = {"optimize": True} if original_kind == "png" else {"quality": 90, "optimize": True}
    files = [
        EncodedFile(
            "original",
            clean.width,
            clean.height,
            EXTENSIONS[original_kind],
            _encode(clean, original_kind.upper(), original_options),
        )
    ]
    widths = [width for width in RENDITION_WIDTHS if width < clean.width] or [clean.width]
    if clean.width < RENDITION_WIDTHS[-1] and clean.width not in widths:
        widths.append(clean.width)  # a picture narrower than the largest width is also served whole
    for width in widths:
        height = max(1, round(clean.height * width / clean.width))
        resized = (
            clean if width == clean.width else clean.resize((width, height), PILImage.Resampling.LANCZOS)
        )
        for kind in formats_available():
            pillow_format, _, options = ENCODINGS[kind]
            files.append(
                EncodedFile(kind, width, height, EXTENSIONS[kind], _encode(resized, pillow_format, options))
            )
    return files

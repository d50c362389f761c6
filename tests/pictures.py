"""Pictures made for tests: photos carrying a camera's EXIF data and a GPS position."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, ImageDraw
from PIL import Image as PILImage

# Where the test photo says it was taken: a clinic car park in Los Angeles.
GPS_LATITUDE = (34.0, 3.0, 25.0)
CAMERA_MODEL = "Pixel 9 Pro"


def photo(width=1600, height=1200, *, image_format="JPEG", with_location=True, orientation=1) -> bytes:
    """A photo-like picture (gradients and shapes), with EXIF camera details and a GPS position."""
    picture = PILImage.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(picture)
    for step in range(12):
        x, y = (step * 137) % width, (step * 89) % height
        draw.ellipse((x, y, x + width // 5, y + height // 5), fill=(40 + step * 15, 120, 200 - step * 10))
    exif = PILImage.Exif()
    exif[ExifTags.Base.Model] = CAMERA_MODEL
    exif[ExifTags.Base.Orientation] = orientation
    if with_location:
        exif[ExifTags.IFD.GPSInfo] = {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: GPS_LATITUDE,
            ExifTags.GPS.GPSLongitudeRef: "W",
            ExifTags.GPS.GPSLongitude: (118.0, 26.0, 40.0),
        }
    buffer = io.BytesIO()
    picture.save(buffer, image_format, exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def upload(content: bytes, name="lumbar-injection.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def exif_of(content: bytes) -> dict:
    """The EXIF tags of a stored file, with its GPS position if any, read as a visitor's browser could."""
    with PILImage.open(io.BytesIO(content)) as picture:
        exif = picture.getexif()
        return {
            **dict(exif),
            **{f"gps:{key}": value for key, value in exif.get_ifd(ExifTags.IFD.GPSInfo).items()},
        }

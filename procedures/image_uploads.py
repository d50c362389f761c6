"""Receiving a picture in the admin's image form, and only there.

The site takes no file anywhere else (settings.FILE_UPLOAD_HANDLERS is empty). The image form's view
installs ImageUploadHandler for its own request, after the admin has checked who is asking: one file,
held in memory up to IMAGE_UPLOAD_MAX_BYTES. Past that the bytes are counted and dropped, so that the
form can say how big the file was without the server ever holding or writing it.
"""

import io

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile, UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

UPLOAD_FIELD = "upload"


class OversizedUpload(UploadedFile):
    """A file that was too big to keep: its name and size, no content."""

    exceeds_limit = True

    def __init__(self, name, size, content_type, charset):
        super().__init__(io.BytesIO(), name, content_type, size, charset)


class MemoryUploadHandler(FileUploadHandler):
    """Up to `max_files` files of the fields `accepts` names, each held in memory up to `max_bytes`;
    past that only counted (OversizedUpload). Any other file is read past and dropped."""

    max_files = 1

    def __init__(self, request=None):
        super().__init__(request)
        self.files_received = 0

    @property
    def max_bytes(self) -> int:
        return settings.IMAGE_UPLOAD_MAX_BYTES

    def accepts(self, field_name: str) -> bool:
        return field_name == UPLOAD_FIELD

    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        self.files_received += 1
        if not self.accepts(field_name) or self.files_received > self.max_files:
            raise SkipFile
        self.buffer, self.received = io.BytesIO(), 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received <= self.max_bytes:
            self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        if file_size > self.max_bytes:
            return OversizedUpload(self.file_name, file_size, self.content_type, self.charset)
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            self.buffer,
            self.field_name,
            self.file_name,
            self.content_type,
            file_size,
            self.charset,
            self.content_type_extra,
        )


class ImageUploadHandler(MemoryUploadHandler):
    """The image form's one picture, in its field "upload"."""

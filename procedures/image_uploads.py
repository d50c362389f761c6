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


class ImageUploadHandler(FileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.files_received = 0

    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        self.files_received += 1
        if field_name != UPLOAD_FIELD or self.files_received > 1:
            raise SkipFile
        self.buffer, self.received = io.BytesIO(), 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received <= settings.IMAGE_UPLOAD_MAX_BYTES:
            self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        if file_size > settings.IMAGE_UPLOAD_MAX_BYTES:
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

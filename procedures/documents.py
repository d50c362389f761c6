"""PDF documents for patients: receiving them in the admin, and the checks a file passes before it is stored.

The site takes no file by default (settings.FILE_UPLOAD_HANDLERS is empty). The admin's forms that carry
documents install DocumentUploadHandler for their own request: each file is held in memory up to
DOCUMENT_MAX_BYTES, past that its bytes are counted and dropped, so the form can say how big it was
without the server ever holding or writing it. A refused file is never stored: the checks run in the
form's validation, before anything is saved.
"""

from django.core.exceptions import ValidationError
from django.middleware.csrf import CsrfViewMiddleware

from .image_uploads import MemoryUploadHandler

DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
# Files one request may carry: bounds what a form of many documents holds in memory.
DOCUMENTS_PER_REQUEST = 5


class DocumentUploadHandler(MemoryUploadHandler):
    max_files = DOCUMENTS_PER_REQUEST
    max_bytes = DOCUMENT_MAX_BYTES

    def accepts(self, field_name: str) -> bool:
        # "file" on a document's own form; "documents-<n>-file" in a clinic page's inline.
        return field_name == "file" or (field_name.startswith("documents-") and field_name.endswith("-file"))


def uploads_accept(request):
    """Let this request carry documents: install the handler before its body is read, then check CSRF
    (for a view exempt from the middleware's check, which would read the body first). Return the
    refusal response if the check fails, else None."""
    request.upload_handlers = [DocumentUploadHandler(request)]
    return CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {})


def size_text(size_bytes: int) -> str:
    """As a patient reads it next to a link: "240 KB", "1.4 MB"."""
    if size_bytes < 1024 * 1024:
        return f"{max(1, round(size_bytes / 1024))} KB"
    return f"{size_bytes / (1024 * 1024):.1f} MB"


def document_file_check(file) -> None:
    """Refuse anything but a PDF of at most DOCUMENT_MAX_BYTES, with the reason, for the editor.

    The name must end in .pdf and the content start with the PDF signature: the type the browser
    declares is whatever the file's name suggested to it, so it proves nothing.
    """
    if file is None or getattr(file, "_committed", False):
        return  # already stored, so checked when it was uploaded
    upload = getattr(file, "file", file)
    name = getattr(upload, "name", "") or ""
    size = upload.size
    if getattr(upload, "exceeds_limit", False) or size > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            f"“{name}” is {size_text(size)}: a document may be at most {size_text(DOCUMENT_MAX_BYTES)}. "
            "Save it again with smaller pictures, or split it.",
            code="too_large",
        )
    if size == 0:
        raise ValidationError(f"“{name}” is empty. Choose the PDF file again.", code="empty")
    if not name.lower().endswith(".pdf"):
        raise ValidationError(
            f"“{name}” is not a PDF: only PDF files (ending in .pdf) can be added, so that every patient "
            "can open them.",
            code="not_pdf_name",
        )
    upload.seek(0)
    start = upload.read(len(PDF_SIGNATURE))
    upload.seek(0)
    if start != PDF_SIGNATURE:
        raise ValidationError(
            f"“{name}” is named like a PDF but is not one (perhaps a picture or a Word file renamed). "
            "Save or export it as PDF, then add it again.",
            code="not_pdf",
        )

"""Which release of the site is running, so that a page cache never outlives a deploy.

A page rendered by one release (its templates, hashed stylesheet names, headers) must not be
served by the next, while the servers of one release share what they cache. RELEASE_ID names the
release when the deployment sets it; otherwise clinic/settings.py takes this digest of what pages
are made from, once, at start-up: a process started before new files were put in place keeps the
digest of the code it runs.
"""

import hashlib
from pathlib import Path

# What pages are made from, in the checkout: the code, the templates, the pinned packages.
SOURCES = ("clinic", "procedures", "consultations", "templates", "requirements.txt")
# collectstatic's map to the hashed names pages link to, which change with the files' content.
STATIC_MANIFEST = "staticfiles.json"


def release_digest(base_dir: Path, static_root: Path) -> str:
    """Digest every source file under base_dir and the static files' manifest in static_root."""
    files = []
    for source in SOURCES:
        path = base_dir / source
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        files += [
            (file.relative_to(base_dir).as_posix(), file)
            for file in candidates
            if file.is_file() and "__pycache__" not in file.parts
        ]
    files.append((STATIC_MANIFEST, static_root / STATIC_MANIFEST))
    digest = hashlib.sha256()
    for name, file in sorted(files):
        # A missing manifest (static files served unhashed, with debug on) digests as empty.
        content = file.read_bytes() if file.is_file() else b""
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()[:16]

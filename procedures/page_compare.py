"""What a procedure or condition page says, as plain data, and what changed between two of them.

A snapshot is taken from a page's rows as they are now or from a revision that django-reversion
kept (the page, its procedure or condition row, its sections and FAQs). Two snapshots compare per
field, per section and per FAQ, word by word.
"""

import datetime
import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum

from django.db import models
from django.utils.formats import date_format
from django.utils.text import capfirst
from reversion.errors import RevertError
from reversion.models import Version

from .models import FAQ, PAGE_MODELS, Image, Page, Section

# A section or FAQ: the model, its title field and its text field.
PARTS = {"sections": (Section, "heading", "body"), "faqs": (FAQ, "question", "answer")}


class SnapshotError(Exception):
    """The revision or page cannot be read as a page's content; the message says why, for an editor."""


@dataclass(frozen=True)
class FieldValue:
    label: str
    text: str
    is_list: bool = False  # one related page per line, compared line by line


@dataclass(frozen=True)
class Part:
    """A section (heading, body) or an FAQ (question, answer); its id follows it across revisions."""

    id: int
    title: str
    text: str


@dataclass(frozen=True)
class Snapshot:
    page_id: int
    kind: str
    fields: dict[str, FieldValue]  # by field name; a revision has only the fields the page had then
    sections: tuple[Part, ...]
    faqs: tuple[Part, ...]

    @property
    def title(self) -> str:
        return self.fields["title"].text if "title" in self.fields else ""


def plain(value: str) -> str:
    """Text with "\\n" line breaks and no outer spaces: browsers and scripts differ in those alone."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


# Whether patients see the page is the workflow's to show (the status box, the log), not a change in
# what it says: a working draft's row is always a draft, and every comparison with it said so.
NOT_COMPARED = {"status"}


def compared_fields(model) -> list[models.Field]:
    """The fields an editor fills in, of the page and of its procedure or condition row, in form order."""
    own = [
        model_field
        for model_field in [*Page._meta.concrete_fields, *model._meta.local_concrete_fields]
        if model_field.editable and not model_field.primary_key and model_field.name not in NOT_COMPARED
    ]
    return [*own, *model._meta.local_many_to_many]


def _field_text(model_field: models.Field, value) -> str:
    if value is None or value == "":
        return ""
    if model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.is_relation:
        related = model_field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related else f"(deleted, number {value})"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    return plain(str(value))


def _titles(pks) -> str:
    titles = dict(Page.objects.filter(pk__in=pks).values_list("pk", "title"))
    return "\n".join(sorted(titles.get(pk, f"A page since deleted (number {pk})") for pk in pks))


def _snapshot(page, child, related: dict[str, list], recorded: set[str] | None, parts: dict) -> Snapshot:
    fields = {}
    for model_field in compared_fields(type(child)):
        if recorded is not None and model_field.name not in recorded:
            continue  # the field did not exist when the revision was kept
        label = capfirst(model_field.verbose_name)
        if model_field.many_to_many:
            fields[model_field.name] = FieldValue(label, _titles(related.get(model_field.name, [])), True)
        else:
            source = page if model_field.model is Page else child
            fields[model_field.name] = FieldValue(
                label, _field_text(model_field, getattr(source, model_field.attname))
            )
    return Snapshot(
        page_id=page.pk,
        kind=page.kind,
        fields=fields,
        sections=parts["sections"],
        faqs=parts["faqs"],
    )


def _parts(rows, name: str) -> tuple[Part, ...]:
    _, title, text = PARTS[name]
    ordered = sorted(rows, key=lambda row: (row.position, row.pk))
    pictures = _picture_names({row.image_id for row in ordered if getattr(row, "image_id", None)})
    return tuple(
        Part(row.pk, plain(getattr(row, title)), plain(getattr(row, text)) + _picture_line(row, pictures))
        for row in ordered
    )


def _picture_names(image_ids: set[int]) -> dict[int, str]:
    return {image.pk: str(image) for image in Image.objects.filter(pk__in=image_ids)} if image_ids else {}


def _picture_line(row, pictures: dict[int, str]) -> str:
    """A section's picture, by its text alternative, compared as the last line of its text."""
    image_id = getattr(row, "image_id", None)
    if image_id is None:
        return ""
    return "\n\nPicture: " + pictures.get(image_id, f"number {image_id}, no longer in the library")


def page_snapshot(page_id: int) -> Snapshot:
    """The page's content as its rows hold it now."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise SnapshotError(f"There is no page number {page_id}: it may have been deleted.")
    child = PAGE_MODELS[page.kind].objects.prefetch_related("sections", "faqs").get(pk=page.pk)
    related = {
        model_field.name: list(getattr(child, model_field.name).values_list("pk", flat=True))
        for model_field in type(child)._meta.local_many_to_many
    }
    parts = {name: _parts(getattr(child, name).all(), name) for name in PARTS}
    return _snapshot(page, child, related, None, parts)


def _recorded_fields(version: Version) -> set[str]:
    return set(json.loads(version.serialized_data)[0]["fields"])


def version_snapshot(version: Version) -> Snapshot:
    """The page's content as the revision holding `version` (a version of a page) kept it."""
    model = version._model
    if model is None or not issubclass(model, Page):
        raise SnapshotError(f"Revision {version.pk} is not a revision of a procedure or condition page.")
    page_id = int(version.object_id)
    try:
        versions = list(version.revision.version_set.select_related("content_type"))
        objects = [(item, item._object_version) for item in versions]
    except RevertError as error:
        raise SnapshotError(f"Revision {version.pk} cannot be read: {error}") from error
    found = {(type(kept.object), kept.object.pk): (item, kept) for item, kept in objects}
    if (Page, page_id) not in found:
        raise SnapshotError(f"Revision {version.pk} does not hold the page's text.")
    page_version, page_kept = found[(Page, page_id)]
    page = page_kept.object
    child_model = PAGE_MODELS.get(page.kind)
    if (child_model, page_id) in found:
        child_version, child_kept = found[(child_model, page_id)]
        child, related = child_kept.object, child_kept.m2m_data or {}
        recorded = _recorded_fields(page_version) | _recorded_fields(child_version)
    else:  # kept before the procedure or condition row was followed: no related pages then
        child, related, recorded = child_model(pk=page_id), {}, _recorded_fields(page_version)
    parts = {
        name: _parts(
            [
                kept.object
                for _, kept in objects
                if type(kept.object) is model and kept.object.page_id == page_id
            ],
            name,
        )
        for name, (model, _, _) in PARTS.items()
    }
    return _snapshot(page, child, related, recorded, parts)


# Comparing two snapshots.


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"
    MOVED_AND_CHANGED = "moved and changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Segment:
    """A run of words the two texts share ("same"), or that only the new ("added") or old ("removed") has."""

    kind: str
    text: str


@dataclass
class FieldComparison:
    label: str
    old: str
    new: str
    segments: list[Segment]
    is_list: bool

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def spacing_only(self) -> bool:
        """The words are the same; only spaces or line breaks differ."""
        return self.changed and all(segment.kind == "same" for segment in self.segments)


@dataclass
class PartComparison:
    change: Change
    old: Part | None
    new: Part | None
    old_number: int | None  # its place on the page, from 1
    new_number: int | None
    title_segments: list[Segment]
    text_segments: list[Segment]

    @property
    def changed(self) -> bool:
        return self.change != Change.UNCHANGED

    @property
    def title_changed(self) -> bool:
        return bool(self.old and self.new) and self.old.title != self.new.title

    @property
    def text_changed(self) -> bool:
        return not (self.old and self.new) or self.old.text != self.new.text

    @property
    def title(self) -> str:
        return (self.new or self.old).title


@dataclass
class Comparison:
    old: Snapshot
    new: Snapshot
    fields: list[FieldComparison]
    sections: list[PartComparison]
    faqs: list[PartComparison]
    changed: dict[str, int] = field(init=False)
    unchanged: dict[str, int] = field(init=False)

    def __post_init__(self):
        groups = {"fields": self.fields, "sections": self.sections, "faqs": self.faqs}
        self.changed = {name: sum(item.changed for item in items) for name, items in groups.items()}
        self.unchanged = {name: len(items) - self.changed[name] for name, items in groups.items()}

    @property
    def has_changes(self) -> bool:
        return any(self.changed.values())


_WORD = re.compile(r"\S+\s*")


def word_diff(old: str, new: str) -> list[Segment]:
    """The new text in runs of words: the same as in the old text, added, or removed (in place)."""
    old_words, new_words = _WORD.findall(old), _WORD.findall(new)
    matcher = SequenceMatcher(
        None, [word.rstrip() for word in old_words], [word.rstrip() for word in new_words], autojunk=False
    )
    segments: list[Segment] = []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            # The spacing of the new text, except at its very end, where the old text may go on.
            run = new_words[new_start:new_end]
            last_space = max(_space(run[-1]), _space(old_words[old_end - 1]), key=len)
            segments.append(Segment("same", "".join(run).rstrip() + last_space))
            continue
        if operation in ("delete", "replace"):
            _append_change(segments, "removed", old_words[old_start:old_end])
        if operation in ("insert", "replace"):
            _append_change(segments, "added", new_words[new_start:new_end])
    return _merged(segments)


def _space(word: str) -> str:
    return word[len(word.rstrip()) :]


def _append_change(segments: list[Segment], kind: str, words: list[str]) -> None:
    # The space after the changed words stays outside the mark-up, so nothing marks blank space.
    text = "".join(words)
    segments.append(Segment(kind, text.rstrip()))
    segments.append(Segment("same", _space(text) or " "))


def _merged(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].kind == segment.kind == "same":
            merged[-1] = Segment("same", merged[-1].text + segment.text)
        elif segment.text:
            merged.append(segment)
    if merged and merged[-1].kind == "same" and merged[-1].text.isspace():
        merged.pop()
    return merged


def shortened(segments: list[Segment], *, context: int = 15) -> list[Segment]:
    """The segments with long unchanged runs cut to `context` words on each side of a change.

    What is cut becomes a "gap" segment whose text says how many words it stands for. A text with no
    change is left whole: it is shown only on request, to be read.
    """
    if all(segment.kind == "same" for segment in segments):
        return segments
    result: list[Segment] = []
    for index, segment in enumerate(segments):
        words = _WORD.findall(segment.text.lstrip())
        keep_before = context if index > 0 else 0  # words after the previous change
        keep_after = context if index < len(segments) - 1 else 0  # words before the next change
        if segment.kind != "same" or len(words) <= keep_before + keep_after + context:
            result.append(segment)
            continue
        leading = segment.text[: len(segment.text) - len(segment.text.lstrip())]
        cut = len(words) - keep_before - keep_after
        if keep_before:
            result.append(Segment("same", leading + "".join(words[:keep_before])))
        result.append(Segment("gap", f"{cut} unchanged words"))
        if keep_after:
            result.append(Segment("same", " " + "".join(words[len(words) - keep_after :])))
    return result


def line_diff(old: str, new: str) -> list[Segment]:
    """Related pages, one per line: those in both, added and removed."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    return [
        *(Segment("same" if line in old_lines else "added", line) for line in new_lines),
        *(Segment("removed", line) for line in old_lines if line not in new_lines),
    ]


def _compare_field(old: FieldValue | None, new: FieldValue | None) -> FieldComparison:
    either = new or old
    old_text, new_text = (old.text if old else ""), (new.text if new else "")
    diff = line_diff if either.is_list else word_diff
    return FieldComparison(either.label, old_text, new_text, diff(old_text, new_text), either.is_list)


def _similarity(old: Part, new: Part) -> float:
    return SequenceMatcher(None, f"{old.title}\n{old.text}", f"{new.title}\n{new.text}").ratio()


def match_parts(old: tuple[Part, ...], new: tuple[Part, ...], *, same_page: bool) -> dict[int, int]:
    """Which new part (by index) each old part (by index) became.

    Within one page a section keeps its id whatever happens to it, so the id alone decides. Between
    two pages (a working draft and its live page) the rows differ; a part is then matched by its
    title, and failing that by the most similar text.
    """
    new_index = {part.id: index for index, part in enumerate(new)}
    matches = {index: new_index[part.id] for index, part in enumerate(old) if part.id in new_index}
    if same_page:
        return matches
    for index, part in enumerate(old):
        free = [j for j in range(len(new)) if j not in matches.values()]
        same_title = [j for j in free if new[j].title == part.title]
        if index not in matches and same_title:
            matches[index] = same_title[0]
    for index, part in enumerate(old):
        free = [j for j in range(len(new)) if j not in matches.values()]
        scored = [(_similarity(part, new[j]), j) for j in free]
        if index not in matches and scored and max(scored)[0] >= 0.5:
            matches[index] = max(scored)[1]
    return matches


def _kept_in_order(matches: dict[int, int]) -> set[int]:
    """The old indexes of the longest run of matched parts whose order did not change; the rest moved."""
    pairs = sorted(matches.items())
    best: list[list[int]] = []
    for position, (_, new) in enumerate(pairs):
        before = [best[earlier] for earlier in range(position) if pairs[earlier][1] < new]
        best.append([*max(before, key=len, default=[]), position])
    longest = max(best, key=len, default=[])
    return {pairs[position][0] for position in longest}


def compare_parts(old: tuple[Part, ...], new: tuple[Part, ...], *, same_page: bool) -> list[PartComparison]:
    """Every part of either snapshot in the new order, each removed one after the part it followed."""
    matches = match_parts(old, new, same_page=same_page)
    in_order = _kept_in_order(matches)
    matched_new = {new_index: old_index for old_index, new_index in matches.items()}
    entries: list[tuple[float, PartComparison]] = []
    for new_index, part in enumerate(new):
        old_index = matched_new.get(new_index)
        if old_index is None:
            entries.append((new_index, _part(Change.ADDED, None, part, None, new_index)))
            continue
        before = old[old_index]
        edited = (before.title, before.text) != (part.title, part.text)
        moved = old_index not in in_order
        change = {
            (False, False): Change.UNCHANGED,
            (True, False): Change.CHANGED,
            (False, True): Change.MOVED,
            (True, True): Change.MOVED_AND_CHANGED,
        }[(edited, moved)]
        entries.append((new_index, _part(change, before, part, old_index, new_index)))
    for old_index, part in enumerate(old):
        if old_index in matches:
            continue
        # After the new place of the nearest earlier part that is still there.
        earlier = [matches[index] for index in range(old_index) if index in matches]
        entries.append((max(earlier, default=-1) + 0.5, _part(Change.REMOVED, part, None, old_index, None)))
    return [entry for _, entry in sorted(entries, key=lambda pair: pair[0])]


def _part(change, old: Part | None, new: Part | None, old_index, new_index) -> PartComparison:
    return PartComparison(
        change=change,
        old=old,
        new=new,
        old_number=None if old_index is None else old_index + 1,
        new_number=None if new_index is None else new_index + 1,
        title_segments=word_diff(old.title if old else "", new.title if new else ""),
        text_segments=word_diff(old.text if old else "", new.text if new else ""),
    )


def compare(old: Snapshot, new: Snapshot) -> Comparison:
    """What changed from `old` to `new`, per field, per section and per FAQ."""
    names = [*new.fields, *(name for name in old.fields if name not in new.fields)]
    same_page = old.page_id == new.page_id
    return Comparison(
        old=old,
        new=new,
        fields=[_compare_field(old.fields.get(name), new.fields.get(name)) for name in names],
        sections=compare_parts(old.sections, new.sections, same_page=same_page),
        faqs=compare_parts(old.faqs, new.faqs, same_page=same_page),
    )


def latest_version(page: Page) -> Version | None:
    return (
        Version.objects.get_for_object_reference(PAGE_MODELS[page.kind], page.pk)
        .select_related("revision")
        .first()
    )


def changed_since_latest_revision(page: Page) -> bool:
    """True unless the page's latest revision holds exactly what the page says now."""
    version = latest_version(page)
    if version is None:
        return True
    try:
        return version_snapshot(version) != page_snapshot(page.pk)
    except SnapshotError:
        return True

"""The order of a page's sections and FAQs: new ones go last, and a button moves one a place up or down."""

from django.db import models

# The name of every Move up / Move down button; its value names the row and the direction.
MOVE = "_move"
UP, DOWN = "up", "down"


def move_value(row: models.Model, direction: str) -> str:
    return f"{row._meta.model_name}-{row.pk}-{direction}"


def rows_renumber(
    rows: models.QuerySet, *, new_rows: list[models.Model] = (), move: str = ""
) -> list[models.Model]:
    """Number `rows` 0, 1, 2… in their order, new rows last, moving the one `move` names; return them.

    A new row comes out of the form with the field's default (0), which would put it first.
    """
    new_pks = {row.pk for row in new_rows}
    ordered = sorted(rows, key=lambda row: (row.pk in new_pks, row.position, row.pk))
    for index, row in enumerate(ordered):
        other = {move_value(row, UP): index - 1, move_value(row, DOWN): index + 1}.get(move)
        if other is not None:
            if 0 <= other < len(ordered):
                ordered[index], ordered[other] = ordered[other], ordered[index]
            break
    for position, row in enumerate(ordered):
        if row.position != position:
            row.position = position
            # save() rather than an UPDATE: the revision and the page cache hear of it as of any save.
            row.save(update_fields=["position"])
    return ordered

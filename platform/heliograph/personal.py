"""Marking columns that hold personal data, so erasure and retention can find every one."""

from __future__ import annotations

from piccolo.columns import Column
from piccolo.table import Table

PERSONAL_PREFIX = "Personal data: "


def personal(text: str) -> str:
    """help_text for a column that holds personal data."""
    return PERSONAL_PREFIX + text


def personal_columns(table: type[Table]) -> list[Column]:
    """The columns of table marked as holding personal data."""
    return [c for c in table._meta.columns if (c._meta.help_text or "").startswith(PERSONAL_PREFIX)]

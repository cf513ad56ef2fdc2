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


# How erasure (P9) treats each table that holds personal data. A test fails when a table with
# personal columns has no rule here, so a new table cannot slip past erasure and retention.
ERASURE_RULES: dict[str, str] = {
    "person": "mask: personal columns set to null, email replaced by nothing; address hash goes to suppression",
    "console_user": "delete the account (staff data, not visitors)",
    "delivery": "mask recipient and context of final deliveries; cancel queued ones",
    "entry": "kept while the promotion runs plus its retention days (winners: record keeping); then country, "
    "region and answer are masked",
    "sponsor": "business contact: contact_email deleted with the sponsor",
}

"""Promotions: marketers' use cases, public views and taking entries.

The work is split into private modules re-exported here: ``_admin`` (create, change, publish,
close, list), ``_public`` (what people see, entries for marketers), ``_entries`` (intake),
``_instant_win`` (the award inside the entry transaction), ``_receipts`` (receipt tokens).
"""

from __future__ import annotations

from heliograph.promotions._admin import (
    close_promotion,
    create_promotion,
    get_promotion,
    list_promotions,
    publish_promotion,
    update_promotion,
)
from heliograph.promotions._entries import enter, parse_birth_date
from heliograph.promotions._public import (
    get_entry,
    list_entries,
    list_public_promotions,
    public_promotion,
    rules_page,
)
from heliograph.promotions._receipts import entry_id_from_receipt, receipt_token

__all__ = [
    "close_promotion",
    "create_promotion",
    "enter",
    "entry_id_from_receipt",
    "get_entry",
    "get_promotion",
    "list_entries",
    "list_promotions",
    "list_public_promotions",
    "parse_birth_date",
    "public_promotion",
    "publish_promotion",
    "receipt_token",
    "rules_page",
    "update_promotion",
]

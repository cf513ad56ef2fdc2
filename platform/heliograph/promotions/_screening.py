"""The sensitive-data screen (P2) as promotions use it: free text of entries, labels marketers write."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from heliograph.errors import SensitiveData
from heliograph.policy.screen import screen_fields, sensitive_field_label


def sensitive_label(label: str) -> str | None:
    """The sensitive category a form label or question asks for, or None."""
    return sensitive_field_label(label)


async def refuse_sensitive_text(fields: Mapping[str, str | None]) -> None:
    """Raise sensitive_data naming the field and category when any free text discloses sensitive data.

    Longer texts may reach the learned model (milliseconds of numpy work): they are screened in a
    worker thread so the event loop keeps serving other requests.
    """
    if any(value and len(value.split()) > 2 for value in fields.values()):
        hit = await asyncio.to_thread(screen_fields, fields)
    else:
        hit = screen_fields(fields)
    if hit is None:
        return
    field, found = hit
    category = found.category
    raise SensitiveData(
        f"Please remove what {field} says about {category.replace('_', ' ')}: we never collect sensitive data.",
        errors=[{"field": field, "code": "sensitive_data", "category": category}],
        extra={"category": category},
    )

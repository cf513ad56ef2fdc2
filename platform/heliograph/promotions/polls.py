"""Polls: aggregate results (counts per option, no personal data), public when the promotion says so.

One vote per person is the entry limit of the core entry service (a poll's limit is one per
promotion); votes are the valid form entries that name a poll option.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from piccolo.query.functions.aggregate import Count

from heliograph.errors import NotFound
from heliograph.promotions._common import PUBLIC_STATUSES
from heliograph.promotions.tables import Entry, PollOption, Promotion


def tally(options: Iterable[dict[str, Any]], counts: dict[int, int]) -> dict[str, Any]:
    """Results from options (id, label, position) and votes per option id: counts and whole percentages."""
    ordered = sorted(options, key=lambda o: (o["position"], o["id"]))
    total = sum(counts.get(o["id"], 0) for o in ordered)
    return {
        "total": total,
        "options": [
            {
                "id": o["id"],
                "label": o["label"],
                "votes": counts.get(o["id"], 0),
                "percent": round(100 * counts.get(o["id"], 0) / total, 1) if total else 0.0,
            }
            for o in ordered
        ],
    }


async def poll(slug: str) -> dict[str, Any]:
    """The poll with this slug, or NotFound."""
    row = await Promotion.select().where(Promotion.slug == slug).first()
    if row is None or row["kind"] != "poll":
        raise NotFound("No poll has this name.")
    return row


async def results(slug: str, *, public: bool = True) -> dict[str, Any]:
    """Votes per option; for the public, only when the poll is published and its results are public."""
    promotion = await poll(slug)
    if public and (not promotion["show_results"] or promotion["status"] not in PUBLIC_STATUSES):
        raise NotFound("This poll's results are not public.")
    options = await PollOption.select(PollOption.id, PollOption.label, PollOption.position).where(
        PollOption.promotion == promotion["id"]
    )
    rows = await (
        Entry.select(Entry.poll_option, Count(Entry.id, alias="votes"))
        .where(
            (Entry.promotion == promotion["id"])
            & (Entry.source == "form")
            & (Entry.status == "valid")
            & Entry.poll_option.is_not_null()
        )
        .group_by(Entry.poll_option)
    )
    counts = {int(r["poll_option"]): int(r["votes"]) for r in rows}
    return {"slug": promotion["slug"], "question": promotion["question"], **tally(options, counts)}

"""What people see of a promotion (page, rules page, thank-you page) and the entry list for marketers."""

from __future__ import annotations

from typing import Any

from heliograph import db
from heliograph.errors import InvalidField, NotFound
from heliograph.promotions import _children as kids_
from heliograph.promotions._common import PUBLIC_STATUSES, general_policy, load_promotion
from heliograph.promotions._views import public_view, summary
from heliograph.promotions.tables import Entry, Promotion
from heliograph.sponsors.service import get_sponsors

MAX_PAGE = 500

HOW_WINNERS_ARE_CHOSEN = {
    "sweepstakes": (
        "Winners are drawn at random from all valid entries after the promotion closes. The draw is "
        "verifiable: before entries open we publish the SHA-256 of a secret seed; at the draw we publish "
        "a digest of the frozen entry list and then the seed, so anyone can recompute the winners."
    ),
    "instant_win": (
        "Each entry learns at once whether it won. Prizes are awarded at the published odds or at winning "
        "moments spread at random over the entry period (the first entry at or after a moment wins it), "
        "and never more often than the stated quantity."
    ),
    "contest": (
        "Entries are judged by our team against the published criteria, each scored and weighted as shown; "
        "the highest weighted scores win. Ties are broken by the most heavily weighted criterion, then by "
        "the earlier entry."
    ),
    "poll": "This is a poll: there is no prize draw unless the official rules say otherwise.",
}


async def _sponsor_names(promotion_id: int, kids: dict[str, Any]) -> list[str]:
    return [s["name"] for s in await get_sponsors(kids["sponsor_ids"])]


async def list_public_promotions() -> list[dict[str, Any]]:
    """Published promotions (scheduled, open or closed by the clock, and later stages), newest first."""
    now = db.now_utc()
    rows = (
        await Promotion.select()
        .where(Promotion.status.is_in(list(PUBLIC_STATUSES)))
        .order_by(Promotion.opens_at, ascending=False)
    )
    return [summary(row, now) for row in rows]


async def public_promotion(slug: str) -> dict[str, Any]:
    """One published promotion with its effective rules in plain fields and words (P5)."""
    row = await load_promotion(slug, public=True)
    kids = await kids_.children(row["id"])
    general = await general_policy()
    return public_view(row, kids, general, await _sponsor_names(row["id"], kids), db.now_utc())


async def rules_page(slug: str) -> dict[str, Any]:
    """The public view plus what the official rules page adds (how winners are chosen)."""
    view = await public_promotion(slug)
    view["how_winners_are_chosen"] = HOW_WINNERS_ARE_CHOSEN[view["kind"]]
    return view


async def get_entry(entry_id: int) -> dict[str, Any]:
    """One entry for its thank-you page (what the receipt shows)."""
    row = (
        await Entry.select(
            Entry.id,
            Entry.receipt,
            Entry.referral_code,
            Entry.won,
            Entry.created_at,
            Entry.prize.name.as_alias("prize_name"),
            Entry.promotion.slug.as_alias("slug"),
            Entry.promotion.title.as_alias("title"),
            Entry.promotion.kind.as_alias("kind"),
            Entry.promotion.timezone.as_alias("timezone"),
        )
        .where(Entry.id == entry_id)
        .first()
    )
    if row is None:
        raise NotFound("No such entry.")
    return row


async def list_entries(
    slug: str,
    *,
    limit: int = 50,
    cursor: int | None = None,
    offset: int | None = None,
    won: bool | None = None,
    country: str | None = None,
) -> dict[str, Any]:
    """Entries of a promotion in id order, a page at a time (cursor = last id seen, or offset)."""
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidField("limit", f"must be between 1 and {MAX_PAGE}")
    row = await load_promotion(slug)
    query = Entry.select(
        Entry.id,
        Entry.created_at,
        Entry.source,
        Entry.status,
        Entry.person.id.as_alias("person_id"),
        Entry.person.email.as_alias("email"),
        Entry.person.name.as_alias("name"),
        Entry.country,
        Entry.region,
        Entry.answer,
        Entry.poll_option,
        Entry.won,
        Entry.prize,
        Entry.prize.name.as_alias("prize_name"),
        Entry.referral_code,
        Entry.referred_by_entry_id,
        Entry.rules_version,
        Entry.receipt,
    ).where(Entry.promotion == row["id"])
    if cursor is not None:
        query = query.where(Entry.id > cursor)
    if won is not None:
        query = query.where(Entry.won == won)
    if country:
        query = query.where(Entry.country == country.strip().upper())
    query = query.order_by(Entry.id).limit(limit + 1)
    if offset:
        query = query.offset(offset)
    rows = list(await query)
    more = len(rows) > limit
    items = rows[:limit]
    return {"items": items, "next_cursor": items[-1]["id"] if more and items else None, "limit": limit}

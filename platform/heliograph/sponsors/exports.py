"""Winner exports for sponsors and the disclosure log (P4: sharing is minimal and logged).

A sponsor reads the winners of its own promotions only. Each row carries the place, the prize
and exactly the fields the promotion's effective policy lets the sponsor receive (name and
country unless the rules name more, never a sensitive or uncollectable field). A field whose
purpose is the sponsor's own marketing is filled only for winners who allow partner sharing;
for the others it is left empty. Every export, JSON or CSV, writes one disclosure row: who got
it, which fields, how many people (and which, for access requests), when.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from heliograph import db
from heliograph.errors import Forbidden, InvalidField
from heliograph.people.tables import Person
from heliograph.promotions._common import PUBLIC_STATUSES, general_policy, shown_status
from heliograph.promotions._views import effective_of
from heliograph.promotions.draws import HOLDING, prize_for_place
from heliograph.promotions.tables import Entry, Prize, Promotion, PromotionSponsor, Winner
from heliograph.sponsors.tables import Disclosure

_MARKETING = re.compile(
    r"\b(marketing|advertis\w*|newsletters?|offers?|promotional|mailings?|remarketing|retargeting)\b", re.IGNORECASE
)
MAX_PAGE = 500


def serves_marketing(purpose: str) -> bool:
    """Whether a sponsor field's stated purpose is the sponsor's own marketing."""
    return bool(_MARKETING.search(purpose or ""))


async def sponsor_promotions(sponsor_id: int) -> list[dict[str, Any]]:
    """The published promotions this sponsor sponsors, newest first."""
    ids = [
        r["promotion"]
        for r in await PromotionSponsor.select(PromotionSponsor.promotion).where(PromotionSponsor.sponsor == sponsor_id)
    ]
    if not ids:
        return []
    now = db.now_utc()
    rows = (
        await Promotion.select()
        .where(Promotion.id.is_in(ids) & Promotion.status.is_in(list(PUBLIC_STATUSES)))
        .order_by(Promotion.opens_at, ascending=False)
    )
    general = await general_policy()
    out = []
    for row in rows:
        effective = effective_of(row, general)
        out.append(
            {
                "slug": row["slug"],
                "title": row["title"],
                "kind": row["kind"],
                "status": shown_status(row, now),
                "opens_at": row["opens_at"],
                "closes_at": row["closes_at"],
                "fields": [{"field": f.field, "purpose": f.purpose} for f in effective.sponsor_fields],
            }
        )
    return out


async def _own_promotion(sponsor_id: int, slug: str) -> dict[str, Any]:
    row = await Promotion.select().where(Promotion.slug == slug).first()
    if row is None or row["status"] not in PUBLIC_STATUSES:
        raise Forbidden("This is not one of your promotions.")
    if not await PromotionSponsor.exists().where(
        (PromotionSponsor.promotion == row["id"]) & (PromotionSponsor.sponsor == sponsor_id)
    ):
        raise Forbidden("This is not one of your promotions.")
    return row


async def _winning_entries(row: dict[str, Any]) -> list[dict[str, Any]]:
    """(place, entry id, claimed) of the current winners: seats holding a place, or instant-win entries."""
    if row["kind"] == "instant_win":
        entries = (
            await Entry.select(Entry.id)
            .where(
                (Entry.promotion == row["id"]) & (Entry.won == True)  # noqa: E712
            )
            .order_by(Entry.id)
        )
        return [{"place": i, "entry": e["id"], "status": "won"} for i, e in enumerate(entries, start=1)]
    seats = (
        await Winner.select(Winner.place, Winner.entry, Winner.status)
        .where((Winner.promotion == row["id"]) & Winner.status.is_in(list(HOLDING)))
        .order_by(Winner.place)
    )
    return [dict(s) for s in seats]


def _value(field: str, person: dict[str, Any], entry: dict[str, Any]) -> Any:
    if field == "country":
        return entry["country"] or person["country"]
    return person.get(field)


async def winners_export(sponsor_id: int, slug: str, *, fmt: str = "json") -> dict[str, Any]:
    """The winners of one of the sponsor's promotions with the allowed fields; logged as a disclosure."""
    if fmt not in ("json", "csv"):
        raise InvalidField("format", "json or csv")
    row = await _own_promotion(sponsor_id, slug)
    effective = effective_of(row, await general_policy())
    fields = list(effective.sponsor_field_names)
    purposes = {f.field: f.purpose for f in effective.sponsor_fields}
    places = await _winning_entries(row)
    entries = {
        e["id"]: e
        for e in await Entry.select(
            Entry.id, Entry.person, Entry.country, Entry.prize.name.as_alias("prize_name")
        ).where(Entry.id.is_in([p["entry"] for p in places] or [0]))
    }
    person_ids = sorted({e["person"] for e in entries.values()})
    people = {
        p["id"]: p for p in await Person.select().where(Person.id.is_in(person_ids or [0]) & Person.erased_at.is_null())
    }
    prizes = await Prize.select(Prize.name, Prize.quantity).where(Prize.promotion == row["id"]).order_by(Prize.position)
    winners = []
    disclosed: list[int] = []
    for place in places:
        entry = entries.get(place["entry"])
        person = people.get(entry["person"]) if entry else None
        if entry is None or person is None:
            continue  # erased: nothing left to share
        item: dict[str, Any] = {
            "place": place["place"],
            "prize": entry["prize_name"] or prize_for_place(prizes, place["place"]),
            "claimed": place["status"] in ("claimed", "won"),
        }
        for field in fields:
            withheld = serves_marketing(purposes[field]) and not person["share_with_partners"]
            item[field] = None if withheld else _value(field, person, entry)
        winners.append(item)
        disclosed.append(person["id"])
    await Disclosure.insert(
        Disclosure(
            sponsor_id=sponsor_id,
            promotion_id=row["id"],
            fields=json.dumps(fields),
            purposes=json.dumps(purposes),
            people=len(disclosed),
            person_ids=json.dumps(disclosed),
            format=fmt,
            created_at=db.now_utc(),
        )
    )
    return {"slug": slug, "title": row["title"], "fields": fields, "purposes": purposes, "winners": winners}


def as_csv(export: dict[str, Any]) -> str:
    """The export as CSV: place, prize, claimed, then the allowed fields in order."""
    columns = ["place", "prize", "claimed", *export["fields"]]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for item in export["winners"]:
        writer.writerow({k: ("" if item.get(k) is None else item.get(k)) for k in columns})
    return out.getvalue()


async def list_disclosures(
    *, promotion: str | None = None, sponsor_id: int | None = None, limit: int = 50, cursor: int | None = None
) -> dict[str, Any]:
    """The disclosure log, newest first, a page at a time."""
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidField("limit", f"must be between 1 and {MAX_PAGE}")
    query = Disclosure.select().output(load_json=True).order_by(Disclosure.id, ascending=False).limit(limit + 1)
    if promotion:
        found = await Promotion.select(Promotion.id).where(Promotion.slug == promotion).first()
        query = query.where(Disclosure.promotion_id == (found["id"] if found else 0))
    if sponsor_id is not None:
        query = query.where(Disclosure.sponsor_id == sponsor_id)
    if cursor is not None:
        query = query.where(Disclosure.id < cursor)
    rows = list(await query)
    slugs = {
        r["id"]: r["slug"]
        for r in await Promotion.select(Promotion.id, Promotion.slug).where(
            Promotion.id.is_in([r["promotion_id"] for r in rows] or [0])
        )
    }
    items = [
        {
            "id": r["id"],
            "sponsor_id": r["sponsor_id"],
            "promotion": slugs.get(r["promotion_id"]),
            "fields": r["fields"],
            "purposes": r["purposes"],
            "people": r["people"],
            "format": r["format"],
            "created_at": r["created_at"],
        }
        for r in rows[:limit]
    ]
    more = len(rows) > limit
    return {"items": items, "next_cursor": items[-1]["id"] if more and items else None, "limit": limit}

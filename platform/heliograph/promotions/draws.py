"""Draws and winners: the seed commitment, running the draw (or fixing a contest's result), the public
record, claims, and alternates taking over places that are not claimed in time.

The algorithm itself is in ``draw_algorithm`` (pure, documented in docs/draws.md). Here:

- Publishing a sweepstakes commits to a fresh secret seed (``commit_seed``).
- ``run_draw`` freezes the valid entries, publishes their digest and the seed, seats winners and
  alternates, and mails each winner a claim link. For a contest it seats the ranking instead
  (best first, one seat per person) and marks the contest judged.
- A winner claims with the link before ``claim_days`` have passed. A place not claimed in time
  (``expire_claims``, a periodic job) or taken away by a marketer (``replace_winner``) passes to
  the next alternate in seat order; both seats keep the reason and the link between them.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from heliograph import db
from heliograph.errors import InvalidField, InvalidToken, NotFound
from heliograph.mail.service import queue_mail
from heliograph.people.service import keyed_hash
from heliograph.policy.rules import EffectivePolicy
from heliograph.promotions import _cache as cache
from heliograph.promotions import draw_algorithm as algo
from heliograph.promotions._common import general_policy, load_promotion, raise_problems, shown_status
from heliograph.promotions._views import effective_of, local_time
from heliograph.promotions.tables import Draw, Entry, Prize, Promotion, Winner
from heliograph.settings import get_settings
from heliograph.tokens import make_token, read_token

CONTEST_ALGORITHM = "contest-ranking-v1"
CLAIM = "winner_claim"
DEFAULT_CLAIM_DAYS = 14
HOLDING = ("notified", "claimed")  # statuses of a seat that holds its place
LOST = ("forfeited", "disqualified")
MAX_REASON = 200


async def _first(query: Any) -> dict[str, Any]:
    """The first row of a query that must have one."""
    row = await query.first()
    if row is None:
        raise NotFound("No such record.")
    return dict(row)


def _new_seed() -> tuple[str, str]:
    seed = secrets.token_hex(algo.SEED_BYTES)
    return seed, algo.commitment(seed)


async def commit_seed(promotion_id: int, now: datetime) -> None:
    """Commit to a secret seed for a sweepstakes (once: a second call keeps the first commitment)."""
    if await Draw.exists().where(Draw.promotion == promotion_id):
        return
    seed, commitment = _new_seed()
    await Draw.insert(
        Draw(promotion=promotion_id, algorithm=algo.ALGORITHM, seed=seed, commitment=commitment, committed_at=now)
    )


def claim_deadline(effective: EffectivePolicy, now: datetime) -> datetime:
    """When a place notified now must be claimed by (the rules' claim_days)."""
    return now + timedelta(days=effective.claim_days or DEFAULT_CLAIM_DAYS)


def holder_tag(promotion_id: int, person_id: int) -> str:
    """The opaque holder of a person's lines in one promotion's entry list."""
    return keyed_hash(f"{promotion_id}:{person_id}", "draw_holder")[:16]


def display_name(name: str | None) -> str | None:
    """First name and the initial of the last name ("Ada L."), as winners are announced."""
    words = (name or "").split()
    if not words:
        return None
    if len(words) == 1:
        return words[0]
    return f"{words[0]} {words[-1][0].upper()}."


def claim_token(winner_id: int) -> str:
    """The signed claim link token of a seat (the deadline is checked against the seat)."""
    return make_token(CLAIM, [winner_id])


def claim_url(slug: str, winner_id: int) -> str:
    return f"{get_settings().base_url}/promotions/{slug}/claim/{claim_token(winner_id)}"


# --- running the draw -----------------------------------------------------------------------


class _AlreadyDrawn(Exception):
    """Raised inside the draw transaction when another request drew first (rolls this one back)."""


async def run_draw(slug: str, *, user_id: int | None = None) -> dict[str, Any]:
    """Draw a closed sweepstakes (or fix a closed contest's result) once; a second call returns the record."""
    try:
        await _run_draw(slug, user_id)
    except _AlreadyDrawn:
        pass
    return await admin_record(slug)


async def _run_draw(slug: str, user_id: int | None) -> None:
    row = await load_promotion(slug)
    existing = await Draw.select().where(Draw.promotion == row["id"]).first()
    if existing and existing["drawn_at"] is not None:
        return
    if row["kind"] not in ("sweepstakes", "contest"):
        raise_problems([("kind", "no_draw_for_kind")])
    now = db.now_utc()
    if shown_status(row, now) != "closed":
        raise_problems([("status", "not_closed")])
    effective = effective_of(row, await general_policy())
    if row["kind"] == "sweepstakes":
        seed = existing["seed"] if existing else None
        if seed is None:  # published before draws existed: commit now (the record shows when)
            async with db.transaction():
                await commit_seed(row["id"], now)
            seed = (await _first(Draw.select(Draw.seed).where(Draw.promotion == row["id"])))["seed"]
        text = await _frozen_list(row["id"])
        seats = algo.draw(seed, text, effective.winners, effective.alternates)
        chosen = [(s.receipt, s.role) for s in seats]
        draw_values: dict[Any, Any] = {
            Draw.entry_list: text,
            Draw.entries_digest: algo.digest(text),
            Draw.entry_count: text.count("\n"),
        }
        status = "drawn"
    else:
        chosen = await _contest_seats(row, effective.winners, effective.alternates)
        draw_values = {}
        status = "judged"
    draw_values.update(
        {
            Draw.winners: effective.winners,
            Draw.alternates: effective.alternates,
            Draw.drawn_at: now,
            Draw.drawn_by: user_id,
        }
    )
    receipts = [receipt for receipt, _role in chosen]
    entry_ids = {
        r["receipt"]: r["id"]
        for r in await Entry.select(Entry.id, Entry.receipt).where(
            (Entry.promotion == row["id"]) & Entry.receipt.is_in(receipts or [""])
        )
    }
    deadline = claim_deadline(effective, now)
    async with db.transaction():
        if row["kind"] == "contest":
            await Draw.insert(Draw(promotion=row["id"], algorithm=CONTEST_ALGORITHM, committed_at=None)).on_conflict(
                target=Draw.promotion, action="DO NOTHING"
            )
        updated = (
            await Draw.update(draw_values)
            .where((Draw.promotion == row["id"]) & (Draw.drawn_at.is_null()))
            .returning(Draw.id)
        )
        if not updated:  # another request drew it first: its record stands
            raise _AlreadyDrawn
        for seat, (receipt, role) in enumerate(chosen, start=1):
            winner = role == "winner"
            await Winner.insert(
                Winner(
                    promotion=row["id"],
                    entry=entry_ids[receipt],
                    seat=seat,
                    key=f"{row['id']}:{seat}",
                    receipt=receipt,
                    place=seat if winner else None,
                    status="notified" if winner else "standby",
                    claim_deadline=deadline if winner else None,
                    notified_at=now if winner else None,
                    updated_at=now,
                )
            )
        await Promotion.update({Promotion.status: status, Promotion.updated_at: now}).where(Promotion.id == row["id"])
        for placed in await Winner.select(Winner.id).where(
            (Winner.promotion == row["id"]) & (Winner.place.is_not_null())
        ):
            await _award(row, placed["id"], now)
    cache.invalidate(slug)


async def _frozen_list(promotion_id: int) -> str:
    """The entry list text of the promotion's valid entries."""
    rows = await Entry.select(Entry.receipt, Entry.person).where(
        (Entry.promotion == promotion_id) & (Entry.status == "valid")
    )
    return algo.entry_list(
        [algo.Line(receipt=r["receipt"], holder=holder_tag(promotion_id, r["person"])) for r in rows]
    )


async def _contest_seats(row: dict[str, Any], winners: int, alternates: int) -> list[tuple[str, str]]:
    """Seats of a contest: the ranking (docs/promotions.md), one seat per person, scored entries only."""
    from heliograph.promotions import contests

    promotion_id = row["id"]
    ranked = (await contests.ranking(row["slug"]))["entries"]
    people = {
        r["id"]: r["person"] for r in await Entry.select(Entry.id, Entry.person).where(Entry.promotion == promotion_id)
    }
    seats: list[tuple[str, str]] = []
    seen: set[int] = set()
    for item in ranked:
        person = people.get(item["entry_id"])
        if person is None or person in seen or not item["complete"]:
            continue
        seen.add(person)
        seats.append((item["receipt"], "winner" if len(seats) < winners else "alternate"))
        if len(seats) == winners + alternates:
            break
    return seats


def prize_for_place(prizes: Sequence[dict[str, Any]], place: int) -> str | None:
    """Places take prizes in listed order, each prize as many places as its quantity."""
    remaining = place
    for prize in prizes:
        if remaining <= prize["quantity"]:
            return prize["name"]
        remaining -= prize["quantity"]
    return None


async def _entrant(entry_id: int) -> dict[str, Any]:
    """Who made an entry: person id, address, name, erased_at, and the entry's country."""
    return await _first(
        Entry.select(
            Entry.person.id.as_alias("person_id"),
            Entry.person.email.as_alias("email"),
            Entry.person.name.as_alias("name"),
            Entry.person.erased_at.as_alias("erased_at"),
            Entry.country,
        ).where(Entry.id == entry_id)
    )


async def _award(promotion: dict[str, Any], winner_id: int, now: datetime) -> None:
    """Mark the seat's entry as won and mail its claim link (inside the caller's transaction)."""
    seat = await _first(
        Winner.select(Winner.id, Winner.place, Winner.claim_deadline, Winner.entry).where(Winner.id == winner_id)
    )
    seat.update(await _entrant(seat["entry"]))
    prizes = (
        await Prize.select(Prize.id, Prize.name, Prize.quantity)
        .where(Prize.promotion == promotion["id"])
        .order_by(Prize.position)
        .order_by(Prize.id)
    )
    prize_name = prize_for_place(prizes, seat["place"])
    prize_id = next((p["id"] for p in prizes if p["name"] == prize_name), None)
    await Entry.update({Entry.won: True, Entry.prize: prize_id}).where(Entry.id == seat["entry"])
    if seat["erased_at"] is not None or not seat["email"]:
        return
    base = get_settings().base_url
    await queue_mail(
        kind="transactional",
        recipient=seat["email"],
        template="winner_notice",
        context={
            "name": seat["name"] or "",
            "title": promotion["title"],
            "kind": promotion["kind"],
            "place": seat["place"],
            "prize_name": prize_name,
            "claim_url": claim_url(promotion["slug"], seat["id"]),
            "claim_deadline": local_time(seat["claim_deadline"], promotion["timezone"]),
            "rules_url": f"{base}/promotions/{promotion['slug']}/rules",
            "draw_url": f"{base}/promotions/{promotion['slug']}/draw",
        },
        person_id=seat["person_id"],
    )


# --- places that pass to alternates ----------------------------------------------------------


async def _pass_place(
    promotion: dict[str, Any], seat: dict[str, Any], status: str, reason: str, now: datetime
) -> int | None:
    """The seat loses its place (status, reason); the next waiting alternate takes it. Returns that seat's id."""
    lost = (
        await Winner.update({Winner.status: status, Winner.reason: reason, Winner.updated_at: now})
        .where((Winner.id == seat["id"]) & (Winner.status.is_in(list(HOLDING))))
        .returning(Winner.id)
    )
    if not lost:
        return None
    await Entry.update({Entry.won: False, Entry.prize: None}).where(Entry.id == seat["entry"])
    alternate = (
        await Winner.select(Winner.id, Winner.seat)
        .where((Winner.promotion == promotion["id"]) & (Winner.status == "standby"))
        .order_by(Winner.seat)
        .first()
    )
    if alternate is None:
        return None
    deadline = claim_deadline(effective_of(promotion, await general_policy()), now)
    await Winner.update(
        {
            Winner.place: seat["place"],
            Winner.status: "notified",
            Winner.claim_deadline: deadline,
            Winner.notified_at: now,
            Winner.replaces: seat["seat"],
            Winner.updated_at: now,
        }
    ).where(Winner.id == alternate["id"])
    await Winner.update({Winner.replaced_by: alternate["seat"]}).where(Winner.id == seat["id"])
    await _award(promotion, alternate["id"], now)
    return alternate["id"]


async def replace_winner(slug: str, place: int, reason: str) -> dict[str, Any]:
    """A marketer takes a place away (reason recorded, e.g. ineligible); the next alternate is called."""
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON:
        raise InvalidField("reason", f"say why the place is taken away (at most {MAX_REASON} characters)")
    row = await load_promotion(slug)
    now = db.now_utc()
    async with db.transaction():
        seat = (
            await Winner.select()
            .where((Winner.promotion == row["id"]) & (Winner.place == place) & Winner.status.is_in(list(HOLDING)))
            .first()
        )
        if seat is None:
            raise NotFound("No winner holds this place.")
        await _pass_place(row, seat, "disqualified", reason, now)
    cache.invalidate(slug)
    return await admin_record(slug)


async def expire_claims(now: datetime | None = None) -> int:
    """Places not claimed by their deadline pass to the next alternate; returns how many were passed on."""
    now = now or db.now_utc()
    overdue = await Winner.select(Winner.id, Winner.promotion).where(
        (Winner.status == "notified") & (Winner.claim_deadline < now)
    )
    passed = 0
    for item in overdue:
        promotion = await _first(Promotion.select().where(Promotion.id == item["promotion"]))
        async with db.transaction():
            seat = await Winner.select().where((Winner.id == item["id"]) & (Winner.status == "notified")).first()
            if seat is None:
                continue
            await _pass_place(promotion, seat, "forfeited", "not_claimed", now)
            passed += 1
        cache.invalidate(promotion["slug"])
    return passed


async def claim(slug: str, token: str) -> dict[str, Any]:
    """A winner claims their place with the link from their mail, before the deadline."""
    payload = read_token(CLAIM, token)
    if not isinstance(payload, list) or len(payload) != 1 or not isinstance(payload[0], int):
        raise InvalidToken("This claim link is not valid.")
    row = await load_promotion(slug, public=True)
    now = db.now_utc()
    seat = await Winner.select().where((Winner.id == payload[0]) & (Winner.promotion == row["id"])).first()
    if seat is None:
        raise InvalidToken("This claim link is not valid.")
    if seat["status"] == "notified" and seat["claim_deadline"] is not None and seat["claim_deadline"] < now:
        await expire_claims(now)
        seat = await _first(Winner.select().where(Winner.id == seat["id"]))
    if seat["status"] == "notified":
        await Winner.update({Winner.status: "claimed", Winner.claimed_at: now, Winner.updated_at: now}).where(
            (Winner.id == seat["id"]) & (Winner.status == "notified")
        )
        seat = await _first(Winner.select().where(Winner.id == seat["id"]))
        cache.invalidate(slug)
    if seat["status"] != "claimed":
        raise InvalidToken(
            "This prize can no longer be claimed: the claim period ended or the place passed on."
            if seat["status"] in LOST
            else "This claim link is not valid."
        )
    return {
        "status": "claimed",
        "place": seat["place"],
        "claimed_at": seat["claimed_at"],
        "title": row["title"],
        "slug": slug,
    }


# --- records ---------------------------------------------------------------------------------


async def _seats(promotion_id: int) -> list[dict[str, Any]]:
    """The seats of a promotion in seat order, each with its entrant's name, erasure and country."""
    seats = [dict(s) for s in await Winner.select().where(Winner.promotion == promotion_id).order_by(Winner.seat)]
    for seat in seats:
        seat.update(await _entrant(seat["entry"]))
    return seats


def _record(row: dict[str, Any], draw: dict[str, Any], seats: list[dict[str, Any]], announce: bool) -> dict[str, Any]:
    drawn = draw["drawn_at"] is not None
    base = get_settings().base_url
    winners = []
    for s in sorted((s for s in seats if s["status"] in HOLDING), key=lambda s: s["place"]):
        shown: dict[str, Any] = {"rank": s["place"]}
        if announce:
            shown["name"] = None if s["erased_at"] is not None else display_name(s["name"])
            shown["country"] = s["country"]
        winners.append(shown)
    random_draw = draw["algorithm"] == algo.ALGORITHM
    return {
        "slug": row["slug"],
        "kind": row["kind"],
        "algorithm": draw["algorithm"],
        "status": ("drawn" if random_draw else "judged") if drawn else "committed",
        "commitment": draw["commitment"],
        "committed_at": draw["committed_at"],
        "seed": draw["seed"] if drawn and random_draw else None,
        "entries_digest": draw["entries_digest"] if drawn else None,
        "entry_count": draw["entry_count"] if drawn else None,
        "entry_list_url": f"{base}/api/v1/promotions/{row['slug']}/draw/entries" if drawn and random_draw else None,
        "drawn_at": draw["drawn_at"],
        "winners_drawn": draw["winners"] if drawn else None,
        "alternates_drawn": draw["alternates"] if drawn else None,
        "seats": [
            {
                "seat": s["seat"],
                "role": "winner" if s["seat"] <= draw["winners"] else "alternate",
                "receipt": s["receipt"],
                "place": s["place"] if s["status"] in HOLDING else None,
                "status": s["status"],
            }
            for s in seats
        ],
        "winners": winners,
        "replacements": [
            {
                "place": s["place"],
                "seat": s["seat"],
                "status": s["status"],
                "reason": s["reason"],
                "replaced_by_seat": s["replaced_by"],
            }
            for s in seats
            if s["status"] in LOST
        ],
        "announced": announce,
    }


async def _draw_row(row: dict[str, Any]) -> dict[str, Any]:
    draw = await Draw.select().where(Draw.promotion == row["id"]).first()
    if draw is None and row["kind"] == "sweepstakes" and row["status"] != "draft":
        async with db.transaction():  # published before draws existed: commit now (committed_at says when)
            await commit_seed(row["id"], db.now_utc())
        draw = await Draw.select().where(Draw.promotion == row["id"]).first()
    if draw is None:
        raise NotFound("This promotion has no draw." if row["kind"] != "contest" else "This contest is not judged yet.")
    return draw


async def public_record(slug: str) -> dict[str, Any]:
    """The public draw record: commitment, and once drawn the seed, digest, seats and winners (P4: first
    name and initial and country only, and only if the rules announce winners)."""
    row = await load_promotion(slug, public=True)
    draw = await _draw_row(row)
    effective = effective_of(row, await general_policy())
    return _record(row, draw, await _seats(row["id"]), effective.announce_winners)


async def admin_record(slug: str) -> dict[str, Any]:
    """The draw record for marketers: every seat with its entry, status, deadline and history."""
    row = await load_promotion(slug)
    draw = await _draw_row(row)
    seats = await _seats(row["id"])
    record = _record(row, draw, seats, True)
    record["seats"] = [
        {
            "seat": s["seat"],
            "role": "winner" if s["seat"] <= draw["winners"] else "alternate",
            "entry_id": s["entry"],
            "receipt": s["receipt"],
            "name": s["name"],
            "country": s["country"],
            "place": s["place"],
            "status": s["status"],
            "claim_deadline": s["claim_deadline"],
            "notified_at": s["notified_at"],
            "claimed_at": s["claimed_at"],
            "reason": s["reason"],
            "replaces_seat": s["replaces"],
            "replaced_by_seat": s["replaced_by"],
        }
        for s in seats
    ]
    return record


async def entry_list_text(slug: str) -> str:
    """The frozen entry list of a drawn sweepstakes, as hashed into its digest."""
    row = await load_promotion(slug, public=True)
    draw = await Draw.select(Draw.entry_list, Draw.drawn_at).where(Draw.promotion == row["id"]).first()
    if draw is None or draw["drawn_at"] is None or draw["entry_list"] is None:
        raise NotFound("The entry list is published at the draw.")
    return draw["entry_list"]


async def receipt_check(slug: str, code: str) -> dict[str, Any]:
    """Whether a receipt code is in the drawn entry list (and on which line), and whether it holds a seat."""
    from heliograph.promotions._receipts import normalise_code

    receipt = normalise_code(code)
    text = await entry_list_text(slug)
    line = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.split(" ", 1)[0] == receipt:
            line = number
            break
    row = await load_promotion(slug, public=True)
    seat = (
        await Winner.select(Winner.seat, Winner.status, Winner.place)
        .where((Winner.promotion == row["id"]) & (Winner.receipt == receipt))
        .first()
    )
    return {
        "receipt": receipt,
        "included": line is not None,
        "line": line,
        "seat": seat["seat"] if seat else None,
        "entries_digest": algo.digest(text),
    }


__all__ = [
    "admin_record",
    "claim",
    "commit_seed",
    "display_name",
    "entry_list_text",
    "expire_claims",
    "holder_tag",
    "public_record",
    "receipt_check",
    "replace_winner",
    "run_draw",
]

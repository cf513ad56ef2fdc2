"""Sending a campaign: fan-out into deliveries, batch jobs over SMTP, and the periodic watch.

- fan_out (one job): dispatches the campaign's deliveries that are still queued (a resume), then reads
  the audience in SQL batches and writes one delivery per person — dedupe key
  campaign:<id>:person:<id>, inserted with ON CONFLICT DO NOTHING, so a re-run or a resume never makes
  a second one — and enqueues a send job per range of new delivery ids.
- send_batch (many jobs): per chunk, re-reads the campaign's status and the chunk's deliveries, runs the
  send-time check (P3) on the current state, marks the refused ones suppressed, and hands the others
  to the batch sender, which claims each one right before SMTP takes it (see heliograph.mail.batch).
- watch (periodic): starts scheduled campaigns that are due, records claims a dead worker left behind,
  re-dispatches campaigns that stopped making progress, and marks finished campaigns sent.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from email.utils import formatdate
from typing import Any

from piccolo.querystring import QueryString

from heliograph import db, jobs
from heliograph.errors import NotFound
from heliograph.mail import batch
from heliograph.mail import message as mail_message
from heliograph.mail.service import suppression_reasons
from heliograph.mail.tables import Delivery
from heliograph.newsletters import _campaign_render as render
from heliograph.newsletters._campaign_admin import audience_filter, cancel_queued, get_campaign_row
from heliograph.newsletters.audience import audience_batch, needs_marketing_consent
from heliograph.newsletters.tables import Campaign
from heliograph.people.service import keyed_hash
from heliograph.people.tables import Suppression
from heliograph.settings import Settings, get_settings

log = logging.getLogger(__name__)

FAN_OUT_BATCH = 1000  # audience rows read and deliveries written per transaction
INSERT_ROWS = 250  # rows per INSERT statement on SQLite (parameter limits)
SEND_BATCH = 500  # deliveries per send job
CHUNK = 50  # deliveries per send-time check (P3), re-read right before they are sent
SLICE = 10  # messages built at a time, handed to the connections while the next ones are built
CHUNKS_AT_ONCE = 4  # chunks of one job in progress together (one is checked while another is sent)
CLAIM_LEASE = timedelta(minutes=2)  # a claim older than this belongs to a worker that died mid-send
STALL = timedelta(seconds=60)  # a sending campaign without progress for this long is dispatched again
UNCONFIRMED = "unconfirmed: the worker stopped after handing the message to SMTP"


def dedupe_prefix(campaign_id: int) -> str:
    """The start of the dedupe keys of a campaign's deliveries."""
    return f"campaign:{campaign_id}:person:"


def dedupe_key(campaign_id: int, person_id: int) -> str:
    """The one delivery a campaign may have for a person."""
    return f"{dedupe_prefix(campaign_id)}{person_id}"


def id_ranges(ids: list[int], size: int = SEND_BATCH) -> list[tuple[int, int]]:
    """Sorted ids cut into (first, last) ranges of at most `size` ids each."""
    ordered = sorted(ids)
    return [(ordered[i], ordered[min(i + size, len(ordered)) - 1]) for i in range(0, len(ordered), size)]


def _enqueue_ranges(campaign_id: int, ids: list[int], delay_ms: int | None = None) -> None:
    for first, last in id_ranges(ids):
        jobs.enqueue(jobs.CAMPAIGN_SEND_BATCH, campaign_id, first, last, delay_ms=delay_ms)


async def _find_campaign(campaign_id: int) -> dict[str, Any] | None:
    """The campaign, or None when it no longer exists (a job for it then does nothing)."""
    try:
        return await get_campaign_row(campaign_id)
    except NotFound:
        return None


async def _campaign_status(campaign_id: int) -> str | None:
    row = await Campaign.select(Campaign.status).where(Campaign.id == campaign_id).first()
    return row["status"] if row else None


async def _suppressed_hashes(hashes: list[str]) -> set[str]:
    if not hashes:
        return set()
    rows = await Suppression.select(Suppression.address_hash).where(Suppression.address_hash.is_in(hashes))
    return {row["address_hash"] for row in rows}


_COLUMNS = (
    "kind, recipient, person_id, list_id, campaign_id, dedupe_key, template, context, status, attempts, "
    "created_at, updated_at"
)
_ROW = "({}, {}, {}, {}, {}, {}, {}, {}, 'queued', 0, {}, {})"
_VALUES = f"INSERT INTO delivery ({_COLUMNS}) VALUES {{}} ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"
_UNNEST = (
    f"INSERT INTO delivery ({_COLUMNS}) "
    "SELECT {}, m.email, m.person_id, {}, {}, {}::text || m.person_id::text, {}, {}::json, 'queued', 0, {}, {} "
    "FROM unnest({}::text[], {}::integer[]) AS m(email, person_id) "
    "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"
)


def _insert_query(campaign: dict[str, Any], members: list[dict[str, Any]], now: datetime) -> QueryString:
    """One INSERT of deliveries for these audience members; an existing dedupe key is left alone.

    On PostgreSQL the rows travel as two arrays (a handful of parameters for any number of rows).
    """
    campaign_id, list_id = int(campaign["id"]), int(campaign["mailing_list"])
    if db.get_engine().engine_type == "postgres":
        return QueryString(
            _UNNEST,
            campaign["kind"],
            list_id,
            campaign_id,
            dedupe_prefix(campaign_id),
            render.TEMPLATE,
            "{}",
            now,
            now,
            [m["email"] for m in members],
            [int(m["person_id"]) for m in members],
        )
    args: list[Any] = []
    for member in members:
        person_id = int(member["person_id"])
        args.extend(
            (campaign["kind"], member["email"], person_id, list_id, campaign_id, dedupe_key(campaign_id, person_id))
        )
        args.extend((render.TEMPLATE, "{}", now, now))
    values = QueryString(", ".join([_ROW] * len(members)), *args)
    return QueryString(
        f"INSERT INTO delivery ({_COLUMNS}) VALUES {{}} ON CONFLICT (dedupe_key) DO NOTHING RETURNING id", values
    )


async def _write_deliveries(campaign: dict[str, Any], members: list[dict[str, Any]]) -> list[int]:
    """Deliveries for these audience members (none twice); the ids of the new ones."""
    engine = db.get_engine()
    now = db.now_utc()
    rows_per_insert = len(members) if engine.engine_type == "postgres" else INSERT_ROWS
    new_ids: list[int] = []
    async with db.transaction():
        for start in range(0, len(members), rows_per_insert):
            query = _insert_query(campaign, members[start : start + rows_per_insert], now)
            new_ids.extend(int(row["id"]) for row in await engine.run_querystring(query))
        _enqueue_ranges(int(campaign["id"]), new_ids)
    return new_ids


async def dispatch_queued(campaign_id: int, delay_ms: int | None = None) -> int:
    """Enqueue send jobs for every queued delivery of the campaign; how many deliveries."""
    ids = [
        int(row["id"])
        for row in await Delivery.select(Delivery.id).where(
            (Delivery.campaign_id == campaign_id) & (Delivery.status == "queued")
        )
    ]
    async with db.transaction():
        if ids:  # mark them touched, so the watch sees progress while the jobs wait in the broker
            await Delivery.update({Delivery.updated_at: db.now_utc()}).where(
                (Delivery.campaign_id == campaign_id) & (Delivery.status == "queued")
            )
        _enqueue_ranges(campaign_id, ids, delay_ms)
    return len(ids)


async def fan_out(campaign_id: int) -> int | None:
    """Write the campaign's deliveries and enqueue their send jobs (safe to run again); the audience size."""
    campaign = await _find_campaign(campaign_id)
    if campaign is None or campaign["status"] != "sending":
        return None
    await dispatch_queued(campaign_id)  # what a pause or a lost job left queued
    if campaign["finished_at"] is not None:
        await finish_if_done(campaign_id)
        return int(campaign["audience"])  # the audience was fixed when the fan-out completed
    audience = audience_filter(campaign)
    marketing = needs_marketing_consent(campaign["kind"])
    after = 0
    while True:
        members = await audience_batch(audience, after=after, limit=FAN_OUT_BATCH)
        if not members:
            break
        after = int(members[-1]["subscription_id"])
        if marketing:
            hashes = {int(m["person_id"]): keyed_hash(m["email"], "address") for m in members}
            suppressed = await _suppressed_hashes(list(hashes.values()))
            members = [m for m in members if hashes[int(m["person_id"])] not in suppressed]
        if members:
            await _write_deliveries(campaign, members)
        if await _campaign_status(campaign_id) != "sending":
            return None  # paused or cancelled: a resume runs the fan-out again
    total = await Delivery.count().where(Delivery.campaign_id == campaign_id)
    async with db.transaction():
        await Campaign.update({Campaign.audience: total, Campaign.finished_at: db.now_utc()}).where(
            (Campaign.id == campaign_id) & Campaign.finished_at.is_null()
        )
    await finish_if_done(campaign_id)
    return total


async def finish_if_done(campaign_id: int) -> bool:
    """sending → sent once the fan-out is complete and every delivery is final."""
    busy = await Delivery.exists().where(
        (Delivery.campaign_id == campaign_id) & Delivery.status.is_in(["queued", "sending"])
    )
    if busy:
        return False
    async with db.transaction():
        done = await (
            Campaign.update({Campaign.status: "sent"})
            .where((Campaign.id == campaign_id) & (Campaign.status == "sending") & Campaign.finished_at.is_not_null())
            .returning(Campaign.id)
        )
    return bool(done)


def _due(now: datetime) -> Any:
    return (Delivery.status == "queued") & (Delivery.next_attempt_at.is_null() | (Delivery.next_attempt_at <= now))


_FRESH = (
    "SELECT d.id, d.kind, d.recipient, d.person_id, d.list_id, d.attempts, p.name, c.status AS campaign_status "
    "FROM delivery d JOIN campaign c ON c.id = d.campaign_id LEFT JOIN person p ON p.id = d.person_id "
    "WHERE d.id IN ({}) AND d.status = 'queued' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= {}) "
    "ORDER BY d.id"
)


async def _fresh_rows(ids: list[int]) -> list[dict[str, Any]]:
    """The chunk's deliveries that are still queued and due, with the person's name and the campaign's status.

    One query, re-read right before the chunk is sent.
    """
    query = QueryString(_FRESH.format(", ".join("{}" for _ in ids), "{}"), *ids, db.now_utc())
    return list(await db.get_engine().run_querystring(query))


async def _mark_suppressed(reasons: dict[int, str]) -> None:
    by_reason: dict[str, list[int]] = {}
    for delivery_id, reason in reasons.items():
        by_reason.setdefault(reason, []).append(delivery_id)
    async with db.transaction():
        for reason, ids in by_reason.items():
            await Delivery.update(
                {Delivery.status: "suppressed", Delivery.reason: reason, Delivery.updated_at: db.now_utc()}
            ).where(Delivery.id.is_in(ids) & (Delivery.status == "queued"))


def _outgoing(campaign: dict[str, Any], rows: list[dict[str, Any]], settings: Settings) -> list[batch.Outgoing]:
    """Each recipient's message from the campaign's skeleton: links, List-* headers, greeting, Message-ID."""
    skeleton = render.skeleton_for(campaign, settings)
    date = formatdate(usegmt=True)
    items = []
    for row in rows:
        headers, values = render.personal_parts(campaign, int(row["person_id"]), row["name"])
        message_id = mail_message.message_id(int(row["id"]), settings)
        data = skeleton.render(to=row["recipient"], message_id=message_id, date=date, headers=headers, values=values)
        items.append(
            batch.Outgoing(int(row["id"]), row["recipient"], message_id, batch.dot_stuff(data), int(row["attempts"]))
        )
    return items


async def _send_chunk(
    campaign: dict[str, Any], ids: list[int], settings: Settings
) -> tuple[str | None, list[tuple[int, int]]]:
    """P3 on the current state, then SMTP: (the campaign's status, (delivery id, delay) of temporary failures).

    Messages go to the sender in slices as they are built, so the connections start while the rest
    of the chunk is being built.
    """
    rows = await _fresh_rows(ids)
    if not rows:
        return None, []
    status = rows[0]["campaign_status"]
    if status != "sending":
        return status, []
    reasons = await suppression_reasons(rows)
    refused = {int(k): v for k, v in reasons.items() if v is not None}
    if refused:
        await _mark_suppressed(refused)
    rows = [row for row in rows if int(row["id"]) not in refused]
    sender = batch.sender_for(settings)
    futures = []
    for start in range(0, len(rows), SLICE):
        futures.extend(sender.submit(_outgoing(campaign, rows[start : start + SLICE], settings)))
        await asyncio.sleep(0)  # let the connections run between slices
    outcomes = list(await asyncio.gather(*futures))
    retries = await batch.record_outcomes(outcomes, {int(row["id"]): int(row["attempts"]) for row in rows})
    return status, retries


async def send_batch(campaign_id: int, first_id: int, last_id: int, settings: Settings | None = None) -> int:
    """Send the campaign's queued, due deliveries with ids first_id..last_id (safe to run twice); how many tried."""
    settings = settings or get_settings()
    campaign = await _find_campaign(campaign_id)
    if campaign is None:
        return 0
    if campaign["status"] == "cancelled":
        await cancel_queued(campaign_id)
        return 0
    if campaign["status"] != "sending":
        return 0
    ids = [
        int(row["id"])
        for row in await Delivery.select(Delivery.id)
        .where(
            (Delivery.campaign_id == campaign_id)
            & (Delivery.id >= first_id)
            & (Delivery.id <= last_id)
            & _due(db.now_utc())
        )
        .order_by(Delivery.id)
    ]
    retries: list[tuple[int, int]] = []
    stopped = False
    slots = asyncio.Semaphore(CHUNKS_AT_ONCE)

    async def chunk(chunk_ids: list[int]) -> int:
        nonlocal stopped
        async with slots:
            if stopped:
                return 0
            status, chunk_retries = await _send_chunk(campaign, chunk_ids, settings)
            retries.extend(chunk_retries)
            if status not in (None, "sending"):  # paused: what is left stays queued until resumed
                stopped = True
                if status == "cancelled":
                    await cancel_queued(campaign_id)
                return 0
            return len(chunk_ids)

    tried = sum(await asyncio.gather(*(chunk(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK))))
    if retries:
        delay = min(delay for _, delay in retries)
        async with db.transaction():
            _enqueue_ranges(campaign_id, [delivery_id for delivery_id, _ in retries], delay_ms=delay * 1000)
    await finish_if_done(campaign_id)
    return tried


async def start_due(now: datetime | None = None) -> list[int]:
    """Start every scheduled campaign whose time has come; their ids."""
    now = now or db.now_utc()
    async with db.transaction():
        rows = await (
            Campaign.update({Campaign.status: "sending", Campaign.started_at: now})
            .where((Campaign.status == "scheduled") & (Campaign.scheduled_at <= now))
            .returning(Campaign.id)
        )
        for row in rows:
            jobs.enqueue(jobs.CAMPAIGN_FAN_OUT, int(row["id"]))
    return [int(row["id"]) for row in rows]


async def settle_stale_claims(now: datetime | None = None) -> int:
    """Record as sent (unconfirmed) the campaign deliveries a dead worker claimed; never sent again."""
    now = now or db.now_utc()
    async with db.transaction():
        rows = await (
            Delivery.update(
                {Delivery.status: "sent", Delivery.reason: UNCONFIRMED, Delivery.sent_at: now, Delivery.updated_at: now}
            )
            .where(
                Delivery.campaign_id.is_not_null()
                & (Delivery.status == "sending")
                & (Delivery.claimed_at < now - CLAIM_LEASE)
            )
            .returning(Delivery.id)
        )
    return len(rows)


async def _last_progress(campaign: dict[str, Any]) -> datetime | None:
    """When the campaign last moved: its start, or the newest change to one of its deliveries."""
    last = (
        await Delivery.select(Delivery.updated_at)
        .where(Delivery.campaign_id == campaign["id"])
        .order_by(Delivery.updated_at, ascending=False)
        .first()
    )
    times = [t for t in ((last or {}).get("updated_at"), campaign["started_at"]) if t is not None]
    return max(times) if times else None


async def watch(now: datetime | None = None) -> dict[str, int]:
    """The periodic job: start due campaigns, settle dead claims, re-dispatch stalled ones, finish done ones."""
    now = now or db.now_utc()
    started = await start_due(now)
    stalled: list[int] = []
    sending = Campaign.select(Campaign.id, Campaign.started_at, Campaign.finished_at).where(
        Campaign.status == "sending"
    )
    for campaign in await sending:
        campaign_id = int(campaign["id"])
        if campaign_id in started or await finish_if_done(campaign_id):
            continue
        waiting = await Delivery.exists().where((Delivery.campaign_id == campaign_id) & _due(now))
        if campaign["finished_at"] is not None and not waiting:
            continue  # only retries whose time has not come, and their delayed jobs
        progress = await _last_progress(campaign)
        if progress is None or progress <= now - STALL:
            log.warning("campaign %s made no progress since %s: dispatching it again", campaign_id, progress)
            stalled.append(campaign_id)
    settled = await settle_stale_claims(now)
    async with db.transaction():
        for campaign_id in stalled:
            jobs.enqueue(jobs.CAMPAIGN_FAN_OUT, campaign_id)
    return {"started": len(started), "settled": settled, "redispatched": len(stalled)}

"""The outbox: queue deliveries in the caller's transaction; claim, check, send and record them."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Any

from heliograph import db, jobs
from heliograph.mail import headers as mail_headers
from heliograph.mail import message as mail_message
from heliograph.mail import suppression
from heliograph.mail.tables import MAIL_KINDS, Delivery
from heliograph.mail.transport import SendFailure, connection_for
from heliograph.settings import Settings, get_settings

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BACKOFF_S = (1, 10, 60, 300, 1800)  # before attempts 2, 3, 4, 5, 6
SWEEP_GRACE = timedelta(seconds=30)  # a queued delivery older than this is enqueued again
SENDING_LEASE = timedelta(minutes=5)  # a claim older than this is taken to be lost


async def queue_mail(
    *,
    kind: str,
    recipient: str,
    template: str,
    context: dict[str, Any] | None = None,
    person_id: int | None = None,
    list_id: int | None = None,
    campaign_id: int | None = None,
) -> int:
    """Write one delivery in the current transaction and send its job after commit."""
    if kind not in MAIL_KINDS:
        raise ValueError(f"unknown mail kind {kind!r}")
    now = db.now_utc()
    async with db.transaction():
        rows = await Delivery.insert(
            Delivery(
                kind=kind,
                recipient=recipient,
                template=template,
                context=json.dumps(context or {}),
                person_id=person_id,
                list_id=list_id,
                campaign_id=campaign_id,
                status="queued",
                created_at=now,
                updated_at=now,
            )
        ).returning(Delivery.id)
        delivery_id = int(rows[0]["id"])
        jobs.enqueue(jobs.SEND_DELIVERY, delivery_id)
    return delivery_id


async def _claim(delivery_id: int, now: datetime) -> dict[str, Any] | None:
    """queued → sending, atomically; None when another run has it or it is not due."""
    async with db.transaction():
        rows = await (
            Delivery.update(
                {
                    Delivery.status: "sending",
                    Delivery.claimed_at: now,
                    Delivery.updated_at: now,
                    Delivery.attempts: Delivery.attempts + 1,
                }
            )
            .where(
                (Delivery.id == delivery_id)
                & (Delivery.status == "queued")
                & Delivery.campaign_id.is_null()  # campaign deliveries go through mail.batch
                & (Delivery.next_attempt_at.is_null() | (Delivery.next_attempt_at <= now))
            )
            .returning(*Delivery.all_columns())
        )
    return rows[0] if rows else None


async def _finish(delivery_id: int, values: dict[Any, Any]) -> None:
    values[Delivery.updated_at] = db.now_utc()
    async with db.transaction():
        await Delivery.update(values).where((Delivery.id == delivery_id) & (Delivery.status == "sending"))


async def suppression_reasons(deliveries: list[dict[str, Any]]) -> dict[int, str | None]:
    """The send-time check (P3) for many deliveries in a few queries: id → reason, or None to send.

    Rules and reasons are in heliograph.mail.suppression; this re-reads the current database state.
    """
    return await suppression.suppression_reasons(deliveries)


async def suppression_reason(delivery: dict[str, Any]) -> str | None:
    """The send-time check (P3): why this delivery must not go out now, or None.

    Runs immediately before SMTP, on the current state of the person's preferences.
    """
    return (await suppression_reasons([delivery]))[int(delivery["id"])]


async def send_deliveries(delivery_ids: list[int], settings: Settings | None = None) -> None:
    """send_delivery for each id; one that raises does not stop the others (it is raised at the end,
    so the job is retried, and a retry skips what was already sent)."""
    failure: Exception | None = None
    for delivery_id in delivery_ids:
        try:
            await send_delivery(delivery_id, settings)
        except Exception as exc:
            log.exception("delivery %s could not be processed", delivery_id)
            failure = failure or exc
    if failure is not None:
        raise failure


async def send_delivery(delivery_id: int, settings: Settings | None = None) -> str | None:
    """Claim one delivery and send it; a second run finds it claimed and does nothing."""
    settings = settings or get_settings()
    now = db.now_utc()
    delivery = await _claim(delivery_id, now)
    if delivery is None:
        return None

    reason = await suppression_reason(delivery)
    if reason is not None:
        await _finish(delivery_id, {Delivery.status: "suppressed", Delivery.reason: reason})
        return "suppressed"

    context = delivery["context"]
    if isinstance(context, str):
        context = json.loads(context or "{}")
    msg_id = mail_message.message_id(delivery_id, settings)
    # Marketing and partner mail: RFC 8058 / List-Id headers, unsubscribe and preference links.
    extra_headers, links = await mail_headers.delivery_extras(delivery)
    try:
        rendered = mail_message.render(delivery["template"], {**context, **links}, settings)
        raw = mail_message.build(
            rendered, sender=settings.mail_from, recipient=delivery["recipient"], msg_id=msg_id, headers=extra_headers
        )
    except Exception as exc:  # a broken template fails this delivery, not the worker
        log.exception("rendering delivery %s failed", delivery_id)
        await _finish(delivery_id, {Delivery.status: "failed", Delivery.last_error: f"render: {exc}"[:1000]})
        return "failed"

    envelope_from = parseaddr(settings.mail_from)[1]
    try:
        await connection_for(settings).send(raw, envelope_from, [delivery["recipient"]])
    except SendFailure as exc:
        return await _after_failure(delivery_id, int(delivery["attempts"]), exc)

    await _finish(
        delivery_id,
        {
            Delivery.status: "sent",
            Delivery.sent_at: db.now_utc(),
            Delivery.message_id: msg_id,
            Delivery.last_error: None,
        },
    )
    log.info("delivery %s sent", delivery_id)
    return "sent"


async def _after_failure(delivery_id: int, attempts: int, exc: SendFailure) -> str:
    error = str(exc)[:1000]
    if exc.temporary and attempts < MAX_ATTEMPTS:
        delay = BACKOFF_S[min(attempts - 1, len(BACKOFF_S) - 1)]
        await _finish(
            delivery_id,
            {
                Delivery.status: "queued",
                Delivery.last_error: error,
                Delivery.next_attempt_at: db.now_utc() + timedelta(seconds=delay),
            },
        )
        jobs.enqueue(jobs.SEND_DELIVERY, delivery_id, delay_ms=delay * 1000)
        log.warning("delivery %s: temporary failure, retry in %ss: %s", delivery_id, delay, error)
        return "queued"
    await _finish(delivery_id, {Delivery.status: "failed", Delivery.last_error: error})
    log.warning("delivery %s failed: %s", delivery_id, error)
    return "failed"


async def sweep_outbox(now: datetime | None = None, limit: int = 5000) -> dict[str, int]:
    """Enqueue again what a broker outage or restart dropped; release claims past their lease."""
    now = now or db.now_utc()
    async with db.transaction():
        released = await (
            Delivery.update({Delivery.status: "queued", Delivery.updated_at: now - SWEEP_GRACE})
            .where(
                (Delivery.status == "sending")
                & (Delivery.claimed_at < now - SENDING_LEASE)
                & Delivery.campaign_id.is_null()  # campaigns settle their own claims (newsletters watch)
            )
            .returning(Delivery.id)
        )
        stale = await (
            Delivery.select(Delivery.id)
            .where(
                (Delivery.status == "queued")
                & Delivery.campaign_id.is_null()
                & (Delivery.updated_at <= now - SWEEP_GRACE)
                & (Delivery.next_attempt_at.is_null() | (Delivery.next_attempt_at <= now))
            )
            .order_by(Delivery.id)
            .limit(limit)
        )
        ids = [int(row["id"]) for row in stale]
        if ids:
            await Delivery.update({Delivery.updated_at: now}).where(Delivery.id.is_in(ids))
        for delivery_id in ids:
            jobs.enqueue(jobs.SEND_DELIVERY, delivery_id)
    return {"released": len(released), "enqueued": len(ids)}


MARKETING_KINDS = ("marketing", "partner")


async def cancel_queued(
    person_id: int,
    *,
    list_id: int | None = None,
    kinds: Sequence[str] = MARKETING_KINDS,
    reason: str = "unsubscribed",
) -> int:
    """Cancel a person's queued deliveries of these kinds (for one list, or all lists when None); how many."""
    condition = (Delivery.person_id == person_id) & (Delivery.status == "queued") & Delivery.kind.is_in(list(kinds))
    if list_id is not None:
        condition &= Delivery.list_id == list_id
    async with db.transaction():
        rows = await (
            Delivery.update({Delivery.status: "cancelled", Delivery.reason: reason, Delivery.updated_at: db.now_utc()})
            .where(condition)
            .returning(Delivery.id)
        )
    return len(rows)


async def get_delivery(delivery_id: int) -> dict[str, Any] | None:
    """One delivery row, or None."""
    return await Delivery.select().where(Delivery.id == delivery_id).first()


async def outbox_stats(now: datetime | None = None) -> tuple[list[dict[str, Any]], float]:
    """Delivery counts by kind and status, and the age in seconds of the oldest queued one."""
    from piccolo.query.functions.aggregate import Count

    now = now or db.now_utc()
    counts = await Delivery.select(Delivery.kind, Delivery.status, Count(Delivery.id, alias="count")).group_by(
        Delivery.kind, Delivery.status
    )
    oldest = (
        await Delivery.select(Delivery.created_at)
        .where(Delivery.status == "queued")
        .order_by(Delivery.created_at)
        .first()
    )
    age = (now - oldest["created_at"]).total_seconds() if oldest else 0.0
    return list(counts), max(age, 0.0)

"""Tell-a-friend: one screened message to a friend, then the friend's address is forgotten.

The friend's address (DESIGN §6) is used for that one message only:

* the referral row keeps only its keyed hash (``people.address_hash``, HMAC under the secret
  key), which stops repeats and lets the entry service recognise the friend's own entry;
* the outbox delivery must hold the address until SMTP took the message; the job
  ``promotions.forget_friend_address`` then replaces the recipient with ``forgotten:<hash>``,
  clears the rendered context (the entrant's name and message) and scrubs the address from any
  SMTP error text.

The message is a ``transactional`` mail: a one-off message the entrant asked us to send, not
marketing to the friend (no list, no follow-up). A suppressed address gets nothing; the answer
is the same 202 whatever happened (sent, repeat, suppressed), so it reveals nothing about the
friend. Each entry may send ``Promotion.referral_limit`` messages (default 5, then 429
``rate_limited``); a repeat to the same friend does not count and sends nothing.

When the friend enters with the referrer's code (``Entry.referral_code``, in the link as
``?ref=``), the entry service (``_entries._credit_referrer``) marks the referral converted and,
for sweepstakes, adds ``rules.referral_bonus`` Entry rows with ``source = "referral_bonus"`` for
the referrer, which the draw counts like any valid entry.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta
from typing import Any

from heliograph import db, jobs
from heliograph.errors import Forbidden, InvalidField, NotAuthenticated, NotFound, PromotionNotOpen, RateLimited
from heliograph.mail import service as mail_service
from heliograph.mail.tables import Delivery
from heliograph.people import service as people
from heliograph.people.addresses import normalise_email
from heliograph.people.tables import Person
from heliograph.promotions._common import shown_status
from heliograph.promotions._receipts import entry_id_from_receipt
from heliograph.promotions._screening import refuse_sensitive_text
from heliograph.promotions.tables import Entry, Promotion, Referral
from heliograph.settings import get_settings

log = logging.getLogger(__name__)

FRIEND_TEMPLATE = "tell_a_friend"
FRIEND_MAIL_KIND = "transactional"
MAX_MESSAGE_LENGTH = 1000
FINAL_STATUSES = ("sent", "suppressed", "failed", "cancelled")
MASK_PREFIX = "forgotten:"
RETRY_FORGET_MS = 2000
SENDING_WAIT_S = 2.0


def friend_hash(address: str) -> str:
    """The keyed hash kept for a friend's address (people.address_hash of the normalised address)."""
    return people.address_hash(address)


def first_name(name: str | None) -> str:
    """The first word of a name, as the friend sees it."""
    words = (name or "").split()
    return words[0][:60] if words else "A friend"


def _authorise(entry_id: int, receipt: str | None) -> None:
    if not receipt:
        raise NotAuthenticated("Send the entry receipt as `receipt` or as Authorization: Bearer <receipt>.")
    if entry_id_from_receipt(receipt) != entry_id:
        raise Forbidden("This receipt belongs to another entry.")


async def _take_slot(promotion_id: int, entry_id: int, key: str, digest: str, limit: int) -> int | None:
    """Insert the referral row in the next free slot; None when it is a repeat; RateLimited when full."""
    for _ in range(limit + 1):
        if await Referral.exists().where(Referral.key == key):
            return None
        used = await Referral.count().where(Referral.entry == entry_id)
        if used >= limit:
            raise RateLimited(f"An entry may tell at most {limit} friends.", extra={"limit": limit})
        rows = await (
            Referral.insert(
                Referral(
                    promotion=promotion_id,
                    entry=entry_id,
                    friend_hash=digest,
                    key=key,
                    slot=f"{entry_id}:{used + 1}",
                    created_at=db.now_utc(),
                )
            )
            .on_conflict(action="DO NOTHING")
            .returning(Referral.id)
        )
        if rows:
            return int(rows[0]["id"])
    raise RateLimited(f"An entry may tell at most {limit} friends.", extra={"limit": limit})


async def tell_a_friend(
    slug: str, *, entry_id: int, receipt: str | None, friend_email: str, message: str | None = None
) -> None:
    """Send one screened message to an entrant's friend; the same silent success for repeats and suppressed friends."""
    _authorise(entry_id, receipt)
    address = normalise_email(friend_email, field="friend_email")
    text = (message or "").strip()
    if len(text) > MAX_MESSAGE_LENGTH:
        raise InvalidField("message", f"the message is longer than {MAX_MESSAGE_LENGTH} characters")
    if text:
        await refuse_sensitive_text({"message": text})

    async with db.transaction():
        promotion = await Promotion.select().where(Promotion.slug == slug).first()
        if promotion is None or promotion["status"] == "draft":
            raise NotFound("No such promotion.")
        entry = await Entry.select().where((Entry.id == entry_id) & (Entry.promotion == promotion["id"])).first()
        if entry is None or entry["source"] != "form" or entry["status"] != "valid":
            raise NotFound("No such entry in this promotion.")
        if shown_status(promotion, db.now_utc()) != "open":
            raise PromotionNotOpen("Friends can be told about a promotion only while it is open.")
        entrant = await Person.select(Person.email, Person.name).where(Person.id == entry["person"]).first()
        if entrant is not None and entrant["email"] == address:
            raise InvalidField("friend_email", "give a friend's address, not your own")

        digest = friend_hash(address)
        referral_id = await _take_slot(
            promotion["id"], entry_id, f"{entry_id}:{digest}", digest, int(promotion["referral_limit"])
        )
        if referral_id is None or await people.is_suppressed(address):
            return  # a repeat, or a suppressed friend: nothing is sent, the answer is the same

        code = entry["referral_code"]
        delivery_id = await mail_service.queue_mail(
            kind=FRIEND_MAIL_KIND,
            recipient=address,
            template=FRIEND_TEMPLATE,
            context={
                "first_name": first_name(entrant["name"] if entrant else None),
                "title": promotion["title"],
                "message": text,
                "link": f"{get_settings().base_url}/promotions/{promotion['slug']}?ref={code}",
            },
        )
        await Referral.update({Referral.delivery_id: delivery_id}).where(Referral.id == referral_id)
        jobs.enqueue(jobs.FORGET_FRIEND_ADDRESS, delivery_id)
    log.info("tell-a-friend message queued for entry %s (delivery %s)", entry_id, delivery_id)


async def _mask(delivery: dict[str, Any]) -> bool:
    """Replace the friend's address in a finished delivery with its referral hash; True if done."""
    referral = await Referral.select(Referral.friend_hash).where(Referral.delivery_id == delivery["id"]).first()
    masked = MASK_PREFIX + (referral["friend_hash"] if referral else people.keyed_hash(delivery["recipient"], "gone"))
    error = delivery["last_error"]
    if error:
        error = error.replace(delivery["recipient"], "<friend>")
    async with db.transaction():
        rows = await (
            Delivery.update({Delivery.recipient: masked, Delivery.context: "{}", Delivery.last_error: error})
            .where((Delivery.id == delivery["id"]) & Delivery.status.is_in(list(FINAL_STATUSES)))
            .returning(Delivery.id)
        )
    return bool(rows)


async def forget_friend_address(delivery_id: int) -> str:
    """Once the friend's message is finished (sent, suppressed, failed), forget the address in its delivery.

    Sends the delivery first if it is still waiting; if it is mid-send or waiting for a retry,
    enqueues itself to look again later. Safe to run twice.
    """
    columns = (Delivery.id, Delivery.template, Delivery.status, Delivery.recipient, Delivery.last_error)
    delivery = await Delivery.select(*columns, Delivery.next_attempt_at).where(Delivery.id == delivery_id).first()
    if delivery is None or delivery["template"] != FRIEND_TEMPLATE:
        return "gone"
    if delivery["recipient"].startswith(MASK_PREFIX):
        return "forgotten"
    now = db.now_utc()
    due = delivery["next_attempt_at"] is None or delivery["next_attempt_at"] <= now
    if delivery["status"] == "queued" and due:
        await mail_service.send_delivery(delivery_id)
    # Another worker may be mid-send (milliseconds): wait a little rather than come back later.
    deadline = time.monotonic() + SENDING_WAIT_S
    while True:
        delivery = await Delivery.select(*columns, Delivery.next_attempt_at).where(Delivery.id == delivery_id).first()
        assert delivery is not None
        if delivery["status"] != "sending" or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.02)
    if delivery["status"] in FINAL_STATUSES and await _mask(delivery):
        return "forgotten"
    wait_ms = RETRY_FORGET_MS
    retry_at = delivery["next_attempt_at"]
    if delivery["status"] == "queued" and retry_at is not None and retry_at > now:
        wait_ms += int((retry_at - now) / timedelta(milliseconds=1))
    jobs.enqueue(jobs.FORGET_FRIEND_ADDRESS, delivery_id, delay_ms=wait_ms)
    return "later"


async def bonus_entries(promotion_id: int, person_id: int) -> int:
    """How many bonus entries a person has earned in a promotion."""
    return await Entry.count().where(
        (Entry.promotion == promotion_id) & (Entry.person == person_id) & (Entry.source == "referral_bonus")
    )

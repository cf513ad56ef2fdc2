"""The send-time check (P3): whether each delivery may go out now, on the current database state.

Rules, by kind of mail:
- administrative: always sent (policy changes, privacy-request outcomes, erasure notices).
- transactional (a confirmation the person just asked for): sent, unless the person has been
  erased since. A signup from a suppressed address never queues one (the signup answers the
  same and stores nothing), so the suppression list is not consulted here.
- marketing: the person exists and is not erased, the address is not on the suppression list,
  the subscription to the delivery's list (when it names one) is active, and the email channel
  is on.
- partner: everything marketing needs, and partner sharing on.

Reasons are short strings recorded on the delivery. A handful of queries serve a whole batch.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

from heliograph.errors import InvalidField
from heliograph.newsletters.tables import Subscription
from heliograph.people.addresses import normalise_email
from heliograph.people.service import keyed_hash
from heliograph.people.tables import Person, Suppression

UNSUBSCRIBED = "unsubscribed"
EMAIL_CHANNEL_OFF = "email_channel_off"
SUPPRESSED = "suppressed"
NO_PARTNER_SHARING = "no_partner_sharing"
ERASED = "erased"
NOT_SUBSCRIBED = "not_subscribed"

MARKETING_KINDS = ("marketing", "partner")
CHUNK = 500  # values per IN (...) list: well under SQLite's and asyncpg's parameter limits


@functools.lru_cache(maxsize=4096)
def _normal(address: str) -> str:
    try:
        return normalise_email(address)
    except InvalidField:
        return address.strip().lower()


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


_PERSON_COLUMNS = (Person.id, Person.email, Person.erased_at, Person.email_marketing, Person.share_with_partners)


async def _people(ids: set[int], emails: set[str]) -> tuple[dict[int, dict[str, Any]], dict[str, dict[str, Any]]]:
    by_id: dict[int, dict[str, Any]] = {}
    by_email: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for row in await Person.select(*_PERSON_COLUMNS).where(Person.id.is_in(chunk)):
            by_id[int(row["id"])] = row
    for chunk in _chunks(emails):
        for row in await Person.select(*_PERSON_COLUMNS).where(Person.email.is_in(chunk)):
            by_email[row["email"]] = row
    return by_id, by_email


async def _subscription_statuses(keys: set[str]) -> dict[str, str]:
    statuses: dict[str, str] = {}
    for chunk in _chunks(keys):
        for row in await Subscription.select(Subscription.key, Subscription.status).where(
            Subscription.key.is_in(chunk)
        ):
            statuses[row["key"]] = row["status"]
    return statuses


async def _suppressed_hashes(hashes: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(hashes):
        rows = await Suppression.select(Suppression.address_hash).where(Suppression.address_hash.is_in(chunk))
        found.update(row["address_hash"] for row in rows)
    return found


def _hashes(delivery: dict[str, Any], person: dict[str, Any] | None) -> set[str]:
    hashes = {keyed_hash(_normal(delivery.get("recipient") or ""), "address")}
    if person is not None and person.get("email"):
        hashes.add(keyed_hash(person["email"], "address"))
    return hashes


def _marketing_reason(
    delivery: dict[str, Any],
    person: dict[str, Any] | None,
    statuses: dict[str, str],
    suppressed: set[str],
) -> str | None:
    if person is None:
        return NOT_SUBSCRIBED
    if person.get("erased_at") is not None or not person.get("email"):
        return ERASED
    if _hashes(delivery, person) & suppressed:
        return SUPPRESSED
    list_id = delivery.get("list_id")
    status = statuses.get(f"{person['id']}:{list_id}") if list_id is not None else "active"
    if status == "unsubscribed":
        return UNSUBSCRIBED
    if not person.get("email_marketing"):
        return EMAIL_CHANNEL_OFF
    if status != "active":
        return NOT_SUBSCRIBED
    if delivery.get("kind") == "partner" and not person.get("share_with_partners"):
        return NO_PARTNER_SHARING
    return None


async def suppression_reasons(deliveries: Sequence[dict[str, Any]]) -> dict[int, str | None]:
    """delivery id → why it must not go out now (or None), for many deliveries in a few queries.

    Each delivery needs id, kind, recipient, person_id and list_id (a Delivery row has them).
    """
    checked = [d for d in deliveries if d.get("kind") != "administrative"]
    ids = {int(d["person_id"]) for d in checked if d.get("person_id") is not None}
    orphans = {
        _normal(d.get("recipient") or "")
        for d in checked
        if d.get("person_id") is None and d.get("kind") in MARKETING_KINDS
    }
    by_id, by_email = await _people(ids, orphans) if ids or orphans else ({}, {})

    def person_of(delivery: dict[str, Any]) -> dict[str, Any] | None:
        if delivery.get("person_id") is not None:
            return by_id.get(int(delivery["person_id"]))
        return by_email.get(_normal(delivery.get("recipient") or ""))

    marketing = [(d, person_of(d)) for d in checked if d.get("kind") in MARKETING_KINDS]
    keys = {f"{p['id']}:{d['list_id']}" for d, p in marketing if p is not None and d.get("list_id") is not None}
    statuses = await _subscription_statuses(keys) if keys else {}
    hashes: set[str] = set()
    for delivery, person in marketing:
        if person is not None:
            hashes |= _hashes(delivery, person)
    suppressed = await _suppressed_hashes(hashes) if hashes else set()

    reasons: dict[int, str | None] = {int(d["id"]): None for d in deliveries}
    for delivery in checked:
        if delivery.get("kind") in MARKETING_KINDS:
            continue
        person = person_of(delivery)
        if person is not None and (person.get("erased_at") is not None or not person.get("email")):
            reasons[int(delivery["id"])] = ERASED
    for delivery, person in marketing:
        reasons[int(delivery["id"])] = _marketing_reason(delivery, person, statuses, suppressed)
    return reasons


async def suppression_reason(delivery: dict[str, Any]) -> str | None:
    """Why this one delivery must not go out now, or None (see suppression_reasons)."""
    return (await suppression_reasons([delivery]))[int(delivery["id"])]

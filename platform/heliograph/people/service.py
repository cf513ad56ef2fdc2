"""People: finding or creating a person, the consent ledger, preferences, suppression."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from heliograph import db
from heliograph.people.addresses import normalise_email
from heliograph.people.tables import ConsentEvent, Person, Suppression
from heliograph.settings import get_settings

# Preference columns on Person and the consent purpose each one is evidence for.
PREFERENCE_PURPOSES: dict[str, str] = {
    "email_marketing": "channel:email",
    "sms_marketing": "channel:sms",
    "phone_marketing": "channel:phone",
    "postal_marketing": "channel:postal",
    "share_with_partners": "partner_sharing",
    "tracking": "tracking",
}
CONSENT_METHODS = (
    "form",
    "double_opt_in",
    "one_click",
    "preference_centre",
    "gpc",
    "privacy_request",
    "import",
    "entry",
    "admin",
)


def keyed_hash(value: str, purpose: str) -> str:
    """HMAC-SHA256 of value under the secret key, separated by purpose."""
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()


def address_hash(email: str) -> str:
    """The keyed hash of a normalised address (suppression list, friend de-duplication)."""
    return keyed_hash(normalise_email(email), "address")


def ip_hash(ip: str | None) -> str | None:
    """The keyed hash of a client IP; the raw IP is never stored."""
    return keyed_hash(ip, "ip") if ip else None


async def is_suppressed(email: str) -> bool:
    """True when the address is on the suppression list."""
    return bool(await Suppression.exists().where(Suppression.address_hash == address_hash(email)))


async def suppress(email: str, reason: str) -> None:
    """Put an address on the suppression list (idempotent)."""
    async with db.transaction():
        await Suppression.insert(
            Suppression(address_hash=address_hash(email), reason=reason, created_at=db.now_utc())
        ).on_conflict(target=Suppression.address_hash, action="DO NOTHING")


async def find_person(email: str) -> dict[str, Any] | None:
    """The person with this address, or None."""
    return await Person.select().where(Person.email == normalise_email(email)).first()


async def get_person(person_id: int) -> dict[str, Any] | None:
    """One person by id, or None."""
    return await Person.select().where(Person.id == person_id).first()


CONTACT_FIELDS = ("name", "username", "country", "region", "phone", "postal_address")
_PREFERENCE_DEFAULTS = {
    "email_marketing": True,
    "sms_marketing": False,
    "phone_marketing": False,
    "postal_marketing": False,
    "share_with_partners": False,
    "tracking": False,
}
_UPSERT_COLUMNS = ("email", *CONTACT_FIELDS, *_PREFERENCE_DEFAULTS, "created_at", "last_activity_at")
# One statement, safe under concurrency on both engines: insert, or fill only the empty contact fields.
_UPSERT_SQL = (
    f"INSERT INTO person ({', '.join(_UPSERT_COLUMNS)}) VALUES ({', '.join('{}' for _ in _UPSERT_COLUMNS)}) "
    "ON CONFLICT (email) DO UPDATE SET "
    + ", ".join(f"{c} = COALESCE(NULLIF(person.{c}, ''), excluded.{c})" for c in CONTACT_FIELDS)
)
_UPSERT_RETURNING = " RETURNING *"
_UPSERT_ACTIVE = ", last_activity_at = excluded.last_activity_at"
_BOOLEAN_COLUMNS = tuple(_PREFERENCE_DEFAULTS)


# The upsert of an active person, for statements that embed it ({} placeholders, upsert_values order).
ACTIVE_PERSON_UPSERT_SQL = _UPSERT_SQL + _UPSERT_ACTIVE


def upsert_values(address: str, now: Any, fields: dict[str, Any]) -> list[Any]:
    """The values of the person upsert for a normalised address, in placeholder order."""
    return [address, *(fields.get(c) for c in CONTACT_FIELDS), *_PREFERENCE_DEFAULTS.values(), now, now]


async def get_or_create_person(email: str, *, active: bool = False, **fields: Any) -> tuple[dict[str, Any], bool]:
    """The person with this address, created if new (safe under concurrency); True if created.

    fields (name, country, …) fill only values that are still empty on an existing person;
    active=True also records activity (an entry, a confirmation) on an existing person.
    """
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise ValueError(f"not contact fields: {sorted(unknown)}")
    now = db.now_utc()
    values = upsert_values(normalise_email(email), now, fields)
    async with db.transaction():
        sql = _UPSERT_SQL + (_UPSERT_ACTIVE if active else "") + _UPSERT_RETURNING
        rows = await Person.raw(sql, *values)
    person = rows[0]
    for column in _BOOLEAN_COLUMNS:  # SQLite returns 0/1 from a raw query
        person[column] = bool(person[column])
    created = person["created_at"] == now
    return person, created


async def record_consent(
    person_id: int,
    purpose: str,
    granted: bool,
    method: str,
    *,
    policy_version: str | None = None,
    rules_version: int | None = None,
    promotion_id: int | None = None,
    ip: str | None = None,
) -> None:
    """Append one consent event (the caller's transaction, if any, includes it)."""
    if method not in CONSENT_METHODS:
        raise ValueError(f"unknown consent method {method!r}")
    if policy_version is None:
        from heliograph.policy.service import current_policy_version

        policy_version = await current_policy_version()
    async with db.transaction():
        await ConsentEvent.insert(
            ConsentEvent(
                person=person_id,
                purpose=purpose,
                granted=granted,
                method=method,
                policy_version=policy_version,
                rules_version=rules_version,
                promotion_id=promotion_id,
                ip_hash=ip_hash(ip),
                created_at=db.now_utc(),
            )
        )


async def set_preferences(
    person_id: int, changes: dict[str, bool], method: str, *, ip: str | None = None
) -> dict[str, bool]:
    """Change preference columns, writing a consent event for each value that changed."""
    unknown = set(changes) - set(PREFERENCE_PURPOSES)
    if unknown:
        raise ValueError(f"unknown preferences {sorted(unknown)}")
    async with db.transaction():
        person = (
            await Person.select(*[getattr(Person, c) for c in PREFERENCE_PURPOSES])
            .where(Person.id == person_id)
            .first()
        )
        if person is None:
            return {}
        changed: dict[Any, Any] = {c: v for c, v in changes.items() if bool(person[c]) != v}
        if changed:
            await Person.update({**changed, "last_activity_at": db.now_utc()}).where(Person.id == person_id)
            for column, value in changed.items():
                await record_consent(person_id, PREFERENCE_PURPOSES[column], value, method, ip=ip)
    return changed


async def touch(person_id: int) -> None:
    """Record activity (confirmation, entry, preference change) for re-permission filters."""
    async with db.transaction():
        await Person.update({Person.last_activity_at: db.now_utc()}).where(Person.id == person_id)


async def consent_history(person_id: int) -> list[dict[str, Any]]:
    """Every consent event of a person, oldest first."""
    return await ConsentEvent.select().where(ConsentEvent.person == person_id).order_by(ConsentEvent.id)


def is_erased(person: dict[str, Any] | None) -> bool:
    """True when the person's personal data has been erased (or there is no such person)."""
    return person is None or person.get("erased_at") is not None or not person.get("email")


async def current_preferences(person_id: int) -> dict[str, bool] | None:
    """The preference columns of a person (channels, partner sharing, tracking), or None."""
    row = await Person.select(*[getattr(Person, c) for c in PREFERENCE_PURPOSES]).where(Person.id == person_id).first()
    return {c: bool(row[c]) for c in PREFERENCE_PURPOSES} if row else None


async def honour_gpc(person_id: int, *, ip: str | None = None) -> bool:
    """Global Privacy Control (Sec-GPC: 1): withdraw partner sharing; an event of method gpc only if it changes."""
    return bool(await set_preferences(person_id, {"share_with_partners": False}, "gpc", ip=ip))


async def update_contact(person_id: int, *, phone: str | None = None, country: str | None = None) -> None:
    """Set a person's phone (stored in E.164) and/or country of residence (ISO 3166-1 alpha-2)."""
    from heliograph.people.contact import normalise_country, normalise_phone

    values: dict[Any, Any] = {}
    if country is not None:
        values[Person.country] = normalise_country(country)
    if phone is not None:
        person = await get_person(person_id)
        values[Person.phone] = normalise_phone(phone, values.get(Person.country) or (person or {}).get("country"))
    if values:
        async with db.transaction():
            await Person.update(values).where(Person.id == person_id)

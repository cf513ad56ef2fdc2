"""The preference centre: channels, lists, partner sharing and tracking, each change on the ledger."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heliograph import db, links
from heliograph.errors import InvalidToken
from heliograph.newsletters._lists import list_lists
from heliograph.newsletters._signup import field_errors
from heliograph.newsletters._unsubscribe import cancel_queued_deliveries, end_subscription
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people

CHANNELS: dict[str, str] = {
    "email": "email_marketing",
    "sms": "sms_marketing",
    "phone": "phone_marketing",
    "postal": "postal_marketing",
}
METHOD = "preference_centre"


async def _person_id(token: str) -> int:
    person_id = links.read_preferences_token(token)
    if people.is_erased(await people.get_person(person_id)):
        raise InvalidToken("This link is not valid.")
    return person_id


async def _lists_for(person_id: int) -> list[dict[str, Any]]:
    """Public lists and any list the person has a subscription to, each with the subscription status."""
    rows = await Subscription.select(
        Subscription.status,
        Subscription.mailing_list.id,
        Subscription.mailing_list.slug,
        Subscription.mailing_list.name,
        Subscription.mailing_list.description,
    ).where(Subscription.person == person_id)
    statuses = {row["mailing_list.slug"]: row["status"] for row in rows}
    shown = {m["slug"]: {**m, "status": statuses.get(m["slug"])} for m in await list_lists(public_only=True)}
    for row in rows:
        shown.setdefault(
            row["mailing_list.slug"],
            {
                "id": row["mailing_list.id"],
                "slug": row["mailing_list.slug"],
                "name": row["mailing_list.name"],
                "description": row["mailing_list.description"],
                "status": row["status"],
            },
        )
    return sorted(shown.values(), key=lambda m: (m["name"].lower(), m["slug"]))


async def _state(person_id: int) -> dict[str, Any]:
    prefs = await people.current_preferences(person_id) or {}
    lists = await _lists_for(person_id)
    return {
        "channels": {channel: prefs.get(column, False) for channel, column in CHANNELS.items()},
        "lists": [{**m, "subscribed": m["status"] == "active"} for m in lists],
        "share_with_partners": prefs.get("share_with_partners", False),
        "tracking": prefs.get("tracking", False),
    }


async def get_preferences(token: str) -> dict[str, Any]:
    """A person's {channels, lists: [{slug, name, description, status, subscribed}], share_with_partners, tracking}.

    Reading changes nothing (P10), even with Sec-GPC: the withdrawal happens on the next save.
    """
    return await _state(await _person_id(token))


async def update_preferences(
    token: str,
    *,
    channels: Mapping[str, bool] | None = None,
    lists: Mapping[str, bool] | None = None,
    share_with_partners: bool | None = None,
    tracking: bool | None = None,
    ip: str | None = None,
    gpc: bool = False,
) -> dict[str, Any]:
    """Apply the given choices (missing ones stay as they are); every change writes a consent event.

    A list set true becomes active at once (the emailed token proves the address); set false it
    ends. Turning a list on while the email channel is off turns the channel on, unless the same
    request says otherwise. With Sec-GPC: 1, partner sharing is withdrawn (method gpc) and a
    request to turn it on in the same save is not followed.
    """
    person_id = await _person_id(token)
    channels = dict(channels or {})
    lists = dict(lists or {})
    problems = [(f"channels.{c}", "unknown channel") for c in channels if c not in CHANNELS]
    known = {m["slug"]: m for m in await _lists_for(person_id)}
    problems += [(f"lists.{slug}", "no such list") for slug in lists if slug not in known]
    if problems:
        raise field_errors(problems)

    changes = {CHANNELS[c]: bool(v) for c, v in channels.items()}
    if share_with_partners is not None and not gpc:
        changes["share_with_partners"] = bool(share_with_partners)
    if tracking is not None:
        changes["tracking"] = bool(tracking)
    turned_on = [known[slug] for slug, on in lists.items() if on and known[slug]["status"] != "active"]
    turned_off = [known[slug] for slug, on in lists.items() if not on and known[slug]["status"] == "active"]
    if turned_on and "email" not in channels:
        changes["email_marketing"] = True

    async with db.transaction():
        if gpc:
            await people.honour_gpc(person_id, ip=ip)
        changed = await people.set_preferences(person_id, changes, METHOD, ip=ip) if changes else {}
        for mailing_list in turned_on:
            await _activate(person_id, mailing_list, ip)
        for mailing_list in turned_off:
            await end_subscription(person_id, mailing_list["id"], mailing_list["slug"], METHOD, ip=ip)
        if changed.get("email_marketing") is False:
            await cancel_queued_deliveries(person_id)
        if changed.get("share_with_partners") is False or gpc:
            await cancel_queued_deliveries(person_id, kinds=("partner",), reason="no_partner_sharing")
        if turned_on or turned_off:
            await people.touch(person_id)
    return await _state(person_id)


async def _activate(person_id: int, mailing_list: dict[str, Any], ip: str | None) -> None:
    now = db.now_utc()
    key = f"{person_id}:{mailing_list['id']}"
    await Subscription.insert(
        Subscription(
            person=person_id,
            mailing_list=mailing_list["id"],
            key=key,
            status="active",
            created_at=now,
            confirmed_at=now,
        )
    ).on_conflict(target=Subscription.key, action="DO NOTHING")
    await Subscription.update({Subscription.status: "active", Subscription.confirmed_at: now}).where(
        (Subscription.key == key) & (Subscription.status != "active")
    )
    await people.record_consent(person_id, f"list:{mailing_list['slug']}", True, METHOD, ip=ip)

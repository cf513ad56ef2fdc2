"""Unsubscribing (one list or all marketing), and cancelling the mail an opt-out makes unwanted."""

from __future__ import annotations

from typing import Any

from heliograph import db, links
from heliograph.mail.service import MARKETING_KINDS
from heliograph.mail.service import cancel_queued as cancel_queued_deliveries
from heliograph.newsletters._lists import get_list_by_id
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people

__all__ = ["MARKETING_KINDS", "cancel_queued_deliveries"]


async def end_subscription(person_id: int, list_id: int, slug: str, method: str, *, ip: str | None = None) -> bool:
    """Pending or active → unsubscribed, with a withdrawal event; cancels the list's queued mail. True if it changed."""
    async with db.transaction():
        ended = await (
            Subscription.update({Subscription.status: "unsubscribed", Subscription.unsubscribed_at: db.now_utc()})
            .where((Subscription.key == f"{person_id}:{list_id}") & Subscription.status.is_in(["pending", "active"]))
            .returning(Subscription.id)
        )
        if ended:
            await people.record_consent(person_id, f"list:{slug}", False, method, ip=ip)
        await cancel_queued_deliveries(person_id, list_id=list_id)
    return bool(ended)


async def describe_unsubscribe(token: str) -> dict[str, Any]:
    """What an unsubscribe link is for: {list: {slug, name} | None}; changes nothing."""
    _, list_id = links.read_unsubscribe_token(token)
    mailing_list = await get_list_by_id(list_id) if list_id is not None else None
    return {"list": {"slug": mailing_list["slug"], "name": mailing_list["name"]} if mailing_list else None}


async def unsubscribe(
    token: str, *, everything: bool = False, method: str = "one_click", ip: str | None = None, gpc: bool = False
) -> dict[str, Any]:
    """Unsubscribe the token's person from its list, or from all marketing mail; immediate and idempotent.

    "Everything" turns the email channel off and ends every subscription, so that confirming one
    list later does not bring the others back. The answer is the same whether or not anything changed.
    """
    person_id, list_id = links.read_unsubscribe_token(token)
    mailing_list = await get_list_by_id(list_id) if list_id is not None else None
    everything = everything or list_id is None
    async with db.transaction():
        person = await people.get_person(person_id)
        if not people.is_erased(person):
            if everything:
                await _unsubscribe_everything(person_id, method, ip)
            elif mailing_list is not None:
                await end_subscription(person_id, mailing_list["id"], mailing_list["slug"], method, ip=ip)
                await people.touch(person_id)
            else:  # the list was deleted since: nothing is left to end but mail already queued for it
                await cancel_queued_deliveries(person_id, list_id=list_id)
            if gpc:
                await people.honour_gpc(person_id, ip=ip)
    summary = {"slug": mailing_list["slug"], "name": mailing_list["name"]} if mailing_list else None
    return {"everything": everything, "list": None if everything else summary}


async def _unsubscribe_everything(person_id: int, method: str, ip: str | None) -> None:
    await people.set_preferences(person_id, {"email_marketing": False}, method, ip=ip)
    rows = await Subscription.select(Subscription.mailing_list.id, Subscription.mailing_list.slug).where(
        (Subscription.person == person_id) & Subscription.status.is_in(["pending", "active"])
    )
    for row in rows:
        await end_subscription(person_id, int(row["mailing_list.id"]), row["mailing_list.slug"], method, ip=ip)
    await cancel_queued_deliveries(person_id)
    await people.touch(person_id)

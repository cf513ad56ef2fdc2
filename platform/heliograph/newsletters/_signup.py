"""Signup and double opt-in: the same answer for every address (P7), nothing stored for the under-age (P1)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from heliograph import db, links, ratelimit
from heliograph.errors import HeliographError, InvalidField, InvalidToken, UnderMinimumAge
from heliograph.mail.service import queue_mail
from heliograph.newsletters._lists import public_lists_for
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people
from heliograph.people.addresses import normalise_email
from heliograph.people.contact import normalise_country
from heliograph.policy import rules
from heliograph.policy.service import current_policy
from heliograph.policy.tables import PolicyVersion

MAX_LISTS = 20
MAX_NAME = 200


def field_errors(problems: list[tuple[str, str]]) -> HeliographError:
    """One invalid_field error listing every field's problem (forms show each beside its field)."""
    error = InvalidField(problems[0][0], "; ".join(f"{field}: {message}" for field, message in problems))
    error.errors = [{"field": field, "code": "invalid_field", "message": message} for field, message in problems]
    return error


async def signup_policy() -> rules.EffectivePolicy:
    """The effective policy for a newsletter signup: the general policy within the hard floors."""
    row = await current_policy()
    return rules.effective_policy(rules.general_policy_from(str(row["version"]), row["defaults"]))


async def check_age(birth_date: datetime.date | None, now: datetime.datetime | None = None) -> None:
    """Refuse a missing or implausible date of birth (invalid_field) or an under-age person (under_minimum_age)."""
    problem = await age_problem(birth_date, now)
    if problem is not None:
        raise field_errors([problem])


async def age_problem(birth_date: datetime.date | None, now: datetime.datetime | None = None) -> tuple[str, str] | None:
    """A (field, message) problem with the date of birth, or None; raises UnderMinimumAge for the under-age."""
    now = now or db.now_utc()
    if birth_date is None:
        return ("birth_date", "your date of birth is required")
    if rules.check_birth_date(birth_date, now.date()) is not None:
        return ("birth_date", "not a plausible date of birth")
    effective = await signup_policy()
    if not rules.meets_min_age(birth_date, now, effective.timezone, effective.min_age):
        raise UnderMinimumAge(
            f"You must be at least {effective.min_age} to subscribe.",
            errors=[{"field": "birth_date", "code": "under_minimum_age"}],
            extra={"min_age": effective.min_age},
        )
    return None


async def subscribe(
    *,
    email: str,
    lists: Sequence[str],
    name: str | None = None,
    country: str | None = None,
    birth_date: datetime.date | None = None,
    policy_version: str | None = None,
    ip: str | None = None,
    gpc: bool = False,
    age_checked: bool = False,
    rate_limit: bool | None = None,
    now: datetime.datetime | None = None,
) -> None:
    """Ask for subscriptions to public lists; a confirmation mail goes to the address (double opt-in).

    Answers the same (returns None) for new, pending, active and suppressed addresses. Raises
    under_minimum_age before anything is stored; age_checked=True skips the age question when
    the caller (a promotion entry) already asked it under a stricter effective policy. Signups
    are rate-limited per IP and per address (rate_limit=None: unless age_checked, since a
    promotion entry has its own limits).
    """
    now = now or db.now_utc()
    problems: list[tuple[str, str]] = []
    if not age_checked:  # an under-age request stops here, before anything is stored or counted
        age = await age_problem(birth_date, now)
        if age is not None:
            problems.append(age)
    try:
        address = normalise_email(email)
    except InvalidField:
        problems.append(("email", "not a valid email address"))
    clean_name = " ".join(name.split()) if name else None
    if clean_name and len(clean_name) > MAX_NAME:
        problems.append(("name", f"at most {MAX_NAME} characters"))
    try:
        clean_country = normalise_country(country)
    except InvalidField as exc:
        problems.append(("country", exc.errors[0].get("message") or "not a country code"))
    slugs = list(dict.fromkeys(lists))
    if not slugs or len(slugs) > MAX_LISTS:
        problems.append(("lists", f"choose between 1 and {MAX_LISTS} lists"))
    if policy_version is not None and not await PolicyVersion.exists().where(PolicyVersion.version == policy_version):
        problems.append(("policy_version", "no such policy version"))
    chosen: list[dict[str, Any]] = []
    if slugs and len(slugs) <= MAX_LISTS:
        try:
            chosen = await public_lists_for(slugs)
        except InvalidField as exc:
            problems.append(("lists", exc.detail))
    if problems:
        raise field_errors(problems)

    # Counted only for well-formed, old-enough requests: nothing is kept about the others (P1).
    if rate_limit or (rate_limit is None and not age_checked):
        if ip:
            await ratelimit.hit(ratelimit.SIGNUP_PER_IP, ip)
        await ratelimit.hit(ratelimit.SIGNUP_PER_ADDRESS, address)
    if await people.is_suppressed(address):
        return  # never silently re-added (P9); the answer is the same (P7)
    version = policy_version or str((await current_policy(now))["version"])
    async with db.transaction():
        person, _ = await people.get_or_create_person(address, name=clean_name, country=clean_country)
        person_id = int(person["id"])
        to_confirm: list[dict[str, Any]] = []
        already: list[dict[str, Any]] = []
        for mailing_list in chosen:
            subscription_id, asked = await _ask(person_id, mailing_list, now)
            if asked:
                await people.record_consent(
                    person_id, f"list:{mailing_list['slug']}", True, "form", policy_version=version, ip=ip
                )
            if subscription_id is None:
                already.append(mailing_list)
            else:
                to_confirm.append({**mailing_list, "subscription_id": subscription_id})
        if to_confirm:
            await _queue_confirmation(address, person_id, clean_name or person.get("name"), to_confirm)
        elif already:
            await queue_mail(
                kind="transactional",
                recipient=address,
                template="already_subscribed",
                context={"lists": [m["name"] for m in already], "preferences_url": links.preferences_url(person_id)},
                person_id=person_id,
            )
        if gpc:
            await people.honour_gpc(person_id, ip=ip)


async def _ask(person_id: int, mailing_list: dict[str, Any], now: datetime.datetime) -> tuple[int | None, bool]:
    """(subscription id to confirm or None when already active, whether this is a new request)."""
    key = f"{person_id}:{mailing_list['id']}"
    inserted = await (
        Subscription.insert(
            Subscription(person=person_id, mailing_list=mailing_list["id"], key=key, status="pending", created_at=now)
        )
        .on_conflict(target=Subscription.key, action="DO NOTHING")
        .returning(Subscription.id)
    )
    if inserted:
        return int(inserted[0]["id"]), True
    row = await Subscription.select(Subscription.id, Subscription.status).where(Subscription.key == key).first()
    assert row is not None
    if row["status"] == "active":
        return None, False
    if row["status"] == "unsubscribed":
        await Subscription.update({Subscription.status: "pending"}).where(Subscription.id == row["id"])
        return int(row["id"]), True
    return int(row["id"]), False  # still pending: send the link again, the request is already on record


async def _queue_confirmation(address: str, person_id: int, name: str | None, lists: list[dict[str, Any]]) -> None:
    await queue_mail(
        kind="transactional",
        recipient=address,
        template="confirm_subscription",
        context={
            "name": name,
            "lists": [
                {
                    "name": m["name"],
                    "description": m["description"],
                    "confirm_url": links.confirm_url(m["subscription_id"]),
                }
                for m in lists
            ],
        },
        person_id=person_id,
    )


async def describe_confirmation(token: str) -> dict[str, Any]:
    """What a confirmation link is for (the page shows it before the button); changes nothing."""
    subscription_id = links.read_confirm_token(token)
    row = await _subscription(subscription_id)
    if row is None or people.is_erased({"email": row["person.email"], "erased_at": row["person.erased_at"]}):
        raise InvalidToken("This link is not valid.")
    return {"list": {"slug": row["mailing_list.slug"], "name": row["mailing_list.name"]}, "status": row["status"]}


async def _subscription(subscription_id: int) -> dict[str, Any] | None:
    return await (
        Subscription.select(
            Subscription.id,
            Subscription.status,
            Subscription.person.id,
            Subscription.person.email,
            Subscription.person.erased_at,
            Subscription.mailing_list.id,
            Subscription.mailing_list.slug,
            Subscription.mailing_list.name,
        )
        .where(Subscription.id == subscription_id)
        .first()
    )


async def confirm_subscription(token: str, *, ip: str | None = None, gpc: bool = False) -> dict[str, Any]:
    """Confirm one subscription (pending → active), with a double_opt_in consent event; idempotent."""
    subscription_id = links.read_confirm_token(token)
    async with db.transaction():
        row = await _subscription(subscription_id)
        if row is None or people.is_erased({"email": row["person.email"], "erased_at": row["person.erased_at"]}):
            raise InvalidToken("This link is not valid.")
        if row["status"] == "unsubscribed":
            raise InvalidToken("This link is no longer valid: you unsubscribed since. Please sign up again.")
        person_id = int(row["person.id"])
        if row["status"] == "pending":
            updated = await (
                Subscription.update({Subscription.status: "active", Subscription.confirmed_at: db.now_utc()})
                .where((Subscription.id == subscription_id) & (Subscription.status == "pending"))
                .returning(Subscription.id)
            )
            if updated:
                await people.record_consent(person_id, f"list:{row['mailing_list.slug']}", True, "double_opt_in", ip=ip)
                # Asking for this list by email means the email channel is wanted again.
                await people.set_preferences(person_id, {"email_marketing": True}, "double_opt_in", ip=ip)
                await people.touch(person_id)
        if gpc:
            await people.honour_gpc(person_id, ip=ip)
    return {
        "status": "active",
        "list": {"slug": row["mailing_list.slug"], "name": row["mailing_list.name"]},
        "person_id": person_id,
    }

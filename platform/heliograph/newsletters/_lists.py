"""Mailing lists: create, read, change, delete, and subscriber counts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from piccolo.query.functions.aggregate import Count

from heliograph import db
from heliograph.errors import HeliographError, InvalidField, NotFound
from heliograph.newsletters.tables import SUBSCRIPTION_STATUSES, Campaign, MailingList, Subscription

SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
MAX_NAME = 200
MAX_DESCRIPTION = 5000
_LIST_COLUMNS = (
    MailingList.id,
    MailingList.slug,
    MailingList.name,
    MailingList.description,
    MailingList.public,
    MailingList.created_at,
)


def _check_slug(slug: object) -> str:
    if not isinstance(slug, str) or not SLUG_PATTERN.match(slug):
        raise InvalidField("slug", "use 1–80 lower-case letters, digits and hyphens, e.g. solar-news")
    return slug


def _check_name(name: object) -> str:
    text = " ".join(name.split()) if isinstance(name, str) else ""
    if not text or len(text) > MAX_NAME:
        raise InvalidField("name", f"give a name of 1–{MAX_NAME} characters")
    return text


def _check_description(description: object) -> str:
    text = description.strip() if isinstance(description, str) else ""
    if len(text) > MAX_DESCRIPTION:
        raise InvalidField("description", f"at most {MAX_DESCRIPTION} characters")
    return text


async def list_lists(*, public_only: bool = False) -> list[dict[str, Any]]:
    """Every list (or only the public ones), by name."""
    query = MailingList.select(*_LIST_COLUMNS).order_by(MailingList.name).order_by(MailingList.id)
    if public_only:
        query = query.where(MailingList.public == True)  # noqa: E712
    return list(await query)


async def find_list(slug: str) -> dict[str, Any] | None:
    """The list with this slug, or None."""
    return await MailingList.select(*_LIST_COLUMNS).where(MailingList.slug == slug).first()


async def get_list(slug: str) -> dict[str, Any]:
    """The list with this slug; NotFound otherwise."""
    row = await find_list(slug)
    if row is None:
        raise NotFound(f"No list called {slug!r}.")
    return row


async def get_public_list(slug: str) -> dict[str, Any]:
    """The public list with this slug; NotFound for an unknown or private one."""
    row = await find_list(slug)
    if row is None or not row["public"]:
        raise NotFound(f"No list called {slug!r}.")
    return row


async def get_list_by_id(list_id: int) -> dict[str, Any] | None:
    """One list by id, or None."""
    return await MailingList.select(*_LIST_COLUMNS).where(MailingList.id == list_id).first()


async def public_lists_for(slugs: Sequence[str], field: str = "lists") -> list[dict[str, Any]]:
    """The public lists named by slugs, in the given order; InvalidField naming any unknown or private one."""
    wanted = list(dict.fromkeys(slugs))
    rows = (
        await MailingList.select(*_LIST_COLUMNS).where(
            MailingList.slug.is_in(wanted) & (MailingList.public == True)  # noqa: E712
        )
        if wanted
        else []
    )
    by_slug = {row["slug"]: row for row in rows}
    unknown = [slug for slug in wanted if slug not in by_slug]
    if unknown:
        raise InvalidField(field, f"no such list: {', '.join(unknown)}")
    return [by_slug[slug] for slug in wanted]


async def subscriber_counts(list_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    """list id → {pending, active, unsubscribed} counts."""
    ids = list(list_ids)
    counts = {list_id: dict.fromkeys(SUBSCRIPTION_STATUSES, 0) for list_id in ids}
    if not ids:
        return counts
    rows = await (
        Subscription.select(Subscription.mailing_list, Subscription.status, Count(Subscription.id, alias="n"))
        .where(Subscription.mailing_list.is_in(ids))
        .group_by(Subscription.mailing_list, Subscription.status)
    )
    for row in rows:
        counts[int(row["mailing_list"])][row["status"]] = int(row["n"])
    return counts


async def create_list(*, slug: str, name: str, description: str | None = None, public: bool = True) -> dict[str, Any]:
    """Make a list; InvalidField when the slug is malformed or taken."""
    slug, name, text = _check_slug(slug), _check_name(name), _check_description(description or "")
    async with db.transaction():
        inserted = await (
            MailingList.insert(
                MailingList(slug=slug, name=name, description=text, public=bool(public), created_at=db.now_utc())
            )
            .on_conflict(target=MailingList.slug, action="DO NOTHING")
            .returning(MailingList.id)
        )
        if not inserted:
            raise InvalidField("slug", f"a list called {slug!r} exists already")
    return await get_list(slug)


async def update_list(
    slug: str, *, name: str | None = None, description: str | None = None, public: bool | None = None
) -> dict[str, Any]:
    """Change a list's name, description or visibility (the slug stays: it is part of List-Id)."""
    values: dict[Any, Any] = {}
    if name is not None:
        values[MailingList.name] = _check_name(name)
    if description is not None:
        values[MailingList.description] = _check_description(description)
    if public is not None:
        values[MailingList.public] = bool(public)
    async with db.transaction():
        await get_list(slug)
        if values:
            await MailingList.update(values).where(MailingList.slug == slug)
    return await get_list(slug)


async def delete_list(slug: str) -> None:
    """Delete a list and its subscriptions (the consent ledger keeps its evidence); refused once it has campaigns."""
    async with db.transaction():
        row = await get_list(slug)
        if await Campaign.exists().where(Campaign.mailing_list == row["id"]):
            raise HeliographError(
                "This list has campaigns; make it private instead of deleting it.",
                code="invalid_field",
                status=409,
                errors=[{"field": "slug", "code": "invalid_field", "message": "the list has campaigns"}],
            )
        await MailingList.delete().where(MailingList.id == row["id"])

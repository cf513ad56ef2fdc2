"""Campaigns as marketers see them: create, change, schedule, send, pause, resume, cancel, stats, preview, test."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from piccolo.query.functions.aggregate import Count

from heliograph import db, jobs
from heliograph.errors import InvalidField, NotFound
from heliograph.mail import service as mail
from heliograph.mail.tables import Delivery
from heliograph.newsletters import _campaign_render as render
from heliograph.newsletters._lists import find_list
from heliograph.newsletters.audience import CAMPAIGN_KINDS, AudienceFilter, audience_batch
from heliograph.newsletters.tables import Campaign
from heliograph.people.addresses import normalise_email
from heliograph.people.contact import normalise_country
from heliograph.settings import get_settings

BODY_FORMATS = ("markdown", "html")
MAX_SUBJECT = 300
MAX_BODY = 200_000
EDITABLE = ("draft", "scheduled")
COUNT_KEYS = ("queued", "sent", "suppressed", "failed", "cancelled")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

CAMPAIGN_COLUMNS = (
    *Campaign.all_columns(),
    Campaign.mailing_list.slug.as_alias("list_slug"),
    Campaign.mailing_list.name.as_alias("list_name"),
)


class IllegalTransition(InvalidField):
    """The campaign's status does not allow this action."""

    status = 409
    title = "Not allowed in this state"

    def __init__(self, campaign: dict[str, Any], action: str, allowed: tuple[str, ...]) -> None:
        super().__init__(
            "status",
            f"Campaign {campaign['id']} is {campaign['status']}: only a {' or '.join(allowed)} campaign can {action}.",
        )
        self.extra = {"campaign_status": campaign["status"]}


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _future(field: str, value: datetime, now: datetime) -> datetime:
    value = _aware(value)
    if value <= now:
        raise InvalidField(field, f"{field} must be in the future")
    return value


def _subject(value: object) -> str:
    text = " ".join(value.split()) if isinstance(value, str) else ""
    if not text or len(text) > MAX_SUBJECT:
        raise InvalidField("subject", f"give a subject of 1–{MAX_SUBJECT} characters")
    return text


def _body(value: object) -> str:
    text = value.replace("\r\n", "\n") if isinstance(value, str) else ""
    if not text.strip():
        raise InvalidField("body", "the body is empty")
    if len(text) > MAX_BODY:
        raise InvalidField("body", f"at most {MAX_BODY} characters")
    if _CONTROL.search(text):
        raise InvalidField("body", "control characters are not allowed in the body")
    return text


def _choice(field: str, value: object, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InvalidField(field, f"{field} must be one of {', '.join(allowed)}")
    return str(value)


async def _list_id(slug: object) -> int:
    found = await find_list(slug) if isinstance(slug, str) else None
    if found is None:
        raise InvalidField("list", f"no list with the slug {slug!r}")
    return int(found["id"])


async def get_campaign_row(campaign_id: int) -> dict[str, Any]:
    """One campaign with its list's slug and name; NotFound otherwise."""
    row = await Campaign.select(*CAMPAIGN_COLUMNS).where(Campaign.id == campaign_id).first()
    if row is None:
        raise NotFound(f"No campaign {campaign_id}.")
    return row


async def create_campaign(
    *,
    list_slug: str,
    kind: str,
    subject: str,
    body: str,
    body_format: str = "markdown",
    country: str | None = None,
    inactive_since: datetime | None = None,
    scheduled_at: datetime | None = None,
    created_by: int | None = None,
) -> dict[str, Any]:
    """A new campaign: a draft, or scheduled when scheduled_at is given."""
    now = db.now_utc()
    values: dict[Any, Any] = {
        Campaign.mailing_list: await _list_id(list_slug),
        Campaign.kind: _choice("kind", kind, CAMPAIGN_KINDS),
        Campaign.subject: _subject(subject),
        Campaign.body: _body(body),
        Campaign.body_format: _choice("body_format", body_format, BODY_FORMATS),
        Campaign.country: normalise_country(country),
        Campaign.inactive_since: _aware(inactive_since) if inactive_since else None,
        Campaign.scheduled_at: _future("scheduled_at", scheduled_at, now) if scheduled_at else None,
        Campaign.status: "scheduled" if scheduled_at else "draft",
        Campaign.created_by: created_by,
        Campaign.created_at: now,
    }
    async with db.transaction():
        rows = await Campaign.insert(Campaign(values)).returning(Campaign.id)
    return await get_campaign_row(int(rows[0]["id"]))


async def update_campaign(campaign_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change a draft or scheduled campaign; scheduled_at set → scheduled, cleared → draft."""
    now = db.now_utc()
    checks: dict[str, Callable[[Any], Any]] = {
        "kind": lambda v: _choice("kind", v, CAMPAIGN_KINDS),
        "subject": _subject,
        "body": _body,
        "body_format": lambda v: _choice("body_format", v, BODY_FORMATS),
        "country": normalise_country,
        "inactive_since": lambda v: _aware(v) if v else None,
        "scheduled_at": lambda v: _future("scheduled_at", v, now) if v else None,
    }
    values: dict[Any, Any] = {}
    for field, value in changes.items():
        if field == "list":
            values[Campaign.mailing_list] = await _list_id(value)
        else:
            values[getattr(Campaign, field)] = checks[field](value)
    async with db.transaction():
        campaign = await get_campaign_row(campaign_id)
        if campaign["status"] not in EDITABLE:
            raise IllegalTransition(campaign, "be changed", EDITABLE)
        if Campaign.scheduled_at in values:
            values[Campaign.status] = "scheduled" if values[Campaign.scheduled_at] else "draft"
        if values:
            await Campaign.update(values).where(Campaign.id == campaign_id)
    return await get_campaign_row(campaign_id)


async def _transition(
    campaign_id: int, action: str, allowed: tuple[str, ...], values: dict[Any, Any]
) -> dict[str, Any]:
    """Move a campaign from one of `allowed` to the state in `values`, or IllegalTransition."""
    async with db.transaction():
        campaign = await get_campaign_row(campaign_id)
        moved = await (
            Campaign.update(values)
            .where((Campaign.id == campaign_id) & Campaign.status.is_in(list(allowed)))
            .returning(Campaign.id)
        )
        if not moved:
            raise IllegalTransition(campaign, action, allowed)
        if values.get(Campaign.status) == "sending":
            jobs.enqueue(jobs.CAMPAIGN_FAN_OUT, campaign_id)
        elif values.get(Campaign.status) == "cancelled":
            await cancel_queued(campaign_id)
    return await get_campaign_row(campaign_id)


async def schedule_campaign(campaign_id: int, scheduled_at: datetime) -> dict[str, Any]:
    """Start a draft or scheduled campaign at scheduled_at (in the future)."""
    when = _future("scheduled_at", scheduled_at, db.now_utc())
    return await _transition(
        campaign_id, "be scheduled", EDITABLE, {Campaign.status: "scheduled", Campaign.scheduled_at: when}
    )


async def send_campaign(campaign_id: int) -> dict[str, Any]:
    """Start sending a draft or scheduled campaign now."""
    return await _transition(
        campaign_id, "be sent", EDITABLE, {Campaign.status: "sending", Campaign.started_at: db.now_utc()}
    )


async def pause_campaign(campaign_id: int) -> dict[str, Any]:
    """Stop sending; what is queued stays queued until resumed."""
    return await _transition(campaign_id, "be paused", ("sending",), {Campaign.status: "paused"})


async def resume_campaign(campaign_id: int) -> dict[str, Any]:
    """Continue a paused campaign where it stopped."""
    return await _transition(campaign_id, "be resumed", ("paused",), {Campaign.status: "sending"})


async def cancel_campaign(campaign_id: int) -> dict[str, Any]:
    """Stop for good: queued deliveries are cancelled (messages already handed to SMTP are not recalled)."""
    return await _transition(
        campaign_id, "be cancelled", ("draft", "scheduled", "sending", "paused"), {Campaign.status: "cancelled"}
    )


async def cancel_queued(campaign_id: int) -> int:
    """Cancel the campaign's queued deliveries; how many."""
    async with db.transaction():
        rows = await (
            Delivery.update(
                {Delivery.status: "cancelled", Delivery.reason: "campaign cancelled", Delivery.updated_at: db.now_utc()}
            )
            .where((Delivery.campaign_id == campaign_id) & (Delivery.status == "queued"))
            .returning(Delivery.id)
        )
    return len(rows)


async def campaign_counts(campaign_id: int) -> dict[str, int]:
    """{audience, queued, sent, suppressed, failed, cancelled}; queued includes messages being sent."""
    rows = await (
        Delivery.select(Delivery.status, Count(Delivery.id, alias="count"))
        .where(Delivery.campaign_id == campaign_id)
        .group_by(Delivery.status)
    )
    counts = dict.fromkeys(COUNT_KEYS, 0)
    for row in rows:
        key = "queued" if row["status"] == "sending" else row["status"]
        counts[key] = counts.get(key, 0) + int(row["count"])
    campaign = await Campaign.select(Campaign.audience, Campaign.finished_at).where(Campaign.id == campaign_id).first()
    total = sum(counts.values())
    audience = int(campaign["audience"]) if campaign and campaign["finished_at"] else total
    return {"audience": audience, **counts}


async def list_campaigns(status: str | None = None) -> list[dict[str, Any]]:
    """Campaigns, newest first, optionally of one status."""
    query = Campaign.select(*CAMPAIGN_COLUMNS).order_by(Campaign.id, ascending=False)
    if status:
        query = query.where(Campaign.status == status)
    return list(await query)


def audience_filter(campaign: dict[str, Any]) -> AudienceFilter:
    """The campaign's audience rules as plain values."""
    return AudienceFilter(
        list_id=int(campaign["mailing_list"]),
        kind=campaign["kind"],
        country=campaign["country"],
        inactive_since=campaign["inactive_since"],
    )


async def preview_campaign(campaign_id: int) -> dict[str, Any]:
    """Subject, HTML and text as the first audience member would get them (links are placeholders)."""
    campaign = await get_campaign_row(campaign_id)
    sample = await audience_batch(audience_filter(campaign), limit=1)
    person = sample[0] if sample else None
    base = get_settings().base_url
    rendered = render.render_for(
        campaign,
        get_settings(),
        name=person["name"] if person else None,
        unsubscribe_url=f"{base}/unsubscribe/preview",
        preferences_url=f"{base}/preferences/preview",
    )
    return {
        "subject": rendered.subject,
        "html": rendered.html,
        "text": rendered.text,
        "recipient": person["email"] if person else None,
    }


async def send_test(campaign_id: int, to: str) -> int:
    """One test message to `to` through the outbox (administrative, subject prefixed [Test]); its delivery id."""
    campaign = await get_campaign_row(campaign_id)
    recipient = normalise_email(to, field="to")
    base = get_settings().base_url
    context = render.template_context(
        campaign,
        list_name=campaign["list_name"],
        greeting_line=render.greeting(None),
        unsubscribe_url=f"{base}/unsubscribe/test",
        preferences_url=f"{base}/preferences/test",
        test=True,
    )
    async with db.transaction():
        return await mail.queue_mail(
            kind="administrative", recipient=recipient, template=render.TEMPLATE, context=context
        )

"""Who a campaign goes to: the audience rules as plain values, and the query that reads them in batches.

- marketing: an active subscription to the list, not erased, the email channel on, not suppressed;
- partner: the same, and partner sharing on;
- administrative: everyone who confirmed a subscription to the list (active or since unsubscribed),
  not erased, whatever their marketing choices. Administrative mail (policy changes and the like)
  cannot be opted out of; it is for notices that concern everyone whose data we keep for that list,
  never for marketing.

Optional filters: country of residence, and "no activity since" (last confirmation, entry or
preference change before that time) for re-permission mail. The suppression list is checked on keyed
hashes of the batch's addresses (see fan-out), since the table holds nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from piccolo.columns.combination import And, Where

from heliograph.newsletters.tables import Subscription

CAMPAIGN_KINDS = ("marketing", "partner", "administrative")


@dataclass(frozen=True)
class AudienceFilter:
    """The audience of a campaign, as plain values."""

    list_id: int
    kind: str
    country: str | None = None
    inactive_since: datetime | None = None

    def __post_init__(self) -> None:
        if self.kind not in CAMPAIGN_KINDS:
            raise ValueError(f"unknown campaign kind {self.kind!r}")


def subscription_statuses(kind: str) -> tuple[str, ...]:
    """Subscription statuses that put someone in the audience of this kind of campaign."""
    return ("active", "unsubscribed") if kind == "administrative" else ("active",)


def needs_marketing_consent(kind: str) -> bool:
    """True when the email channel must be on and the suppression list applies."""
    return kind in ("marketing", "partner")


def needs_partner_sharing(kind: str) -> bool:
    """True when partner sharing must be on."""
    return kind == "partner"


def audience_conditions(audience: AudienceFilter) -> list[Where | And]:
    """The WHERE conditions (on Subscription, joined to its person) that select the audience."""
    person = Subscription.person
    conditions: list[Any] = [
        Subscription.mailing_list == audience.list_id,
        Subscription.status.is_in(list(subscription_statuses(audience.kind))),
        person.erased_at.is_null(),
        person.email.is_not_null(),
    ]
    if needs_marketing_consent(audience.kind):
        conditions.append(person.email_marketing == True)  # noqa: E712
    if needs_partner_sharing(audience.kind):
        conditions.append(person.share_with_partners == True)  # noqa: E712
    if audience.country:
        conditions.append(person.country == audience.country)
    if audience.inactive_since is not None:
        conditions.append(person.last_activity_at < audience.inactive_since)
    return conditions


async def audience_batch(audience: AudienceFilter, *, after: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
    """The next `limit` audience members after subscription id `after` (keyset pagination).

    Rows: {subscription_id, person_id, email, name}, in subscription id order.
    """
    person = Subscription.person
    query = Subscription.select(
        Subscription.id.as_alias("subscription_id"),
        person.id.as_alias("person_id"),
        person.email.as_alias("email"),
        person.name.as_alias("name"),
    ).where(Subscription.id > after)
    for condition in audience_conditions(audience):
        query = query.where(condition)
    return list(await query.order_by(Subscription.id).limit(limit))

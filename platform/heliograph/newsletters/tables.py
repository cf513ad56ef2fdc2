"""Newsletter lists, subscriptions and campaigns."""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Integer, Serial, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from heliograph.people.tables import Person

SUBSCRIPTION_STATUSES = ("pending", "active", "unsubscribed")
CAMPAIGN_STATUSES = ("draft", "scheduled", "sending", "paused", "sent", "cancelled")


class MailingList(Table, tablename="mailing_list"):
    """A newsletter people subscribe to."""

    id: Serial

    slug = Varchar(length=80, unique=True, help_text="URL name")
    name = Varchar(length=200, help_text="shown to people")
    description = Text(default="", help_text="what the list sends and how often")
    public = Boolean(default=True, help_text="offered on the public signup form")
    created_at = Timestamptz(help_text="when it was made")


class Subscription(Table, tablename="subscription"):
    """One person on one list: pending → active → unsubscribed."""

    id: Serial

    person = ForeignKey(references=Person, on_delete=OnDelete.cascade, help_text="who")
    mailing_list = ForeignKey(references=MailingList, on_delete=OnDelete.cascade, help_text="which list")
    key = Varchar(length=40, unique=True, help_text="'<person>:<list>', one subscription per pair")
    status = Varchar(length=20, default="pending", index=True, help_text="pending, active, unsubscribed")
    created_at = Timestamptz(help_text="signup time")
    confirmed_at = Timestamptz(null=True, default=None, help_text="double opt-in confirmation time")
    unsubscribed_at = Timestamptz(null=True, default=None, help_text="when it ended")


class Campaign(Table, tablename="campaign"):
    """One mailing to a list's audience."""

    id: Serial

    mailing_list = ForeignKey(references=MailingList, on_delete=OnDelete.restrict, help_text="audience list")
    kind = Varchar(length=20, help_text="marketing, partner or administrative")
    subject = Varchar(length=300, help_text="subject line")
    body = Text(help_text="Markdown (or HTML) body")
    body_format = Varchar(length=10, default="markdown", help_text="markdown or html")
    country = Varchar(length=2, null=True, default=None, help_text="audience filter: country of residence")
    inactive_since = Timestamptz(null=True, default=None, help_text="audience filter: no activity since")
    status = Varchar(
        length=20, default="draft", index=True, help_text="draft, scheduled, sending, paused, sent, cancelled"
    )
    scheduled_at = Timestamptz(null=True, default=None, help_text="when a scheduled campaign starts")
    audience = Integer(default=0, help_text="people selected when the send started")
    created_by = Integer(null=True, default=None, help_text="console user id")
    created_at = Timestamptz(help_text="when it was made")
    started_at = Timestamptz(null=True, default=None, help_text="when sending began")
    finished_at = Timestamptz(null=True, default=None, help_text="when the last delivery was written")

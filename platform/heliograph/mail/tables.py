"""The outbox: one delivery row per message that must go out."""

from __future__ import annotations

from piccolo.columns import JSON, Integer, Serial, Timestamptz, Varchar
from piccolo.table import Table

from heliograph.personal import personal

DELIVERY_STATUSES = ("queued", "sending", "sent", "suppressed", "failed", "cancelled")
MAIL_KINDS = ("administrative", "transactional", "marketing", "partner")


class Delivery(Table, tablename="delivery"):
    """One message to one recipient, written in the transaction that causes it (the outbox)."""

    id: Serial

    kind = Varchar(length=20, help_text="administrative, transactional, marketing or partner")
    recipient = Varchar(length=320, help_text=personal("address the message goes to"))
    person_id = Integer(null=True, default=None, index=True, help_text="person the message is for, if known")
    list_id = Integer(null=True, default=None, help_text="newsletter list a marketing message belongs to")
    campaign_id = Integer(null=True, default=None, index=True, help_text="campaign that fanned out this message")
    dedupe_key = Varchar(
        length=120,
        unique=True,
        null=True,
        default=None,
        help_text="one delivery per key, e.g. campaign:<id>:person:<id>",
    )
    template = Varchar(length=100, help_text="template folder under templates/email/")
    context = JSON(default="{}", help_text=personal("values the template renders"))
    status = Varchar(
        length=20, default="queued", index=True, help_text="queued, sending, sent, suppressed, failed, cancelled"
    )
    reason = Varchar(length=200, null=True, default=None, help_text="why it was suppressed or cancelled")
    attempts = Integer(default=0, help_text="SMTP attempts so far")
    last_error = Varchar(length=1000, null=True, default=None, help_text="last SMTP or rendering error")
    message_id = Varchar(length=250, null=True, default=None, help_text="Message-ID header of the sent message")
    next_attempt_at = Timestamptz(null=True, default=None, help_text="not before this time (retry backoff)")
    claimed_at = Timestamptz(null=True, default=None, help_text="when a worker took it (lease start)")
    created_at = Timestamptz(help_text="when it was queued")
    updated_at = Timestamptz(help_text="last status change")
    sent_at = Timestamptz(null=True, default=None, help_text="when SMTP accepted it")

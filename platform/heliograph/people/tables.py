"""People, their consent ledger, and the suppression list."""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Integer, Serial, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from heliograph.personal import personal


class Person(Table, tablename="person"):
    """Someone who subscribed, entered a promotion or asked something of us.

    Holds only the fields the policy lists; preference columns are kept in step with the
    consent ledger (every change to them writes a ConsentEvent in the same transaction).
    """

    id: Serial

    email = Varchar(
        length=320, unique=True, null=True, help_text=personal("normalised email address; null once erased")
    )
    name = Varchar(length=200, null=True, default=None, help_text=personal("full name as given"))
    username = Varchar(length=100, null=True, default=None, help_text=personal("user name, if any"))
    country = Varchar(length=2, null=True, default=None, help_text=personal("country of residence, ISO 3166-1 alpha-2"))
    region = Varchar(length=6, null=True, default=None, help_text=personal("region of residence, ISO 3166-2"))
    phone = Varchar(length=20, null=True, default=None, help_text=personal("phone in E.164"))
    postal_address = Varchar(length=500, null=True, default=None, help_text=personal("postal address"))
    # Preferences (current state; the ledger is the evidence).
    email_marketing = Boolean(default=True, help_text="email channel on for marketing")
    sms_marketing = Boolean(default=False, help_text="SMS channel on for marketing")
    phone_marketing = Boolean(default=False, help_text="phone channel on for marketing")
    postal_marketing = Boolean(default=False, help_text="postal channel on for marketing")
    share_with_partners = Boolean(default=False, help_text="may be shared with partners for their marketing")
    tracking = Boolean(default=False, help_text="open and click tracking allowed")
    created_at = Timestamptz(help_text="first seen")
    last_activity_at = Timestamptz(help_text="last confirmation, entry or preference change")
    erased_at = Timestamptz(null=True, default=None, help_text="when personal data was erased")


class ConsentEvent(Table, tablename="consent_event"):
    """Append-only evidence of every grant and withdrawal (P6)."""

    id: Serial

    person = ForeignKey(references=Person, on_delete=OnDelete.cascade, help_text="whose consent")
    purpose = Varchar(
        length=120, help_text="e.g. list:solar-news, channel:email, partner_sharing, tracking, rules:<promo>"
    )
    granted = Boolean(help_text="true for a grant, false for a withdrawal")
    method = Varchar(
        length=30,
        help_text="form, double_opt_in, one_click, preference_centre, gpc, privacy_request, import, entry, admin",
    )
    policy_version = Varchar(length=40, help_text="general policy version in effect")
    rules_version = Integer(null=True, default=None, help_text="promotion rules version, where relevant")
    promotion_id = Integer(null=True, default=None, help_text="promotion the consent belongs to, if any")
    ip_hash = Varchar(length=64, null=True, default=None, help_text="keyed hash of the client IP (never the raw IP)")
    created_at = Timestamptz(help_text="when it happened")


class Suppression(Table, tablename="suppression"):
    """Keyed hashes of addresses that must never be mailed marketing again."""

    id: Serial

    address_hash = Varchar(length=64, unique=True, help_text="HMAC-SHA256 of the normalised address")
    reason = Varchar(length=30, help_text="complaint, hard_bounce, erasure, manual")
    created_at = Timestamptz(help_text="when it was added")

"""The policy and rules data model; re-exported by `heliograph.policy.rules`."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

from heliograph.policy._age import HARD_MIN_AGE

Problem = tuple[str, str]
"""(field path inside the rules body, problem code), e.g. ("entry_limit.count", "must_be_positive")."""

SENSITIVE_CATEGORIES: tuple[str, ...] = (
    "racial_or_ethnic_origin",
    "political_opinions",
    "religious_or_philosophical_beliefs",
    "health",
    "criminal_background",
    "trade_union_membership",
)
COLLECTABLE_FIELDS: tuple[str, ...] = (
    "name",
    "username",
    "postal_address",
    "phone",
    "email",
    "profile_picture",
    "social_account_id",
    "country",
)
DEFAULT_SPONSOR_FIELDS: tuple[str, ...] = ("name", "country")
DEFAULT_SPONSOR_PURPOSE = "the winners list"

# Other names a marketer might type for a sensitive category; refused as `sensitive_data`.
_SENSITIVE_ALIASES = {
    "race": "racial_or_ethnic_origin",
    "ethnicity": "racial_or_ethnic_origin",
    "ethnic_origin": "racial_or_ethnic_origin",
    "politics": "political_opinions",
    "political_opinion": "political_opinions",
    "religion": "religious_or_philosophical_beliefs",
    "beliefs": "religious_or_philosophical_beliefs",
    "medical_condition": "health",
    "medical": "health",
    "criminal_record": "criminal_background",
    "criminal_history": "criminal_background",
    "trade_union": "trade_union_membership",
    "union_membership": "trade_union_membership",
}

PROBLEM_MESSAGES: dict[str, str] = {
    "unknown_timezone": "is not an IANA time zone name such as Europe/Paris",
    "naive_datetime": "must include a time zone offset",
    "closes_before_opens": "must be later than opens_at",
    "below_floor": f"cannot be below {HARD_MIN_AGE}; {HARD_MIN_AGE} applies",
    "below_policy": "is below the general policy's minimum age, which applies",
    "out_of_range": "is out of range",
    "required": "is required",
    "unknown_country": "is not an ISO 3166-1 alpha-2 country code",
    "unknown_region": "is not an ISO 3166-2 region code",
    "region_not_in_eligible_country": "is not in an eligible country",
    "must_be_positive": "must be at least 1",
    "must_not_be_negative": "must not be negative",
    "invalid_choice": "must be 'day' or 'promotion'",
    "not_collectable": "is not personal data the privacy policy allows us to collect",
    "sensitive_category": "is a sensitive category that is never collected",
    "closes_earlier": "cannot close earlier once the promotion is open",
    "opens_later": "cannot open later once the promotion is open",
    "timezone_changed": "cannot change once the promotion is open",
    "min_age_raised": "cannot be raised once the promotion is open",
    "country_removed": "cannot lose countries once the promotion is open",
    "region_added": "cannot exclude more regions once the promotion is open",
    "entry_limit_lowered": "cannot be lowered once the promotion is open",
    "reduced": "cannot be reduced once the promotion is open",
    "claim_days_shortened": "cannot be shortened once the promotion is open",
    "sponsor_field_added": "cannot share more fields once the promotion is open",
    "sponsor_purpose_changed": "cannot change purpose once the promotion is open",
    "announce_winners_enabled": "cannot be turned on once the promotion is open",
    "retention_extended": "cannot be extended once the promotion is open",
}


class GeneralPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """The general privacy policy's structured defaults (one published version)."""

    version: str = "1"
    min_age: int = HARD_MIN_AGE
    # Zone for age checks when no promotion names one: the last zone where a day begins, so
    # nobody passes the minimum age before their birthday has begun everywhere (P1).
    timezone: str = "Etc/GMT+12"
    entrant_retention_days: int = 90
    winner_record_years: int = 6
    inactive_subscriber_months: int = 24
    consent_evidence_years: int = 6
    sponsor_default_fields: tuple[str, ...] = DEFAULT_SPONSOR_FIELDS
    sensitive_categories: tuple[str, ...] = SENSITIVE_CATEGORIES
    collectable_fields: tuple[str, ...] = COLLECTABLE_FIELDS


DEFAULT_POLICY = GeneralPolicy()


def general_policy_from(version: str, defaults: dict[str, object] | None = None) -> GeneralPolicy:
    """Build a GeneralPolicy from a stored version label and its `defaults` JSON."""
    return msgspec.convert({**(defaults or {}), "version": version}, GeneralPolicy)


class EntryLimit(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """How many entries one person may make, per local day or per promotion."""

    count: int = 1
    per: Literal["day", "promotion"] = "promotion"


class SponsorField(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A field the sponsor receives about winners, with a short noun-phrase purpose."""

    field: str
    purpose: str


class PromotionRules(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A promotion's `rules` body (DESIGN.md §5), versioned with the promotion."""

    opens_at: datetime
    closes_at: datetime
    timezone: str
    eligible_countries: tuple[str, ...]
    official_rules: str
    min_age: int | None = None
    excluded_regions: tuple[str, ...] = ()
    entry_limit: EntryLimit = msgspec.field(default_factory=EntryLimit)
    referral_bonus: int = 0
    winners: int = 1
    alternates: int = 0
    claim_days: int = 14
    sponsor_fields: tuple[SponsorField, ...] = ()
    announce_winners: bool = False
    retention_days: int | None = None
    allow_newsletter_opt_in: bool = True
    version: int = 1


Source = Literal["policy", "rules", "floor"]


class EffectivePolicy(msgspec.Struct, frozen=True, kw_only=True):
    """The policy that governs one promotion (or a newsletter signup), with its sources."""

    policy_version: str
    rules_version: int | None
    is_promotion: bool
    min_age: int
    timezone: str
    opens_at: datetime | None
    closes_at: datetime | None
    eligible_countries: tuple[str, ...] | None  # None: any country
    excluded_regions: tuple[str, ...]
    entry_limit: EntryLimit | None  # None: no limit (newsletter signup)
    referral_bonus: int
    winners: int
    alternates: int
    claim_days: int | None
    announce_winners: bool
    allow_newsletter_opt_in: bool
    sponsor_fields: tuple[SponsorField, ...]
    refused_sponsor_fields: tuple[str, ...]  # asked for by the rules, dropped by a floor
    collectable_fields: tuple[str, ...]
    sensitive_categories: tuple[str, ...]
    retention_days: int  # entrant data, counted from the end of the promotion
    winner_record_years: int
    inactive_subscriber_months: int
    sources: dict[str, Source]  # field name → which layer decided it

    @property
    def sponsor_field_names(self) -> tuple[str, ...]:
        """The names of the fields the sponsor receives about winners."""
        return tuple(f.field for f in self.sponsor_fields)


def sensitive_category_of(field: str) -> str | None:
    """The sensitive category a field name asks for, or None."""
    key = field_key(field)
    if key in SENSITIVE_CATEGORIES:
        return key
    return _SENSITIVE_ALIASES.get(key)


def field_key(field: str) -> str:
    """A field name in its canonical form ("Postal Address" → "postal_address")."""
    return field.strip().lower().replace("-", "_").replace(" ", "_")

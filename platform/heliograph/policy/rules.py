"""Pure decision logic for the privacy policy and promotion rules (DESIGN.md §1, §2 P1/P5, §6).

Everything here takes plain values and returns plain values: no database, no clock, no I/O.
`effective_policy` is the one function that merges the general policy with a promotion's
rules (P5); every check takes its result. Parts live in private modules re-exported here:
`_model` (structs), `_age`, `_places`, `_validate` (rule checks), `_describe` (page wording).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import msgspec

from heliograph.errors import (
    CountryNotEligible,
    EntryLimitReached,
    HeliographError,
    InvalidField,
    PromotionNotOpen,
    RulesNotAccepted,
    SensitiveData,
    UnderMinimumAge,
)
from heliograph.policy._age import (
    HARD_MIN_AGE,
    INVALID_FIELD,
    MAX_PLAUSIBLE_AGE,
    age_on,
    birthday,
    check_birth_date,
    entry_local_date,
    is_known_timezone,
    meets_min_age,
)
from heliograph.policy._describe import describe
from heliograph.policy._model import (
    COLLECTABLE_FIELDS,
    DEFAULT_POLICY,
    DEFAULT_SPONSOR_FIELDS,
    DEFAULT_SPONSOR_PURPOSE,
    PROBLEM_MESSAGES,
    SENSITIVE_CATEGORIES,
    EffectivePolicy,
    EntryLimit,
    GeneralPolicy,
    Problem,
    PromotionRules,
    Source,
    SponsorField,
    field_key,
    general_policy_from,
    sensitive_category_of,
)
from heliograph.policy._places import (
    dedupe,
    normalize_country,
    normalize_region,
    region_country,
    region_excluded,
)
from heliograph.policy._validate import rules_change_problems, validate_rules

__all__ = [
    "COLLECTABLE_FIELDS",
    "DEFAULT_POLICY",
    "DEFAULT_SPONSOR_FIELDS",
    "HARD_MIN_AGE",
    "MAX_PLAUSIBLE_AGE",
    "PROBLEM_MESSAGES",
    "SENSITIVE_CATEGORIES",
    "EffectivePolicy",
    "EntryLimit",
    "GeneralPolicy",
    "Problem",
    "PromotionRules",
    "Refusal",
    "SponsorField",
    "age_on",
    "birthday",
    "check_birth_date",
    "check_entry",
    "describe",
    "effective_policy",
    "entry_limit_key",
    "entry_local_date",
    "entry_refusal",
    "general_policy_from",
    "is_known_timezone",
    "is_open",
    "meets_min_age",
    "normalize_country",
    "normalize_region",
    "raise_for_problems",
    "refusal_error",
    "region_required",
    "rules_change_problems",
    "sensitive_category_of",
    "validate_rules",
]


def _resolve_min_age(general_min: int, asked: int | None) -> tuple[int, Source]:
    # "rules" when the rules raised it, "policy" when the general policy already set it,
    # "floor" when the rules (or a misconfigured policy) asked for less than 13 and lost.
    value = max(HARD_MIN_AGE, general_min, asked if asked is not None else 0)
    if asked is not None and asked == value and asked > general_min:
        return value, "rules"
    if general_min == value and (general_min > HARD_MIN_AGE or asked is None or asked >= value):
        return value, "policy"
    return value, "floor"


def _resolve_sponsor_fields(
    general: GeneralPolicy, rules: PromotionRules | None, collectable: tuple[str, ...]
) -> tuple[tuple[SponsorField, ...], tuple[str, ...], Source]:
    def allowed(key: str) -> bool:
        return key in collectable and sensitive_category_of(key) is None

    chosen = {
        key: SponsorField(key, DEFAULT_SPONSOR_PURPOSE)
        for key in map(field_key, general.sponsor_default_fields)
        if allowed(key)
    }
    defaults, refused = len(chosen), []
    for asked in rules.sponsor_fields if rules else ():
        key = field_key(asked.field)
        if not allowed(key):
            refused.append(key)
        elif key not in chosen:
            chosen[key] = SponsorField(key, asked.purpose.strip())
    source: Source = "floor" if refused else "rules" if len(chosen) > defaults else "policy"
    return tuple(chosen.values()), tuple(dedupe(refused)), source


_RULES_FIELDS = (
    "timezone",
    "opens_at",
    "closes_at",
    "eligible_countries",
    "excluded_regions",
    "entry_limit",
    "referral_bonus",
    "winners",
    "alternates",
    "claim_days",
    "announce_winners",
    "allow_newsletter_opt_in",
)
_POLICY_FIELDS = ("winner_record_years", "inactive_subscriber_months", "collectable_fields")


def effective_policy(general: GeneralPolicy, rules: PromotionRules | None = None) -> EffectivePolicy:
    """Merge the general policy with a promotion's rules, within the hard floors (P5)."""
    sensitive = dedupe((*SENSITIVE_CATEGORIES, *map(field_key, general.sensitive_categories)))
    collectable = tuple(
        f
        for f in dedupe(map(field_key, general.collectable_fields))
        if f not in sensitive and sensitive_category_of(f) is None
    )
    min_age, min_age_source = _resolve_min_age(general.min_age, rules.min_age if rules else None)
    sponsor, refused, sponsor_source = _resolve_sponsor_fields(general, rules, collectable)
    layer: Source = "rules" if rules else "policy"
    sources: dict[str, Source] = {name: layer for name in _RULES_FIELDS}
    sources.update({name: "policy" for name in _POLICY_FIELDS})
    sources.update(
        min_age=min_age_source,
        sponsor_fields=sponsor_source,
        sensitive_categories="floor",
        retention_days="rules" if rules and rules.retention_days is not None else "policy",
    )
    general_only = EffectivePolicy(
        policy_version=general.version,
        rules_version=None,
        is_promotion=False,
        min_age=min_age,
        timezone=general.timezone,
        opens_at=None,
        closes_at=None,
        eligible_countries=None,
        excluded_regions=(),
        entry_limit=None,
        referral_bonus=0,
        winners=0,
        alternates=0,
        claim_days=None,
        announce_winners=False,
        allow_newsletter_opt_in=True,
        sponsor_fields=sponsor,
        refused_sponsor_fields=refused,
        collectable_fields=collectable,
        sensitive_categories=sensitive,
        retention_days=general.entrant_retention_days,
        winner_record_years=general.winner_record_years,
        inactive_subscriber_months=general.inactive_subscriber_months,
        sources=sources,
    )
    if rules is None:
        return general_only
    return msgspec.structs.replace(
        general_only,
        rules_version=rules.version,
        is_promotion=True,
        timezone=rules.timezone,
        opens_at=rules.opens_at,
        closes_at=rules.closes_at,
        eligible_countries=dedupe(_upper(c) for c in rules.eligible_countries),
        excluded_regions=dedupe(_upper(r) for r in rules.excluded_regions),
        entry_limit=rules.entry_limit,
        referral_bonus=rules.referral_bonus,
        winners=rules.winners,
        alternates=rules.alternates,
        claim_days=rules.claim_days,
        announce_winners=rules.announce_winners,
        allow_newsletter_opt_in=rules.allow_newsletter_opt_in,
        retention_days=(rules.retention_days if rules.retention_days is not None else general.entrant_retention_days),
    )


def _upper(code: str) -> str:
    return code.strip().upper()


def is_open(effective: EffectivePolicy, now: datetime) -> bool:
    """Whether entries are accepted at `now`: inside [opens_at, closes_at) for a promotion."""
    if effective.opens_at is None or effective.closes_at is None:
        return not effective.is_promotion
    return effective.opens_at <= now < effective.closes_at


def region_required(effective: EffectivePolicy, country: str) -> bool:
    """Whether entrants from `country` must give their region (some of its regions are excluded)."""
    cc = _upper(country)
    if effective.eligible_countries is not None and cc not in effective.eligible_countries:
        return False
    return any(region_country(r) == cc for r in effective.excluded_regions)


class Refusal(msgspec.Struct, frozen=True):
    """Why an entry or signup is refused: a DESIGN §5 code and the field it concerns."""

    code: str
    field: str | None = None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def entry_refusal(
    effective: EffectivePolicy,
    *,
    now: datetime,
    birth_date: date | None,
    country: str | None,
    region: str | None = None,
    accepted_rules: bool = False,
) -> Refusal | None:
    """The first reason to refuse this entry (or signup), with its field, or None to accept it.

    Order: promotion_not_open, rules_not_accepted, invalid_field (birth date, country, region),
    under_minimum_age, country_not_eligible. For a promotion birth date and country are
    required; for a signup (no rules) they are checked only when given.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    promotion = effective.is_promotion
    if not is_open(effective, now):
        return Refusal("promotion_not_open")
    if promotion and accepted_rules is not True:
        return Refusal("rules_not_accepted", "accept_rules")
    today = entry_local_date(now, effective.timezone)
    has_birth_date = not _blank(birth_date)
    if (promotion or has_birth_date) and check_birth_date(birth_date, today) is not None:
        return Refusal(INVALID_FIELD, "birth_date")
    cc = None if _blank(country) else normalize_country(country)
    if cc is None and (promotion or not _blank(country)):
        return Refusal(INVALID_FIELD, "country")
    rc = None if _blank(region) else normalize_region(region)
    if rc is None and not _blank(region):
        return Refusal(INVALID_FIELD, "region")
    if rc is not None and region_country(rc) != cc:
        return Refusal(INVALID_FIELD, "region")
    if rc is None and cc is not None and region_required(effective, cc):
        return Refusal(INVALID_FIELD, "region")
    if isinstance(birth_date, date) and not meets_min_age(birth_date, now, effective.timezone, effective.min_age):
        return Refusal("under_minimum_age", "birth_date")
    eligible = effective.eligible_countries
    if cc is not None and eligible is not None and cc not in eligible:
        return Refusal("country_not_eligible", "country")
    if rc is not None and region_excluded(rc, effective.excluded_regions):
        return Refusal("country_not_eligible", "region")
    return None


def check_entry(
    effective: EffectivePolicy,
    *,
    now: datetime,
    birth_date: date | None,
    country: str | None,
    region: str | None = None,
    accepted_rules: bool = False,
) -> str | None:
    """The first refusal code (DESIGN §5) for this entry or signup, or None to accept it."""
    refusal = entry_refusal(
        effective,
        now=now,
        birth_date=birth_date,
        country=country,
        region=region,
        accepted_rules=accepted_rules,
    )
    return refusal.code if refusal else None


def entry_limit_key(effective: EffectivePolicy, now: datetime) -> str:
    """The entry-limit bucket: "promotion", or the local ISO date for per-day limits."""
    limit = effective.entry_limit
    if limit is None or limit.per != "day":
        return "promotion"
    return entry_local_date(now, effective.timezone).isoformat()


_REFUSAL_ERRORS: dict[str, type[HeliographError]] = {
    "promotion_not_open": PromotionNotOpen,
    "rules_not_accepted": RulesNotAccepted,
    "under_minimum_age": UnderMinimumAge,
    "country_not_eligible": CountryNotEligible,
    "entry_limit_reached": EntryLimitReached,
}


def refusal_error(refusal: Refusal | str, field: str | None = None) -> HeliographError:
    """The HeliographError to raise for a refusal (or a bare refusal code)."""
    if isinstance(refusal, str):
        refusal = Refusal(refusal, field)
    if refusal.code == INVALID_FIELD:
        return InvalidField(refusal.field or "body")
    errors = [{"field": refusal.field, "code": refusal.code}] if refusal.field else None
    cls = _REFUSAL_ERRORS.get(refusal.code)
    if cls is None:
        return HeliographError(code=refusal.code, status=422, errors=errors)
    return cls(errors=errors)


def raise_for_problems(problems: Sequence[Problem], *, prefix: str = "rules", detail: str | None = None) -> None:
    """Raise InvalidField (or SensitiveData) listing every problem; do nothing if there are none."""
    if not problems:
        return
    errors = [
        {
            "field": f"{prefix}.{path}" if prefix else path,
            "code": "sensitive_data" if code == "sensitive_category" else INVALID_FIELD,
            "reason": code,
            "message": PROBLEM_MESSAGES.get(code, code),
        }
        for path, code in problems
    ]
    if any(e["code"] == "sensitive_data" for e in errors):
        raise SensitiveData(detail or "The rules ask for sensitive data", errors=errors)
    error = InvalidField(errors[0]["field"], detail or "The rules are not valid")
    error.errors = errors
    raise error

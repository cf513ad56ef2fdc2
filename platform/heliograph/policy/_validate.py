"""Checks on a promotion's rules and on changes to them; re-exported by `heliograph.policy.rules`."""

from __future__ import annotations

from datetime import datetime

from heliograph.policy._age import HARD_MIN_AGE, MAX_PLAUSIBLE_AGE, is_known_timezone
from heliograph.policy._model import (
    DEFAULT_POLICY,
    EntryLimit,
    GeneralPolicy,
    Problem,
    PromotionRules,
    field_key,
    sensitive_category_of,
)
from heliograph.policy._places import (
    normalize_country,
    normalize_region,
    region_country,
    region_excluded,
)


def _aware(value: object) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() is not None


def validate_rules(rules: PromotionRules, *, general: GeneralPolicy | None = None) -> list[Problem]:
    """Every problem with a promotion's rules, as (field path, problem code); empty if none.

    A min_age below 13 (or below the general policy's minimum) is reported as "below_floor"
    (or "below_policy") so the marketer learns of it; `effective_policy` clamps it regardless.
    """
    general = general or DEFAULT_POLICY
    problems: list[Problem] = []
    if not is_known_timezone(rules.timezone):
        problems.append(("timezone", "unknown_timezone"))
    for name in ("opens_at", "closes_at"):
        if not _aware(getattr(rules, name)):
            problems.append((name, "naive_datetime"))
    if _aware(rules.opens_at) and _aware(rules.closes_at) and rules.closes_at <= rules.opens_at:
        problems.append(("closes_at", "closes_before_opens"))

    if rules.min_age is not None:
        if rules.min_age < HARD_MIN_AGE:
            problems.append(("min_age", "below_floor"))
        elif rules.min_age < general.min_age:
            problems.append(("min_age", "below_policy"))
        elif rules.min_age > MAX_PLAUSIBLE_AGE:
            problems.append(("min_age", "out_of_range"))

    eligible = set()
    if not rules.eligible_countries:
        problems.append(("eligible_countries", "required"))
    for i, code in enumerate(rules.eligible_countries):
        country = normalize_country(code)
        if country is None:
            problems.append((f"eligible_countries[{i}]", "unknown_country"))
        else:
            eligible.add(country)
    for i, code in enumerate(rules.excluded_regions):
        region = normalize_region(code)
        if region is None:
            problems.append((f"excluded_regions[{i}]", "unknown_region"))
        elif region_country(region) not in eligible:
            problems.append((f"excluded_regions[{i}]", "region_not_in_eligible_country"))

    if rules.entry_limit.count < 1:
        problems.append(("entry_limit.count", "must_be_positive"))
    if rules.entry_limit.per not in ("day", "promotion"):
        problems.append(("entry_limit.per", "invalid_choice"))
    for name in ("referral_bonus", "winners", "alternates"):
        if getattr(rules, name) < 0:
            problems.append((name, "must_not_be_negative"))
    if rules.claim_days < 1:
        problems.append(("claim_days", "must_be_positive"))
    if rules.retention_days is not None and rules.retention_days < 0:
        problems.append(("retention_days", "must_not_be_negative"))
    if rules.version < 1:
        problems.append(("version", "must_be_positive"))
    if not rules.official_rules.strip():
        problems.append(("official_rules", "required"))

    collectable = {field_key(f) for f in general.collectable_fields}
    for i, sponsor_field in enumerate(rules.sponsor_fields):
        key = field_key(sponsor_field.field)
        if sensitive_category_of(key) is not None:
            problems.append((f"sponsor_fields[{i}].field", "sensitive_category"))
        elif key not in collectable:
            problems.append((f"sponsor_fields[{i}].field", "not_collectable"))
        if not sponsor_field.purpose.strip():
            problems.append((f"sponsor_fields[{i}].purpose", "required"))
    return problems


def _min_age(rules: PromotionRules, general: GeneralPolicy) -> int:
    return max(HARD_MIN_AGE, general.min_age, rules.min_age or 0)


def _retention(rules: PromotionRules, general: GeneralPolicy) -> int:
    return rules.retention_days if rules.retention_days is not None else general.entrant_retention_days


def _limit_lowered(old: EntryLimit, new: EntryLimit) -> bool:
    if old.per == "day" and new.per == "promotion":
        return True  # a per-promotion count can never beat the same count every day
    return new.count < old.count


def _countries(codes: tuple[str, ...]) -> set[str]:
    return {normalize_country(c) or c.strip().upper() for c in codes}


def rules_change_problems(
    old: PromotionRules,
    new: PromotionRules,
    *,
    is_open: bool,
    general: GeneralPolicy | None = None,
) -> list[Problem]:
    """Changes that would hurt people who may already have entered; empty before opening.

    `is_open` means the promotion has opened (pass True after it closed as well).
    Widening the window, adding countries, raising limits or prizes are always fine.
    """
    if not is_open:
        return []
    general = general or DEFAULT_POLICY
    problems: list[Problem] = []
    if new.closes_at < old.closes_at:
        problems.append(("closes_at", "closes_earlier"))
    if new.opens_at > old.opens_at:
        problems.append(("opens_at", "opens_later"))
    if new.timezone != old.timezone:
        problems.append(("timezone", "timezone_changed"))
    if _min_age(new, general) > _min_age(old, general):
        problems.append(("min_age", "min_age_raised"))
    if _countries(old.eligible_countries) - _countries(new.eligible_countries):
        problems.append(("eligible_countries", "country_removed"))
    old_excluded = [r.strip().upper() for r in old.excluded_regions]
    if any(not region_excluded(r.strip().upper(), old_excluded) for r in new.excluded_regions):
        problems.append(("excluded_regions", "region_added"))
    if _limit_lowered(old.entry_limit, new.entry_limit):
        problems.append(("entry_limit", "entry_limit_lowered"))
    for name in ("winners", "alternates", "referral_bonus"):
        if getattr(new, name) < getattr(old, name):
            problems.append((name, "reduced"))
    if new.claim_days < old.claim_days:
        problems.append(("claim_days", "claim_days_shortened"))

    defaults = {field_key(f) for f in general.sponsor_default_fields}
    old_purposes = {field_key(f.field): f.purpose.strip() for f in old.sponsor_fields}
    for i, sponsor_field in enumerate(new.sponsor_fields):
        key = field_key(sponsor_field.field)
        if key in defaults:
            continue
        if key not in old_purposes:
            problems.append((f"sponsor_fields[{i}].field", "sponsor_field_added"))
        elif sponsor_field.purpose.strip() != old_purposes[key]:
            problems.append((f"sponsor_fields[{i}].purpose", "sponsor_purpose_changed"))
    if new.announce_winners and not old.announce_winners:
        problems.append(("announce_winners", "announce_winners_enabled"))
    if _retention(new, general) > _retention(old, general):
        problems.append(("retention_days", "retention_extended"))
    return problems

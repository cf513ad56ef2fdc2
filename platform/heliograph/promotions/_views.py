"""Shaping promotion rows into the admin view and the public view (effective rules in plain fields)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import msgspec

from heliograph.policy import rules as policy_rules
from heliograph.policy.rules import EffectivePolicy, GeneralPolicy
from heliograph.promotions import rules as promo_rules
from heliograph.promotions._common import rules_of, shown_status


def _moments(row: dict[str, Any]) -> list[str]:
    value = row["winning_moments"]
    if isinstance(value, str):
        value = json.loads(value or "[]")
    return list(value)


def prize_admin(row: dict[str, Any]) -> dict[str, Any]:
    """A prize for marketers (with the awarded count and any listed moments)."""
    return {
        "id": row["id"],
        "name": row["name"],
        "description": row["description"],
        "value": row["value"],
        "quantity": row["quantity"],
        "awarded": row["awarded"],
        "allocation": row["allocation"],
        "odds": row["odds"],
        "winning_moments": _moments(row),
    }


def prize_public(row: dict[str, Any]) -> dict[str, Any]:
    """A prize for people: never its winning moments."""
    out = {
        "name": row["name"],
        "description": row["description"],
        "value": row["value"],
        "quantity": row["quantity"],
    }
    if row["allocation"] == "odds":
        out["odds"] = promo_rules.odds_label(row["odds"])
    return out


def admin_view(row: dict[str, Any], kids: dict[str, list[dict[str, Any]]], now: datetime) -> dict[str, Any]:
    """Everything a marketer sees about a promotion."""
    rules = msgspec.to_builtins(rules_of(row))
    return {
        "id": row["id"],
        "slug": row["slug"],
        "kind": row["kind"],
        "title": row["title"],
        "description": row["description"],
        "question": row["question"],
        "status": shown_status(row, now),
        "rules": rules,
        "rules_version": row["rules_version"],
        "sponsor_ids": kids["sponsor_ids"],
        "prizes": [prize_admin(p) for p in kids["prizes"]],
        "options": [{"id": o["id"], "label": o["label"]} for o in kids["options"]],
        "criteria": [
            {
                "id": c["id"],
                "name": c["name"],
                "description": c["description"],
                "weight": c["weight"],
                "max_score": c["max_score"],
            }
            for c in kids["criteria"]
        ],
        "show_results": row["show_results"],
        "referral_limit": row["referral_limit"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "published_at": row["published_at"],
        "closed_at": row["closed_at"],
    }


def summary(row: dict[str, Any], now: datetime) -> dict[str, Any]:
    """A promotion in a list."""
    return {
        "id": row["id"],
        "slug": row["slug"],
        "kind": row["kind"],
        "title": row["title"],
        "status": shown_status(row, now),
        "opens_at": row["opens_at"],
        "closes_at": row["closes_at"],
        "timezone": row["timezone"],
        "rules_version": row["rules_version"],
    }


def local_time(moment: datetime | None, zone: str) -> str:
    """A moment as people read it in the promotion's zone: "1 March 2026, 09:00 CET"."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.day} {local:%B %Y}, {local:%H:%M} {local:%Z}"


def effective_of(row: dict[str, Any], general: GeneralPolicy) -> EffectivePolicy:
    """The effective policy (P5) of a promotion row."""
    return policy_rules.effective_policy(general, rules_of(row))


def public_view(
    row: dict[str, Any],
    kids: dict[str, list[dict[str, Any]]],
    general: GeneralPolicy,
    sponsor_names: list[str],
    now: datetime,
) -> dict[str, Any]:
    """A promotion for people, with the effective rules in plain fields and in plain words."""
    effective = effective_of(row, general)
    rules = rules_of(row)
    limit = effective.entry_limit
    return {
        "slug": row["slug"],
        "kind": row["kind"],
        "title": row["title"],
        "description": row["description"],
        "question": row["question"],
        "status": shown_status(row, now),
        "rules_version": row["rules_version"],
        "policy_version": effective.policy_version,
        "min_age": effective.min_age,
        "eligible_countries": list(effective.eligible_countries or ()),
        "excluded_regions": list(effective.excluded_regions),
        "opens_at": effective.opens_at,
        "closes_at": effective.closes_at,
        "timezone": effective.timezone,
        "opens_local": local_time(effective.opens_at, effective.timezone),
        "closes_local": local_time(effective.closes_at, effective.timezone),
        "entry_limit": {"count": limit.count, "per": limit.per} if limit else None,
        "referral_bonus": effective.referral_bonus,
        "winners": effective.winners,
        "alternates": effective.alternates,
        "claim_days": effective.claim_days,
        "announce_winners": effective.announce_winners,
        "retention_days": effective.retention_days,
        "allow_newsletter_opt_in": effective.allow_newsletter_opt_in,
        "shared_with_sponsor": [{"field": f.field, "purpose": f.purpose} for f in effective.sponsor_fields],
        "sponsors": sponsor_names,
        "description_lines": policy_rules.describe(effective, sponsor_names=sponsor_names),
        "prizes": [prize_public(p) for p in kids["prizes"]],
        "options": [{"id": o["id"], "label": o["label"]} for o in kids["options"]],
        "criteria": [
            {"name": c["name"], "description": c["description"], "weight": c["weight"], "max_score": c["max_score"]}
            for c in kids["criteria"]
        ],
        "official_rules": rules.official_rules,
        "region_required_for": sorted(
            c for c in effective.eligible_countries or () if policy_rules.region_required(effective, c)
        ),
    }

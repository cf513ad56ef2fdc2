"""Shared helpers of the promotion services: loading, rules decoding, the general policy, errors."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import msgspec

from heliograph.errors import InvalidField, NotFound, SensitiveData
from heliograph.policy import rules as policy_rules
from heliograph.policy.rules import GeneralPolicy, PromotionRules
from heliograph.policy.service import current_policy
from heliograph.promotions import rules as promo_rules
from heliograph.promotions.tables import Promotion

PUBLIC_STATUSES = ("published", "closed", "drawn", "judged", "completed")


@functools.lru_cache(maxsize=512)
def decode_rules(raw: str, version: int) -> PromotionRules:
    """The stored rules JSON as PromotionRules carrying the promotion's rules version."""
    rules = msgspec.json.decode(raw, type=PromotionRules)
    return msgspec.structs.replace(rules, version=version)


def encode_rules(rules: PromotionRules) -> str:
    """Rules as stored (without the version, which lives in its own column)."""
    data = msgspec.to_builtins(rules)
    data.pop("version", None)
    return msgspec.json.encode(data).decode()


def rules_of(row: dict[str, Any]) -> PromotionRules:
    """The PromotionRules of a promotion row."""
    raw = row["rules"]
    if not isinstance(raw, str):
        raw = msgspec.json.encode(raw).decode()
    return decode_rules(raw, int(row["rules_version"]))


async def general_policy() -> GeneralPolicy:
    """The general policy in effect now, as the structured defaults the rules override."""
    row = await current_policy()
    return policy_rules.general_policy_from(str(row["version"]), _known_defaults(row["defaults"]))


def _known_defaults(defaults: dict[str, Any]) -> dict[str, Any]:
    fields = set(GeneralPolicy.__struct_fields__)
    return {k: v for k, v in (defaults or {}).items() if k in fields}


async def load_promotion(slug: str, *, public: bool = False) -> dict[str, Any]:
    """The promotion row for slug; NotFound if missing (or, for the public, not yet published)."""
    query = Promotion.select().where(Promotion.slug == slug)
    if public:
        query = query.where(Promotion.status.is_in(list(PUBLIC_STATUSES)))
    row = await query.first()
    if row is None:
        raise NotFound("No such promotion.")
    return row


def shown_status(row: dict[str, Any], now: datetime) -> str:
    """The status shown for a promotion row at now."""
    return promo_rules.shown_status(row["status"], row["opens_at"], row["closes_at"], now)


_MESSAGES = {**policy_rules.PROBLEM_MESSAGES, **promo_rules.PROBLEM_MESSAGES}


def raise_problems(problems: Sequence[tuple[str, str]], *, prefix: str = "", detail: str | None = None) -> None:
    """Raise InvalidField (or SensitiveData) listing every problem; nothing if there are none."""
    if not problems:
        return
    errors = [
        {
            "field": f"{prefix}.{path}" if prefix else path,
            "code": "sensitive_data" if code == "sensitive_category" else "invalid_field",
            "reason": code,
            "message": _MESSAGES.get(code, code),
        }
        for path, code in problems
    ]
    if any(e["code"] == "sensitive_data" for e in errors):
        raise SensitiveData(detail or "A field asks for sensitive data.", errors=errors)
    error = InvalidField(errors[0]["field"], detail or "; ".join(f"{e['field']} {e['message']}" for e in errors))
    error.errors = errors
    raise error

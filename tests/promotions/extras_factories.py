"""Factories for the contest, poll and tell-a-friend tests: promotions, entries and console tokens."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import msgspec

from heliograph import db
from heliograph.console import service as console
from heliograph.promotions import service
from heliograph.promotions.schemas import EntryIn, PromotionIn

PASSWORD = "correct horse battery"


def rules(**changes: Any) -> dict[str, Any]:
    """A rules body open from an hour ago for a week, Germany and France, one entry per promotion."""
    now = db.now_utc()
    body: dict[str, Any] = {
        "opens_at": (now - timedelta(hours=1)).isoformat(),
        "closes_at": (now + timedelta(days=7)).isoformat(),
        "timezone": "Europe/Berlin",
        "eligible_countries": ["DE", "FR"],
        "official_rules": "No purchase necessary.",
        "entry_limit": {"count": 1, "per": "promotion"},
    }
    body.update(changes)
    return body


async def make_promotion(
    *,
    slug: str = "summer-sun",
    kind: str = "sweepstakes",
    title: str = "Summer Sun",
    publish: bool = True,
    criteria: list[dict[str, Any]] | None = None,
    options: list[str] | None = None,
    show_results: bool = False,
    referral_limit: int = 5,
    question: str = "",
    **rule_changes: Any,
) -> dict[str, Any]:
    """A promotion made through the service (published unless publish=False)."""
    body: dict[str, Any] = {
        "slug": slug,
        "kind": kind,
        "title": title,
        "question": question,
        "rules": rules(**rule_changes),
        "show_results": show_results,
        "referral_limit": referral_limit,
    }
    if criteria is not None:
        body["criteria"] = criteria
    if options is not None:
        body["options"] = [{"label": label} for label in options]
    promotion = await service.create_promotion(msgspec.convert(body, PromotionIn))
    if publish:
        promotion = await service.publish_promotion(slug)
    return promotion


async def enter(
    slug: str,
    *,
    email: str,
    name: str = "Ada Lovelace",
    answer: str | None = None,
    option: int | None = None,
    referral_code: str | None = None,
    country: str = "DE",
    birth_date: str = "1990-05-17",
) -> dict[str, Any]:
    """One accepted entry through the entry service: entry_id, receipt (token), receipt_code, referral_code."""
    data = EntryIn(
        email=email,
        name=name,
        birth_date=birth_date,
        country=country,
        accept_rules=True,
        answer=answer,
        option=option,
        referral_code=referral_code,
    )
    return await service.enter(slug, data)


async def bearer(role: str, email: str | None = None) -> dict[str, str]:
    """An Authorization header for a new console user with this role."""
    email = email or f"{role}@example.com"
    await console.create_user(email, PASSWORD, role)
    token, _ = await console.issue_token(email, PASSWORD)
    return {"Authorization": f"Bearer {token}"}

"""Factories for promotion tests: rules bodies, promotions through the service, entries, admin tokens, row counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec

from heliograph import db
from heliograph.console import service as console
from heliograph.promotions import service
from heliograph.promotions.schemas import EntryIn, PromotionIn

PASSWORD = "correct horse battery"


def rules_body(
    *,
    opens_at: datetime | None = None,
    closes_at: datetime | None = None,
    timezone: str = "Europe/Berlin",
    eligible_countries: tuple[str, ...] = ("DE", "FR", "US"),
    **overrides: Any,
) -> dict[str, Any]:
    """A valid rules body (open from an hour ago for 30 days unless told otherwise)."""
    now = db.now_utc()
    body: dict[str, Any] = {
        "opens_at": (opens_at or now - timedelta(hours=1)).isoformat(),
        "closes_at": (closes_at or now + timedelta(days=30)).isoformat(),
        "timezone": timezone,
        "eligible_countries": list(eligible_countries),
        "official_rules": "## Official rules\n\nOne entry per person.",
    }
    body.update(overrides)
    return body


def promotion_body(*, slug: str = "sunny-days", kind: str = "sweepstakes", **overrides: Any) -> dict[str, Any]:
    """A create body for the admin API."""
    body: dict[str, Any] = {"slug": slug, "kind": kind, "title": "Sunny days", "rules": rules_body()}
    if kind == "poll":
        body["options"] = [{"label": "Rooftop panels"}, {"label": "Balcony panels"}]
    if kind == "contest":
        body["criteria"] = [{"name": "Originality", "weight": 2}, {"name": "Clarity", "weight": 1}]
        body["question"] = "In 50 words: where would you put a solar panel?"
    if kind == "instant_win":
        body["prizes"] = [{"name": "Solar lamp", "quantity": 5, "odds": 1.0}]
    body.update(overrides)
    return body


async def make_promotion(*, publish: bool = True, **overrides: Any) -> dict[str, Any]:
    """Create (and publish) a promotion through the service; returns its admin view."""
    data = msgspec.convert(promotion_body(**overrides), PromotionIn, strict=False)
    view = await service.create_promotion(data)
    if publish:
        view = await service.publish_promotion(view["slug"])
    return view


def entry_body(**overrides: Any) -> dict[str, Any]:
    """An entry body for the public API (an adult in Germany)."""
    body: dict[str, Any] = {
        "email": "ada@example.com",
        "name": "Ada Lovelace",
        "birth_date": "1990-04-21",
        "country": "DE",
        "accept_rules": True,
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def entry_in(**overrides: Any) -> EntryIn:
    """The same entry as the service takes it."""
    return msgspec.convert(entry_body(**overrides), EntryIn)


async def admin_token(client: Any, role: str = "owner", email: str | None = None) -> dict[str, str]:
    """Authorization headers for a new console user with this role."""
    address = email or f"{role}@example.com"
    await console.create_user(address, PASSWORD, role)
    r = await client.post("/api/v1/auth/token", json={"email": address, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


async def row_counts() -> dict[str, int]:
    """Rows in every app table (the seeded policy version included)."""
    from heliograph.piccolo_app import APP_CONFIG

    counts = {}
    for table in APP_CONFIG.table_classes:
        counts[table._meta.tablename] = await table.count()
    return counts


async def ensure_pool() -> None:
    """A PostgreSQL pool on the test's own event loop (the test client runs the app on another one)."""
    from heliograph.settings import get_settings

    await db.start(get_settings())


def at(text: str) -> datetime:
    """An aware UTC datetime from 'YYYY-MM-DD HH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)

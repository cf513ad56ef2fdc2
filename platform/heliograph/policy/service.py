"""The general privacy policy: the current version, publishing a new one, the shipped default."""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path
from typing import Any

from heliograph import db
from heliograph.errors import InvalidField, NotFound
from heliograph.policy.tables import PolicyVersion

DEFAULT_VERSION = "2026-11-01"
DEFAULT_LAST_UPDATED = datetime.date(2026, 11, 1)
DEFAULT_POLICY_FILE = Path(__file__).with_name("default_policy.md")
DEFAULT_DEFAULTS: dict[str, Any] = {
    "min_age": 13,
    "entrant_retention_days": 90,
    "winner_record_years": 6,
    "inactive_subscriber_months": 24,
    "consent_evidence_years": 6,
}


def _row(row: dict[str, Any]) -> dict[str, Any]:
    defaults = row["defaults"]
    if isinstance(defaults, str):
        defaults = json.loads(defaults or "{}")
    return {**row, "defaults": {**DEFAULT_DEFAULTS, **defaults}}


async def current_policy(now: datetime.datetime | None = None) -> dict[str, Any]:
    """The policy version in effect now (the newest already posted)."""
    now = now or db.now_utc()
    row = (
        await PolicyVersion.select()
        .where(PolicyVersion.effective_at <= now)
        .order_by(PolicyVersion.effective_at, ascending=False)
        .order_by(PolicyVersion.id, ascending=False)
        .first()
    )
    if row is None:
        raise NotFound("No privacy policy has been published.")
    return _row(row)


_VERSION_TTL_S = 1.0
_version_cache: tuple[float, str] | None = None


async def current_policy_version() -> str:
    """The version label in effect, cached for a second (consent events carry it on hot paths)."""
    global _version_cache
    now = time.monotonic()
    if _version_cache is not None and _version_cache[0] > now:
        return _version_cache[1]
    version = str((await current_policy())["version"])
    _version_cache = (now + _VERSION_TTL_S, version)
    return version


async def publish_policy(
    *, version: str, text: str, last_updated: datetime.date | None = None, defaults: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Post a new version; it takes effect now."""
    merged = {**DEFAULT_DEFAULTS, **(defaults or {})}
    if int(merged.get("min_age", 13)) < 13:
        raise InvalidField("defaults.min_age", "the minimum age cannot be below 13")
    if not text.strip():
        raise InvalidField("text", "the policy text is empty")
    now = db.now_utc()
    async with db.transaction():
        if await PolicyVersion.exists().where(PolicyVersion.version == version):
            raise InvalidField("version", f"version {version} exists already")
        await PolicyVersion.insert(
            PolicyVersion(
                version=version,
                last_updated=last_updated or now.date(),
                effective_at=now,
                text=text,
                defaults=json.dumps(merged),
            )
        )
    global _version_cache
    _version_cache = None
    return await current_policy(now)


async def seed_default_policy() -> bool:
    """Insert the shipped default policy when no version exists; True if it did."""
    global _version_cache
    _version_cache = None
    async with db.transaction():
        if await PolicyVersion.exists():
            return False
        await PolicyVersion.insert(
            PolicyVersion(
                version=DEFAULT_VERSION,
                last_updated=DEFAULT_LAST_UPDATED,
                effective_at=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
                text=DEFAULT_POLICY_FILE.read_text(encoding="utf-8"),
                defaults=json.dumps(DEFAULT_DEFAULTS),
            )
        )
    return True

"""A short-lived cache of what every entry reads: the promotion, its effective policy and its prizes.

Entries are the hot path; reading the promotion and the general policy costs two round trips each
time. They are kept for TTL_S seconds per process. This process's own promotion writes invalidate
the slug at once; another process's writes (or a newly posted privacy policy) are seen within
TTL_S + REFRESH_S. Opening and closing by the clock never depend on the cache: the window is compared with the
current time on every entry.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from heliograph.policy.rules import EffectivePolicy

TTL_S = 1.0
REFRESH_S = 1.0  # how long a stale value may still be served while one caller reloads it


@dataclass(frozen=True)
class IntakeContext:
    """What the intake checks need about a promotion."""

    row: dict[str, Any]
    effective: EffectivePolicy
    prizes: list[dict[str, Any]]


_entries: dict[str, tuple[float, IntakeContext]] = {}
_refreshing: dict[str, float] = {}


def get(slug: str) -> IntakeContext | None:
    """The cached context of slug if fresh; once stale, one caller gets None (and reloads it) while
    the others keep the stale value for up to REFRESH_S more, so concurrent entries do not all reload."""
    item = _entries.get(slug)
    if item is None:
        return None
    now = time.monotonic()
    if item[0] >= now:
        return item[1]
    started = _refreshing.get(slug)
    if started is not None and now - started < REFRESH_S:
        return item[1]
    _refreshing[slug] = now
    return None


def put(slug: str, context: IntakeContext) -> None:
    """Keep context for TTL_S seconds."""
    if len(_entries) > 1000:
        _entries.clear()
    _entries[slug] = (time.monotonic() + TTL_S, context)
    _refreshing.pop(slug, None)


def invalidate(*slugs: str) -> None:
    """Forget these slugs (after this process changed them)."""
    for slug in slugs:
        _entries.pop(slug, None)
        _refreshing.pop(slug, None)


def clear() -> None:
    """Forget everything."""
    _entries.clear()
    _refreshing.clear()

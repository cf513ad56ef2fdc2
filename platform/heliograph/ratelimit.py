"""Fixed-window rate limits: Redis (INCR + EXPIRE) when configured, else in this process.

Keys are keyed hashes, so neither Redis nor memory ever holds a raw address or IP. When Redis
cannot be reached the limit lets the request through (logged): signups matter more than limits.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

from heliograph.errors import RateLimited
from heliograph.settings import get_settings

log = logging.getLogger(__name__)

PREFIX = "heliograph:ratelimit:"


@dataclass(frozen=True)
class Limit:
    """At most `count` hits per key in each window of `window_s` seconds."""

    name: str
    count: int
    window_s: int


# Signups (POST /api/v1/subscriptions and the HTML forms). Tests account for these numbers.
SIGNUP_PER_ADDRESS = Limit("signup:address", 5, 3600)
SIGNUP_PER_IP = Limit("signup:ip", 30, 600)


def _key(limit: Limit, key: str, now: float) -> tuple[str, int]:
    window = int(now // limit.window_s)
    digest = hmac.new(get_settings().secret_key.encode(), f"ratelimit:{key}".encode(), hashlib.sha256).hexdigest()
    return f"{PREFIX}{limit.name}:{window}:{digest[:32]}", window


class _Memory:
    """Counters for the embedded mode (one process); old windows are dropped as time passes."""

    def __init__(self) -> None:
        self._counts: dict[str, tuple[int, int]] = {}  # key → (window, count)
        self._lock = threading.Lock()

    def incr(self, key: str, window: int) -> int:
        with self._lock:
            if len(self._counts) > 50_000:
                self._counts = {k: v for k, v in self._counts.items() if v[0] >= window - 1}
            _, count = self._counts.get(key, (window, 0))
            self._counts[key] = (window, count + 1)
            return count + 1

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


_memory = _Memory()
_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()


def _redis() -> Any:
    """This event loop's Redis client, or None in the embedded mode."""
    url = get_settings().redis_url
    if not url:
        return None
    loop = asyncio.get_running_loop()
    client = _clients.get(loop)
    if client is None:
        import redis.asyncio

        client = redis.asyncio.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        _clients[loop] = client
    return client


async def hit(limit: Limit, key: str, *, now: float | None = None) -> None:
    """Count one hit for key; raise RateLimited when the window's count is exceeded."""
    now = time.time() if now is None else now
    name, window = _key(limit, key, now)
    client = _redis()
    if client is None:
        count = _memory.incr(name, window)
    else:
        import redis

        try:
            async with client.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, limit.window_s + 1)
                count, _ = await pipe.execute()
        except (redis.RedisError, OSError) as exc:
            log.warning("rate limit %s not checked, Redis unavailable: %s", limit.name, exc)
            return
    if int(count) > limit.count:
        retry_after = int(limit.window_s - now % limit.window_s) + 1
        raise RateLimited("Too many requests; please try again later.", extra={"retry_after": retry_after})


async def reset() -> None:
    """Forget every counter (tests, and operators after an incident)."""
    _memory.clear()
    client = _redis()
    if client is not None:
        keys = [key async for key in client.scan_iter(match=PREFIX + "*", count=1000)]
        if keys:
            await client.delete(*keys)

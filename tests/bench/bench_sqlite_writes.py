"""Benchmark: 64 concurrent writers on the embedded SQLite database, gated versus plain.

Run: uv run python tests/bench/bench_sqlite_writes.py
Prints per-transaction latency (median, p99) and failures for Heliograph's write gate
(BEGIN IMMEDIATE behind one cross-thread gate) and for plain deferred Piccolo transactions.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from typing import Any

WRITERS = 64
ROUNDS = 5

os.environ["HELIOGRAPH_DATA_DIR"] = tempfile.mkdtemp(prefix="heliograph-bench-")
for name in ("HELIOGRAPH_DATABASE_URL", "HELIOGRAPH_REDIS_URL", "HELIOGRAPH_SMTP_URL"):
    os.environ.pop(name, None)


async def main() -> None:
    from heliograph import db
    from heliograph.cli import migrate_database
    from heliograph.mail.tables import Delivery
    from heliograph.settings import get_settings

    await migrate_database(get_settings())
    await db.start(get_settings())
    engine = db.get_engine()

    async def insert(i: int) -> None:
        now = db.now_utc()
        exists = await Delivery.exists().where(Delivery.recipient == f"w{i}@example.com")
        if not exists:
            await Delivery.insert(
                Delivery(
                    kind="administrative",
                    recipient=f"w{i}@example.com",
                    template="test",
                    context="{}",
                    created_at=now,
                    updated_at=now,
                )
            )

    async def gated(i: int) -> None:
        async with db.transaction():
            await insert(i)

    async def plain(i: int) -> None:
        async with engine.transaction():
            await insert(i)

    async def timed(writer: Any, i: int) -> tuple[float, bool]:
        started = time.perf_counter()
        try:
            await writer(i)
            ok = True
        except Exception:
            ok = False
        return time.perf_counter() - started, ok

    for label, writer in (("heliograph gate (immediate)", gated), ("plain deferred", plain)):
        latencies: list[float] = []
        failures = 0
        for round_no in range(ROUNDS):
            await Delivery.delete(force=True)

            results = await asyncio.gather(*(timed(writer, i + round_no * WRITERS) for i in range(WRITERS)))
            latencies.extend(elapsed for elapsed, _ in results)
            failures += sum(1 for _, ok in results if not ok)
        latencies.sort()
        p99 = latencies[int(len(latencies) * 0.99) - 1]
        print(
            f"{label:28s} writers={WRITERS} rounds={ROUNDS} median={statistics.median(latencies) * 1000:7.1f} ms "
            f"p99={p99 * 1000:7.1f} ms failures={failures}/{len(latencies)}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

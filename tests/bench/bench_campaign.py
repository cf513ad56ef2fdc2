"""Benchmark: a 20,000-recipient campaign end to end, against the raw rate of aiosmtplib on 8 connections.

Run: uv run python tests/bench/bench_campaign.py [runs]
Needs PostgreSQL and Redis: HELIOGRAPH_BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/heliograph_campaigns_bench, created and emptied here) and
HELIOGRAPH_BENCH_REDIS_URL (default redis://127.0.0.1:6379/12, flushed here).

Per run it prints
- raw: prebuilt messages of the campaign's size sent by aiosmtplib over 8 persistent connections;
- end to end: from the send to the last delivery recorded sent, with one `heliograph worker`
  process doing the fan-out, the send-time checks and the SMTP batches;
and the medians and their ratio (goal: end to end ≥ 0.5 × raw). The SMTP sink is aiosmtpd on
127.0.0.1, in a process of its own.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

RECIPIENTS = 20_000
RAW_MESSAGES = 6_000
CONNECTIONS = 8
DATABASE_URL = os.environ.get(
    "HELIOGRAPH_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/heliograph_campaigns_bench"
)
REDIS_URL = os.environ.get("HELIOGRAPH_BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SMTP_PORT = _free_port()
for _name in [k for k in os.environ if k.startswith("HELIOGRAPH_") and not k.startswith("HELIOGRAPH_BENCH_")]:
    del os.environ[_name]
os.environ.update(
    {
        "HELIOGRAPH_DATA_DIR": tempfile.mkdtemp(prefix="heliograph-bench-"),
        "HELIOGRAPH_DATABASE_URL": DATABASE_URL,
        "HELIOGRAPH_REDIS_URL": REDIS_URL,
        "HELIOGRAPH_SMTP_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "HELIOGRAPH_SECRET_KEY": secrets.token_urlsafe(48),
        "HELIOGRAPH_BASE_URL": "https://news.example.com",
        "HELIOGRAPH_MAIL_FROM": "Solar News <news@example.com>",
        "HELIOGRAPH_POSTAL_ADDRESS": "Heliograph Bench Ltd, 1 Sun Street, 10115 Berlin, Germany",
        "HELIOGRAPH_LOG_LEVEL": "WARNING",
    }
)

BODY = """## Panels got cheaper again

Module prices fell another **7 %** this quarter. Here is what that means for a rooftop system,
and why the inverter is now the part to think about first.

- Monocrystalline modules: below 0.11 €/W for the first time
- Battery storage: the payback time for a 10 kWh home battery is down to nine years
- Heat pumps: what a solar surplus does to your bill in March

Read the [full report](https://example.com/report) and the [price tracker](https://example.com/prices).
"""


def run_sink(port: int, counter: Any, ready: Any) -> None:
    """An aiosmtpd server that accepts and counts every message (its own process)."""
    from aiosmtpd.controller import Controller

    class Counting:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            with counter.get_lock():
                counter.value += 1
            return "250 OK"

    controller = Controller(Counting(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    while True:
        time.sleep(3600)


async def prepare_database() -> None:
    import asyncpg

    from heliograph.cli import migrate_database
    from heliograph.settings import get_settings

    settings = get_settings()
    config = settings.database.asyncpg_config()
    admin = await asyncpg.connect(**{**config, "database": "postgres"})
    try:
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", settings.database.database):
            await admin.execute(f'CREATE DATABASE "{settings.database.database}"')
    finally:
        await admin.close()
    conn = await asyncpg.connect(**config)
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()
    await migrate_database(settings)


async def create_audience() -> int:
    """A list with RECIPIENTS active subscribers, written with bulk SQL; the list's id."""
    import asyncpg

    from heliograph.settings import get_settings

    conn = await asyncpg.connect(**get_settings().database.asyncpg_config())
    try:
        list_id = await conn.fetchval(
            "INSERT INTO mailing_list (slug, name, description, public, created_at) "
            "VALUES ('solar-news', 'Solar News', 'Monthly', true, now()) RETURNING id"
        )
        await conn.execute(
            "INSERT INTO person (email, name, email_marketing, sms_marketing, phone_marketing, postal_marketing, "
            "share_with_partners, tracking, created_at, last_activity_at) "
            "SELECT 'reader' || g || '@example.com', 'Reader ' || g, true, false, false, false, false, false, "
            "now(), now() FROM generate_series(1, $1) g",
            RECIPIENTS,
        )
        await conn.execute(
            "INSERT INTO subscription (person, mailing_list, key, status, created_at, confirmed_at) "
            "SELECT id, $1::integer, id || ':' || $1::integer, 'active', now(), now() FROM person",
            list_id,
        )
        return int(list_id)
    finally:
        await conn.close()


def sample_message() -> bytes:
    """One recipient's message of the campaign, built by the same code the worker uses."""
    from heliograph.mail import batch
    from heliograph.mail import message as mail_message
    from heliograph.newsletters import _campaign_render as render
    from heliograph.settings import get_settings

    settings = get_settings()
    campaign = {
        "id": 1, "kind": "marketing", "subject": "Solar news for May", "body": BODY, "body_format": "markdown",
        "mailing_list": 1, "list_slug": "solar-news", "list_name": "Solar News",
    }  # fmt: skip
    headers, values = render.personal_parts(campaign, 1, "Reader 1")
    data = render.skeleton_for(campaign, settings).render(
        to="reader1@example.com", message_id=mail_message.message_id(1, settings), date="Mon, 01 Jun 2026 08:00:00 GMT",
        headers=headers, values=values,
    )  # fmt: skip
    return batch.dot_stuff(data)


async def raw_rate(message: bytes) -> float:
    """Messages per second: prebuilt bytes over CONNECTIONS persistent aiosmtplib connections."""
    import aiosmtplib

    clients = [aiosmtplib.SMTP(hostname="127.0.0.1", port=SMTP_PORT) for _ in range(CONNECTIONS)]
    await asyncio.gather(*(c.connect() for c in clients))
    remaining = RAW_MESSAGES

    async def lane(client: aiosmtplib.SMTP) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await client.sendmail("news@example.com", [f"reader{remaining}@example.com"], message)

    started = time.perf_counter()
    await asyncio.gather(*(lane(c) for c in clients))
    elapsed = time.perf_counter() - started
    await asyncio.gather(*(c.quit() for c in clients))
    return RAW_MESSAGES / elapsed


async def end_to_end(run: int) -> tuple[float, float]:
    """(messages per second, seconds) from the send to the last delivery recorded sent."""
    from piccolo.query.functions.aggregate import Max

    from heliograph.mail.tables import Delivery
    from heliograph.newsletters import campaigns

    campaign = await campaigns.create_campaign(
        list_slug="solar-news", kind="marketing", subject=f"Solar news for May ({run})", body=BODY
    )
    campaign_id = int(campaign["id"])
    started = time.time()
    await campaigns.send_campaign(campaign_id)
    deadline = time.monotonic() + 600
    while True:
        row = await campaigns.get_campaign_row(campaign_id)
        if row["status"] == "sent":
            break
        if time.monotonic() > deadline:
            raise SystemExit(f"campaign {campaign_id} did not finish: {await campaigns.campaign_counts(campaign_id)}")
        await asyncio.sleep(0.2)
    counts = await campaigns.campaign_counts(campaign_id)
    if counts["sent"] != RECIPIENTS:
        raise SystemExit(f"not everything was sent: {counts}")
    last = await Delivery.select(Max(Delivery.sent_at, alias="last")).where(Delivery.campaign_id == campaign_id).first()
    elapsed = last["last"].timestamp() - started
    return RECIPIENTS / elapsed, elapsed


async def main(runs: int) -> None:
    from heliograph import db, jobs
    from heliograph.mail.batch import SMTP_CONNECTIONS
    from heliograph.settings import get_settings

    await prepare_database()
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    await db.start(get_settings())
    await create_audience()
    message = sample_message()
    print(
        f"{RECIPIENTS} subscribers; message size {len(message)} bytes; raw: {CONNECTIONS} connections; "
        f"worker: {SMTP_CONNECTIONS} connections"
    )

    worker = subprocess.Popen(
        [sys.executable, "-m", "heliograph.cli", "worker"], env=dict(os.environ), stdout=subprocess.PIPE, text=True
    )
    try:
        assert worker.stdout is not None
        worker.stdout.readline()  # "worker running"
        raw: list[float] = []
        e2e: list[float] = []
        for run in range(1, runs + 1):
            raw.append(await raw_rate(message))
            rate, seconds = await end_to_end(run)
            await asyncio.to_thread(jobs.RELAY.flush)
            e2e.append(rate)
            print(f"run {run}: raw {raw[-1]:.0f} msg/s; end to end {rate:.0f} msg/s ({seconds:.1f} s for {RECIPIENTS})")
        raw_median, e2e_median = statistics.median(raw), statistics.median(e2e)
        ratio = e2e_median / raw_median
        print(f"median: raw {raw_median:.0f} msg/s; end to end {e2e_median:.0f} msg/s; ratio {ratio:.2f}")
    finally:
        worker.terminate()
        worker.wait(30)
        await db.stop()


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    counter = multiprocessing.Value("i", 0)
    ready = multiprocessing.Event()
    sink = multiprocessing.Process(target=run_sink, args=(SMTP_PORT, counter, ready), daemon=True)
    sink.start()
    ready.wait(30)
    try:
        asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
    finally:
        sink.terminate()

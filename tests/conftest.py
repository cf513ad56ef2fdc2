"""Test set-up: real SQLite or PostgreSQL, real Redis when asked, a real SMTP server, a real worker.

Settings are read once, so the environment is prepared here before anything imports heliograph.
With HELIOGRAPH_TEST_DATABASE_URL / HELIOGRAPH_TEST_REDIS_URL set, the suite runs on PostgreSQL and
Redis with a Dramatiq worker consuming from Redis; otherwise on the embedded default.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from dramatiq.errors import QueueJoinTimeout

from tests.support.smtp import SmtpSink


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


TEST_DATABASE_URL = os.environ.get("HELIOGRAPH_TEST_DATABASE_URL") or None
TEST_REDIS_URL = os.environ.get("HELIOGRAPH_TEST_REDIS_URL") or None
DATA_DIR = Path(tempfile.mkdtemp(prefix="heliograph-test-"))
SMTP_PORT = _free_port()

for _name in [k for k in os.environ if k.startswith("HELIOGRAPH_") and not k.startswith("HELIOGRAPH_TEST_")]:
    del os.environ[_name]
os.environ.update(
    {
        "HELIOGRAPH_DATA_DIR": str(DATA_DIR),
        "HELIOGRAPH_DATABASE_URL": TEST_DATABASE_URL or f"sqlite:///{DATA_DIR}/test.db",
        "HELIOGRAPH_SMTP_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "HELIOGRAPH_SECRET_KEY": secrets.token_urlsafe(48),
        "HELIOGRAPH_BASE_URL": "http://heliograph.test",
        "HELIOGRAPH_MAIL_FROM": "Heliograph <news@heliograph.example.com>",
        "HELIOGRAPH_POSTAL_ADDRESS": "Heliograph Test Ltd, 1 Sun Street, 10115 Berlin, Germany",
        "HELIOGRAPH_LOG_FORMAT": "text",
        "HELIOGRAPH_WORKER_THREADS": "4",
    }
)
if TEST_REDIS_URL:
    os.environ["HELIOGRAPH_REDIS_URL"] = TEST_REDIS_URL

POSTGRES = TEST_DATABASE_URL is not None
REDIS = TEST_REDIS_URL is not None

needs_postgres = pytest.mark.skipif(not POSTGRES, reason="needs HELIOGRAPH_TEST_DATABASE_URL")
needs_redis = pytest.mark.skipif(not REDIS, reason="needs HELIOGRAPH_TEST_REDIS_URL")


async def _reset_postgres_schema() -> None:
    import asyncpg

    from heliograph.settings import get_settings

    conn = await asyncpg.connect(**get_settings().database.asyncpg_config())
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


def _prepare_database() -> None:
    from heliograph.cli import migrate_database
    from heliograph.settings import get_settings

    if POSTGRES:
        asyncio.run(_reset_postgres_schema())
    asyncio.run(migrate_database(get_settings()))


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpSink]:
    sink = SmtpSink(SMTP_PORT)
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def settings():  # type: ignore[no-untyped-def]
    from heliograph.settings import get_settings

    return get_settings()


@pytest.fixture(scope="session", autouse=True)
def runtime_ready(smtp_server: SmtpSink, settings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Migrated database, empty broker, and one real worker for the whole session."""
    from heliograph import runtime
    from heliograph.observability import configure_logging

    configure_logging("text", "WARNING")
    _prepare_database()
    if REDIS:
        import redis

        redis.Redis.from_url(TEST_REDIS_URL).flushdb()  # type: ignore[arg-type]
    runtime.start_worker(settings)
    yield
    runtime.stop_worker()


def _app_tables() -> list[str]:
    """Every app table, referenced tables first."""
    from piccolo.table import sort_table_classes

    from heliograph.piccolo_app import APP_CONFIG

    return [t._meta.tablename for t in sort_table_classes(APP_CONFIG.table_classes)]


async def wait_for_idle(timeout: float = 10.0) -> None:
    """Wait until the relay and broker are drained and nothing is mid-send."""
    from heliograph import jobs
    from heliograph.mail.tables import Delivery

    await asyncio.to_thread(jobs.RELAY.flush)
    broker = jobs.get_broker()
    options = {"interval": 20} if REDIS else {}
    try:
        await asyncio.to_thread(broker.join, jobs.QUEUE, timeout=int(timeout * 1000), **options)
    except QueueJoinTimeout:
        pass  # a delayed retry may still wait in the broker; its delivery row decides what happens
    deadline = time.monotonic() + timeout
    while await Delivery.exists().where(Delivery.status == "sending") and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def empty_tables() -> None:
    """Leave the database as the migration left it: every app table empty, the default policy seeded."""
    from heliograph import db
    from heliograph.policy.service import seed_default_policy

    tables = _app_tables()
    engine = db.get_engine()
    async with db.transaction():
        if POSTGRES:
            await engine.run_ddl(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        else:
            for name in reversed(tables):
                await engine.run_ddl(f"DELETE FROM {name}")
    await seed_default_policy()


@pytest.fixture(autouse=True)
async def clean_state(smtp_server: SmtpSink) -> AsyncIterator[None]:
    from heliograph import ratelimit

    smtp_server.clear()
    yield
    await wait_for_idle()
    await empty_tables()
    await ratelimit.reset()
    smtp_server.clear()


@pytest.fixture(scope="session")
async def app(runtime_ready):  # type: ignore[no-untyped-def]
    from heliograph.app import create_app

    return create_app()


@pytest.fixture(scope="session")
async def client(app):  # type: ignore[no-untyped-def]
    from litestar.testing import AsyncTestClient

    async with AsyncTestClient(app=app, base_url="http://heliograph.test") as test_client:
        yield test_client


@pytest.fixture
def smtp(smtp_server: SmtpSink) -> SmtpSink:
    return smtp_server

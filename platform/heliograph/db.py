"""Piccolo engine selection, SQLite write serialisation, and transactions with after-commit hooks."""

from __future__ import annotations

import asyncio
import contextvars
import datetime
import threading
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType
from piccolo.querystring import QueryString

from heliograph.settings import DatabaseConfig, Settings

SQLITE_BUSY_TIMEOUT_S = 30.0


class LoopPoolPostgresEngine(PostgresEngine):
    """PostgresEngine keeping one asyncpg pool per event loop.

    The embedded worker and tests run Dramatiq's own event loop beside the web loop; an asyncpg
    pool belongs to the loop that made it, so each loop gets its own.
    """

    @property  # type: ignore[override]
    def pool(self) -> Any:
        pools = self.__dict__.setdefault("_pools", weakref.WeakKeyDictionary())
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        return pools.get(loop)

    @pool.setter
    def pool(self, value: Any) -> None:
        pools = self.__dict__.setdefault("_pools", weakref.WeakKeyDictionary())
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # PostgresEngine.__init__ sets pool = None outside any loop
        if value is None:
            pools.pop(loop, None)
        else:
            pools[loop] = value


class TunedSQLiteEngine(SQLiteEngine):
    """SQLiteEngine whose connections wait for locks and trade fsyncs for WAL checkpoints."""

    async def get_connection(self) -> Any:
        connection = await super().get_connection()
        await connection.execute("PRAGMA synchronous = NORMAL")
        return connection


def build_engine(config: DatabaseConfig) -> Engine:
    """The Piccolo engine for a database configuration."""
    if config.engine == "sqlite":
        return TunedSQLiteEngine(path=config.path, timeout=SQLITE_BUSY_TIMEOUT_S)
    return LoopPoolPostgresEngine(config=config.asyncpg_config())


def get_engine() -> Engine:
    """The engine every table uses (from heliograph.piccolo_conf)."""
    from heliograph.piccolo_conf import DB

    return DB


def is_sqlite() -> bool:
    return get_engine().engine_type == "sqlite"


async def start(settings: Settings) -> None:
    """Prepare the database for this event loop: a pool on PostgreSQL, WAL on SQLite."""
    engine = get_engine()
    if isinstance(engine, SQLiteEngine):
        Path(engine.path).parent.mkdir(parents=True, exist_ok=True)
        await engine.run_ddl("PRAGMA journal_mode = WAL")
    elif isinstance(engine, PostgresEngine) and engine.pool is None:
        size = settings.db_pool_size
        await engine.start_connection_pool(min_size=min(2, size), max_size=size, reset=_release_reset)


async def _release_reset(connection: Any) -> None:
    """What a connection needs before it goes back to the pool.

    asyncpg's default runs RESET ALL, UNLISTEN, CLOSE ALL and advisory-unlock on every release: a
    round trip per query. Heliograph sets no session state, so only an unfinished transaction is undone.
    """
    if connection.is_in_transaction():
        await connection.execute("ROLLBACK")


async def stop() -> None:
    """Close this event loop's pool, if any."""
    engine = get_engine()
    if isinstance(engine, PostgresEngine) and engine.pool is not None:
        await engine.close_connection_pool()


def numbered(sql: str) -> str:
    """A statement written with Piccolo's {} placeholders, with PostgreSQL's $1, $2, … instead."""
    parts = sql.split("{}")
    return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], start=1)) + parts[-1]


async def fetch_row(sql: str, *args: Any) -> Any:
    """Run one PostgreSQL statement ($n placeholders) on its own, committed at once; its first row or None.

    Straight through asyncpg (whose per-connection statement cache makes a repeated statement cheap),
    for hot paths that write everything in one statement. Not for use inside transaction().
    """
    if _current.get() is not None:
        raise RuntimeError("fetch_row runs outside transaction()")
    engine = get_engine()
    if not isinstance(engine, PostgresEngine):
        raise RuntimeError("fetch_row needs PostgreSQL")
    pool = engine.pool
    if pool is not None:
        async with pool.acquire() as connection:
            return await connection.fetchrow(sql, *args)
    connection = await engine.get_new_connection()
    try:
        return await connection.fetchrow(sql, *args)
    finally:
        await connection.close()


async def ping() -> None:
    """Run SELECT 1; raises when the database cannot be reached."""
    await get_engine().run_querystring(QueryString("SELECT 1"))


class WriteGate:
    """One writer at a time across threads and event loops (SQLite allows a single writer).

    Within a loop, waiters queue on an asyncio.Lock; across loops, a threading.Lock is taken
    without blocking the loop.
    """

    def __init__(self) -> None:
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    async def _acquire_thread_lock(self) -> None:
        if self._thread_lock.acquire(blocking=False):
            return
        while True:
            # Short timed waits in a helper thread: a cancelled wait never leaves the lock held.
            got = await asyncio.to_thread(self._thread_lock.acquire, True, 0.05)
            if got:
                return

    @asynccontextmanager
    async def hold(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks.setdefault(loop, asyncio.Lock())
        async with lock:
            acquire = asyncio.ensure_future(self._acquire_thread_lock())
            try:
                await asyncio.shield(acquire)
            except BaseException:
                # Cancelled while waiting: release once the pending acquire completes.
                acquire.add_done_callback(
                    lambda f: self._thread_lock.release() if not f.cancelled() and f.exception() is None else None
                )
                raise
            try:
                yield
            finally:
                self._thread_lock.release()


WRITE_GATE = WriteGate()


@dataclass
class TransactionState:
    """What a running transaction will do once it commits."""

    after_commit: list[Callable[[], None]] = field(default_factory=list)


_current: contextvars.ContextVar[TransactionState | None] = contextvars.ContextVar(
    "heliograph_transaction", default=None
)


def current_transaction() -> TransactionState | None:
    return _current.get()


def after_commit(callback: Callable[[], None]) -> None:
    """Run callback once the current transaction commits (now, if none is running)."""
    state = _current.get()
    if state is None:
        callback()
    else:
        state.after_commit.append(callback)


@asynccontextmanager
async def transaction() -> AsyncIterator[TransactionState]:
    """One use case's transaction; joins an outer one; after-commit hooks run on success only."""
    outer = _current.get()
    if outer is not None:
        yield outer
        return
    state = TransactionState()
    token = _current.set(state)
    engine = get_engine()
    try:
        if isinstance(engine, SQLiteEngine):
            async with WRITE_GATE.hold():
                async with engine.transaction(transaction_type=TransactionType.immediate):
                    yield state
        else:
            async with engine.transaction():
                yield state
    finally:
        _current.reset(token)
    for callback in state.after_commit:
        callback()


def now_utc() -> datetime.datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.datetime.now(datetime.UTC)

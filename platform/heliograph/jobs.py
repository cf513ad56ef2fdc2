"""Job names, the broker, and enqueueing by name after the transaction commits.

Domain code never imports ``tasks``: it names a job (``mail.send_delivery``) and the message
goes to the broker once the surrounding transaction has committed, from a relay thread so the
event loop never waits on Redis. A message the broker never got is not lost: the outbox sweep
finds the queued delivery and enqueues it again. Under load, the relay folds the send_delivery
jobs waiting for it into send_deliveries jobs of up to COALESCE_MAX ids: one broker call (about a
quarter of a millisecond of this process's CPU) for many mails instead of one each.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any

import dramatiq
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO, Middleware

from heliograph.db import after_commit
from heliograph.settings import get_settings

log = logging.getLogger(__name__)

QUEUE = "default"

# Job names (actors in tasks/ declare these names).
SEND_DELIVERY = "mail.send_delivery"
SEND_DELIVERIES = "mail.send_deliveries"  # several send_delivery jobs in one message (see Relay)
SWEEP_OUTBOX = "mail.sweep_outbox"
CAMPAIGN_FAN_OUT = "campaigns.fan_out"
CAMPAIGN_SEND_BATCH = "campaigns.send_batch"
CAMPAIGN_START_DUE = "campaigns.start_due"
FORGET_FRIEND_ADDRESS = "promotions.forget_friend_address"
EXPIRE_CLAIMS = "promotions.expire_claims"

COALESCE_MAX = 100

_broker: dramatiq.Broker | None = None
_broker_lock = threading.Lock()


class DatabaseLifecycle(Middleware):
    """Starts the database (PostgreSQL pool) on the worker's own event loop before any job runs.

    Added after the AsyncIO middleware, so its event loop exists; before_worker_boot runs before
    the worker threads start, so no job can open a connection outside the pool.
    """

    def before_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        from dramatiq.asyncio import get_event_loop_thread

        from heliograph import db

        loop_thread = get_event_loop_thread()
        if loop_thread is not None:
            loop_thread.run_coroutine(db.start(get_settings()))

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        # emit_after runs middleware in reverse order: this comes before AsyncIO stops the loop.
        from dramatiq.asyncio import get_event_loop_thread

        from heliograph import db

        loop_thread = get_event_loop_thread()
        if loop_thread is not None and loop_thread.loop.is_running():
            try:
                loop_thread.run_coroutine(db.stop())
            except Exception:  # pragma: no cover - shutdown best effort
                log.exception("closing the worker's database pool failed")


def get_broker() -> dramatiq.Broker:
    """The process's broker: Redis when HELIOGRAPH_REDIS_URL is set, else in-memory."""
    global _broker
    with _broker_lock:
        if _broker is None:
            settings = get_settings()
            broker: dramatiq.Broker
            if settings.redis_url:
                from dramatiq.brokers.redis import RedisBroker

                broker = RedisBroker(url=settings.redis_url, socket_connect_timeout=2, socket_timeout=10)
            else:
                broker = StubBroker()
            broker.add_middleware(AsyncIO())
            broker.add_middleware(DatabaseLifecycle())
            broker.declare_queue(QUEUE)
            dramatiq.set_broker(broker)
            _broker = broker
        return _broker


class Relay:
    """Hands messages to the broker from one background thread (never blocks the event loop)."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[dramatiq.Message[Any], int | None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, message: dramatiq.Message[Any], delay_ms: int | None = None) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="heliograph-relay", daemon=True)
                self._thread.start()
        self._queue.put((message, delay_ms))

    def _run(self) -> None:
        while True:
            items = [self._queue.get()]
            while len(items) < 10 * COALESCE_MAX:  # whatever else is already waiting
                try:
                    items.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                stop = None in items
                for message, delay_ms in coalesce([item for item in items if item is not None]):
                    try:
                        get_broker().enqueue(message, delay=delay_ms)
                    except Exception as exc:  # broker down: the outbox sweep enqueues it again later
                        log.warning("broker refused job %s: %s", message.actor_name, exc)
                if stop:
                    return
            finally:
                for _ in items:
                    self._queue.task_done()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every submitted message has been handed to the broker."""
        done = threading.Event()

        def wait() -> None:
            self._queue.join()
            done.set()

        threading.Thread(target=wait, daemon=True).start()
        done.wait(timeout)


RELAY = Relay()


def coalesce(
    items: list[tuple[dramatiq.Message[Any], int | None]],
) -> list[tuple[dramatiq.Message[Any], int | None]]:
    """The same jobs in fewer messages: undelayed send_delivery jobs become send_deliveries jobs."""
    ids = [m.args[0] for m, delay in items if m.actor_name == SEND_DELIVERY and delay is None]
    if len(ids) < 2:
        return items
    out = [(m, delay) for m, delay in items if not (m.actor_name == SEND_DELIVERY and delay is None)]
    for start in range(0, len(ids), COALESCE_MAX):
        chunk = ids[start : start + COALESCE_MAX]
        out.append((message(SEND_DELIVERY, chunk[0]) if len(chunk) == 1 else message(SEND_DELIVERIES, chunk), None))
    return out


def message(name: str, *args: Any) -> dramatiq.Message[Any]:
    """A Dramatiq message for the job called name (the actor need not be loaded here)."""
    return dramatiq.Message(queue_name=QUEUE, actor_name=name, args=args, kwargs={}, options={})


def enqueue(name: str, *args: Any, delay_ms: int | None = None) -> None:
    """Send job name(*args) once the current transaction commits (now, if none is running)."""
    msg = message(name, *args)
    after_commit(lambda: RELAY.submit(msg, delay_ms))

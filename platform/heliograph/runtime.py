"""Starting and stopping the job worker and the periodic scheduler, in or out of the web process."""

from __future__ import annotations

import logging
import threading
from typing import Any

import dramatiq

from heliograph import jobs
from heliograph.settings import Settings

log = logging.getLogger(__name__)

QUEUE_PREFETCH = 64  # short jobs: the default (threads × 2) starves the worker threads

# Periodic jobs: name → seconds between runs.
PERIODIC_JOBS: dict[str, int] = {
    jobs.SWEEP_OUTBOX: 30,
    jobs.CAMPAIGN_START_DUE: 15,
    jobs.EXPIRE_CLAIMS: 60,
}


class WorkerHandle:
    """A running Dramatiq worker in this process."""

    def __init__(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self.broker = broker
        self.worker = worker

    def stop(self) -> None:
        self.worker.stop(timeout=10_000)


_worker: WorkerHandle | None = None
_lock = threading.Lock()


def start_worker(settings: Settings, threads: int | None = None) -> WorkerHandle:
    """Start the process's Dramatiq worker once, the way the Dramatiq CLI boots one."""
    global _worker
    with _lock:
        if _worker is not None:
            return _worker
        import tasks

        broker = jobs.get_broker()
        tasks.load_actors()
        broker.emit_after("process_boot")
        worker = dramatiq.Worker(broker, worker_threads=threads or settings.worker_threads, worker_timeout=100)
        worker.queue_prefetch = QUEUE_PREFETCH
        worker.start()
        _worker = WorkerHandle(broker, worker)
        log.info("job worker started (%s threads)", worker.worker_threads)
        return _worker


def worker_running() -> bool:
    return _worker is not None


def stop_worker() -> None:
    """Stop the process's worker, if it runs."""
    global _worker
    with _lock:
        if _worker is not None:
            _worker.stop()
            _worker = None


def build_scheduler(**kwargs: Any) -> Any:
    """An APScheduler that enqueues each periodic job by name."""
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone="UTC", **kwargs)
    for name, seconds in PERIODIC_JOBS.items():
        scheduler.add_job(
            _enqueue_periodic,
            "interval",
            seconds=seconds,
            args=[name],
            id=name,
            max_instances=1,
            coalesce=True,
        )
    return scheduler


def _enqueue_periodic(name: str) -> None:
    try:
        jobs.get_broker().enqueue(jobs.message(name))
    except Exception as exc:  # broker down: the next tick tries again
        log.warning("could not enqueue periodic job %s: %s", name, exc)

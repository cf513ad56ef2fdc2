"""The scheduler enqueues periodic jobs by name; the worker runs them."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

from heliograph import db, jobs, runtime
from heliograph.mail import service
from heliograph.mail.tables import Delivery
from tests.conftest import needs_redis
from tests.support.smtp import SmtpSink


class TestScheduler:
    def test_periodic_jobs_are_registered(self) -> None:
        scheduler = runtime.build_scheduler()
        assert {job.id for job in scheduler.get_jobs()} == set(runtime.PERIODIC_JOBS)
        assert jobs.SWEEP_OUTBOX in runtime.PERIODIC_JOBS

    async def test_a_periodic_sweep_sends_a_stale_delivery(self, smtp: SmtpSink) -> None:
        old = db.now_utc() - service.SWEEP_GRACE * 3
        async with db.transaction():
            await Delivery.insert(
                Delivery(
                    kind="administrative",
                    recipient="stale@example.com",
                    template="test",
                    context='{"recipient": "stale@example.com", "requested_at": "then"}',
                    created_at=old,
                    updated_at=old,
                )
            )
        runtime._enqueue_periodic(jobs.SWEEP_OUTBOX)  # what the scheduler does on each tick
        received = await smtp.wait_for(1)
        assert [m.to for m in received] == ["stale@example.com"]

    @needs_redis
    async def test_scheduler_command_starts_and_stops(self) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-m", "heliograph.cli", "scheduler"],
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            line = ""
            while "scheduler running" not in line and time.monotonic() < deadline:
                line = await asyncio.to_thread(proc.stdout.readline)  # type: ignore[union-attr]
            assert "mail.sweep_outbox" in line
        finally:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0

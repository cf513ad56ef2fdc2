"""The outbox pipeline against the real SMTP server, database and worker (and Redis when set)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest

from heliograph import db, jobs
from heliograph.mail import service
from heliograph.mail.tables import Delivery
from tests.conftest import REDIS, needs_redis, wait_for_idle
from tests.support.smtp import SmtpSink


async def wait_status(delivery_id: int, *statuses: str, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        row = await service.get_delivery(delivery_id)
        assert row is not None
        if row["status"] in statuses:
            return row
        if time.monotonic() > deadline:
            raise AssertionError(f"delivery {delivery_id} is {row['status']} ({row['last_error']}), wanted {statuses}")
        await asyncio.sleep(0.05)


async def queue_test_mail(to: str = "reader@example.com") -> int:
    return await service.queue_mail(
        kind="administrative", recipient=to, template="test", context={"recipient": to, "requested_at": "now"}
    )


class TestRelay:
    def test_waiting_send_jobs_are_folded_into_batches(self) -> None:
        items = [(jobs.message(jobs.SEND_DELIVERY, i), None) for i in range(1, 251)]
        items.insert(3, (jobs.message(jobs.SWEEP_OUTBOX), None))
        items.append((jobs.message(jobs.SEND_DELIVERY, 999), 5000))  # a delayed retry keeps its own message
        out = jobs.coalesce(items)
        names = [(m.actor_name, len(m.args[0]) if m.actor_name == jobs.SEND_DELIVERIES else None) for m, _ in out]
        assert names == [
            (jobs.SWEEP_OUTBOX, None),
            (jobs.SEND_DELIVERY, None),
            (jobs.SEND_DELIVERIES, 100),
            (jobs.SEND_DELIVERIES, 100),
            (jobs.SEND_DELIVERIES, 50),
        ]
        assert out[1][1] == 5000 and out[1][0].args == (999,)
        assert sorted(i for m, _ in out[2:] for i in m.args[0]) == list(range(1, 251))
        assert jobs.coalesce(items[:1]) == items[:1]

    async def test_a_burst_of_mail_is_sent_once_each(self, smtp: SmtpSink) -> None:
        async with db.transaction():
            ids = [await queue_test_mail(f"reader{i}@example.com") for i in range(120)]
        for delivery_id in ids:
            await wait_status(delivery_id, "sent", timeout=60)
        await wait_for_idle()
        assert sorted(m.rcpt_tos[0] for m in smtp.messages) == sorted(f"reader{i}@example.com" for i in range(120))

    async def test_a_batch_job_twice_sends_once_and_skips_what_is_gone(self, smtp: SmtpSink) -> None:
        first, second = await queue_test_mail("a@example.com"), await queue_test_mail("b@example.com")
        await wait_status(first, "sent")
        await wait_status(second, "sent")
        await service.send_deliveries([first, second, 10**9])  # already sent, and no such delivery
        await wait_for_idle()
        assert len(smtp.messages) == 2


class TestSendDelivery:
    async def test_message_arrives_with_headers_and_both_parts(self, smtp: SmtpSink, settings) -> None:
        delivery_id = await queue_test_mail("reader@example.com")
        row = await wait_status(delivery_id, "sent")
        [received] = await smtp.wait_for(1)
        msg = received.message
        assert received.rcpt_tos == ["reader@example.com"]
        assert received.mail_from == "news@heliograph.example.com"
        assert msg["Subject"] == "Heliograph test message"
        assert msg["Message-ID"] == row["message_id"]
        assert msg["From"] == settings.mail_from and msg["Date"]
        assert "test message from Heliograph" in received.part("plain")
        assert "<p>This is a test message from Heliograph.</p>" in received.part("html")
        assert row["attempts"] == 1 and row["sent_at"] is not None

    async def test_the_same_job_twice_sends_once(self, smtp: SmtpSink) -> None:
        delivery_id = await queue_test_mail()
        broker = jobs.get_broker()
        for _ in range(3):  # redelivery of the same job, as a broker may do
            broker.enqueue(jobs.message(jobs.SEND_DELIVERY, delivery_id))
        await asyncio.gather(*(service.send_delivery(delivery_id) for _ in range(3)))
        await wait_status(delivery_id, "sent")
        await wait_for_idle()
        await asyncio.sleep(0.3)
        assert len(smtp.messages) == 1

    async def test_temporary_refusal_is_retried_then_sent(self, smtp: SmtpSink) -> None:
        smtp.reply_next("451 4.3.0 Mailbox busy, try later")
        delivery_id = await queue_test_mail()
        row = await wait_status(delivery_id, "sent", timeout=30)
        assert row["attempts"] == 2
        assert len(smtp.messages) == 1

    async def test_permanent_refusal_fails_with_the_error(self, smtp: SmtpSink) -> None:
        smtp.reply_next("550 5.1.1 No such user here")
        delivery_id = await queue_test_mail()
        row = await wait_status(delivery_id, "failed")
        assert row["attempts"] == 1
        assert row["last_error"].startswith("550") and "No such user" in row["last_error"]
        assert smtp.messages == []

    async def test_broken_template_fails_the_delivery_not_the_worker(self, smtp: SmtpSink) -> None:
        bad = await service.queue_mail(kind="administrative", recipient="a@example.com", template="no-such-template")
        good = await queue_test_mail("b@example.com")
        assert (await wait_status(bad, "failed"))["last_error"].startswith("render")
        await wait_status(good, "sent")


class TestOutbox:
    async def test_nothing_is_enqueued_for_a_rolled_back_transaction(self, smtp: SmtpSink) -> None:
        with pytest.raises(RuntimeError):
            async with db.transaction():
                await queue_test_mail()
                raise RuntimeError("the use case failed")
        await wait_for_idle()
        assert await Delivery.count() == 0
        assert smtp.messages == []

    async def test_sweep_sends_what_a_restart_dropped(self, smtp: SmtpSink) -> None:
        # A delivery committed but whose job never reached a worker (lost in a restart).
        now = db.now_utc()
        async with db.transaction():
            rows = await Delivery.insert(
                Delivery(
                    kind="administrative",
                    recipient="late@example.com",
                    template="test",
                    context='{"recipient": "late@example.com", "requested_at": "then"}',
                    status="queued",
                    created_at=now - service.SWEEP_GRACE * 2,
                    updated_at=now - service.SWEEP_GRACE * 2,
                )
            ).returning(Delivery.id)
        result = await service.sweep_outbox()
        assert result["enqueued"] == 1
        await wait_status(rows[0]["id"], "sent")
        assert [m.to for m in smtp.messages] == ["late@example.com"]

    async def test_sweep_leaves_campaign_deliveries_to_the_batch_sender(self, smtp: SmtpSink) -> None:
        old = db.now_utc() - service.SWEEP_GRACE * 3
        async with db.transaction():
            await Delivery.insert(
                Delivery(
                    kind="marketing",
                    recipient="fan@example.com",
                    template="campaign",
                    campaign_id=999,
                    context="{}",
                    created_at=old,
                    updated_at=old,
                )
            )
        assert await service.sweep_outbox() == {"released": 0, "enqueued": 0}

    async def test_sweep_releases_a_claim_past_its_lease(self, smtp: SmtpSink) -> None:
        delivery_id = await queue_test_mail()
        await wait_status(delivery_id, "sent")
        smtp.clear()
        stuck_at = db.now_utc() - service.SENDING_LEASE * 2
        async with db.transaction():
            stuck = await Delivery.insert(
                Delivery(
                    kind="administrative",
                    recipient="stuck@example.com",
                    template="test",
                    context='{"recipient": "stuck@example.com", "requested_at": "then"}',
                    status="sending",
                    claimed_at=stuck_at,
                    created_at=stuck_at,
                    updated_at=stuck_at,
                )
            ).returning(Delivery.id)
        assert (await service.sweep_outbox())["released"] == 1
        await service.sweep_outbox()
        await wait_status(stuck[0]["id"], "sent")
        assert [m.to for m in smtp.messages] == ["stuck@example.com"]

    @needs_redis
    async def test_broker_down_keeps_the_delivery_queued_until_the_sweep(self, smtp: SmtpSink) -> None:
        from dramatiq.brokers.redis import RedisBroker

        real = jobs.get_broker()
        # Redis unreachable when the delivery is created: nothing listens on port 1.
        jobs._broker = RedisBroker(url="redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
        try:
            started = time.perf_counter()
            delivery_id = await queue_test_mail("patient@example.com")
            elapsed = time.perf_counter() - started
            await asyncio.to_thread(jobs.RELAY.flush)
        finally:
            jobs._broker = real
        assert elapsed < 0.5, "queueing must not wait on the broker"
        await asyncio.sleep(0.5)
        assert (await service.get_delivery(delivery_id))["status"] == "queued"
        assert smtp.messages == []
        # Redis is back: the periodic sweep finds it.
        await service.sweep_outbox(now=db.now_utc() + service.SWEEP_GRACE * 2)
        await wait_status(delivery_id, "sent")
        assert [m.to for m in smtp.messages] == ["patient@example.com"]


class TestConcurrentWrites:
    async def test_many_writers_never_see_a_locked_database(self) -> None:
        async def write(i: int) -> int:
            return await service.queue_mail(
                kind="administrative",
                recipient=f"w{i}@example.com",
                template="test",
                context={"recipient": f"w{i}@example.com", "requested_at": "now"},
            )

        ids = await asyncio.gather(*(write(i) for i in range(64)))
        assert len(set(ids)) == 64
        await wait_for_idle(30)
        deadline = time.monotonic() + 30
        while await Delivery.count().where(Delivery.status == "sent") < 64 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert await Delivery.count().where(Delivery.status == "sent") == 64


class TestMailTestCommand:
    """`heliograph mail test` end to end: outbox, worker, SMTP."""

    def _run(self, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "heliograph.cli", *args],
            env=dict(os.environ),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    async def test_mail_test_arrives(self, smtp: SmtpSink, tmp_path) -> None:
        worker_log = tmp_path / "worker.log"
        if REDIS:
            # A separate `heliograph worker` process does the sending; ours stands aside.
            from heliograph import runtime

            assert runtime._worker is not None
            runtime._worker.worker.pause()
            worker = subprocess.Popen(
                [sys.executable, "-m", "heliograph.cli", "worker", "--threads", "2"],
                env=dict(os.environ),
                stdout=worker_log.open("w"),
                stderr=subprocess.STDOUT,
            )
        try:
            done = await asyncio.to_thread(self._run, "mail", "test", "--to", "Ops@Example.com", "--wait", "60")
        finally:
            if REDIS:
                worker.terminate()
                worker.wait(30)
                runtime._worker.worker.resume()
        worker_output = worker_log.read_text() if worker_log.exists() else ""
        assert done.returncode == 0, done.stderr + worker_output
        assert "sent to ops@example.com" in done.stdout
        [received] = await smtp.wait_for(1)
        assert received.rcpt_tos == ["ops@example.com"]
        assert received.message["Subject"] == "Heliograph test message"
        assert received.message.is_multipart()
        assert {p.get_content_type() for p in received.message.iter_parts()} == {"text/plain", "text/html"}

"""Exactly once: re-runs, duplicate jobs, pause and resume, and a worker killed halfway never mail anyone twice."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

from heliograph import db, jobs
from heliograph.mail import batch
from heliograph.mail.tables import Delivery
from heliograph.newsletters import campaigns
from heliograph.newsletters.tables import Campaign, Subscription
from heliograph.people.tables import Person
from tests.conftest import needs_postgres, needs_redis, wait_for_idle
from tests.newsletters.campaign_support import (
    campaign_body,
    deliveries,
    forget_campaigns,  # noqa: F401 (autouse fixture)
    paused_worker,
    received_by,
    subscriber,
    wait_for_status,
)
from tests.people.factories import make_list
from tests.support.smtp import SmtpSink


async def held_campaign(size: int) -> int:
    """A marketing campaign to `size` subscribers, fanned out and paused: its deliveries wait, queued."""
    news = await make_list("solar-news")
    for i in range(size):
        await subscriber(f"p{i}@example.com", news)
    body = campaign_body()
    row = await campaigns.create_campaign(list_slug=body["list"], kind="marketing", subject="S", body=body["body"])
    async with db.transaction():  # the jobs run after this commits, and find the campaign paused
        await campaigns.send_campaign(row["id"])
        await campaigns.fan_out(row["id"])
        await campaigns.pause_campaign(row["id"])
    await wait_for_idle()
    return int(row["id"])


async def set_status(campaign_id: int, status: str) -> None:
    """Change the status without the jobs a transition enqueues."""
    async with db.transaction():
        await Campaign.update({Campaign.status: status}).where(Campaign.id == campaign_id)


async def delivery_ids(campaign_id: int) -> list[int]:
    return sorted(int(r["id"]) for r in await Delivery.select(Delivery.id).where(Delivery.campaign_id == campaign_id))


class TestReRuns:
    async def test_running_the_fan_out_again_makes_no_second_delivery(self, smtp: SmtpSink) -> None:
        campaign_id = await held_campaign(20)
        assert len(await delivery_ids(campaign_id)) == 20
        async with db.transaction():  # as if the fan-out had died before it recorded its end
            await Campaign.update({Campaign.finished_at: None}).where(Campaign.id == campaign_id)
        await campaigns.resume_campaign(campaign_id)  # one fan-out job for the worker, two more here
        await asyncio.gather(campaigns.fan_out(campaign_id), campaigns.fan_out(campaign_id))
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert len(await delivery_ids(campaign_id)) == 20
        assert received_by(smtp) == {f"p{i}@example.com": 1 for i in range(20)}

    async def test_duplicate_send_jobs_at_the_same_time_send_each_message_once(self, smtp: SmtpSink) -> None:
        campaign_id = await held_campaign(30)
        ids = await delivery_ids(campaign_id)
        await set_status(campaign_id, "sending")
        for _ in range(2):  # the broker redelivers the job to the worker while we run it here too
            jobs.enqueue(jobs.CAMPAIGN_SEND_BATCH, campaign_id, ids[0], ids[-1])
        await asyncio.gather(*(campaigns.send_batch(campaign_id, ids[0], ids[-1]) for _ in range(3)))
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {f"p{i}@example.com": 1 for i in range(30)}
        rows = (await deliveries(campaign_id)).values()
        assert {(r["status"], r["attempts"]) for r in rows} == {("sent", 1)}

    async def test_pause_midway_then_resume_mails_nobody_twice(self, smtp: SmtpSink) -> None:
        campaign_id = await held_campaign(10)
        ids = await delivery_ids(campaign_id)
        await set_status(campaign_id, "sending")
        await campaigns.send_batch(campaign_id, ids[0], ids[4])
        await campaigns.pause_campaign(campaign_id)
        assert await campaigns.send_batch(campaign_id, ids[0], ids[-1]) == 0  # paused: nothing goes
        assert len(smtp.messages) == 5
        await campaigns.resume_campaign(campaign_id)
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {f"p{i}@example.com": 1 for i in range(10)}
        counts = await campaigns.campaign_counts(campaign_id)
        assert counts == {"audience": 10, "queued": 0, "sent": 10, "suppressed": 0, "failed": 0, "cancelled": 0}


RECIPIENTS = 2000


async def bulk_audience(size: int) -> None:
    """`size` active subscribers of solar-news, written in a few bulk inserts."""
    news = await make_list("solar-news")
    now = db.now_utc()
    async with db.transaction():
        for start in range(0, size, 500):
            people = [
                Person(email=f"r{i}@example.com", created_at=now, last_activity_at=now)
                for i in range(start, min(start + 500, size))
            ]
            rows = await Person.insert(*people).returning(Person.id)
            await Subscription.insert(
                *[
                    Subscription(
                        person=r["id"],
                        mailing_list=news["id"],
                        key=f"{r['id']}:{news['id']}",
                        status="active",
                        created_at=now,
                        confirmed_at=now,
                    )
                    for r in rows
                ]
            )


def start_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "heliograph.cli", "worker", "--threads", "4"],
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


async def sent_count(campaign_id: int) -> int:
    return await Delivery.count().where((Delivery.campaign_id == campaign_id) & (Delivery.status == "sent"))


@needs_postgres
@needs_redis
async def test_a_worker_killed_halfway_mails_nobody_twice_and_loses_only_what_was_in_flight(smtp: SmtpSink) -> None:
    """SIGKILL halfway through 2,000 recipients, then another worker: every recipient gets one message,
    except that a message whose final "." the SMTP server had not yet processed when the worker died may
    be lost: aiosmtpd, like any server that sees the client vanish before its reply, drops it. Those are
    recorded as sent (unconfirmed); none is ever sent twice.
    """
    await bulk_audience(RECIPIENTS)
    body = campaign_body()
    campaign = await campaigns.create_campaign(list_slug="solar-news", kind="marketing", subject="S", body=body["body"])
    campaign_id = int(campaign["id"])
    async with paused_worker():  # separate `heliograph worker` processes do the work
        first = start_worker()
        second = None
        try:
            await campaigns.send_campaign(campaign_id)
            deadline = time.monotonic() + 60  # a liveness bound: a slow machine gets there, a stuck worker not
            while await sent_count(campaign_id) < RECIPIENTS // 2:
                assert time.monotonic() < deadline, "the first worker did not get halfway"
                assert first.poll() is None, "the first worker died on its own"
                await asyncio.sleep(0.01)
            first.send_signal(signal.SIGKILL)
            first.wait(10)
            assert 0 < len(smtp.messages) < RECIPIENTS
            # The watch settles the dead worker's claims and dispatches the rest again (as it would on
            # its own two minutes later); the dead worker's jobs stay with its consumer in Redis.
            await campaigns.watch(now=db.now_utc() + campaigns.CLAIM_LEASE + campaigns.STALL)
            second = start_worker()
            await wait_for_status(campaign_id, "sent", timeout=40)
        finally:
            for process in (first, second):
                if process is not None and process.poll() is None:
                    process.terminate()
                    process.wait(20)
            await asyncio.to_thread(jobs.RELAY.flush)
            jobs.get_broker().flush_all()  # drop the dead worker's unacknowledged jobs
    received = received_by(smtp)
    assert max(received.values()) == 1, {k: v for k, v in received.items() if v > 1}
    rows = await Delivery.select(Delivery.recipient, Delivery.status, Delivery.reason).where(
        Delivery.campaign_id == campaign_id
    )
    assert len(rows) == RECIPIENTS and {r["status"] for r in rows} == {"sent"}
    unconfirmed = {r["recipient"] for r in rows if r["reason"] == campaigns.UNCONFIRMED}
    missing = {r["recipient"] for r in rows} - set(received)
    assert missing <= unconfirmed, missing - unconfirmed
    assert len(missing) <= batch.SMTP_CONNECTIONS, "only messages in flight at the kill can be missing"

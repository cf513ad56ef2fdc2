"""Campaign actors: fan-out, batch sending, and the periodic watch (start due, settle, re-dispatch)."""

from __future__ import annotations

import dramatiq

from heliograph import jobs
from heliograph.newsletters import campaigns

broker = jobs.get_broker()


@dramatiq.actor(
    actor_name=jobs.CAMPAIGN_FAN_OUT, queue_name=jobs.QUEUE, broker=broker, max_retries=5, time_limit=3_600_000
)
async def fan_out(campaign_id: int) -> None:
    """Write a campaign's deliveries and enqueue their send jobs (safe to run twice)."""
    await campaigns.fan_out(campaign_id)


@dramatiq.actor(
    actor_name=jobs.CAMPAIGN_SEND_BATCH, queue_name=jobs.QUEUE, broker=broker, max_retries=5, time_limit=1_800_000
)
async def send_batch(campaign_id: int, first_id: int, last_id: int) -> None:
    """Send a campaign's queued deliveries in an id range (safe to run twice: each is claimed once)."""
    await campaigns.send_batch(campaign_id, first_id, last_id)


@dramatiq.actor(actor_name=jobs.CAMPAIGN_START_DUE, queue_name=jobs.QUEUE, broker=broker, max_retries=0)
async def start_due() -> None:
    """Start scheduled campaigns that are due; settle dead claims; re-dispatch stalled campaigns."""
    await campaigns.watch()

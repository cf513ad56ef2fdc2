"""Mail actors."""

from __future__ import annotations

import dramatiq

from heliograph import jobs
from heliograph.mail import service

broker = jobs.get_broker()


@dramatiq.actor(actor_name=jobs.SEND_DELIVERY, queue_name=jobs.QUEUE, broker=broker, max_retries=3, min_backoff=1000)
async def send_delivery(delivery_id: int) -> None:
    """Send one outbox delivery (safe to run twice)."""
    await service.send_delivery(delivery_id)


@dramatiq.actor(actor_name=jobs.SEND_DELIVERIES, queue_name=jobs.QUEUE, broker=broker, max_retries=3, min_backoff=1000)
async def send_deliveries(delivery_ids: list[int]) -> None:
    """Send several outbox deliveries, one after another over the reused connection (safe to run twice)."""
    await service.send_deliveries(delivery_ids)


@dramatiq.actor(actor_name=jobs.SWEEP_OUTBOX, queue_name=jobs.QUEUE, broker=broker, max_retries=0)
async def sweep_outbox() -> None:
    """Enqueue again deliveries a broker outage or restart left behind."""
    await service.sweep_outbox()

"""Draw actors."""

from __future__ import annotations

import dramatiq

from heliograph import jobs
from heliograph.promotions import draws

broker = jobs.get_broker()


@dramatiq.actor(actor_name=jobs.EXPIRE_CLAIMS, queue_name=jobs.QUEUE, broker=broker, max_retries=0)
async def expire_claims() -> None:
    """Pass places not claimed by their deadline to the next alternate (periodic; safe to run twice)."""
    await draws.expire_claims()

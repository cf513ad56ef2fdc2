"""Tell-a-friend actors."""

from __future__ import annotations

import dramatiq

from heliograph import jobs
from heliograph.promotions import referrals

broker = jobs.get_broker()


@dramatiq.actor(
    actor_name=jobs.FORGET_FRIEND_ADDRESS, queue_name=jobs.QUEUE, broker=broker, max_retries=5, min_backoff=1000
)
async def forget_friend_address(delivery_id: int) -> None:
    """Once a friend's message is finished, mask the address in its delivery (safe to run twice)."""
    await referrals.forget_friend_address(delivery_id)

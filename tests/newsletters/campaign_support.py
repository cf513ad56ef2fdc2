"""Factories and waits for the campaign tests."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import pytest

from heliograph import db, runtime
from heliograph.mail.tables import Delivery
from heliograph.newsletters import campaigns
from heliograph.newsletters.tables import Campaign
from heliograph.people.tables import Person
from tests.conftest import wait_for_idle
from tests.people.factories import make_subscriber
from tests.support.smtp import SmtpSink

BODY = "Panels got **cheaper** again.\n\nRead [the report](https://example.com/report)."


async def subscriber(
    email: str,
    *lists: dict[str, Any],
    name: str | None = None,
    country: str | None = None,
    status: str = "active",
    email_marketing: bool = True,
    share_with_partners: bool = False,
    last_activity_at: datetime | None = None,
) -> dict[str, Any]:
    """A person subscribed to these lists, with the given name, country, preferences and last activity."""
    person = await make_subscriber(
        email, *lists, status=status, email_marketing=email_marketing, share_with_partners=share_with_partners
    )
    values: dict[Any, Any] = {Person.name: name, Person.country: country}
    if last_activity_at is not None:
        values[Person.last_activity_at] = last_activity_at
    async with db.transaction():
        await Person.update(values).where(Person.id == person["id"])
    return {**person, "name": name, "country": country}


def campaign_body(list_slug: str = "solar-news", **fields: Any) -> dict[str, Any]:
    """A valid POST /api/v1/admin/campaigns body."""
    return {"list": list_slug, "kind": "marketing", "subject": "Solar news for May", "body": BODY, **fields}


async def create(client: Any, headers: dict[str, str], **fields: Any) -> int:
    """A campaign made through the API; its id."""
    r = await client.post("/api/v1/admin/campaigns", json=campaign_body(**fields), headers=headers)
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


async def act(client: Any, headers: dict[str, str], campaign_id: int, action: str, **body: Any) -> dict[str, Any]:
    """POST /campaigns/{id}/{action}; the answer's JSON (asserting 200)."""
    r = await client.post(f"/api/v1/admin/campaigns/{campaign_id}/{action}", json=body or None, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


async def wait_for_status(campaign_id: int, status: str = "sent", timeout: float = 30.0) -> dict[str, Any]:
    """Wait until the campaign has this status; the campaign row."""
    deadline = time.monotonic() + timeout
    while True:
        row = await campaigns.get_campaign_row(campaign_id)
        if row["status"] == status:
            return row
        if time.monotonic() > deadline:
            counts = await campaigns.campaign_counts(campaign_id)
            raise AssertionError(f"campaign {campaign_id} is {row['status']} {counts}, wanted {status}")
        await asyncio.sleep(0.05)


async def deliveries(campaign_id: int) -> dict[str, dict[str, Any]]:
    """The campaign's deliveries by recipient."""
    rows = await Delivery.select().where(Delivery.campaign_id == campaign_id)
    return {row["recipient"]: row for row in rows}


def received_by(smtp: SmtpSink) -> Counter[str]:
    """How many messages each recipient received."""
    return Counter(rcpt for message in smtp.messages for rcpt in message.rcpt_tos)


@asynccontextmanager
async def paused_worker() -> AsyncIterator[None]:
    """Hold the in-process job worker: enqueued jobs wait until the block ends."""
    assert runtime._worker is not None
    runtime._worker.worker.pause()
    try:
        yield
    finally:
        runtime._worker.worker.resume()


@pytest.fixture(autouse=True)
async def forget_campaigns() -> AsyncIterator[None]:
    """Delete campaigns before the shared clean-up empties the lists they reference (ON DELETE RESTRICT)."""
    yield
    await wait_for_idle()
    async with db.transaction():
        await Campaign.delete(force=True)

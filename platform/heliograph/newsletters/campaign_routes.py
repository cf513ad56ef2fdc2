"""The campaigns admin API: /api/v1/admin/campaigns (viewers read; owners and marketers write)."""

from __future__ import annotations

from typing import Any

from litestar import get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from heliograph.console.guards import ANY_ROLE, EDITORS, roles
from heliograph.console.service import Principal
from heliograph.errors import InvalidField
from heliograph.newsletters import campaigns
from heliograph.newsletters.campaign_schemas import (
    CampaignCounts,
    CampaignCreated,
    CampaignIn,
    CampaignOut,
    CampaignPatch,
    PreviewOut,
    ScheduleIn,
    TestSendIn,
    TestSendOut,
)
from heliograph.newsletters.tables import CAMPAIGN_STATUSES


def campaign_out(row: dict[str, Any], counts: dict[str, int] | None = None) -> CampaignOut:
    """The JSON shape of a campaign row."""
    return CampaignOut(
        id=row["id"],
        list=row["list_slug"],
        kind=row["kind"],
        subject=row["subject"],
        body=row["body"],
        body_format=row["body_format"],
        country=row["country"],
        inactive_since=row["inactive_since"],
        status=row["status"],
        scheduled_at=row["scheduled_at"],
        audience=row["audience"],
        created_at=row["created_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        counts=CampaignCounts(**counts) if counts is not None else None,
    )


@post("/campaigns", status_code=201, opt=roles(*EDITORS), tags=["admin"])
async def create_campaign(data: JSONBody[CampaignIn], principal: NamedDependency[Principal]) -> CampaignCreated:
    """Create a campaign: a draft, or scheduled when scheduled_at is given."""
    row = await campaigns.create_campaign(
        list_slug=data.list,
        kind=data.kind,
        subject=data.subject,
        body=data.body,
        body_format=data.body_format,
        country=data.country,
        inactive_since=data.inactive_since,
        scheduled_at=data.scheduled_at,
        created_by=principal.user_id,
    )
    return CampaignCreated(id=row["id"], status=row["status"])


@get("/campaigns", opt=roles(*ANY_ROLE), tags=["admin"])
async def list_campaigns(status: str | None = None) -> list[CampaignOut]:
    """Campaigns, newest first (optionally ?status=…)."""
    if status is not None and status not in CAMPAIGN_STATUSES:
        raise InvalidField("status", f"status must be one of {', '.join(CAMPAIGN_STATUSES)}")
    return [campaign_out(row) for row in await campaigns.list_campaigns(status)]


@get("/campaigns/{campaign_id:int}", opt=roles(*ANY_ROLE), tags=["admin"])
async def get_campaign(campaign_id: FromPath[int]) -> CampaignOut:
    """One campaign with its counts: audience, queued, sent, suppressed, failed, cancelled."""
    row = await campaigns.get_campaign_row(campaign_id)
    return campaign_out(row, await campaigns.campaign_counts(campaign_id))


@patch("/campaigns/{campaign_id:int}", opt=roles(*EDITORS), tags=["admin"])
async def update_campaign(campaign_id: FromPath[int], data: JSONBody[CampaignPatch]) -> CampaignOut:
    """Change a draft or scheduled campaign."""
    return campaign_out(await campaigns.update_campaign(campaign_id, data.changes()))


@post("/campaigns/{campaign_id:int}/preview", status_code=200, opt=roles(*ANY_ROLE), tags=["admin"])
async def preview_campaign(campaign_id: FromPath[int]) -> PreviewOut:
    """The rendered subject, HTML and text for a sample recipient (changes nothing)."""
    return PreviewOut(**await campaigns.preview_campaign(campaign_id))


@post("/campaigns/{campaign_id:int}/test", status_code=202, opt=roles(*EDITORS), tags=["admin"])
async def test_campaign(campaign_id: FromPath[int], data: JSONBody[TestSendIn]) -> TestSendOut:
    """Send one test message (subject prefixed [Test]) to an address."""
    return TestSendOut(delivery_id=await campaigns.send_test(campaign_id, data.to))


@post("/campaigns/{campaign_id:int}/schedule", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def schedule_campaign(campaign_id: FromPath[int], data: JSONBody[ScheduleIn]) -> CampaignOut:
    """Start a draft or scheduled campaign at scheduled_at."""
    return campaign_out(await campaigns.schedule_campaign(campaign_id, data.scheduled_at))


@post("/campaigns/{campaign_id:int}/send", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def send_campaign(campaign_id: FromPath[int]) -> CampaignOut:
    """Start sending now."""
    return campaign_out(await campaigns.send_campaign(campaign_id))


@post("/campaigns/{campaign_id:int}/pause", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def pause_campaign(campaign_id: FromPath[int]) -> CampaignOut:
    """Stop sending; queued messages wait for a resume."""
    return campaign_out(await campaigns.pause_campaign(campaign_id))


@post("/campaigns/{campaign_id:int}/resume", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def resume_campaign(campaign_id: FromPath[int]) -> CampaignOut:
    """Continue a paused campaign."""
    return campaign_out(await campaigns.resume_campaign(campaign_id))


@post("/campaigns/{campaign_id:int}/cancel", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def cancel_campaign(campaign_id: FromPath[int]) -> CampaignOut:
    """Stop for good; queued messages are cancelled."""
    return campaign_out(await campaigns.cancel_campaign(campaign_id))


ADMIN_HANDLERS = [
    create_campaign,
    list_campaigns,
    get_campaign,
    update_campaign,
    preview_campaign,
    test_campaign,
    schedule_campaign,
    send_campaign,
    pause_campaign,
    resume_campaign,
    cancel_campaign,
]

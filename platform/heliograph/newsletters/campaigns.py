"""Campaigns: the admin use cases, the fan-out, batch sending and the periodic watch.

The work is split into private modules re-exported here (admin, send, render); audience rules are in
heliograph.newsletters.audience and message building and SMTP batches in heliograph.mail.batch.
"""

from __future__ import annotations

from heliograph.newsletters._campaign_admin import (
    BODY_FORMATS,
    IllegalTransition,
    audience_filter,
    campaign_counts,
    cancel_campaign,
    cancel_queued,
    create_campaign,
    get_campaign_row,
    list_campaigns,
    pause_campaign,
    preview_campaign,
    resume_campaign,
    schedule_campaign,
    send_campaign,
    send_test,
    update_campaign,
)
from heliograph.newsletters._campaign_send import (
    CLAIM_LEASE,
    STALL,
    UNCONFIRMED,
    dedupe_key,
    dispatch_queued,
    fan_out,
    finish_if_done,
    id_ranges,
    send_batch,
    settle_stale_claims,
    start_due,
    watch,
)
from heliograph.newsletters.audience import CAMPAIGN_KINDS

__all__ = [
    "BODY_FORMATS",
    "CAMPAIGN_KINDS",
    "CLAIM_LEASE",
    "STALL",
    "UNCONFIRMED",
    "IllegalTransition",
    "audience_filter",
    "campaign_counts",
    "cancel_campaign",
    "cancel_queued",
    "create_campaign",
    "dedupe_key",
    "dispatch_queued",
    "fan_out",
    "finish_if_done",
    "get_campaign_row",
    "id_ranges",
    "list_campaigns",
    "pause_campaign",
    "preview_campaign",
    "resume_campaign",
    "schedule_campaign",
    "send_batch",
    "send_campaign",
    "send_test",
    "settle_stale_claims",
    "start_due",
    "update_campaign",
    "watch",
]

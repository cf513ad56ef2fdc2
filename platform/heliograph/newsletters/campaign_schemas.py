"""Request and response bodies of the campaigns admin API."""

from __future__ import annotations

import datetime
from typing import Literal

import msgspec
from msgspec import UNSET, UnsetType

from heliograph.problems import Body

Kind = Literal["marketing", "partner", "administrative"]
BodyFormat = Literal["markdown", "html"]


class CampaignIn(Body):
    """POST /api/v1/admin/campaigns. scheduled_at makes it scheduled; inactive_since: no activity since then."""

    list: str
    kind: Kind
    subject: str
    body: str
    body_format: BodyFormat = "markdown"
    country: str | None = None
    inactive_since: datetime.datetime | None = None
    scheduled_at: datetime.datetime | None = None


class CampaignPatch(Body):
    """PATCH: only the fields given change; null clears country, inactive_since or scheduled_at."""

    list: str | UnsetType = UNSET
    kind: Kind | UnsetType = UNSET
    subject: str | UnsetType = UNSET
    body: str | UnsetType = UNSET
    body_format: BodyFormat | UnsetType = UNSET
    country: str | UnsetType | None = UNSET
    inactive_since: datetime.datetime | UnsetType | None = UNSET
    scheduled_at: datetime.datetime | UnsetType | None = UNSET

    def changes(self) -> dict[str, object]:
        """The fields that were given."""
        return {f: getattr(self, f) for f in self.__struct_fields__ if getattr(self, f) is not UNSET}


class ScheduleIn(Body):
    scheduled_at: datetime.datetime


class TestSendIn(Body):
    to: str


class CampaignCreated(msgspec.Struct):
    id: int
    status: str


class CampaignCounts(msgspec.Struct):
    audience: int
    queued: int
    sent: int
    suppressed: int
    failed: int
    cancelled: int


class CampaignOut(msgspec.Struct):
    id: int
    list: str
    kind: str
    subject: str
    body: str
    body_format: str
    country: str | None
    inactive_since: datetime.datetime | None
    status: str
    scheduled_at: datetime.datetime | None
    audience: int
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    counts: CampaignCounts | None = None


class PreviewOut(msgspec.Struct):
    subject: str
    html: str
    text: str
    recipient: str | None


class TestSendOut(msgspec.Struct):
    delivery_id: int

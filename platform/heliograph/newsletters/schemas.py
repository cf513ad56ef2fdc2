"""Request and response bodies for signup, confirmation, preferences and the lists admin API."""

from __future__ import annotations

import datetime

import msgspec

from heliograph.problems import Body


class SubscribeIn(Body):
    """POST /api/v1/subscriptions. birth_date is required: the general minimum age (13) needs the question."""

    email: str
    lists: list[str]
    name: str | None = None
    country: str | None = None
    birth_date: datetime.date | None = None
    policy_version: str | None = None


class SubscribeOut(msgspec.Struct):
    status: str = "pending_confirmation"


class ConfirmIn(Body):
    token: str


class ListRef(msgspec.Struct):
    slug: str
    name: str


class ConfirmOut(msgspec.Struct):
    status: str
    list: ListRef


class Channels(msgspec.Struct):
    email: bool
    sms: bool
    phone: bool
    postal: bool


class PreferencesOut(msgspec.Struct):
    channels: Channels
    lists: dict[str, bool]
    share_with_partners: bool
    tracking: bool


class ChannelsIn(Body):
    email: bool | None = None
    sms: bool | None = None
    phone: bool | None = None
    postal: bool | None = None


class PreferencesIn(Body):
    """PUT /api/v1/preferences/{token}: the GET shape; every part optional."""

    channels: ChannelsIn | None = None
    lists: dict[str, bool] | None = None
    share_with_partners: bool | None = None
    tracking: bool | None = None


class ListIn(Body):
    slug: str
    name: str
    description: str | None = None
    public: bool = True


class ListPatch(Body):
    name: str | None = None
    description: str | None = None
    public: bool | None = None


class SubscriberCounts(msgspec.Struct):
    pending: int
    active: int
    unsubscribed: int


class ListOut(msgspec.Struct):
    id: int
    slug: str
    name: str
    description: str
    public: bool
    created_at: datetime.datetime
    subscribers: SubscriberCounts

"""Bodies for the policy endpoints."""

from __future__ import annotations

import datetime
from typing import Any

import msgspec

from heliograph.problems import Body


class PolicyOut(msgspec.Struct):
    version: str
    last_updated: datetime.date
    text: str
    defaults: dict[str, Any]


class PolicyIn(Body):
    version: str
    text: str
    last_updated: datetime.date | None = None
    defaults: dict[str, Any] | None = None

"""Request and response bodies of the promotion endpoints (DESIGN.md §5)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import msgspec

from heliograph.policy.rules import PromotionRules
from heliograph.problems import Body

Kind = Literal["sweepstakes", "instant_win", "contest", "poll"]


class PrizeIn(Body):
    """A prize: quantity, and for instant wins fixed odds (a probability) or winning moments."""

    name: str
    description: str = ""
    value: str = ""
    quantity: int = 1
    odds: float | None = None
    allocation: Literal["odds", "moments"] | None = None  # instant win: default odds if given, else moments
    winning_moments: list[datetime] | None = None  # instant win: explicit moments; default spread at random


class OptionIn(Body):
    """A poll option."""

    label: str


class CriterionIn(Body):
    """A contest judging criterion."""

    name: str
    description: str = ""
    weight: float = 1.0
    max_score: int = 10


class PromotionIn(Body):
    """Create a promotion (in draft)."""

    slug: str
    kind: Kind
    title: str
    rules: PromotionRules
    description: str = ""
    question: str = ""
    sponsor_ids: list[int] = msgspec.field(default_factory=list)
    prizes: list[PrizeIn] = msgspec.field(default_factory=list)
    options: list[OptionIn] = msgspec.field(default_factory=list)
    criteria: list[CriterionIn] = msgspec.field(default_factory=list)
    show_results: bool = False
    referral_limit: int = 5


class PromotionPatch(Body):
    """Change a promotion; rules are merged field by field over the current rules."""

    slug: str | None = None
    kind: Kind | None = None
    title: str | None = None
    rules: dict[str, Any] | None = None
    description: str | None = None
    question: str | None = None
    sponsor_ids: list[int] | None = None
    prizes: list[PrizeIn] | None = None
    options: list[OptionIn] | None = None
    criteria: list[CriterionIn] | None = None
    show_results: bool | None = None
    referral_limit: int | None = None


class EntryIn(Body):
    """An entry. birth_date is YYYY-MM-DD; a poll vote is `option` (an option id)."""

    email: str
    name: str
    birth_date: str
    country: str
    accept_rules: bool = False
    region: str | None = None
    answer: str | None = None
    option: int | None = None
    referral_code: str | None = None
    subscribe: list[str] = msgspec.field(default_factory=list)


class PrizeOut(msgspec.Struct):
    name: str
    description: str


class InstantWinOut(msgspec.Struct):
    won: bool
    prize: PrizeOut | None


class EntryOut(msgspec.Struct, omit_defaults=True):
    entry_id: int
    receipt: str
    receipt_code: str
    referral_code: str
    instant_win: InstantWinOut | None = None

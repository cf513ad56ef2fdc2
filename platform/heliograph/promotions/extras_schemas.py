"""Bodies of the contest-judging, poll-results and tell-a-friend endpoints."""

from __future__ import annotations

from datetime import datetime

import msgspec

from heliograph.problems import Body


class CriterionCreate(Body):
    """A new judging criterion."""

    name: str
    weight: float = 1.0
    description: str = ""
    max_score: int = 10
    position: int | None = None


class CriterionPatch(Body):
    """Changes to a criterion (only the description once the contest is open)."""

    name: str | None = None
    weight: float | None = None
    description: str | None = None
    max_score: int | None = None
    position: int | None = None


class CriterionOut(msgspec.Struct):
    id: int
    name: str
    description: str
    weight: float
    max_score: int
    position: int


class ScoreIn(Body):
    """One score: a whole number from 0 to the criterion's max_score."""

    criterion_id: int
    score: float
    note: str = ""


class ScoresIn(Body):
    """The calling judge's scores of one entry (any subset of the criteria)."""

    scores: list[ScoreIn]


class ScoreOut(msgspec.Struct):
    criterion_id: int
    judge_id: int
    score: float
    note: str
    updated_at: datetime


class RankedCriterionOut(msgspec.Struct):
    criterion_id: int
    name: str
    mean: float | None
    judges: int


class RankedEntryOut(msgspec.Struct):
    rank: int
    entry_id: int
    receipt: str
    answer: str | None
    entered_at: datetime
    total: float
    complete: bool
    criteria: list[RankedCriterionOut]
    decided_by: str | None


class RankingOut(msgspec.Struct):
    criteria: list[CriterionOut]
    tie_break: list[str]
    entries: list[RankedEntryOut]


class OptionResultOut(msgspec.Struct):
    id: int
    label: str
    votes: int
    percent: float


class PollResultsOut(msgspec.Struct):
    slug: str
    question: str
    total: int
    options: list[OptionResultOut]


class ReferralIn(Body):
    """Tell a friend: the entrant's entry, its receipt token (or an Authorization: Bearer header), the friend."""

    entry_id: int
    friend_email: str
    message: str | None = None
    receipt: str | None = None


class ReferralOut(msgspec.Struct):
    status: str = "accepted"

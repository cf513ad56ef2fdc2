"""Pure promotion logic: shown status, entry-limit keys, instant-win allocation, winning moments, checks.

The general policy and the rules themselves live in ``heliograph.policy.rules``; this module holds
what only promotions need. Everything takes plain values (randomness is passed in) and returns
plain values.

Instant win (decided inside the entry transaction; see ``promotions._instant_win``):

* **Winning moments.** Each "moments" prize of quantity q gets q secret instants. Unless the
  marketer lists them, they are spread over the open window by stratified sampling: the window
  is cut into q equal slots and one instant is drawn uniformly (``secrets``) inside each slot,
  so moments never bunch up and none can be predicted. The first entry accepted at or after a
  moment claims it (the earliest unclaimed due moment first) and wins its prize.
* **Fixed odds.** Each "odds" prize has a probability p (0 < p ≤ 1; the odds of all prizes add
  up to at most 1). One roll r = randbelow(ODDS_SCALE) is drawn per entry; the prizes, in their
  listed order, own consecutive slices of [0, ODDS_SCALE) of width round(p × ODDS_SCALE). The
  entry wins the prize whose slice holds r. If that prize has run out the entry loses: it is
  never moved to another prize, so the published odds of each prize hold.
* In both cases the award is a conditional ``UPDATE prize SET awarded = awarded + 1 WHERE id = ?
  AND awarded < quantity``: whatever the concurrency, a prize is never awarded more often than
  its quantity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

ODDS_SCALE = 1_000_000_000
SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
AFTER_OPEN = ("closed", "drawn", "judged", "completed", "archived")


def shown_status(stored: str, opens_at: datetime, closes_at: datetime, now: datetime) -> str:
    """The status people see: a published promotion is scheduled, open or closed by the clock."""
    if stored != "published":
        return stored
    if now < opens_at:
        return "scheduled"
    if now < closes_at:
        return "open"
    return "closed"


def has_opened(stored: str, opens_at: datetime, now: datetime) -> bool:
    """Whether people may already have entered (published and past opening, or later stages)."""
    return (stored == "published" and now >= opens_at) or stored in AFTER_OPEN


def limit_key(promotion_id: int, person_id: int, bucket: str, n: int) -> str:
    """The unique key of a person's n-th entry in a limit bucket (n in 1..limit)."""
    return f"{promotion_id}:{person_id}:{bucket}:{n}"


def bonus_key(promotion_id: int, referrer_id: int, friend_id: int, n: int) -> str:
    """The unique key of the n-th bonus entry a referrer earns for one friend (once per friend)."""
    return f"{promotion_id}:{referrer_id}:bonus:{friend_id}:{n}"


@dataclass(frozen=True)
class OddsPrize:
    """An instant-win prize with fixed odds."""

    id: int
    odds: float


def odds_slices(prizes: Sequence[OddsPrize]) -> list[tuple[int, int]]:
    """(prize id, end of its slice) in listed order; slices are consecutive from 0."""
    end = 0
    slices = []
    for prize in prizes:
        end += round(prize.odds * ODDS_SCALE)
        slices.append((prize.id, min(end, ODDS_SCALE)))
    return slices


def pick_odds_prize(prizes: Sequence[OddsPrize], roll: int) -> int | None:
    """The id of the prize whose slice holds roll (0 <= roll < ODDS_SCALE), or None (no prize)."""
    for prize_id, end in odds_slices(prizes):
        if roll < end:
            return prize_id
    return None


def spread_moments(
    opens_at: datetime, closes_at: datetime, quantity: int, randbelow: Callable[[int], int]
) -> list[datetime]:
    """quantity instants in [opens_at, closes_at): one uniformly random instant in each equal slot."""
    if quantity <= 0:
        return []
    window_us = int((closes_at - opens_at) / timedelta(microseconds=1))
    moments = []
    for i in range(quantity):
        start = window_us * i // quantity
        end = window_us * (i + 1) // quantity
        offset = start + randbelow(max(end - start, 1))
        moments.append(opens_at + timedelta(microseconds=offset))
    return moments


def odds_label(odds: float | None) -> str:
    """Odds for people: "1 in 250" (rounded), or "" when there are none."""
    if not odds or odds <= 0:
        return ""
    one_in = 1 / odds
    if one_in < 1.005:
        return "1 in 1 (every entry wins while prizes last)"
    return f"1 in {round(one_in):,}"


@dataclass(frozen=True)
class PrizeSpec:
    """A prize as a marketer gives it (plain values)."""

    name: str
    quantity: int
    allocation: str  # none, odds, moments
    odds: float | None
    moments: tuple[datetime, ...]


Problem = tuple[str, str]


def prize_problems(kind: str, prizes: Sequence[PrizeSpec], opens_at: datetime, closes_at: datetime) -> list[Problem]:
    """What is wrong with a promotion's prizes, as (field path, problem code)."""
    problems: list[Problem] = []
    total_odds = 0.0
    for i, prize in enumerate(prizes):
        path = f"prizes[{i}]"
        if not prize.name.strip():
            problems.append((f"{path}.name", "required"))
        if prize.quantity < 1:
            problems.append((f"{path}.quantity", "must_be_positive"))
        if kind != "instant_win":
            if prize.allocation != "none":
                problems.append((f"{path}.allocation", "instant_win_only"))
            continue
        if prize.allocation == "odds":
            if prize.odds is None or not 0 < prize.odds <= 1:
                problems.append((f"{path}.odds", "odds_out_of_range"))
            else:
                total_odds += prize.odds
        elif prize.allocation == "moments":
            if prize.moments and len(prize.moments) != prize.quantity:
                problems.append((f"{path}.winning_moments", "moments_quantity_mismatch"))
            for j, moment in enumerate(prize.moments):
                if moment.tzinfo is None:
                    problems.append((f"{path}.winning_moments[{j}]", "naive_datetime"))
                elif not opens_at <= moment < closes_at:
                    problems.append((f"{path}.winning_moments[{j}]", "outside_window"))
        else:
            problems.append((f"{path}.allocation", "odds_or_moments_required"))
    if total_odds > 1 + 1e-9:
        problems.append(("prizes", "odds_above_one"))
    if kind == "instant_win" and not prizes:
        problems.append(("prizes", "required"))
    return problems


PROBLEM_MESSAGES: dict[str, str] = {
    "instant_win_only": "odds and winning moments are for instant-win promotions only",
    "odds_out_of_range": "must be a probability above 0 and at most 1 (0.01 is 1 in 100)",
    "moments_quantity_mismatch": "must list exactly one moment per prize (quantity)",
    "outside_window": "must be inside the opening window",
    "odds_or_moments_required": "must be 'odds' or 'moments' for an instant-win prize",
    "odds_above_one": "the odds of all prizes add up to more than 1",
    "invalid_slug": "use 2–80 lower-case letters, digits and hyphens",
    "too_few_options": "a poll needs at least two options",
    "options_for_polls_only": "only polls have options",
    "criteria_for_contests_only": "only contests have judging criteria",
    "poll_one_vote": "a poll allows one vote per person: entry_limit must be {count: 1, per: promotion}",
    "must_be_positive": "must be above 0",
    "unknown_sponsor": "is not a sponsor id",
    "locked_once_open": "cannot change once the promotion is open",
    "draft_only": "can only change while the promotion is a draft",
    "sponsor_added": "cannot add sponsors once the promotion is open",
    "not_a_draft": "only a draft can be published",
    "already_over": "the closing time has passed; extend closes_at first",
    "not_closable": "only a published promotion can be closed",
}

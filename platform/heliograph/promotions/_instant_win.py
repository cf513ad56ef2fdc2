"""Instant win: the outcome of an entry, decided inside the entry transaction.

Algorithm (also in docs/promotions.md and ``promotions.rules``):

1. **Winning moments first.** Claim the earliest unclaimed moment that is due (at <= now) with one
   conditional UPDATE … RETURNING; on PostgreSQL the inner SELECT takes ``FOR UPDATE SKIP
   LOCKED`` so concurrent entries claim different moments instead of queueing on one; on SQLite
   writers are serialised. A claimed moment then awards its prize (step 3).
2. **Otherwise fixed odds.** One roll ``secrets.randbelow(ODDS_SCALE)`` picks at most one prize by
   its slice of the odds; a prize that has run out means a loss (no fall-through to another prize).
3. **The award** is ``UPDATE prize SET awarded = awarded + 1 WHERE id = ? AND awarded < quantity
   RETURNING id``: it cannot exceed the quantity whatever the concurrency (on PostgreSQL the row
   lock serialises concurrent awards of one prize and the condition is re-checked after waiting).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from heliograph import db
from heliograph.promotions import rules as promo_rules
from heliograph.promotions.tables import Prize

_CLAIM_MOMENT = """
UPDATE instant_win_moment SET entry_id = {{}}, claimed_at = {{}}
WHERE id = (
    SELECT id FROM instant_win_moment
    WHERE promotion = {{}} AND entry_id IS NULL AND at <= {{}}
    ORDER BY at, id LIMIT 1{lock}
) AND entry_id IS NULL
RETURNING id, prize
"""
_CLAIM_MOMENT_PG = _CLAIM_MOMENT.format(lock=" FOR UPDATE SKIP LOCKED")
_CLAIM_MOMENT_SQLITE = _CLAIM_MOMENT.format(lock="")

_AWARD = "UPDATE prize SET awarded = awarded + 1 WHERE id = {} AND awarded < quantity RETURNING id, name, description"


@dataclass(frozen=True)
class Outcome:
    """An instant-win result: the prize won, if any."""

    won: bool
    prize_id: int | None = None
    prize_name: str | None = None
    prize_description: str | None = None


LOST = Outcome(won=False)


async def _award(prize_id: int) -> dict[str, Any] | None:
    rows = await Prize.raw(_AWARD, prize_id)
    return rows[0] if rows else None


async def decide(
    promotion_id: int, entry_id: int, prizes: list[dict[str, Any]], now: datetime, *, roll: int | None = None
) -> Outcome:
    """Decide whether this entry wins and award the prize (call inside the entry transaction)."""
    if any(p["allocation"] == "moments" for p in prizes):
        sql = _CLAIM_MOMENT_SQLITE if db.is_sqlite() else _CLAIM_MOMENT_PG
        claimed = await Prize.raw(sql, entry_id, now, promotion_id, now)
        if claimed:
            award = await _award(int(claimed[0]["prize"]))
            if award is not None:
                return Outcome(True, int(award["id"]), award["name"], award["description"])
    odds_prizes = [
        promo_rules.OddsPrize(int(p["id"]), float(p["odds"])) for p in prizes if p["allocation"] == "odds" and p["odds"]
    ]
    if not odds_prizes:
        return LOST
    chosen = promo_rules.pick_odds_prize(
        odds_prizes, secrets.randbelow(promo_rules.ODDS_SCALE) if roll is None else roll
    )
    if chosen is None:
        return LOST
    award = await _award(chosen)
    if award is None:
        return LOST
    return Outcome(True, int(award["id"]), award["name"], award["description"])

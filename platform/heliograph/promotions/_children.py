"""What hangs off a promotion: sponsors, prizes, winning moments, poll options, contest criteria."""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from heliograph import db
from heliograph.promotions import rules as promo_rules
from heliograph.promotions.schemas import CriterionIn, OptionIn, PrizeIn
from heliograph.promotions.tables import (
    ContestCriterion,
    InstantWinMoment,
    PollOption,
    Prize,
    PromotionSponsor,
)


def prize_spec(kind: str, prize: PrizeIn) -> promo_rules.PrizeSpec:
    """A prize as plain values, with its allocation resolved (instant win: odds if given, else moments)."""
    if kind != "instant_win":
        allocation = prize.allocation or "none"
    else:
        allocation = prize.allocation or ("odds" if prize.odds is not None else "moments")
    return promo_rules.PrizeSpec(
        name=prize.name,
        quantity=prize.quantity,
        allocation=allocation,
        odds=prize.odds,
        moments=tuple(prize.winning_moments or ()),
    )


def prize_fingerprint(kind: str, prizes: Sequence[PrizeIn]) -> list[tuple[Any, ...]]:
    """Comparable form of a prize list (to tell whether a PATCH changes it)."""
    out = []
    for prize in prizes:
        spec = prize_spec(kind, prize)
        moments = tuple(m.isoformat() for m in spec.moments)
        out.append((prize.name, prize.description, prize.value, spec.quantity, spec.allocation, spec.odds, moments))
    return out


def stored_prize_fingerprint(rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The same comparable form for stored prize rows."""
    out = []
    for row in rows:
        moments = row["winning_moments"]
        if isinstance(moments, str):
            moments = json.loads(moments or "[]")
        normal = tuple(datetime.fromisoformat(m).isoformat() for m in moments)
        out.append(
            (row["name"], row["description"], row["value"], row["quantity"], row["allocation"], row["odds"], normal)
        )
    return out


async def replace_sponsors(promotion_id: int, sponsor_ids: Sequence[int]) -> None:
    """Link exactly these sponsors, in this order."""
    async with db.transaction():
        await PromotionSponsor.delete().where(PromotionSponsor.promotion == promotion_id)
        if sponsor_ids:
            await PromotionSponsor.insert(
                *[
                    PromotionSponsor(promotion=promotion_id, sponsor=sid, key=f"{promotion_id}:{sid}", position=i)
                    for i, sid in enumerate(dict.fromkeys(sponsor_ids))
                ]
            )


async def replace_prizes(promotion_id: int, kind: str, prizes: Sequence[PrizeIn]) -> None:
    """Replace the prize list (only before anyone can have won one)."""
    now = db.now_utc()
    async with db.transaction():
        await InstantWinMoment.delete().where(InstantWinMoment.promotion == promotion_id)
        await Prize.delete().where(Prize.promotion == promotion_id)
        if prizes:
            rows = []
            for i, prize in enumerate(prizes):
                spec = prize_spec(kind, prize)
                rows.append(
                    Prize(
                        promotion=promotion_id,
                        name=prize.name.strip(),
                        description=prize.description,
                        value=prize.value,
                        position=i,
                        quantity=prize.quantity,
                        awarded=0,
                        allocation=spec.allocation,
                        odds=prize.odds if spec.allocation == "odds" else None,
                        winning_moments=json.dumps([m.isoformat() for m in spec.moments]),
                        created_at=now,
                    )
                )
            await Prize.insert(*rows)


async def replace_options(promotion_id: int, options: Sequence[OptionIn]) -> None:
    """Replace a poll's options (only before voting starts)."""
    async with db.transaction():
        await PollOption.delete().where(PollOption.promotion == promotion_id)
        if options:
            await PollOption.insert(
                *[PollOption(promotion=promotion_id, label=o.label.strip(), position=i) for i, o in enumerate(options)]
            )


async def replace_criteria(promotion_id: int, criteria: Sequence[CriterionIn]) -> None:
    """Replace a contest's judging criteria (only before entries arrive)."""
    async with db.transaction():
        await ContestCriterion.delete().where(ContestCriterion.promotion == promotion_id)
        if criteria:
            await ContestCriterion.insert(
                *[
                    ContestCriterion(
                        promotion=promotion_id,
                        name=c.name.strip(),
                        description=c.description,
                        weight=c.weight,
                        max_score=c.max_score,
                        position=i,
                    )
                    for i, c in enumerate(criteria)
                ]
            )


async def generate_moments(promotion_id: int, opens_at: datetime, closes_at: datetime) -> int:
    """(Re)create the winning moments of every "moments" prize; returns how many there are."""
    async with db.transaction():
        await InstantWinMoment.delete().where(InstantWinMoment.promotion == promotion_id)
        prizes = await Prize.select().where((Prize.promotion == promotion_id) & (Prize.allocation == "moments"))
        rows: list[InstantWinMoment] = []
        for prize in prizes:
            given = prize["winning_moments"]
            if isinstance(given, str):
                given = json.loads(given or "[]")
            if given:
                moments = [datetime.fromisoformat(m) for m in given]
            else:
                moments = promo_rules.spread_moments(opens_at, closes_at, int(prize["quantity"]), secrets.randbelow)
            rows.extend(InstantWinMoment(promotion=promotion_id, prize=prize["id"], at=at) for at in moments)
        if rows:
            await InstantWinMoment.insert(*rows)
    return len(rows)


async def children(promotion_id: int) -> dict[str, list[dict[str, Any]]]:
    """Sponsor links, prizes, options and criteria of a promotion, each in page order."""
    sponsors = (
        await PromotionSponsor.select(PromotionSponsor.sponsor)
        .where(PromotionSponsor.promotion == promotion_id)
        .order_by(PromotionSponsor.position)
    )
    prizes = await Prize.select().where(Prize.promotion == promotion_id).order_by(Prize.position)
    options = await PollOption.select().where(PollOption.promotion == promotion_id).order_by(PollOption.position)
    criteria = (
        await ContestCriterion.select()
        .where(ContestCriterion.promotion == promotion_id)
        .order_by(ContestCriterion.position)
    )
    return {
        "sponsor_ids": [row["sponsor"] for row in sponsors],
        "prizes": list(prizes),
        "options": list(options),
        "criteria": list(criteria),
    }

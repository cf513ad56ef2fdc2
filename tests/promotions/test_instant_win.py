"""Instant win: odds, winning moments, and never more winners than prizes whatever the concurrency."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from heliograph import db
from heliograph.promotions import service
from heliograph.promotions.tables import Entry, InstantWinMoment, Prize
from tests.conftest import POSTGRES, needs_postgres
from tests.promotions.entry_support import at, ensure_pool, entry_body, entry_in, make_promotion, rules_body


async def enter_many(count: int, slug: str = "sunny-days") -> list[dict]:
    results = await asyncio.gather(
        *(service.enter(slug, entry_in(email=f"p{i}@example.com")) for i in range(count)), return_exceptions=True
    )
    errors = [r for r in results if not isinstance(r, dict)]
    assert errors == [], errors[:3]
    return results  # type: ignore[return-value]


async def assert_prizes_hold(winners: list[dict], quantity: int) -> None:
    assert len(winners) == quantity
    assert await Entry.count().where(Entry.won == True) == quantity  # noqa: E712
    prize = await Prize.select().first()
    assert prize["awarded"] == quantity == prize["quantity"]


class TestOdds:
    async def test_a_sure_win_stops_at_the_quantity(self, client) -> None:
        await make_promotion(kind="instant_win", prizes=[{"name": "Solar lamp", "quantity": 2, "odds": 1.0}])
        results = []
        for i in range(4):
            r = await client.post("/api/v1/promotions/sunny-days/entries", json=entry_body(email=f"p{i}@example.com"))
            assert r.status_code == 201, r.text
            results.append(r.json()["instant_win"])
        assert results == [
            {"won": True, "prize": {"name": "Solar lamp", "description": ""}},
            {"won": True, "prize": {"name": "Solar lamp", "description": ""}},
            {"won": False, "prize": None},
            {"won": False, "prize": None},
        ]
        winners = await Entry.select(Entry.prize).where(Entry.won == True)  # noqa: E712
        assert len(winners) == 2 and all(w["prize"] for w in winners)

    async def test_zero_chance_never_wins(self) -> None:
        await make_promotion(kind="instant_win", prizes=[{"name": "Lamp", "quantity": 3, "odds": 1e-9}])
        results = await enter_many(5)
        assert all(not r["instant_win"]["won"] for r in results)

    async def test_the_winner_mail_names_the_prize(self, client, smtp) -> None:
        await make_promotion(kind="instant_win", prizes=[{"name": "Solar lamp", "quantity": 1, "odds": 1.0}])
        await client.post("/api/v1/promotions/sunny-days/entries", json=entry_body())
        [mail] = await smtp.wait_for(1)
        assert mail.message["Subject"].startswith("You won: Solar lamp")


class TestMoments:
    async def test_due_moments_are_claimed_in_order_future_ones_wait(self) -> None:
        opens = at("2026-01-01 00:00")
        moments = [at("2026-01-02 00:00").isoformat(), at("2026-01-05 00:00").isoformat()]
        prizes = [{"name": "Panel", "quantity": 2, "allocation": "moments", "winning_moments": moments}]
        await make_promotion(kind="instant_win", prizes=prizes, rules=rules_body(opens_at=opens))
        first = await service.enter("sunny-days", entry_in(email="a@example.com"), now=at("2026-01-01 12:00"))
        second = await service.enter("sunny-days", entry_in(email="b@example.com"), now=at("2026-01-03 00:00"))
        third = await service.enter("sunny-days", entry_in(email="c@example.com"), now=at("2026-01-03 00:01"))
        fourth = await service.enter("sunny-days", entry_in(email="d@example.com"), now=at("2026-01-06 00:00"))
        assert [r["instant_win"]["won"] for r in (first, second, third, fourth)] == [False, True, False, True]
        claimed = await InstantWinMoment.select().order_by(InstantWinMoment.at)
        assert [m["entry_id"] for m in claimed] == [second["entry_id"], fourth["entry_id"]]

    async def test_moments_are_spread_over_the_window(self) -> None:
        opens = db.now_utc() - timedelta(hours=1)
        closes = opens + timedelta(days=10)
        prizes = [{"name": "Panel", "quantity": 10, "allocation": "moments"}]
        await make_promotion(kind="instant_win", prizes=prizes, rules=rules_body(opens_at=opens, closes_at=closes))
        moments = [m["at"] for m in await InstantWinMoment.select().order_by(InstantWinMoment.at)]
        assert len(moments) == 10
        for i, moment in enumerate(moments):  # one in each tenth of the window
            assert opens + i * timedelta(days=1) <= moment < opens + (i + 1) * timedelta(days=1)


class TestConcurrency:
    async def test_concurrent_entries_never_exceed_the_quantity(self) -> None:
        await ensure_pool()
        count = 200 if POSTGRES else 30
        await make_promotion(kind="instant_win", prizes=[{"name": "Solar lamp", "quantity": 5, "odds": 1.0}])
        results = await enter_many(count)
        winners = [r for r in results if r["instant_win"]["won"]]
        await assert_prizes_hold(winners, 5)
        assert await Entry.count() == count

    async def test_concurrent_entries_claim_each_moment_once(self) -> None:
        await ensure_pool()
        count = 200 if POSTGRES else 30
        opens = db.now_utc() - timedelta(days=1)
        due = [(opens + timedelta(minutes=i)).isoformat() for i in range(5)]
        prizes = [{"name": "Panel", "quantity": 5, "allocation": "moments", "winning_moments": due}]
        await make_promotion(kind="instant_win", prizes=prizes, rules=rules_body(opens_at=opens))
        results = await enter_many(count)
        winners = [r for r in results if r["instant_win"]["won"]]
        await assert_prizes_hold(winners, 5)
        claimed = await InstantWinMoment.select(InstantWinMoment.entry_id)
        assert sorted(m["entry_id"] for m in claimed) == sorted(w["entry_id"] for w in winners)

    @needs_postgres
    async def test_two_hundred_entries_five_prizes_over_http(self, client) -> None:
        await make_promotion(kind="instant_win", prizes=[{"name": "Solar lamp", "quantity": 5, "odds": 0.5}])
        responses = await asyncio.gather(
            *(
                client.post("/api/v1/promotions/sunny-days/entries", json=entry_body(email=f"h{i}@example.com"))
                for i in range(200)
            )
        )
        assert {r.status_code for r in responses} == {201}
        winners = [r.json() for r in responses if r.json()["instant_win"]["won"]]
        await assert_prizes_hold(winners, 5)

"""Polls: one vote per person, and aggregate results (public only when the poll says so)."""

from __future__ import annotations

import pytest

from heliograph.errors import EntryLimitReached, InvalidField
from heliograph.promotions import polls
from heliograph.promotions.tables import Entry
from tests.promotions.extras_factories import bearer, enter, make_promotion

PUBLIC = "/api/v1/promotions/best-roof/results"
ADMIN = "/api/v1/admin/promotions/best-roof/results"
OPTIONS = ["Monocrystalline", "Thin film", "Solar tiles"]


async def poll(**changes) -> dict:
    return await make_promotion(
        slug="best-roof",
        kind="poll",
        title="Best roof",
        question="Which panels suit your roof?",
        options=OPTIONS,
        **changes,
    )


def option_ids(promotion: dict) -> dict[str, int]:
    return {o["label"]: o["id"] for o in promotion["options"]}


class TestOneVote:
    async def test_a_person_votes_once(self) -> None:
        options = option_ids(await poll())
        await enter("best-roof", email="ada@example.com", option=options["Thin film"])
        with pytest.raises(EntryLimitReached):
            await enter("best-roof", email="ADA@example.com", option=options["Solar tiles"])
        assert await Entry.count() == 1

    async def test_a_poll_cannot_allow_more_votes(self) -> None:
        with pytest.raises(InvalidField) as refused:
            await poll(entry_limit={"count": 3, "per": "day"})
        assert any(e["field"] == "rules.entry_limit" for e in refused.value.errors)


class TestResults:
    async def test_counts_per_option_without_personal_data(self, client) -> None:
        options = option_ids(await poll(show_results=True))
        votes = ["Thin film", "Thin film", "Solar tiles", "Thin film"]
        for n, label in enumerate(votes):
            await enter("best-roof", email=f"voter{n}@example.com", name=f"Voter Number{n}", option=options[label])
        r = await client.get(PUBLIC)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["question"] == "Which panels suit your roof?" and body["total"] == 4
        assert [(o["label"], o["votes"], o["percent"]) for o in body["options"]] == [
            ("Monocrystalline", 0, 0.0),
            ("Thin film", 3, 75.0),
            ("Solar tiles", 1, 25.0),
        ]
        assert "voter" not in r.text.lower() and "@" not in r.text

    async def test_results_are_private_unless_the_poll_says_so(self, client) -> None:
        options = option_ids(await poll(show_results=False))
        await enter("best-roof", email="ada@example.com", option=options["Monocrystalline"])
        r = await client.get(PUBLIC)
        assert r.status_code == 404 and r.json()["code"] == "not_found"
        admin = await client.get(ADMIN, headers=await bearer("viewer"))
        assert admin.status_code == 200 and admin.json()["total"] == 1
        assert (await client.get(ADMIN)).status_code == 401

    async def test_a_draft_poll_has_no_public_results(self, client) -> None:
        await poll(show_results=True, publish=False)
        assert (await client.get(PUBLIC)).status_code == 404

    async def test_other_kinds_have_no_results(self, client) -> None:
        await make_promotion(slug="best-roof", kind="sweepstakes", show_results=True)
        assert (await client.get(PUBLIC)).status_code == 404


class TestTally:
    def test_percentages_and_order(self) -> None:
        options = [{"id": 2, "label": "B", "position": 1}, {"id": 1, "label": "A", "position": 0}]
        assert polls.tally(options, {1: 1, 2: 2, 99: 5}) == {
            "total": 3,
            "options": [
                {"id": 1, "label": "A", "votes": 1, "percent": 33.3},
                {"id": 2, "label": "B", "votes": 2, "percent": 66.7},
            ],
        }

    def test_no_votes(self) -> None:
        assert polls.tally([{"id": 1, "label": "A", "position": 0}], {})["options"][0]["percent"] == 0.0

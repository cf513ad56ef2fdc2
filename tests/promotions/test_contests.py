"""Contests: judging criteria CRUD, judges' scores through the admin API, and the ranking."""

from __future__ import annotations

from heliograph.promotions import contests
from heliograph.promotions.tables import ContestScore
from tests.promotions.extras_factories import bearer, enter, make_promotion

CRITERIA = [
    {"name": "Originality", "weight": 3, "description": "A fresh idea"},
    {"name": "Clarity", "weight": 1},
]
BASE = "/api/v1/admin/promotions/sun-story"


async def contest(**changes) -> dict:
    return await make_promotion(slug="sun-story", kind="contest", title="Sun Story", criteria=CRITERIA, **changes)


async def submit(email: str, answer: str = "A short story about a heliograph on a hill.") -> int:
    return (await enter("sun-story", email=email, answer=answer))["entry_id"]


def ids(promotion: dict) -> dict[str, int]:
    return {c["name"]: c["id"] for c in promotion["criteria"]}


class TestCriteria:
    async def test_editors_manage_criteria_before_the_contest_opens(self, client) -> None:
        await make_promotion(slug="sun-story", kind="contest", criteria=[], publish=False)
        editor = await bearer("marketer")
        r = await client.post(f"{BASE}/criteria", json={"name": "Originality", "weight": 2.5}, headers=editor)
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["name"] == "Originality" and created["weight"] == 2.5 and created["max_score"] == 10
        r = await client.post(f"{BASE}/criteria", json={"name": " originality ", "weight": 1}, headers=editor)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "name"
        r = await client.patch(f"{BASE}/criteria/{created['id']}", json={"weight": 4}, headers=editor)
        assert r.status_code == 200 and r.json()["weight"] == 4.0
        viewer = await bearer("viewer")
        listed = await client.get(f"{BASE}/criteria", headers=viewer)
        assert [c["name"] for c in listed.json()] == ["Originality"]
        r = await client.delete(f"{BASE}/criteria/{created['id']}", headers=editor)
        assert r.status_code == 204
        assert (await client.get(f"{BASE}/criteria", headers=viewer)).json() == []

    async def test_viewers_cannot_change_criteria(self, client) -> None:
        await make_promotion(slug="sun-story", kind="contest", criteria=[], publish=False)
        viewer = await bearer("viewer")
        r = await client.post(f"{BASE}/criteria", json={"name": "Originality"}, headers=viewer)
        assert r.status_code == 403 and r.json()["code"] == "forbidden"

    async def test_weights_are_fixed_once_open_but_wording_may_change(self, client) -> None:
        promotion = await contest()
        editor = await bearer("owner")
        originality = ids(promotion)["Originality"]
        r = await client.patch(f"{BASE}/criteria/{originality}", json={"weight": 1}, headers=editor)
        assert r.status_code == 422 and r.json()["code"] == "invalid_field"
        r = await client.post(f"{BASE}/criteria", json={"name": "Humour"}, headers=editor)
        assert r.status_code == 422
        r = await client.delete(f"{BASE}/criteria/{originality}", headers=editor)
        assert r.status_code == 422
        r = await client.patch(
            f"{BASE}/criteria/{originality}", json={"description": "New and surprising"}, headers=editor
        )
        assert r.status_code == 200 and r.json()["description"] == "New and surprising"

    async def test_a_criterion_cannot_ask_for_sensitive_data(self, client) -> None:
        await make_promotion(slug="sun-story", kind="contest", criteria=[], publish=False)
        r = await client.post(f"{BASE}/criteria", json={"name": "Your religion"}, headers=await bearer("owner"))
        assert r.status_code == 422 and r.json()["code"] == "sensitive_data"
        assert r.json()["category"] == "religious_or_philosophical_beliefs"

    async def test_bad_weight_is_refused(self, client) -> None:
        await make_promotion(slug="sun-story", kind="contest", criteria=[], publish=False)
        editor = await bearer("owner")
        r = await client.post(f"{BASE}/criteria", json={"name": "Idea", "weight": 0}, headers=editor)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "weight"

    async def test_criteria_of_a_poll_are_not_found(self, client) -> None:
        await make_promotion(slug="sun-story", kind="poll", options=["Yes", "No"])
        r = await client.get(f"{BASE}/criteria", headers=await bearer("viewer"))
        assert r.status_code == 404

    async def test_rules_page_data_shows_weights_and_tie_break(self) -> None:
        promotion = await contest()
        judging = await contests.rules_page_judging(promotion["id"])
        assert judging is not None
        assert [(c["name"], c["share_percent"]) for c in judging["criteria"]] == [
            ("Originality", 75.0),
            ("Clarity", 25.0),
        ]
        assert "earlier entry time" in judging["tie_break"]


class TestScores:
    async def test_a_judge_scores_and_rescores_an_entry(self, client) -> None:
        promotion = await contest()
        crit = ids(promotion)
        entry_id = await submit("ada@example.com")
        judge = await bearer("marketer")
        url = f"{BASE}/entries/{entry_id}/scores"
        body = {
            "scores": [{"criterion_id": crit["Originality"], "score": 7}, {"criterion_id": crit["Clarity"], "score": 4}]
        }
        r = await client.put(url, json=body, headers=judge)
        assert r.status_code == 200, r.text
        assert sorted(s["score"] for s in r.json()) == [4.0, 7.0]
        r = await client.put(
            url, json={"scores": [{"criterion_id": crit["Originality"], "score": 9, "note": "Better"}]}, headers=judge
        )
        assert r.status_code == 200
        assert await ContestScore.count() == 2  # one score per judge, criterion and entry
        mine = {s["criterion_id"]: s for s in r.json()}
        assert mine[crit["Originality"]]["score"] == 9.0 and mine[crit["Originality"]]["note"] == "Better"
        second = await bearer("owner")
        await client.post(url, json={"scores": [{"criterion_id": crit["Originality"], "score": 5}]}, headers=second)
        listed = await client.get(url, headers=await bearer("viewer"))
        assert listed.status_code == 200 and len(listed.json()) == 3

    async def test_viewer_cannot_score(self, client) -> None:
        promotion = await contest()
        entry_id = await submit("ada@example.com")
        viewer = await bearer("viewer")
        body = {"scores": [{"criterion_id": ids(promotion)["Clarity"], "score": 5}]}
        r = await client.put(f"{BASE}/entries/{entry_id}/scores", json=body, headers=viewer)
        assert r.status_code == 403 and r.json()["code"] == "forbidden"
        assert await ContestScore.count() == 0

    async def test_no_token_is_401(self, client) -> None:
        r = await client.get(f"{BASE}/ranking")
        assert r.status_code == 401

    async def test_scores_out_of_range_or_for_other_criteria_are_refused(self, client) -> None:
        promotion = await contest()
        entry_id = await submit("ada@example.com")
        judge = await bearer("marketer")
        url = f"{BASE}/entries/{entry_id}/scores"
        clarity = ids(promotion)["Clarity"]
        for score in (11, -1, 6.5):
            r = await client.put(url, json={"scores": [{"criterion_id": clarity, "score": score}]}, headers=judge)
            assert r.status_code == 422 and r.json()["errors"][0]["field"] == "scores[0].score", score
        r = await client.put(url, json={"scores": [{"criterion_id": 999999, "score": 5}]}, headers=judge)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "scores[0].criterion_id"
        r = await client.put(url, json={"scores": [{"criterion_id": clarity, "score": 5, "stars": 3}]}, headers=judge)
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"
        r = await client.put(
            f"{BASE}/entries/999999/scores", json={"scores": [{"criterion_id": clarity, "score": 5}]}, headers=judge
        )
        assert r.status_code == 404
        assert await ContestScore.count() == 0


class TestRanking:
    async def test_weighted_means_over_judges_with_tie_break(self, client) -> None:
        promotion = await contest()
        crit = ids(promotion)
        first = await submit("ada@example.com")
        second = await submit("bob@example.com")
        third = await submit("cy@example.com")
        judge_a = await bearer("marketer", "a@example.com")
        judge_b = await bearer("owner", "b@example.com")

        async def score(entry_id: int, headers: dict, originality: int, clarity: int) -> None:
            body = {
                "scores": [
                    {"criterion_id": crit["Originality"], "score": originality},
                    {"criterion_id": crit["Clarity"], "score": clarity},
                ]
            }
            r = await client.put(f"{BASE}/entries/{entry_id}/scores", json=body, headers=headers)
            assert r.status_code == 200, r.text

        # first: Originality (6+6)/2 = 6, Clarity (10+10)/2 = 10 → (18 + 10) / 4 = 7
        await score(first, judge_a, 6, 10)
        await score(first, judge_b, 6, 10)
        # second: Originality (7+9)/2 = 8, Clarity (3+5)/2 = 4 → (24 + 4) / 4 = 7, wins the tie on Originality
        await score(second, judge_a, 7, 3)
        await score(second, judge_b, 9, 5)
        # third: only judge A so far: (27 + 9) / 4 = 9
        await score(third, judge_a, 9, 9)

        r = await client.get(f"{BASE}/ranking", headers=await bearer("viewer"))
        assert r.status_code == 200, r.text
        body = r.json()
        ranked = [(e["entry_id"], e["rank"], e["total"], e["decided_by"]) for e in body["entries"]]
        assert ranked == [(third, 1, 9.0, None), (second, 2, 7.0, "total"), (first, 3, 7.0, "criterion:Originality")]
        top = body["entries"][0]
        assert top["complete"] and top["receipt"] and top["answer"].startswith("A short story")
        assert {c["name"]: (c["mean"], c["judges"]) for c in body["entries"][1]["criteria"]} == {
            "Originality": (8.0, 2),
            "Clarity": (4.0, 2),
        }
        assert body["tie_break"][-1] == "lower entry id"

    async def test_unscored_entries_rank_by_entry_time(self, client) -> None:
        await contest()
        early = await submit("ada@example.com")
        late = await submit("bob@example.com")
        r = await client.get(f"{BASE}/ranking", headers=await bearer("viewer"))
        entries = r.json()["entries"]
        assert [e["entry_id"] for e in entries] == [early, late]
        assert all(e["total"] == 0 and not e["complete"] for e in entries)

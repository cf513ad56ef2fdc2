"""The admin promotions API: create, read, change (versioned rules), publish, close, entries, roles."""

from __future__ import annotations

from datetime import timedelta

import pytest

from heliograph import db
from heliograph.promotions.tables import InstantWinMoment, Promotion, PromotionRulesVersion
from heliograph.sponsors import service as sponsors
from tests.promotions.entry_support import admin_token, entry_body, make_promotion, promotion_body, rules_body

BASE = "/api/v1/admin/promotions"


@pytest.fixture
async def owner(client) -> dict[str, str]:
    return await admin_token(client, "owner")


class TestCreate:
    async def test_create_is_a_draft_with_rules_version_1(self, client, owner) -> None:
        sponsor, _ = await sponsors.create_sponsor("SunCo", "promo@sunco.example")
        body = promotion_body(kind="instant_win", sponsor_ids=[sponsor["id"]], description="Win a **lamp**")
        r = await client.post(BASE, json=body, headers=owner)
        assert r.status_code == 201, r.text
        view = r.json()
        assert view["status"] == "draft" and view["rules_version"] == 1
        assert view["sponsor_ids"] == [sponsor["id"]]
        assert view["prizes"][0] | {"id": 0} == {
            "id": 0,
            "name": "Solar lamp",
            "description": "",
            "value": "",
            "quantity": 5,
            "awarded": 0,
            "allocation": "odds",
            "odds": 1.0,
            "winning_moments": [],
        }
        history = await PromotionRulesVersion.select().where(PromotionRulesVersion.promotion == view["id"])
        assert [h["version"] for h in history] == [1]

    async def test_invalid_rules_list_every_problem(self, client, owner) -> None:
        rules = rules_body(timezone="Mars/Olympus", eligible_countries=("XX",), min_age=10)
        r = await client.post(BASE, json=promotion_body(rules=rules), headers=owner)
        assert r.status_code == 422
        problem = r.json()
        assert problem["code"] == "invalid_field"
        reasons = {(e["field"], e["reason"]) for e in problem["errors"]}
        assert ("rules.timezone", "unknown_timezone") in reasons
        assert ("rules.eligible_countries[0]", "unknown_country") in reasons
        assert ("rules.min_age", "below_floor") in reasons
        assert await Promotion.count() == 0

    async def test_unknown_field_in_the_rules_is_refused(self, client, owner) -> None:
        r = await client.post(BASE, json=promotion_body(rules=rules_body(colour="red")), headers=owner)
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"

    async def test_sponsor_fields_asking_sensitive_data_are_refused(self, client, owner) -> None:
        rules = rules_body(sponsor_fields=[{"field": "religion", "purpose": "targeting"}])
        r = await client.post(BASE, json=promotion_body(rules=rules), headers=owner)
        assert r.status_code == 422 and r.json()["code"] == "sensitive_data"
        assert await Promotion.count() == 0

    async def test_a_question_asking_sensitive_data_is_refused(self, client, owner) -> None:
        body = promotion_body(kind="poll", question="Which political party do you vote for?")
        r = await client.post(BASE, json=body, headers=owner)
        assert r.status_code == 422
        assert r.json()["code"] == "sensitive_data" and r.json()["category"] == "political_opinions"

    async def test_kind_checks(self, client, owner) -> None:
        poll = promotion_body(kind="poll", options=[{"label": "Only one"}], rules=rules_body(entry_limit={"count": 2}))
        r = await client.post(BASE, json=poll, headers=owner)
        reasons = {e["reason"] for e in r.json()["errors"]}
        assert {"too_few_options", "poll_one_vote"} <= reasons
        odds = promotion_body(kind="instant_win", prizes=[{"name": "A", "odds": 0.7}, {"name": "B", "odds": 0.5}])
        r = await client.post(BASE, json=odds, headers=owner)
        assert "odds_above_one" in {e["reason"] for e in r.json()["errors"]}

    async def test_slug_is_unique(self, client, owner) -> None:
        assert (await client.post(BASE, json=promotion_body(), headers=owner)).status_code == 201
        r = await client.post(BASE, json=promotion_body(), headers=owner)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "slug"


class TestStatusAndList:
    async def test_publish_scheduled_then_open_by_the_clock(self, client, owner) -> None:
        later = db.now_utc() + timedelta(days=2)
        await make_promotion(slug="later", publish=False, rules=rules_body(opens_at=later))
        await make_promotion(slug="now", publish=False)
        for slug in ("later", "now"):
            r = await client.post(f"{BASE}/{slug}/publish", headers=owner)
            assert r.status_code == 200, r.text
        assert (await client.get(f"{BASE}/later", headers=owner)).json()["status"] == "scheduled"
        assert (await client.get(f"{BASE}/now", headers=owner)).json()["status"] == "open"
        r = await client.get(BASE, params={"status": "open"}, headers=owner)
        assert [p["slug"] for p in r.json()] == ["now"]
        r = await client.get(BASE, params={"status": "scheduled", "kind": "sweepstakes"}, headers=owner)
        assert [p["slug"] for p in r.json()] == ["later"]
        again = await client.post(f"{BASE}/now/publish", headers=owner)
        assert again.status_code == 422 and again.json()["errors"][0]["reason"] == "not_a_draft"

    async def test_close_stops_entries(self, client, owner) -> None:
        await make_promotion(slug="closing")
        r = await client.post(f"{BASE}/closing/close", headers=owner)
        assert r.status_code == 200 and r.json()["status"] == "closed"
        r = await client.post("/api/v1/promotions/closing/entries", json=entry_body())
        assert r.status_code == 409 and r.json()["code"] == "promotion_not_open"
        assert (await client.get(BASE, params={"status": "closed"}, headers=owner)).json()[0]["slug"] == "closing"

    async def test_instant_win_moments_are_drawn_at_publish(self, client, owner) -> None:
        body = promotion_body(kind="instant_win", prizes=[{"name": "Lamp", "quantity": 4, "allocation": "moments"}])
        await client.post(BASE, json=body, headers=owner)
        assert await InstantWinMoment.count() == 0
        await client.post(f"{BASE}/sunny-days/publish", headers=owner)
        moments = await InstantWinMoment.select().order_by(InstantWinMoment.at)
        row = await Promotion.select().first()
        assert len(moments) == 4
        assert all(row["opens_at"] <= m["at"] < row["closes_at"] for m in moments)

    async def test_drafts_are_not_public(self, client) -> None:
        await make_promotion(slug="secret", publish=False)
        assert (await client.get("/api/v1/promotions/secret")).status_code == 404
        assert (await client.get("/api/v1/promotions")).json() == []


class TestPatch:
    async def test_every_rules_change_bumps_the_version_and_keeps_history(self, client, owner) -> None:
        await make_promotion(slug="p", publish=False)
        r = await client.patch(f"{BASE}/p", json={"rules": {"min_age": 18}}, headers=owner)
        assert r.status_code == 200, r.text
        assert r.json()["rules_version"] == 2 and r.json()["rules"]["min_age"] == 18
        r = await client.patch(f"{BASE}/p", json={"title": "New title"}, headers=owner)
        assert r.json()["rules_version"] == 2 and r.json()["title"] == "New title"
        r = await client.patch(f"{BASE}/p", json={"rules": {"min_age": 16}}, headers=owner)
        assert r.json()["rules_version"] == 3
        history = await PromotionRulesVersion.select().order_by(PromotionRulesVersion.version)
        assert [h["version"] for h in history] == [1, 2, 3]

    @pytest.mark.parametrize(
        ("change", "reason"),
        [
            ({"closes_at": "CLOSES_EARLIER"}, "closes_earlier"),
            ({"min_age": 18}, "min_age_raised"),
            ({"eligible_countries": ["DE"]}, "country_removed"),
            ({"entry_limit": {"count": 1, "per": "promotion"}}, "entry_limit_lowered"),
            ({"sponsor_fields": [{"field": "email", "purpose": "their newsletter"}]}, "sponsor_field_added"),
        ],
    )
    async def test_changes_that_hurt_entrants_are_refused_once_open(self, client, owner, change, reason) -> None:
        view = await make_promotion(slug="open", rules=rules_body(entry_limit={"count": 2, "per": "day"}))
        if change.get("closes_at") == "CLOSES_EARLIER":
            change = {"closes_at": (db.now_utc() + timedelta(days=2)).isoformat()}
        r = await client.patch(f"{BASE}/open", json={"rules": change}, headers=owner)
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["code"] == "invalid_field" and "hurt" in problem["detail"]
        assert reason in {e["reason"] for e in problem["errors"]}
        row = await Promotion.select().first()
        assert row["rules_version"] == view["rules_version"] == 1

    async def test_changes_that_help_entrants_are_allowed_once_open(self, client, owner) -> None:
        await make_promotion(slug="open")
        later = (db.now_utc() + timedelta(days=60)).isoformat()
        change = {"closes_at": later, "eligible_countries": ["DE", "FR", "US", "AT"]}
        r = await client.patch(f"{BASE}/open", json={"rules": change}, headers=owner)
        assert r.status_code == 200, r.text
        assert r.json()["rules_version"] == 2 and "AT" in r.json()["rules"]["eligible_countries"]

    async def test_prizes_and_sponsors_are_locked_once_open(self, client, owner) -> None:
        await make_promotion(slug="iw", kind="instant_win")
        r = await client.patch(f"{BASE}/iw", json={"prizes": [{"name": "Car", "odds": 0.5}]}, headers=owner)
        assert r.status_code == 422 and r.json()["errors"][0]["reason"] == "locked_once_open"
        sponsor, _ = await sponsors.create_sponsor("Late Sponsor", "x@late.example")
        r = await client.patch(f"{BASE}/iw", json={"sponsor_ids": [sponsor["id"]]}, headers=owner)
        assert r.status_code == 422 and r.json()["errors"][0]["reason"] == "sponsor_added"


class TestEntriesList:
    async def test_paged_and_filtered(self, client, owner) -> None:
        await make_promotion(slug="p", rules=rules_body(eligible_countries=("DE", "FR")))
        for i in range(5):
            country = "FR" if i % 2 else "DE"
            body = entry_body(email=f"e{i}@example.com", country=country)
            assert (await client.post("/api/v1/promotions/p/entries", json=body)).status_code == 201
        viewer = await admin_token(client, "viewer")
        first = (await client.get(f"{BASE}/p/entries", params={"limit": 2}, headers=viewer)).json()
        assert [e["email"] for e in first["items"]] == ["e0@example.com", "e1@example.com"]
        second = await client.get(
            f"{BASE}/p/entries", params={"limit": 2, "cursor": first["next_cursor"]}, headers=viewer
        )
        assert [e["email"] for e in second.json()["items"]] == ["e2@example.com", "e3@example.com"]
        fr = (await client.get(f"{BASE}/p/entries", params={"country": "fr"}, headers=viewer)).json()
        assert [e["email"] for e in fr["items"]] == ["e1@example.com", "e3@example.com"]
        assert fr["next_cursor"] is None
        won = (await client.get(f"{BASE}/p/entries", params={"won": "true"}, headers=viewer)).json()
        assert won["items"] == []


ADMIN_ROUTES = [
    ("GET", BASE, None, True),
    ("POST", BASE, promotion_body(slug="made-here"), False),
    ("GET", f"{BASE}/p", None, True),
    ("PATCH", f"{BASE}/p", {"title": "Changed"}, False),
    ("POST", f"{BASE}/p/close", None, False),
    ("GET", f"{BASE}/p/entries", None, True),
    ("GET", "/api/v1/admin/sponsors", None, True),
    ("POST", "/api/v1/admin/sponsors", {"name": "SunCo", "contact_email": "a@sunco.example"}, False),
]


class TestRoles:
    @pytest.mark.parametrize(("method", "path", "body", "read_only"), ADMIN_ROUTES)
    async def test_roles_on_every_admin_route(self, client, method, path, body, read_only) -> None:
        await make_promotion(slug="p")
        anonymous = await client.request(method, path, json=body)
        assert anonymous.status_code == 401 and anonymous.json()["code"] == "not_authenticated"
        viewer = await client.request(method, path, json=body, headers=await admin_token(client, "viewer"))
        if read_only:
            assert viewer.status_code == 200, viewer.text
        else:
            assert viewer.status_code == 403 and viewer.json()["code"] == "forbidden"
        marketer = await client.request(method, path, json=body, headers=await admin_token(client, "marketer"))
        assert marketer.status_code in (200, 201), marketer.text

    async def test_publish_needs_an_editor(self, client) -> None:
        await make_promotion(slug="d", publish=False)
        r = await client.post(f"{BASE}/d/publish", headers=await admin_token(client, "viewer"))
        assert r.status_code == 403
        r = await client.post(f"{BASE}/d/publish", headers=await admin_token(client, "marketer"))
        assert r.status_code == 200 and r.json()["status"] == "open"

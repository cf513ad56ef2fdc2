"""Promotion pages: the landing page form without JavaScript, errors beside fields, rules and thank-you pages."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from heliograph.promotions.tables import Entry
from tests.promotions.entry_support import make_promotion, row_counts, rules_body

FORM = {
    "email": "ada@example.com",
    "name": "Ada Lovelace",
    "birth_date": "1990-04-21",
    "country": "DE",
    "accept_rules": "1",
}
HTML = {"Accept": "text/html"}


def error_for(html: str, field: str) -> str:
    found = re.search(rf'<div class="error" id="{field}-error">([^<]*)</div>', html)
    return found.group(1) if found else ""


class TestLandingPage:
    async def test_shows_the_effective_policy_and_a_form(self, client) -> None:
        await make_promotion(rules=rules_body(min_age=16, eligible_countries=("DE", "AT")))
        r = await client.get("/promotions/sunny-days", headers=HTML)
        assert r.status_code == 200
        html = r.text
        assert "You must be 16 or older to enter." in html
        assert 'method="post" action="/promotions/sunny-days"' in html
        assert '<option value="AT">Austria</option>' in html
        assert 'name="accept_rules" value="1">' in html  # never pre-ticked
        assert "/promotions/sunny-days/rules" in html

    async def test_form_post_redirects_to_the_receipt(self, client, smtp) -> None:
        await make_promotion()
        r = await client.post("/promotions/sunny-days", data=FORM, headers=HTML, follow_redirects=False)
        assert r.status_code == 303, r.text
        location = r.headers["location"]
        assert location.startswith("/promotions/sunny-days/thanks/")
        page = await client.get(location, headers=HTML)
        entry = await Entry.select().first()
        assert page.status_code == 200
        assert f"<td>{entry['id']}</td>" in page.text and entry["receipt"] in page.text
        await smtp.wait_for(1)

    async def test_errors_are_shown_beside_their_fields(self, client) -> None:
        await make_promotion()
        form = {**FORM, "email": "nope", "name": ""}
        r = await client.post("/promotions/sunny-days", data=form, headers=HTML)
        assert r.status_code == 422
        assert error_for(r.text, "email") == "not a valid email address"
        assert error_for(r.text, "name").startswith("give your name")
        assert 'value="Ada Lovelace"' not in r.text and 'value="nope"' in r.text  # values kept

    async def test_unticked_rules_and_under_age(self, client) -> None:
        await make_promotion()
        form = {k: v for k, v in FORM.items() if k != "accept_rules"}
        r = await client.post("/promotions/sunny-days", data=form, headers=HTML)
        assert "accept the official rules" in error_for(r.text, "accept_rules")
        before = await row_counts()
        today = datetime.now(ZoneInfo("Europe/Berlin")).date()
        young = {**FORM, "birth_date": today.replace(year=today.year - 10).isoformat(), "email": "kid@example.com"}
        r = await client.post("/promotions/sunny-days", data=young, headers=HTML)
        assert r.status_code == 422
        assert error_for(r.text, "birth_date") == "You must be 13 or older to enter."
        assert await row_counts() == before

    async def test_poll_form_votes(self, client) -> None:
        view = await make_promotion(kind="poll")
        option = view["options"][1]["id"]
        page = await client.get("/promotions/sunny-days", headers=HTML)
        assert f'name="option" value="{option}"' in page.text
        r = await client.post("/promotions/sunny-days", data={**FORM, "option": str(option)}, follow_redirects=False)
        assert r.status_code == 303
        assert (await Entry.select(Entry.poll_option).first())["poll_option"] == option
        again = await client.post("/promotions/sunny-days", data={**FORM, "option": str(option)}, headers=HTML)
        assert again.status_code == 409 and "already" in again.text

    async def test_referral_code_prefilled_and_recorded(self, client) -> None:
        await make_promotion(rules=rules_body(referral_bonus=2))
        first = await client.post("/api/v1/promotions/sunny-days/entries", json={**FORM, "accept_rules": True})
        code = first.json()["referral_code"]
        page = await client.get(f"/promotions/sunny-days?ref={code}", headers=HTML)
        assert f'value="{code}"' in page.text
        form = {**FORM, "email": "friend@example.com", "referral_code": code.lower()}
        r = await client.post("/promotions/sunny-days", data=form, follow_redirects=False)
        assert r.status_code == 303
        friend = await Entry.select().where(Entry.source == "form").order_by(Entry.id, ascending=False).first()
        assert friend["referred_by_entry_id"] == first.json()["entry_id"]
        bonus = await Entry.select().where(Entry.source == "referral_bonus")
        assert len(bonus) == 2 and {b["person"] for b in bonus} == {1}


class TestRulesPage:
    async def test_official_rules(self, client) -> None:
        from heliograph.sponsors import service as sponsors

        sponsor, _ = await sponsors.create_sponsor("SunCo GmbH", "promo@sunco.example")
        prizes = [{"name": "Solar lamp", "quantity": 5, "odds": 0.004, "value": "€40"}]
        await make_promotion(kind="instant_win", prizes=prizes, sponsor_ids=[sponsor["id"]])
        r = await client.get("/promotions/sunny-days/rules", headers=HTML)
        assert r.status_code == 200
        html = r.text
        for text in (
            "No purchase necessary",
            "SunCo GmbH",
            "1 in 250",
            "Solar lamp",
            "Europe/Berlin",
            "13 or older",
            "What the sponsor receives",
            "How long we keep it",
            "One entry per person",
        ):
            assert text in html, text

    async def test_unknown_promotion_is_a_404_page(self, client) -> None:
        r = await client.get("/promotions/nope/rules", headers=HTML)
        assert r.status_code == 404

"""Signup with double opt-in: same answer for everyone (P7), nothing kept for the under-age (P1), tokens (P10)."""

from __future__ import annotations

import logging
import time

import pytest
from itsdangerous.timed import TimestampSigner

from heliograph import db, links, ratelimit
from heliograph.errors import RateLimited
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people
from heliograph.people.tables import Person
from heliograph.piccolo_app import APP_CONFIG
from heliograph.tokens import PURPOSES
from tests.conftest import wait_for_idle
from tests.people.factories import (
    admin_token,
    events,
    link_path,
    make_list,
    make_subscriber,
    person_by_email,
    signup_body,
    subscription,
    years_ago,
)
from tests.support.smtp import SmtpSink


@pytest.fixture(autouse=True)
async def fresh_limits():
    await ratelimit.reset()
    yield
    await ratelimit.reset()


async def row_counts() -> dict[str, int]:
    """Rows in every table of the app."""
    return {table._meta.tablename: await table.count() for table in APP_CONFIG.table_classes}


class TestSignup:
    async def test_confirmation_mail_has_a_working_link(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news", name="Solar News")
        r = await client.post("/api/v1/subscriptions", json=signup_body("Ada@Example.com", "solar-news", name="Ada"))
        assert r.status_code == 202 and r.json() == {"status": "pending_confirmation"}
        [mail] = await smtp.wait_for(1)
        assert mail.rcpt_tos == ["ada@example.com"]
        assert mail.message["Subject"] == "Confirm your subscription to Solar News"
        assert mail.message["List-Unsubscribe"] is None  # transactional, not marketing
        path = link_path(mail.part("plain"), "subscriptions/confirm")
        assert path in mail.part("html")

        person = await person_by_email("ada@example.com")
        assert person["name"] == "Ada"
        assert (await subscription(person["id"], news["id"]))["status"] == "pending"

        page = await client.get(path)  # what a mail scanner does: nothing may change
        assert page.status_code == 200 and f'action="{path}"' in page.text and "Solar News" in page.text
        assert (await subscription(person["id"], news["id"]))["status"] == "pending"
        assert [(e["purpose"], e["method"]) for e in await events(person["id"])] == [("list:solar-news", "form")]

        done = await client.post(path)
        assert done.status_code == 200 and "subscribed" in done.text
        sub = await subscription(person["id"], news["id"])
        assert sub["status"] == "active" and sub["confirmed_at"] is not None
        ledger = [(e["purpose"], e["granted"], e["method"]) for e in await events(person["id"])]
        assert ledger == [("list:solar-news", True, "form"), ("list:solar-news", True, "double_opt_in")]

    async def test_api_confirm_is_idempotent(self, client, smtp: SmtpSink) -> None:
        news = await make_list()
        await client.post("/api/v1/subscriptions", json=signup_body("bo@example.com", "solar-news"))
        person = await person_by_email("bo@example.com")
        token = links.confirm_token((await subscription(person["id"], news["id"]))["id"])
        for _ in range(2):
            r = await client.post("/api/v1/subscriptions/confirm", json={"token": token})
            assert r.status_code == 200
            assert r.json() == {"status": "active", "list": {"slug": "solar-news", "name": "Solar News"}}
        assert [e["method"] for e in await events(person["id"])] == ["form", "double_opt_in"]

    async def test_same_answer_for_unknown_pending_active_and_suppressed(self, client, smtp: SmtpSink) -> None:
        news = await make_list()
        await make_subscriber("pending@example.com", news, status="pending")
        await make_subscriber("active@example.com", news, status="active")
        await people.suppress("suppressed@example.com", "complaint")
        answers = []
        for email in ("new@example.com", "pending@example.com", "active@example.com", "suppressed@example.com"):
            r = await client.post("/api/v1/subscriptions", json=signup_body(email, "solar-news"))
            answers.append((r.status_code, r.content, r.headers["content-type"]))
        assert len(set(answers)) == 1 and answers[0][0] == 202
        await wait_for_idle()
        sent = {m.to: m.message["Subject"] for m in smtp.messages}
        assert sent == {
            "new@example.com": "Confirm your subscription to Solar News",
            "pending@example.com": "Confirm your subscription to Solar News",
            "active@example.com": "You are already subscribed",
        }
        assert await person_by_email("suppressed@example.com") is None  # never silently re-added (P9)

    async def test_under_age_signup_stores_and_logs_nothing(self, client, smtp: SmtpSink, caplog) -> None:
        await make_list()
        before = await row_counts()
        caplog.set_level(logging.DEBUG, logger="heliograph")
        caplog.set_level(logging.DEBUG, logger="litestar")
        body = signup_body("kid@example.com", "solar-news", name="Kid", country="DE", birth_date=years_ago(12))
        r = await client.post("/api/v1/subscriptions", json=body)
        assert r.status_code == 422 and r.json()["code"] == "under_minimum_age"
        assert r.json()["errors"] == [{"field": "birth_date", "code": "under_minimum_age"}]
        page = await client.post("/subscribe", data={**body, "lists": "solar-news"}, headers={"Accept": "text/html"})
        assert page.status_code == 422 and "at least 13" in page.text
        await wait_for_idle()
        assert await row_counts() == before
        assert not [rec for rec in caplog.records if "kid@example.com" in rec.getMessage()]
        assert smtp.messages == []

    async def test_a_thirteen_year_old_may_subscribe(self, client) -> None:
        await make_list()
        r = await client.post(
            "/api/v1/subscriptions", json=signup_body("teen@example.com", "solar-news", birth_date=years_ago(13, 2))
        )
        assert r.status_code == 202

    async def test_birth_date_is_required(self, client) -> None:
        await make_list()
        r = await client.post("/api/v1/subscriptions", json={"email": "x@example.com", "lists": ["solar-news"]})
        assert r.status_code == 422 and r.json()["code"] == "invalid_field"
        assert [e["field"] for e in r.json()["errors"]] == ["birth_date"]
        assert await Person.count() == 0

    async def test_unknown_fields_are_refused(self, client) -> None:
        await make_list()
        r = await client.post("/api/v1/subscriptions", json=signup_body("x@example.com", "solar-news", religion="none"))
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"
        assert r.json()["errors"][0]["field"] == "religion"
        assert await Person.count() == 0

    async def test_every_bad_field_is_named(self, client) -> None:
        await make_list()
        await make_list("partners-only", public=False)
        r = await client.post(
            "/api/v1/subscriptions",
            json=signup_body("not-an-address", "partners-only", "nope", country="XX", policy_version="1999"),
        )
        assert r.status_code == 422 and r.json()["code"] == "invalid_field"
        fields = {e["field"] for e in r.json()["errors"]}
        assert fields == {"email", "country", "lists", "policy_version"}
        assert "partners-only" in r.json()["detail"]  # a private list is as unknown as a missing one
        assert await Person.count() == 0

    async def test_country_and_name_are_stored_normalised(self, client) -> None:
        await make_list()
        body = signup_body("cy@example.com", "solar-news", country="de", name="  Cy   Young ")
        assert (await client.post("/api/v1/subscriptions", json=body)).status_code == 202
        person = await person_by_email("cy@example.com")
        assert person["country"] == "DE" and person["name"] == "Cy Young"

    async def test_sec_gpc_withdraws_partner_sharing(self, client) -> None:
        news = await make_list()
        person = await make_subscriber("gpc@example.com", news, share_with_partners=True)
        headers = {"Sec-GPC": "1"}
        for _ in range(2):
            r = await client.post(
                "/api/v1/subscriptions", json=signup_body("gpc@example.com", "solar-news"), headers=headers
            )
            assert r.status_code == 202
        assert (await people.get_person(person["id"]))["share_with_partners"] is False
        gpc = [e for e in await events(person["id"]) if e["method"] == "gpc"]
        assert [(e["purpose"], e["granted"]) for e in gpc] == [("partner_sharing", False)]

    async def test_resubscribing_after_unsubscribe_asks_again(self, client, smtp: SmtpSink) -> None:
        news = await make_list()
        person = await make_subscriber("back@example.com", news)
        async with db.transaction():
            await Subscription.update({Subscription.status: "unsubscribed"}).where(
                Subscription.key == f"{person['id']}:{news['id']}"
            )
        r = await client.post("/api/v1/subscriptions", json=signup_body("back@example.com", "solar-news"))
        assert r.status_code == 202
        assert (await subscription(person["id"], news["id"]))["status"] == "pending"
        [mail] = await smtp.wait_for(1)
        assert "Confirm" in mail.message["Subject"]


class TestTokens:
    async def _pending(self, client) -> tuple[dict, int]:
        news = await make_list()
        await client.post("/api/v1/subscriptions", json=signup_body("tok@example.com", "solar-news"))
        person = await person_by_email("tok@example.com")
        return person, (await subscription(person["id"], news["id"]))["id"]

    async def _refused(self, client, token: str) -> None:
        r = await client.post("/api/v1/subscriptions/confirm", json={"token": token})
        assert r.status_code == 400 and r.json()["code"] == "invalid_token", r.text
        page = await client.get(f"/subscriptions/confirm/{token}")
        assert page.status_code == 400 and page.json()["code"] == "invalid_token"
        form = await client.post(f"/subscriptions/confirm/{token}")
        assert form.status_code == 400

    async def test_tampered_token(self, client) -> None:
        _, subscription_id = await self._pending(client)
        token = links.confirm_token(subscription_id)
        await self._refused(client, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
        other_payload = links.confirm_token(subscription_id + 1).split(".")[0]
        await self._refused(client, ".".join([other_payload, *token.split(".")[1:]]))
        assert (await Subscription.select(Subscription.status).first())["status"] == "pending"

    async def test_expired_token(self, client, monkeypatch) -> None:
        _, subscription_id = await self._pending(client)
        lifetime = PURPOSES["confirm_subscription"]
        assert lifetime is not None
        made_at = int(time.time()) - lifetime - 60  # a fake clock: the token was made 14 days and a minute ago
        monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: made_at)
        token = links.confirm_token(subscription_id)
        monkeypatch.undo()
        await self._refused(client, token)

    async def test_wrong_purpose_token(self, client) -> None:
        person, subscription_id = await self._pending(client)
        await self._refused(client, links.unsubscribe_token(person["id"], None))
        await self._refused(client, links.preferences_token(subscription_id))


class TestRateLimits:
    async def test_per_address(self, client) -> None:
        await make_list()
        limit = ratelimit.SIGNUP_PER_ADDRESS.count
        body = signup_body("busy@example.com", "solar-news")
        codes = [(await client.post("/api/v1/subscriptions", json=body)).status_code for _ in range(limit)]
        assert codes == [202] * limit
        r = await client.post("/api/v1/subscriptions", json={**body, "email": "BUSY@example.com"})
        assert r.status_code == 429 and r.json()["code"] == "rate_limited"
        other = await client.post("/api/v1/subscriptions", json=signup_body("calm@example.com", "solar-news"))
        assert other.status_code == 202

    async def test_per_ip(self) -> None:
        limit = ratelimit.SIGNUP_PER_IP
        now = 1_000_000 * limit.window_s + 1.0
        for _ in range(limit.count):
            await ratelimit.hit(limit, "203.0.113.9", now=now)
        with pytest.raises(RateLimited):
            await ratelimit.hit(limit, "203.0.113.9", now=now)
        await ratelimit.hit(limit, "203.0.113.10", now=now)  # another IP
        await ratelimit.hit(limit, "203.0.113.9", now=now + limit.window_s)  # the next window


class TestSignupPages:
    async def test_form_lists_public_lists_and_asks_the_age_question(self, client) -> None:
        await make_list("solar-news", name="Solar News")
        await make_list("vip", name="VIP Offers", public=False)
        page = await client.get("/subscribe")
        assert page.status_code == 200
        assert "Solar News" in page.text and "VIP Offers" not in page.text
        assert 'name="birth_date"' in page.text and "aged 13 or over" in page.text
        assert "<script" not in page.text

    async def test_errors_show_beside_their_fields(self, client) -> None:
        await make_list()
        page = await client.post("/subscribe/solar-news", data={"email": "nope", "birth_date": "21/04/1990"})
        assert page.status_code == 422
        assert 'id="email-error"' in page.text and 'id="birth_date-error"' in page.text
        assert "as a date" in page.text
        assert await Person.count() == 0

    async def test_success_shows_check_your_inbox(self, client, smtp: SmtpSink) -> None:
        await make_list()
        page = await client.post(
            "/subscribe", data={"email": "form@example.com", "birth_date": "1990-04-21", "lists": ["solar-news"]}
        )
        assert page.status_code == 200 and "Check your inbox" in page.text
        [mail] = await smtp.wait_for(1)
        assert mail.to == "form@example.com"

    async def test_unknown_or_private_list_page_is_not_found(self, client) -> None:
        await make_list("vip", public=False)
        assert (await client.get("/subscribe/vip")).status_code == 404
        assert (await client.get("/subscribe/nothing")).status_code == 404


class TestAdminLists:
    async def test_marketer_manages_lists_viewer_reads(self, client) -> None:
        marketer = await admin_token(client, "marketer")
        viewer = await admin_token(client, "viewer")
        r = await client.post(
            "/api/v1/admin/lists",
            json={"slug": "solar-news", "name": "Solar News", "description": "Monthly"},
            headers=marketer,
        )
        assert r.status_code == 201, r.text
        assert r.json()["subscribers"] == {"pending": 0, "active": 0, "unsubscribed": 0}
        assert r.json()["public"] is True
        dup = await client.post("/api/v1/admin/lists", json={"slug": "solar-news", "name": "X"}, headers=marketer)
        assert dup.status_code == 422 and dup.json()["errors"][0]["field"] == "slug"
        bad = await client.post("/api/v1/admin/lists", json={"slug": "Solar News", "name": "X"}, headers=marketer)
        assert bad.status_code == 422
        denied = await client.post("/api/v1/admin/lists", json={"slug": "x", "name": "X"}, headers=viewer)
        assert denied.status_code == 403

        news = await newsletters_list("solar-news")
        await make_subscriber("a@example.com", news)
        listed = await client.get("/api/v1/admin/lists", headers=viewer)
        assert [(x["slug"], x["subscribers"]["active"]) for x in listed.json()] == [("solar-news", 1)]

        patched = await client.patch(
            "/api/v1/admin/lists/solar-news", json={"public": False, "name": "Solar"}, headers=marketer
        )
        assert patched.status_code == 200 and patched.json()["public"] is False and patched.json()["name"] == "Solar"
        assert (await client.patch("/api/v1/admin/lists/solar-news", json={"slug": "x"}, headers=marketer)).json()[
            "code"
        ] == "unknown_field"

        assert (await client.delete("/api/v1/admin/lists/solar-news", headers=marketer)).status_code == 204
        assert (await client.get("/api/v1/admin/lists/solar-news", headers=viewer)).status_code == 404
        assert await Subscription.count() == 0

    async def test_anonymous_is_refused(self, client) -> None:
        assert (await client.get("/api/v1/admin/lists")).status_code == 401


async def newsletters_list(slug: str) -> dict:
    from heliograph.newsletters import service

    return await service.get_list(slug)

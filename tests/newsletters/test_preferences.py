"""The preference centre: every change on the consent ledger, and the ledger agreeing with the state (P6)."""

from __future__ import annotations

import time

import pytest
from itsdangerous.timed import TimestampSigner

from heliograph import links, ratelimit
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people
from heliograph.people.service import PREFERENCE_PURPOSES
from heliograph.people.tables import Person
from heliograph.tokens import PURPOSES
from tests.people.factories import events, make_list, make_subscriber, person_by_email, signup_body, subscription


@pytest.fixture(autouse=True)
async def fresh_limits():
    await ratelimit.reset()
    yield


def prefs_path(person_id: int) -> str:
    return f"/api/v1/preferences/{links.preferences_token(person_id)}"


async def ledger_state(person_id: int) -> tuple[dict[str, bool], dict[str, str]]:
    """Preferences and list statuses derived from the consent events alone.

    Columns start at their defaults; each event sets its purpose. A list grant by the signup form
    is a request awaiting confirmation (pending); any other grant means active; a withdrawal ends it.
    """
    columns = {column: bool(Person._meta.get_column_by_name(column).default) for column in PREFERENCE_PURPOSES}
    by_purpose = {purpose: column for column, purpose in PREFERENCE_PURPOSES.items()}
    lists: dict[str, str] = {}
    for event in await events(person_id):
        purpose = event["purpose"]
        if purpose in by_purpose:
            columns[by_purpose[purpose]] = bool(event["granted"])
        elif purpose.startswith("list:"):
            granted = "pending" if event["method"] == "form" else "active"
            lists[purpose.removeprefix("list:")] = granted if event["granted"] else "unsubscribed"
    return columns, lists


async def stored_state(person_id: int) -> tuple[dict[str, bool], dict[str, str]]:
    person = await people.get_person(person_id)
    rows = await Subscription.select(Subscription.mailing_list.slug, Subscription.status).where(
        Subscription.person == person_id
    )
    return {c: bool(person[c]) for c in PREFERENCE_PURPOSES}, {r["mailing_list.slug"]: r["status"] for r in rows}


class TestApi:
    async def test_get_shows_channels_lists_sharing_and_tracking(self, client) -> None:
        news = await make_list("solar-news")
        await make_list("offers")
        await make_list("vip", public=False)
        person = await make_subscriber("p@example.com", news)
        r = await client.get(prefs_path(person["id"]))
        assert r.status_code == 200
        assert r.json() == {
            "channels": {"email": True, "sms": False, "phone": False, "postal": False},
            "lists": {"offers": False, "solar-news": True},
            "share_with_partners": False,
            "tracking": False,
        }

    async def test_put_changes_and_records_each_change(self, client, smtp) -> None:
        news = await make_list("solar-news")
        await make_list("offers")
        person = await make_subscriber("p@example.com", news)
        before = len(await events(person["id"]))
        body = {
            "channels": {"sms": True},
            "lists": {"solar-news": False, "offers": True},
            "share_with_partners": True,
            "tracking": True,
        }
        r = await client.put(prefs_path(person["id"]), json=body)
        assert r.status_code == 200, r.text
        assert r.json() == {
            "channels": {"email": True, "sms": True, "phone": False, "postal": False},
            "lists": {"offers": True, "solar-news": False},
            "share_with_partners": True,
            "tracking": True,
        }
        new = [(e["purpose"], e["granted"], e["method"]) for e in (await events(person["id"]))[before:]]
        assert sorted(new) == sorted(
            [
                ("channel:sms", True, "preference_centre"),
                ("partner_sharing", True, "preference_centre"),
                ("tracking", True, "preference_centre"),
                ("list:offers", True, "preference_centre"),
                ("list:solar-news", False, "preference_centre"),
            ]
        )
        again = await client.put(prefs_path(person["id"]), json=body)  # nothing changes: nothing recorded
        assert again.json() == r.json() and len(await events(person["id"])) == before + 5

    async def test_turning_a_list_on_turns_the_email_channel_back_on(self, client) -> None:
        news = await make_list()
        person = await make_subscriber("p@example.com", news, status="unsubscribed", email_marketing=False)
        r = await client.put(prefs_path(person["id"]), json={"lists": {"solar-news": True}})
        assert r.json()["channels"]["email"] is True and r.json()["lists"] == {"solar-news": True}

    async def test_unknown_fields_and_lists_are_refused(self, client) -> None:
        news = await make_list()
        await make_list("vip", public=False)
        person = await make_subscriber("p@example.com", news)
        path = prefs_path(person["id"])
        for body, field in (
            ({"health": True}, "health"),
            ({"channels": {"fax": True}}, "fax"),
        ):
            r = await client.put(path, json=body)
            assert r.status_code == 422 and r.json()["code"] == "unknown_field", r.text
            assert r.json()["errors"][0]["field"].endswith(field)
        r = await client.put(path, json={"lists": {"vip": True, "nope": True}})
        assert r.status_code == 422 and r.json()["code"] == "invalid_field"
        assert {e["field"] for e in r.json()["errors"]} == {"lists.vip", "lists.nope"}
        assert (await subscription(person["id"], news["id"]))["status"] == "active"

    async def test_bad_tokens_are_refused(self, client, monkeypatch) -> None:
        person = await make_subscriber("p@example.com", await make_list())
        made_at = int(time.time()) - PURPOSES["preferences"] - 60  # type: ignore[operator]
        monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: made_at)
        expired = links.preferences_token(person["id"])
        monkeypatch.undo()
        for token in (expired, links.unsubscribe_token(person["id"], None), links.preferences_token(person["id"])[:-3]):
            for r in (
                await client.get(f"/api/v1/preferences/{token}"),
                await client.put(f"/api/v1/preferences/{token}", json={"tracking": True}),
            ):
                assert r.status_code == 400 and r.json()["code"] == "invalid_token"
        assert (await people.get_person(person["id"]))["tracking"] is False


class TestGpc:
    async def test_sec_gpc_withdraws_partner_sharing_once(self, client) -> None:
        person = await make_subscriber("p@example.com", await make_list(), share_with_partners=True)
        path = prefs_path(person["id"])
        read = await client.get(path, headers={"Sec-GPC": "1"})  # a GET changes nothing (P10)
        assert read.json()["share_with_partners"] is True
        for _ in range(2):
            r = await client.put(path, json={"share_with_partners": True}, headers={"Sec-GPC": "1"})
            assert r.json()["share_with_partners"] is False
        gpc = [(e["purpose"], e["granted"]) for e in await events(person["id"]) if e["method"] == "gpc"]
        assert gpc == [("partner_sharing", False)]

    async def test_gpc_json_is_served(self, client) -> None:
        r = await client.get("/.well-known/gpc.json")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
        body = r.json()
        assert body["gpc"] is True and set(body) == {"gpc", "lastUpdate"}
        assert len(body["lastUpdate"]) == 10 and body["lastUpdate"][4] == "-"


class TestPage:
    async def test_form_shows_and_saves_choices(self, client) -> None:
        news = await make_list("solar-news", name="Solar News")
        await make_list("offers", name="Offers")
        person = await make_subscriber("p@example.com", news, share_with_partners=True)
        path = f"/preferences/{links.preferences_token(person['id'])}"
        page = await client.get(path)
        assert page.status_code == 200 and "Solar News" in page.text and f'action="{path}"' in page.text
        # Unticked boxes are not sent: only email and the offers list stay on.
        saved = await client.post(
            path, data={"email": "on", "lists": "offers", "lists_shown": ["solar-news", "offers"]}
        )
        assert saved.status_code == 200 and "saved" in saved.text
        api = (await client.get(prefs_path(person["id"]))).json()
        assert api["lists"] == {"offers": True, "solar-news": False}
        assert api["share_with_partners"] is False and api["channels"]["email"] is True

    async def test_unknown_form_field_is_refused(self, client) -> None:
        person = await make_subscriber("p@example.com", await make_list())
        r = await client.post(f"/preferences/{links.preferences_token(person['id'])}", data={"religion": "x"})
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"


class TestLedger:
    async def test_columns_and_subscriptions_agree_with_the_ledger(self, client, smtp) -> None:
        """Drive a person through every path that changes consent; the ledger explains the stored state."""
        news = await make_list("solar-news")
        offers = await make_list("offers")
        await make_list("events")
        email = "ledger@example.com"
        await client.post("/api/v1/subscriptions", json=signup_body(email, "solar-news", "offers", "events"))
        pid = (await person_by_email(email))["id"]
        checks = [await ledger_state(pid) == await stored_state(pid)]
        token = links.confirm_token((await subscription(pid, news["id"]))["id"])
        await client.post("/api/v1/subscriptions/confirm", json={"token": token})
        checks.append(await ledger_state(pid) == await stored_state(pid))
        await client.put(
            prefs_path(pid),
            json={"lists": {"offers": True}, "share_with_partners": True, "channels": {"postal": True}},
        )
        checks.append(await ledger_state(pid) == await stored_state(pid))
        await client.post(
            f"/unsubscribe/{links.unsubscribe_token(pid, offers['id'])}", data={"List-Unsubscribe": "One-Click"}
        )
        checks.append(await ledger_state(pid) == await stored_state(pid))
        await client.put(prefs_path(pid), json={"tracking": True}, headers={"Sec-GPC": "1"})
        checks.append(await ledger_state(pid) == await stored_state(pid))
        await client.post(f"/unsubscribe/{links.unsubscribe_token(pid, None)}", data={"scope": "all"})
        checks.append(await ledger_state(pid) == await stored_state(pid))
        await client.post("/api/v1/subscriptions", json=signup_body(email, "events"))
        await client.put(prefs_path(pid), json={"lists": {"solar-news": True}})
        checks.append(await ledger_state(pid) == await stored_state(pid))
        assert checks == [True] * len(checks)
        columns, lists = await stored_state(pid)
        assert lists == {"solar-news": "active", "offers": "unsubscribed", "events": "pending"}
        assert columns["email_marketing"] is True and columns["share_with_partners"] is False
        assert columns["postal_marketing"] is True and columns["tracking"] is True

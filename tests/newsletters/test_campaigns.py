"""Campaigns: the admin API, audiences, headers and body, the unsubscribe race, pause, resume, cancel, stats."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from heliograph import db, links
from heliograph.mail.tables import Delivery
from heliograph.newsletters import campaigns
from heliograph.newsletters.tables import Campaign
from heliograph.people import service as people
from heliograph.people.tables import Person
from tests.conftest import wait_for_idle
from tests.mail.test_pipeline import wait_status
from tests.newsletters.campaign_support import (
    act,
    create,
    deliveries,
    forget_campaigns,  # noqa: F401 (autouse fixture)
    paused_worker,
    received_by,
    subscriber,
    wait_for_status,
)
from tests.people.factories import admin_token, make_list, subscription
from tests.support.smtp import SmtpSink

ONE_CLICK = {"List-Unsubscribe": "One-Click"}
API = "/api/v1/admin/campaigns"


class TestAdminApi:
    async def test_create_read_and_roles(self, client) -> None:
        await make_list("solar-news")
        marketer = await admin_token(client, "marketer")
        viewer = await admin_token(client, "viewer")
        r = await client.post(
            API, json={"list": "solar-news", "kind": "marketing", "subject": "Hi", "body": "x"}, headers=marketer
        )
        assert r.status_code == 201 and r.json() == {"id": r.json()["id"], "status": "draft"}
        campaign_id = r.json()["id"]
        listed = await client.get(API, headers=viewer)
        assert listed.status_code == 200 and [c["id"] for c in listed.json()] == [campaign_id]
        one = (await client.get(f"{API}/{campaign_id}", headers=viewer)).json()
        assert one["list"] == "solar-news" and one["body_format"] == "markdown"
        assert one["counts"] == {"audience": 0, "queued": 0, "sent": 0, "suppressed": 0, "failed": 0, "cancelled": 0}
        denied = await client.post(f"{API}/{campaign_id}/send", headers=viewer)
        assert denied.status_code == 403 and denied.json()["code"] == "forbidden"
        assert (await client.get(f"{API}/999", headers=viewer)).json()["code"] == "not_found"
        assert (await client.get(API)).status_code == 401

    async def test_bad_bodies_are_refused_with_the_field(self, client) -> None:
        await make_list("solar-news")
        headers = await admin_token(client)
        base = {"list": "solar-news", "kind": "marketing", "subject": "Hi", "body": "x"}
        cases = [
            ({"list": "nope"}, "list", "invalid_field"),
            ({"kind": "spam"}, "kind", "invalid_field"),
            ({"country": "XX"}, "country", "invalid_field"),
            ({"scheduled_at": "2001-01-01T00:00:00Z"}, "scheduled_at", "invalid_field"),
            ({"body": "   "}, "body", "invalid_field"),
            ({"body_format": "rtf"}, "body_format", "invalid_field"),
            ({"audience": "everyone"}, "audience", "unknown_field"),
        ]
        for change, field, code in cases:
            r = await client.post(API, json={**base, **change}, headers=headers)
            assert r.status_code == 422, (change, r.text)
            assert {"field": field, "code": code}.items() <= r.json()["errors"][0].items(), (change, r.json())

    async def test_scheduling_by_create_patch_and_schedule(self, client) -> None:
        await make_list("solar-news")
        headers = await admin_token(client)
        later = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
        r = await client.post(
            API,
            json={"list": "solar-news", "kind": "partner", "subject": "S", "body": "B", "scheduled_at": later},
            headers=headers,
        )
        assert r.json()["status"] == "scheduled"
        campaign_id = r.json()["id"]
        patched = await client.patch(
            f"{API}/{campaign_id}", json={"scheduled_at": None, "subject": "New"}, headers=headers
        )
        assert patched.status_code == 200, patched.text
        changed = patched.json()
        assert (changed["status"], changed["subject"], changed["kind"]) == ("draft", "New", "partner")
        scheduled = await act(client, headers, campaign_id, "schedule", scheduled_at=later)
        assert scheduled["status"] == "scheduled" and scheduled["scheduled_at"] is not None

    async def test_illegal_transitions_are_409_with_a_reason(self, client) -> None:
        await make_list("solar-news")
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        for action in ("pause", "resume"):
            r = await client.post(f"{API}/{campaign_id}/{action}", headers=headers)
            assert r.status_code == 409 and r.json()["code"] == "invalid_field"
            assert r.json()["errors"] == [{"field": "status", "code": "invalid_field"}]
            assert "is draft" in r.json()["detail"]
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        for method, path in (("patch", ""), ("post", "/send"), ("post", "/pause"), ("post", "/cancel")):
            call = getattr(client, method)
            r = await (
                call(f"{API}/{campaign_id}{path}", json={"subject": "x"}, headers=headers)
                if method == "patch"
                else call(f"{API}/{campaign_id}{path}", headers=headers)
            )
            assert r.status_code == 409 and "is sent" in r.json()["detail"], (path, r.text)


class TestAudience:
    async def test_marketing_reaches_only_consenting_subscribers(self, client, smtp: SmtpSink) -> None:
        news, other = await make_list("solar-news"), await make_list("offers")
        await subscriber("ada@example.com", news, name="Ada Lovelace")
        await subscriber("off@example.com", news, email_marketing=False)
        await subscriber("pending@example.com", news, status="pending")
        await subscriber("gone@example.com", news, status="unsubscribed")
        await subscriber("elsewhere@example.com", other)
        await subscriber("bounced@example.com", news)
        await people.suppress("bounced@example.com", "hard_bounce")
        erased = await subscriber("erased@example.com", news)
        async with db.transaction():
            await Person.update({Person.email: None, Person.erased_at: db.now_utc()}).where(Person.id == erased["id"])
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"ada@example.com": 1}
        counts = (await client.get(f"{API}/{campaign_id}", headers=headers)).json()["counts"]
        assert counts == {"audience": 1, "queued": 0, "sent": 1, "suppressed": 0, "failed": 0, "cancelled": 0}

    async def test_partner_campaign_skips_people_without_partner_sharing(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        await subscriber("sharing@example.com", news, share_with_partners=True)
        await subscriber("private@example.com", news, share_with_partners=False)
        headers = await admin_token(client)
        campaign_id = await create(client, headers, kind="partner")
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"sharing@example.com": 1}

    async def test_partner_sharing_withdrawn_after_fan_out_is_honoured(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        first = await subscriber("first@example.com", news, share_with_partners=True)
        await subscriber("second@example.com", news, share_with_partners=True)
        headers = await admin_token(client)
        campaign_id = await create(client, headers, kind="partner")
        async with db.transaction():  # the send jobs run after this commits
            await campaigns.send_campaign(campaign_id)
            await campaigns.fan_out(campaign_id)
            await people.set_preferences(first["id"], {"share_with_partners": False}, "preference_centre")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"second@example.com": 1}
        row = (await deliveries(campaign_id))["first@example.com"]
        assert (row["status"], row["reason"]) == ("suppressed", "no_partner_sharing")

    async def test_administrative_mail_reaches_people_who_opted_out_of_marketing(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news", name="Solar News")
        await subscriber("channel-off@example.com", news, email_marketing=False)
        everything = await subscriber("everything@example.com", news)
        await client.post(f"/unsubscribe/{links.unsubscribe_token(everything['id'], None)}", data=ONE_CLICK)
        assert (await subscription(everything["id"], news["id"]))["status"] == "unsubscribed"
        await subscriber("pending@example.com", news, status="pending")
        headers = await admin_token(client)
        campaign_id = await create(client, headers, kind="administrative", subject="Our privacy policy changes")
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"channel-off@example.com": 1, "everything@example.com": 1}
        for received in smtp.messages:
            assert received.message["List-Unsubscribe"] is None
            assert received.message["List-Id"] == '"Solar News" <solar-news.lists.heliograph.test>'
            assert "administrative message" in received.part("plain")
            assert "/preferences/" in received.part("plain")

    async def test_country_and_no_activity_since_filters(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        long_ago = datetime(2020, 1, 1, tzinfo=UTC)
        await subscriber("quiet-de@example.com", news, country="DE", last_activity_at=long_ago)
        await subscriber("busy-de@example.com", news, country="DE")
        await subscriber("quiet-fr@example.com", news, country="FR", last_activity_at=long_ago)
        headers = await admin_token(client)
        campaign_id = await create(
            client, headers, country="de", inactive_since="2024-01-01T00:00:00Z", subject="Do you still want our news?"
        )
        assert (await client.get(f"{API}/{campaign_id}", headers=headers)).json()["country"] == "DE"
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"quiet-de@example.com": 1}


class TestMessage:
    async def test_marketing_headers_body_and_links(self, client, smtp: SmtpSink, settings) -> None:
        news = await make_list("solar-news", name="Solar News")
        ada = await subscriber("ada@example.com", news, name="Ada Lovelace")
        headers = await admin_token(client)
        campaign_id = await create(client, headers, subject="Solar news — été")
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        [received] = await smtp.wait_for(1)
        msg = received.message
        row = (await deliveries(campaign_id))["ada@example.com"]
        assert received.mail_from == "news@heliograph.example.com" and msg["To"] == "ada@example.com"
        assert msg["Subject"] == "Solar news — été" and msg["From"] == settings.mail_from
        assert msg["Message-ID"] == row["message_id"] and row["attempts"] == 1 and row["sent_at"] is not None
        https, mailto = re.fullmatch(r"<([^>]+)>, <([^>]+)>", msg["List-Unsubscribe"]).groups()
        assert https.startswith("http://heliograph.test/unsubscribe/")
        assert links.read_unsubscribe_token(https.rsplit("/", 1)[1]) == (ada["id"], news["id"])
        assert mailto.startswith("mailto:unsubscribe@")
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert msg["List-Id"] == '"Solar News" <solar-news.lists.heliograph.test>'
        text, html = (received.part(kind).replace("\r\n", "\n") for kind in ("plain", "html"))
        assert text.startswith("Hello Ada,\n\nPanels got **cheaper** again.")
        assert "<p>Hello Ada,</p>" in html and "<strong>cheaper</strong>" in html
        assert '<a href="https://example.com/report">the report</a>' in html
        for part in (text, html):
            assert settings.postal_address in part
            assert https in part
            preferences = re.search(r"http://heliograph\.test/preferences/([A-Za-z0-9._-]+)", part)
            assert preferences and links.read_preferences_token(preferences.group(1)) == ada["id"]
        assert max(len(line) for line in received.raw.split(b"\r\n")) <= 998
        # The link in the mail works: one click unsubscribes.
        r = await client.post(https.removeprefix("http://heliograph.test"), data=ONE_CLICK)
        assert r.status_code == 200
        assert (await subscription(ada["id"], news["id"]))["status"] == "unsubscribed"

    async def test_html_body_gets_a_plain_text_part(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        await subscriber("ada@example.com", news)
        headers = await admin_token(client)
        body = '<h1>May</h1><p>Panels are <b>cheaper</b>. <a href="https://example.com/r">Report</a></p>'
        campaign_id = await create(client, headers, body=body, body_format="html")
        await act(client, headers, campaign_id, "send")
        [received] = await smtp.wait_for(1)
        text = received.part("plain").replace("\r\n", "\n")
        assert body in received.part("html")
        assert "May\n\nPanels are cheaper. Report (https://example.com/r)" in text
        assert text.startswith("Hello,")

    async def test_preview_and_test_send(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news", name="Solar News")
        await subscriber("ada@example.com", news, name="Ada Lovelace")
        headers = await admin_token(client)
        viewer = await admin_token(client, "viewer")
        campaign_id = await create(client, headers)
        preview = await client.post(f"{API}/{campaign_id}/preview", headers=viewer)
        assert preview.status_code == 200, preview.text
        shown = preview.json()
        assert shown["subject"] == "Solar news for May" and shown["recipient"] == "ada@example.com"
        assert shown["text"].startswith("Hello Ada,") and "<strong>cheaper</strong>" in shown["html"]
        r = await client.post(f"{API}/{campaign_id}/test", json={"to": "Me@Example.com"}, headers=headers)
        assert r.status_code == 202, r.text
        row = await wait_status(r.json()["delivery_id"], "sent")
        assert row["kind"] == "administrative" and row["campaign_id"] is None
        [received] = await smtp.wait_for(1)
        assert received.rcpt_tos == ["me@example.com"]
        assert received.message["Subject"] == "[Test] Solar news for May"
        assert "Panels got **cheaper** again." in received.part("plain")
        assert (await campaigns.get_campaign_row(campaign_id))["status"] == "draft"


class TestSending:
    async def test_the_race_unsubscribe_after_the_deliveries_are_queued(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        await subscriber("stays@example.com", news)
        leaver = await subscriber("leaves@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        async with paused_worker():
            await act(client, headers, campaign_id, "send")
            await campaigns.fan_out(campaign_id)
            assert {r["status"] for r in (await deliveries(campaign_id)).values()} == {"queued"}
            r = await client.post(f"/unsubscribe/{links.unsubscribe_token(leaver['id'], news['id'])}", data=ONE_CLICK)
            assert r.status_code == 200
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"stays@example.com": 1}
        assert (await deliveries(campaign_id))["leaves@example.com"]["status"] in ("cancelled", "suppressed")

    async def test_channel_turned_off_after_fan_out_is_suppressed_at_send_time(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        quitter = await subscriber("quits@example.com", news)
        await subscriber("stays@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        async with db.transaction():  # the send jobs run after this commits
            await campaigns.send_campaign(campaign_id)
            await campaigns.fan_out(campaign_id)
            await people.set_preferences(quitter["id"], {"email_marketing": False}, "preference_centre")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"stays@example.com": 1}
        row = (await deliveries(campaign_id))["quits@example.com"]
        assert (row["status"], row["reason"]) == ("suppressed", "email_channel_off")

    async def test_pause_stops_sending_and_resume_finishes(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        for i in range(5):
            await subscriber(f"p{i}@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        async with db.transaction():  # the jobs run after this commits, and find the campaign paused
            await campaigns.send_campaign(campaign_id)
            await campaigns.fan_out(campaign_id)
            assert (await campaigns.pause_campaign(campaign_id))["status"] == "paused"
        await wait_for_idle()
        assert smtp.messages == []
        assert {r["status"] for r in (await deliveries(campaign_id)).values()} == {"queued"}
        assert (await act(client, headers, campaign_id, "resume"))["status"] == "sending"
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {f"p{i}@example.com": 1 for i in range(5)}

    async def test_cancel_cancels_the_queued_deliveries(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        for i in range(3):
            await subscriber(f"p{i}@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        async with db.transaction():  # the jobs run after this commits, and find the campaign cancelled
            await campaigns.send_campaign(campaign_id)
            await campaigns.fan_out(campaign_id)
        assert (await act(client, headers, campaign_id, "cancel"))["status"] == "cancelled"
        await wait_for_idle()
        assert smtp.messages == []
        rows = (await deliveries(campaign_id)).values()
        assert {(r["status"], r["reason"]) for r in rows} == {("cancelled", "campaign cancelled")}
        counts = (await client.get(f"{API}/{campaign_id}", headers=headers)).json()["counts"]
        assert counts == {"audience": 3, "queued": 0, "sent": 0, "suppressed": 0, "failed": 0, "cancelled": 3}

    async def test_stats_count_every_outcome(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        for i in range(3):
            await subscriber(f"p{i}@example.com", news)
        quitter = await subscriber("quits@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        smtp.reply_next("550 5.1.1 No such user here")
        async with db.transaction():  # the send jobs run after this commits
            await campaigns.send_campaign(campaign_id)
            await campaigns.fan_out(campaign_id)
            await people.set_preferences(quitter["id"], {"email_marketing": False}, "preference_centre")
        await wait_for_status(campaign_id, "sent")
        counts = (await client.get(f"{API}/{campaign_id}", headers=headers)).json()["counts"]
        assert counts == {"audience": 4, "queued": 0, "sent": 2, "suppressed": 1, "failed": 1, "cancelled": 0}
        failed = [r for r in (await deliveries(campaign_id)).values() if r["status"] == "failed"]
        assert failed[0]["last_error"].startswith("550") and failed[0]["attempts"] == 1

    async def test_a_temporary_refusal_is_retried(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        await subscriber("a@example.com", news)
        await subscriber("b@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        smtp.reply_next("451 4.3.0 Mailbox busy, try later")
        await act(client, headers, campaign_id, "send")
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"a@example.com": 1, "b@example.com": 1}
        assert sorted(r["attempts"] for r in (await deliveries(campaign_id)).values()) == [1, 2]

    async def test_a_scheduled_campaign_starts_when_due(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        await subscriber("a@example.com", news)
        headers = await admin_token(client)
        at = datetime.now(UTC) + timedelta(hours=1)
        campaign_id = await create(client, headers, scheduled_at=at.isoformat())
        assert await campaigns.start_due() == []
        assert await campaigns.start_due(now=at + timedelta(seconds=1)) == [campaign_id]
        await wait_for_status(campaign_id, "sent")
        assert received_by(smtp) == {"a@example.com": 1}

    async def test_the_watch_settles_dead_claims_and_sends_what_was_left(self, client, smtp: SmtpSink) -> None:
        news = await make_list("solar-news")
        await subscriber("claimed@example.com", news)
        await subscriber("left@example.com", news)
        headers = await admin_token(client)
        campaign_id = await create(client, headers)
        long_ago = db.now_utc() - timedelta(hours=1)
        async with db.transaction():  # its jobs run after this commits, and find the campaign paused
            await campaigns.send_campaign(campaign_id)
            await campaigns.fan_out(campaign_id)
            await campaigns.pause_campaign(campaign_id)
        await wait_for_idle()
        # A worker claimed one delivery, handed it to SMTP and died; the other one's job was lost.
        async with db.transaction():
            await Delivery.update({Delivery.status: "sending", Delivery.claimed_at: long_ago}).where(
                Delivery.recipient == "claimed@example.com"
            )
            await Delivery.update({Delivery.updated_at: long_ago}).where(Delivery.campaign_id == campaign_id)
            await Campaign.update({Campaign.status: "sending"}).where(Campaign.id == campaign_id)
        result = await campaigns.watch(now=db.now_utc() + campaigns.STALL)
        assert result == {"started": 0, "settled": 1, "redispatched": 1}
        await wait_for_status(campaign_id, "sent")
        await wait_for_idle()
        assert received_by(smtp) == {"left@example.com": 1}
        claimed = (await deliveries(campaign_id))["claimed@example.com"]
        assert (claimed["status"], claimed["reason"]) == ("sent", campaigns.UNCONFIRMED)

"""Unsubscribing: RFC 8058 one-click, the page's buttons, cancelled mail, and the headers of marketing mail."""

from __future__ import annotations

import re

from heliograph import links
from heliograph.mail import service as mail
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people
from tests.conftest import wait_for_idle
from tests.mail.test_pipeline import wait_status
from tests.people.factories import events, make_list, make_subscriber, queue_marketing, release, subscription
from tests.support.smtp import SmtpSink

ONE_CLICK = {"List-Unsubscribe": "One-Click"}


class TestOneClick:
    async def test_one_click_unsubscribes_and_cancels_that_lists_queued_mail(self, client, smtp: SmtpSink) -> None:
        news, offers = await make_list("solar-news"), await make_list("offers")
        person = await make_subscriber("p@example.com", news, offers)
        for_news = await queue_marketing(person, news, held=True)
        for_offers = await queue_marketing(person, offers, held=True)
        # A mail client posts form-encoded List-Unsubscribe=One-Click, with no cookie and no CSRF token.
        r = await client.post(f"/unsubscribe/{links.unsubscribe_token(person['id'], news['id'])}", data=ONE_CLICK)
        assert r.status_code == 200
        assert (await subscription(person["id"], news["id"]))["status"] == "unsubscribed"
        cancelled = await mail.get_delivery(for_news)
        assert (cancelled["status"], cancelled["reason"]) == ("cancelled", "unsubscribed")
        assert (await mail.get_delivery(for_offers))["status"] == "queued"
        await release(for_news, for_offers)
        await wait_status(for_offers, "sent")
        await wait_for_idle()
        assert [m.message["List-Id"] for m in smtp.messages] == ['"Offers" <offers.lists.heliograph.test>']
        assert (await mail.get_delivery(for_news))["status"] == "cancelled"
        withdrawn = [(e["purpose"], e["granted"], e["method"]) for e in await events(person["id"]) if not e["granted"]]
        assert withdrawn == [("list:solar-news", False, "one_click")]

    async def test_one_click_is_idempotent(self, client) -> None:
        news = await make_list()
        person = await make_subscriber("p@example.com", news)
        path = f"/unsubscribe/{links.unsubscribe_token(person['id'], news['id'])}"
        answers = [await client.post(path, data=ONE_CLICK) for _ in range(3)]
        assert {r.status_code for r in answers} == {200}
        assert len([e for e in await events(person["id"]) if not e["granted"]]) == 1

    async def test_a_bad_token_is_refused(self, client) -> None:
        news = await make_list()
        person = await make_subscriber("p@example.com", news)
        token = links.unsubscribe_token(person["id"], news["id"])
        for bad in (token[:-4] + "abcd", links.preferences_token(person["id"]), "nonsense"):
            r = await client.post(f"/unsubscribe/{bad}", data=ONE_CLICK)
            assert r.status_code == 400 and r.json()["code"] == "invalid_token"
        assert (await subscription(person["id"], news["id"]))["status"] == "active"


class TestPage:
    async def test_get_shows_buttons_and_changes_nothing(self, client) -> None:
        news = await make_list("solar-news", name="Solar News")
        person = await make_subscriber("p@example.com", news)
        path = f"/unsubscribe/{links.unsubscribe_token(person['id'], news['id'])}"
        page = await client.get(path)
        assert page.status_code == 200
        assert 'name="scope" value="list"' in page.text and 'name="scope" value="all"' in page.text
        assert f'action="{path}"' in page.text and "Solar News" in page.text
        assert (await subscription(person["id"], news["id"]))["status"] == "active"

    async def test_everything_button_turns_email_off_and_ends_every_list(self, client, smtp: SmtpSink) -> None:
        news, offers = await make_list("solar-news"), await make_list("offers")
        person = await make_subscriber("p@example.com", news, offers, share_with_partners=True)
        partner = await queue_marketing(person, offers, kind="partner", held=True)
        r = await client.post(
            f"/unsubscribe/{links.unsubscribe_token(person['id'], news['id'])}", data={"scope": "all"}
        )
        assert r.status_code == 200 and "no more marketing email" in r.text
        admin = await mail.queue_mail(
            kind="administrative",
            recipient="p@example.com",
            template="test",
            context={"recipient": "p@example.com", "requested_at": "now"},
            person_id=person["id"],
        )
        await release(partner)
        assert (await mail.get_delivery(partner))["status"] == "cancelled"
        await wait_status(admin, "sent")  # administrative mail is not marketing: it still goes
        assert (await people.get_person(person["id"]))["email_marketing"] is False
        statuses = await Subscription.select(Subscription.status).where(Subscription.person == person["id"])
        assert {s["status"] for s in statuses} == {"unsubscribed"}
        methods = {(e["purpose"], e["method"]) for e in await events(person["id"]) if not e["granted"]}
        assert methods == {("channel:email", "form"), ("list:solar-news", "form"), ("list:offers", "form")}


class TestSendTime:
    async def test_unsubscribe_after_enqueue_means_nothing_reaches_smtp(self, client, smtp: SmtpSink) -> None:
        """The race: a delivery is queued, the person one-clicks, then the worker runs."""
        news = await make_list()
        person = await make_subscriber("p@example.com", news)
        delivery_id = await queue_marketing(person, news, held=True)  # queued, the worker not there yet
        r = await client.post(f"/unsubscribe/{links.unsubscribe_token(person['id'], news['id'])}", data=ONE_CLICK)
        assert r.status_code == 200
        await release(delivery_id)  # now the worker runs
        await wait_for_idle()
        assert (await mail.get_delivery(delivery_id))["status"] == "cancelled"
        assert smtp.messages == []

    async def test_a_delivery_written_after_the_unsubscribe_is_suppressed_at_send_time(self, client, smtp) -> None:
        """A fan-out that read the audience before the unsubscribe writes its delivery after it."""
        news = await make_list()
        person = await make_subscriber("p@example.com", news)
        r = await client.post(f"/unsubscribe/{links.unsubscribe_token(person['id'], news['id'])}", data=ONE_CLICK)
        assert r.status_code == 200
        delivery_id = await queue_marketing(person, news)
        row = await wait_status(delivery_id, "suppressed")
        assert row["reason"] == "unsubscribed"
        await wait_for_idle()
        assert smtp.messages == []


class TestHeaders:
    async def test_marketing_mail_carries_rfc8058_list_id_text_part_postal_address_and_links(
        self, client, smtp: SmtpSink, settings
    ) -> None:
        news = await make_list("solar-news", name="Solar News")
        person = await make_subscriber("p@example.com", news)
        delivery_id = await queue_marketing(person, news)
        await wait_status(delivery_id, "sent")
        [received] = await smtp.wait_for(1)
        msg = received.message
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert msg["List-Id"] == '"Solar News" <solar-news.lists.heliograph.test>'
        uris = re.findall(r"<([^>]+)>", str(msg["List-Unsubscribe"]))
        assert len(uris) == 2 and uris[0].startswith("http://heliograph.test/unsubscribe/")
        assert uris[1].startswith("mailto:unsubscribe@heliograph.example.com?subject=unsubscribe%20")
        text, html = received.part("plain"), received.part("html")
        assert "Panels got **cheaper** again." in text and "<strong>cheaper</strong>" in html
        assert settings.postal_address in text and settings.postal_address in html
        assert "/preferences/" in text and "/preferences/" in html
        assert uris[0] in text

        # The header's link works for the RFC 8058 POST.
        r = await client.post(uris[0].removeprefix("http://heliograph.test"), data=ONE_CLICK)
        assert r.status_code == 200
        assert (await subscription(person["id"], news["id"]))["status"] == "unsubscribed"

    async def test_administrative_mail_has_no_list_unsubscribe(self, smtp: SmtpSink) -> None:
        delivery_id = await mail.queue_mail(
            kind="administrative",
            recipient="a@example.com",
            template="test",
            context={"recipient": "a", "requested_at": "x"},
        )
        await wait_status(delivery_id, "sent")
        [received] = await smtp.wait_for(1)
        assert received.message["List-Unsubscribe"] is None and received.message["List-Id"] is None

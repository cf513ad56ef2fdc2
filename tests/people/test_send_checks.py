"""Opt-outs hold at send time (P3): the check re-reads the database immediately before SMTP."""

from __future__ import annotations

from heliograph import db
from heliograph.mail import service as mail
from heliograph.people import service as people
from heliograph.people.tables import Person
from tests.conftest import wait_for_idle
from tests.mail.test_pipeline import wait_status
from tests.people.factories import make_list, make_subscriber, queue_marketing, release
from tests.support.smtp import SmtpSink


async def administrative(person: dict) -> int:
    return await mail.queue_mail(
        kind="administrative",
        recipient=person["email"],
        template="test",
        context={"recipient": person["email"], "requested_at": "now"},
        person_id=person["id"],
    )


class TestDeliveries:
    async def test_partner_mail_needs_partner_sharing(self, smtp: SmtpSink) -> None:
        offers = await make_list("offers")
        closed = await make_subscriber("closed@example.com", offers, share_with_partners=False)
        open_ = await make_subscriber("open@example.com", offers, share_with_partners=True)
        refused = await queue_marketing(closed, offers, kind="partner")
        accepted = await queue_marketing(open_, offers, kind="partner")
        assert (await wait_status(refused, "suppressed"))["reason"] == "no_partner_sharing"
        await wait_status(accepted, "sent")
        await wait_for_idle()
        assert [m.to for m in smtp.messages] == ["open@example.com"]

    async def test_administrative_mail_reaches_someone_who_opted_out_of_all_marketing(self, smtp: SmtpSink) -> None:
        news = await make_list()
        person = await make_subscriber("out@example.com", news, status="unsubscribed", email_marketing=False)
        await people.suppress("out@example.com", "complaint")
        marketing = await queue_marketing(person, news)
        admin = await administrative(person)
        await wait_status(admin, "sent")
        assert (await wait_status(marketing, "suppressed"))["reason"] == "suppressed"
        await wait_for_idle()
        assert [m.message["Subject"] for m in smtp.messages] == ["Heliograph test message"]

    async def test_each_reason_is_recorded(self, smtp: SmtpSink) -> None:
        news, other = await make_list("solar-news"), await make_list("other")
        channel_off = await make_subscriber("off@example.com", news, email_marketing=False)
        pending = await make_subscriber("pending@example.com", news, status="pending")
        elsewhere = await make_subscriber("elsewhere@example.com", other)
        fine = await make_subscriber("fine@example.com", news)
        cases = {
            await queue_marketing(channel_off, news): "email_channel_off",
            await queue_marketing(pending, news): "not_subscribed",
            await queue_marketing(elsewhere, news): "not_subscribed",
        }
        sent = await queue_marketing(fine, news)
        for delivery_id, reason in cases.items():
            assert (await wait_status(delivery_id, "suppressed"))["reason"] == reason
        await wait_status(sent, "sent")
        await wait_for_idle()
        assert [m.to for m in smtp.messages] == ["fine@example.com"]

    async def test_an_erased_person_gets_no_marketing_or_transactional_mail(self, smtp: SmtpSink) -> None:
        news = await make_list()
        person = await make_subscriber("gone@example.com", news)
        async with db.transaction():
            marketing = await queue_marketing(person, news, held=True)
            confirmation = await mail.queue_mail(
                kind="transactional",
                recipient="gone@example.com",
                template="test",
                context={"recipient": "x", "requested_at": "now"},
                person_id=person["id"],
            )
            await Person.update({Person.email: None, Person.erased_at: db.now_utc()}).where(Person.id == person["id"])
        await release(marketing)
        assert (await wait_status(confirmation, "suppressed"))["reason"] == "erased"
        assert (await wait_status(marketing, "suppressed"))["reason"] == "erased"
        await wait_for_idle()
        assert smtp.messages == []


class TestBatch:
    async def test_many_deliveries_in_one_call(self) -> None:
        news = await make_list()
        people_rows = [await make_subscriber(f"r{i}@example.com", news) for i in range(3)]
        await people.set_preferences(people_rows[1]["id"], {"email_marketing": False}, "admin")
        await people.suppress("r2@example.com", "hard_bounce")
        deliveries = []
        for i in range(1200):  # more than one IN (...) chunk
            person = people_rows[i % 3]
            deliveries.append(
                {
                    "id": i + 1,
                    "kind": ("marketing", "partner", "administrative", "transactional")[i % 4],
                    "recipient": person["email"],
                    "person_id": person["id"],
                    "list_id": news["id"],
                }
            )
        deliveries.append({"id": 5000, "kind": "marketing", "recipient": "nobody@example.com", "person_id": None})
        reasons = await mail.suppression_reasons(deliveries)
        assert len(reasons) == 1201 and reasons[5000] == "not_subscribed"
        for d in deliveries[:-1]:
            who = d["recipient"]
            if d["kind"] in ("administrative", "transactional"):
                expected = None
            elif who == "r1@example.com":
                expected = "email_channel_off"
            elif who == "r2@example.com":
                expected = "suppressed"
            else:
                expected = "no_partner_sharing" if d["kind"] == "partner" else None
            assert reasons[d["id"]] == expected, d

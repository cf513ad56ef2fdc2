"""Tell-a-friend: one screened mail to the friend, the address forgotten, limits, and bonus entries."""

from __future__ import annotations

import asyncio
import time

from heliograph.mail.tables import Delivery
from heliograph.people import service as people
from heliograph.piccolo_app import APP_CONFIG
from heliograph.promotions import referrals
from heliograph.promotions.tables import Entry, Referral
from tests.conftest import wait_for_idle
from tests.promotions.extras_factories import enter, make_promotion
from tests.support.smtp import SmtpSink

FRIEND = "Friend.Person@Example.org"
FRIEND_NORMAL = "friend.person@example.org"
URL = "/api/v1/promotions/summer-sun/referrals"


async def entrant(email: str = "ada@example.com", name: str = "Ada Lovelace") -> dict:
    return await enter("summer-sun", email=email, name=name)


async def tell(client, entry: dict, friend: str = FRIEND, message: str | None = None, **extra) -> object:
    body = {"entry_id": entry["entry_id"], "receipt": entry["receipt"], "friend_email": friend, **extra}
    if message is not None:
        body["message"] = message
    return await client.post(URL, json=body)


async def wait_forgotten(timeout: float = 20.0) -> None:
    """Wait until every tell-a-friend delivery has its address replaced."""
    deadline = time.monotonic() + timeout
    while True:
        rows = await Delivery.select(Delivery.recipient).where(Delivery.template == referrals.FRIEND_TEMPLATE)
        if all(r["recipient"].startswith(referrals.MASK_PREFIX) for r in rows):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"friend addresses still held: {len(rows)} deliveries")
        await asyncio.sleep(0.05)


async def tables_holding(text: str) -> list[str]:
    """Every app table with a row in which any column contains text (case-insensitive)."""
    found = []
    for table in APP_CONFIG.table_classes:
        for row in await table.select():
            if any(text.lower() in str(value).lower() for value in row.values()):
                found.append(table._meta.tablename)
                break
    return found


class TestMessage:
    async def test_friend_gets_one_mail_with_message_and_referral_link(self, client, smtp: SmtpSink, settings) -> None:
        await make_promotion(title="Summer Sun")
        entry = await entrant(name="Ada Lovelace")
        r = await tell(client, entry, message="Enter this, the panels are <b>great</b> & free!")
        assert r.status_code == 202, r.text
        assert r.json() == {"status": "accepted"}
        await wait_forgotten()
        [mail] = smtp.to(FRIEND_NORMAL)
        assert mail.message["Subject"] == "Ada thinks you would like Summer Sun"
        text, html = mail.part("plain"), mail.part("html")
        link = f"{settings.base_url}/promotions/summer-sun?ref={entry['referral_code']}"
        assert link in text and link in html
        assert "Enter this, the panels are <b>great</b> & free!" in text
        assert "&lt;b&gt;great&lt;/b&gt; &amp; free!" in html and "<b>great</b>" not in html
        assert "Ada" in html and "Lovelace" not in html  # the entrant's first name only

    async def test_friend_address_is_not_kept_anywhere(self, client, smtp: SmtpSink) -> None:
        await make_promotion()
        entry = await entrant()
        assert (await tell(client, entry, message="Thought of you")).status_code == 202
        await smtp.wait_for(2)  # the entrant's confirmation and the friend's message
        await wait_forgotten()
        await wait_for_idle()
        assert await tables_holding(FRIEND_NORMAL) == []
        assert await tables_holding("Thought of you") == []
        [referral] = await Referral.select()
        assert referral["friend_hash"] == people.address_hash(FRIEND) and referral["delivery_id"]
        delivery = await Delivery.select().where(Delivery.id == referral["delivery_id"]).first()
        assert delivery["status"] == "sent" and delivery["recipient"] == "forgotten:" + referral["friend_hash"]

    async def test_the_same_friend_twice_gets_one_mail(self, client, smtp: SmtpSink) -> None:
        await make_promotion()
        entry = await entrant()
        assert (await tell(client, entry)).status_code == 202
        again = await tell(client, entry, friend="  friend.person@EXAMPLE.org ", message="Again!")
        assert again.status_code == 202 and again.json() == {"status": "accepted"}
        await wait_forgotten()
        await wait_for_idle()
        assert len(smtp.to(FRIEND_NORMAL)) == 1
        assert await Referral.count() == 1

    async def test_sensitive_message_is_refused_and_nothing_is_kept_or_sent(self, client, smtp: SmtpSink) -> None:
        await make_promotion()
        entry = await entrant()
        r = await tell(client, entry, message="My son has asthma, so we need the air purifier prize.")
        assert r.status_code == 422
        problem = r.json()
        assert problem["code"] == "sensitive_data" and problem["category"] == "health"
        assert problem["errors"][0]["field"] == "message"
        await wait_for_idle()
        assert await Referral.count() == 0
        assert await tables_holding(FRIEND_NORMAL) == []
        assert smtp.to(FRIEND_NORMAL) == []

    async def test_suppressed_friend_gets_nothing_and_the_answer_is_the_same(self, client, smtp: SmtpSink) -> None:
        await make_promotion()
        await people.suppress(FRIEND, "complaint")
        entry = await entrant()
        r = await tell(client, entry, message="Hi")
        assert r.status_code == 202 and r.json() == {"status": "accepted"}
        await smtp.wait_for(1)  # the entrant's own confirmation
        await wait_for_idle()
        assert smtp.to(FRIEND_NORMAL) == []
        assert await Delivery.count().where(Delivery.template == referrals.FRIEND_TEMPLATE) == 0
        assert await tables_holding(FRIEND_NORMAL) == []


class TestLimits:
    async def test_each_entry_may_tell_a_limited_number_of_friends(self, client, smtp: SmtpSink) -> None:
        await make_promotion(referral_limit=2)
        entry = await entrant()
        for n in (1, 2):
            assert (await tell(client, entry, friend=f"friend{n}@example.org")).status_code == 202
        r = await tell(client, entry, friend="friend3@example.org")
        assert r.status_code == 429 and r.json()["code"] == "rate_limited"
        # a repeat is still answered (and still sends nothing)
        assert (await tell(client, entry, friend="friend1@example.org")).status_code == 202
        await wait_forgotten()
        await wait_for_idle()
        assert sorted(m.to for m in smtp.messages if m.to.startswith("friend")) == [
            "friend1@example.org",
            "friend2@example.org",
        ]

    async def test_the_limit_holds_under_concurrency(self, client, smtp: SmtpSink) -> None:
        await make_promotion(referral_limit=3)
        entry = await entrant()
        answers = await asyncio.gather(*(tell(client, entry, friend=f"pal{n}@example.org") for n in range(10)))
        codes = [r.status_code for r in answers]
        assert codes.count(202) == 3 and codes.count(429) == 7, codes
        assert await Referral.count() == 3
        await wait_forgotten()
        await wait_for_idle()
        assert len([m for m in smtp.messages if m.to.startswith("pal")]) == 3

    async def test_own_address_is_refused(self, client) -> None:
        await make_promotion()
        entry = await entrant(email="ada@example.com")
        r = await tell(client, entry, friend="ADA@example.com")
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "friend_email"


class TestReceipt:
    async def test_receipt_in_the_authorization_header(self, client, smtp: SmtpSink) -> None:
        await make_promotion()
        entry = await entrant()
        body = {"entry_id": entry["entry_id"], "friend_email": FRIEND}
        r = await client.post(URL, json=body, headers={"Authorization": f"Bearer {entry['receipt']}"})
        assert r.status_code == 202, r.text
        await wait_forgotten()
        assert len(smtp.to(FRIEND_NORMAL)) == 1

    async def test_missing_forged_or_foreign_receipts_are_refused(self, client, smtp: SmtpSink) -> None:
        await make_promotion()
        ada = await entrant()
        bob = await entrant(email="bob@example.com", name="Bob")
        missing = await client.post(URL, json={"entry_id": ada["entry_id"], "friend_email": FRIEND})
        assert missing.status_code == 401 and missing.json()["code"] == "not_authenticated"
        forged = await tell(client, {**ada, "receipt": ada["receipt"][:-3] + "xyz"})
        assert forged.status_code == 400 and forged.json()["code"] == "invalid_token"
        foreign = await tell(client, {**ada, "receipt": bob["receipt"]})
        assert foreign.status_code == 403 and foreign.json()["code"] == "forbidden"
        unknown = await tell(client, ada, sender="me")
        assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_field"
        await wait_for_idle()
        assert await Referral.count() == 0

    async def test_closed_promotion_is_refused(self, client) -> None:
        from heliograph.promotions import service

        await make_promotion()
        entry = await entrant()
        await service.close_promotion("summer-sun")
        r = await tell(client, entry)
        assert r.status_code == 409 and r.json()["code"] == "promotion_not_open"


class TestBonus:
    async def test_referrer_earns_bonus_entries_when_the_friend_enters_with_the_code(self, client, smtp) -> None:
        promotion = await make_promotion(referral_bonus=2)
        entry = await entrant()
        assert (await tell(client, entry)).status_code == 202
        await wait_forgotten()
        friend_entry = await enter(
            "summer-sun", email=FRIEND, name="Fran Friend", referral_code=entry["referral_code"].lower()
        )
        [referral] = await Referral.select()
        assert referral["converted_entry_id"] == friend_entry["entry_id"]
        referrer = (await Entry.select(Entry.person).where(Entry.id == entry["entry_id"]).first())["person"]
        assert await referrals.bonus_entries(promotion["id"], referrer) == 2
        bonus = await Entry.select().where(Entry.source == "referral_bonus")
        assert {b["person"] for b in bonus} == {referrer} and all(b["status"] == "valid" for b in bonus)
        # the friend entering again (or another code use by the same friend) earns nothing more
        assert await Entry.count().where(Entry.promotion == promotion["id"]) == 4

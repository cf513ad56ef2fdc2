"""Taking entries through the public API: every intake check, what is stored, the confirmation mail."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from heliograph import db
from heliograph.errors import PromotionNotOpen, UnderMinimumAge
from heliograph.people.tables import ConsentEvent, Person
from heliograph.promotions import service
from heliograph.promotions.tables import Entry
from tests.conftest import wait_for_idle
from tests.promotions.entry_support import at, ensure_pool, entry_body, entry_in, make_promotion, row_counts, rules_body

URL = "/api/v1/promotions/{}/entries"


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return date(day.year - years, 3, 1)


async def post_entry(client, slug: str = "sunny-days", **overrides):  # type: ignore[no-untyped-def]
    return await client.post(URL.format(slug), json=entry_body(**overrides))


class TestAccepted:
    async def test_entry_is_stored_with_consent_and_confirmation_mail(self, client, smtp) -> None:
        await make_promotion()
        r = await post_entry(client)
        assert r.status_code == 201, r.text
        body = r.json()
        assert set(body) == {"entry_id", "receipt", "receipt_code", "referral_code"}
        assert service.entry_id_from_receipt(body["receipt"]) == body["entry_id"]
        entry = await Entry.select().first()
        assert entry["id"] == body["entry_id"] and entry["country"] == "DE" and entry["rules_version"] == 1
        person = await Person.select().first()
        assert person["email"] == "ada@example.com" and person["name"] == "Ada Lovelace"
        [consent] = await ConsentEvent.select()
        assert consent["purpose"] == "rules:sunny-days" and consent["granted"] and consent["method"] == "entry"
        assert consent["rules_version"] == 1 and consent["promotion_id"] == entry["promotion"]
        assert consent["policy_version"] == "2026-11-01"
        [mail] = await smtp.wait_for(1)
        assert mail.to == "ada@example.com"
        assert f"receipt {body['entry_id']}" in mail.message["Subject"]
        assert f"Entry number: {body['entry_id']}" in mail.part("plain")
        assert body["receipt_code"] in mail.part("html")

    async def test_consent_records_the_rules_version_accepted(self, client) -> None:
        await make_promotion()
        await service.update_promotion("sunny-days", _patch(rules={"eligible_countries": ["DE", "FR", "US", "AT"]}))
        assert (await post_entry(client, country="AT")).status_code == 201
        consent = await ConsentEvent.select().first()
        entry = await Entry.select().first()
        assert consent["rules_version"] == entry["rules_version"] == 2

    async def test_gpc_withdraws_partner_sharing(self, client) -> None:
        await make_promotion()
        r = await client.post(URL.format("sunny-days"), json=entry_body(), headers={"Sec-GPC": "1"})
        assert r.status_code == 201
        events = await ConsentEvent.select().order_by(ConsentEvent.id)
        person = await Person.select().first()
        # A new person never shared: nothing to withdraw, so no gpc event; the column stays off.
        assert person["share_with_partners"] is False
        assert [e["purpose"] for e in events] == ["rules:sunny-days"]
        await Person.update({Person.share_with_partners: True}).where(Person.id == person["id"])
        r = await client.post(URL.format("sunny-days"), json=entry_body(), headers={"Sec-GPC": "1"})
        assert r.status_code == 409  # limit 1 — refused entries change nothing
        await service.update_promotion("sunny-days", _patch(rules={"entry_limit": {"count": 3, "per": "day"}}))
        r = await client.post(URL.format("sunny-days"), json=entry_body(), headers={"Sec-GPC": "1"})
        assert r.status_code == 201
        person = await Person.select().first()
        gpc = await ConsentEvent.select().where(ConsentEvent.method == "gpc")
        assert person["share_with_partners"] is False
        assert [(e["purpose"], e["granted"]) for e in gpc] == [("partner_sharing", False)]


class TestNewsletterOptIn:
    async def test_opt_in_asks_for_confirmation_in_the_same_transaction(self, client, smtp) -> None:
        from heliograph.newsletters import service as newsletters

        await newsletters.create_list(slug="solar-news", name="Solar News")
        await make_promotion()
        r = await post_entry(client, subscribe=["solar-news"])
        assert r.status_code == 201, r.text
        purposes = {e["purpose"] for e in await ConsentEvent.select()}
        assert purposes == {"rules:sunny-days", "list:solar-news"}
        mails = await smtp.wait_for(2)
        assert len({m.message["Subject"] for m in mails}) == 2

    async def test_unknown_list_refuses_the_whole_entry(self, client) -> None:
        await make_promotion()
        r = await post_entry(client, subscribe=["no-such-list"])
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "subscribe"
        assert await Entry.count() == 0 and await Person.count() == 0

    async def test_not_offered_when_the_rules_say_so(self, client) -> None:
        await make_promotion(rules=rules_body(allow_newsletter_opt_in=False))
        r = await post_entry(client, subscribe=["solar-news"])
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "subscribe"


def _patch(**fields):  # type: ignore[no-untyped-def]
    from heliograph.promotions.schemas import PromotionPatch

    return PromotionPatch(**fields)


class TestRefusedStoresNothing:
    async def test_under_age_leaves_no_row_and_no_log_line(self, client, caplog, smtp) -> None:
        await make_promotion()
        before = await row_counts()
        caplog.set_level(logging.DEBUG)
        today = datetime.now(ZoneInfo("Europe/Berlin")).date()
        r = await post_entry(client, email="young.one@example.com", birth_date=str(years_before(today, 12)))
        assert r.status_code == 422
        assert r.json()["code"] == "under_minimum_age"
        await wait_for_idle()
        assert await row_counts() == before
        assert "young.one" not in caplog.text
        assert smtp.messages == []

    async def test_sensitive_answer_leaves_no_row_and_names_the_category(self, client, caplog) -> None:
        await make_promotion(kind="contest")
        before = await row_counts()
        caplog.set_level(logging.DEBUG)
        answer = "Solar would help because my son's asthma gets worse with the old heating."
        r = await post_entry(client, slug="sunny-days", email="parent@example.com", answer=answer)
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["code"] == "sensitive_data" and problem["category"] == "health"
        assert problem["errors"] == [{"field": "answer", "code": "sensitive_data", "category": "health"}]
        assert await row_counts() == before
        assert "parent@example.com" not in caplog.text

    async def test_unknown_field_is_refused(self, client) -> None:
        await make_promotion()
        r = await post_entry(client, religion="none")
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"
        assert await Entry.count() == 0


class TestChecks:
    @pytest.mark.parametrize(
        ("overrides", "code", "field"),
        [
            ({"accept_rules": False}, "rules_not_accepted", "accept_rules"),
            ({"birth_date": "2090-01-01"}, "invalid_field", "birth_date"),
            ({"birth_date": "1890-01-01"}, "invalid_field", "birth_date"),
            ({"birth_date": "2001-02-30"}, "invalid_field", "birth_date"),
            ({"country": "ZZ"}, "invalid_field", "country"),
            ({"country": "GB"}, "country_not_eligible", "country"),
            ({"email": "not-an-address"}, "invalid_field", "email"),
            ({"answer": "Something"}, "invalid_field", "answer"),
        ],
    )
    async def test_refusals(self, client, overrides, code, field) -> None:
        await make_promotion()
        r = await post_entry(client, **overrides)
        assert r.status_code in (409, 422), r.text
        assert r.json()["code"] == code
        assert r.json()["errors"][0]["field"] == field
        assert await Entry.count() == 0

    async def test_regions(self, client) -> None:
        await make_promotion(rules=rules_body(eligible_countries=("US", "DE"), excluded_regions=["US-NY"]))
        assert (await post_entry(client, country="US")).json()["errors"][0]["field"] == "region"
        r = await post_entry(client, country="US", region="US-NY")
        assert r.status_code == 422 and r.json()["code"] == "country_not_eligible"
        r = await post_entry(client, country="US", region="DE-BE")
        assert r.json()["code"] == "invalid_field"
        assert (await post_entry(client, country="US", region="us-ca")).status_code == 201
        assert (await Entry.select(Entry.region).first())["region"] == "US-CA"
        assert (await post_entry(client, email="b@example.com", country="DE")).status_code == 201

    async def test_unknown_and_draft_promotions_are_not_found(self, client) -> None:
        assert (await post_entry(client, slug="nope")).json()["code"] == "not_found"
        await make_promotion(slug="draft", publish=False)
        assert (await post_entry(client, slug="draft")).status_code == 404

    async def test_entry_limit_per_day_in_the_promotion_zone(self) -> None:
        zone = "America/Los_Angeles"
        opens = at("2026-01-01 00:00")
        await make_promotion(rules=rules_body(opens_at=opens, timezone=zone, entry_limit={"count": 2, "per": "day"}))
        evening = at("2026-03-03 07:30")  # 23:30 on 2 March in Los Angeles
        await service.enter("sunny-days", entry_in(), now=evening)
        await service.enter("sunny-days", entry_in(), now=evening + timedelta(minutes=10))
        with pytest.raises(Exception) as refused:
            await service.enter("sunny-days", entry_in(), now=evening + timedelta(minutes=20))
        assert getattr(refused.value, "code", None) == "entry_limit_reached"
        await service.enter("sunny-days", entry_in(), now=evening + timedelta(minutes=31))  # 3 March there
        buckets = [row["bucket"] for row in await Entry.select(Entry.bucket).order_by(Entry.id)]
        assert buckets == ["2026-03-02", "2026-03-02", "2026-03-03"]

    async def test_fifty_concurrent_entries_by_one_person_make_one(self) -> None:
        await ensure_pool()
        await make_promotion()
        results = await asyncio.gather(
            *(service.enter("sunny-days", entry_in()) for _ in range(50)), return_exceptions=True
        )
        accepted = [r for r in results if isinstance(r, dict)]
        refused = [r for r in results if not isinstance(r, dict)]
        assert len(accepted) == 1
        assert {getattr(e, "code", repr(e)) for e in refused} == {"entry_limit_reached"}
        assert await Entry.count() == 1 and await Person.count() == 1
        assert await ConsentEvent.count() == 1


class TestEveryPathWritesTheSameRows:
    """On PostgreSQL a plain entry into a free first slot is one statement (_one_statement); the second
    slot, a referral, an opt-in, GPC or an instant win take the general path. Both write the same rows."""

    async def test_first_and_second_slot_write_alike_and_a_refusal_writes_no_more(self, smtp) -> None:
        await ensure_pool()
        await make_promotion(rules=rules_body(entry_limit={"count": 2, "per": "promotion"}))
        first = await service.enter("sunny-days", entry_in(), ip="203.0.113.9")
        second = await service.enter("sunny-days", entry_in(), ip="203.0.113.9")
        counts = await row_counts()
        with pytest.raises(Exception) as refused:
            await service.enter("sunny-days", entry_in(name="Someone Else"), ip="203.0.113.9")
        assert getattr(refused.value, "code", None) == "entry_limit_reached"
        assert await row_counts() == counts

        entries = await Entry.select().order_by(Entry.id)
        assert [e["id"] for e in entries] == [first["entry_id"], second["entry_id"]]
        person_id = entries[0]["person"]
        assert [e["limit_key"] for e in entries] == [
            f"{entries[0]['promotion']}:{person_id}:promotion:{n}" for n in (1, 2)
        ]
        for entry, result in zip(entries, (first, second), strict=True):
            assert entry["receipt"] == result["receipt_code"] and entry["referral_code"] == result["referral_code"]

        def same(row: dict, *ignored: str) -> dict:  # type: ignore[type-arg]
            return {k: v for k, v in row.items() if k not in {"id", *ignored}}

        for e in entries:
            varying = ("limit_key", "receipt", "referral_code", "created_at")
            assert same(e, *varying) == same(entries[0], *varying)
        consents = await ConsentEvent.select().order_by(ConsentEvent.id)
        assert len(consents) == 2 and same(consents[0], "created_at") == same(consents[1], "created_at")
        assert consents[0]["ip_hash"] and consents[0]["person"] == person_id

        from heliograph.mail.tables import Delivery

        deliveries = await Delivery.select().order_by(Delivery.id)
        assert len(deliveries) == 2
        contexts = [d["context"] if isinstance(d["context"], dict) else json.loads(d["context"]) for d in deliveries]
        assert [c["entry_id"] for c in contexts] == [first["entry_id"], second["entry_id"]]
        assert [c["receipt_code"] for c in contexts] == [first["receipt_code"], second["receipt_code"]]
        assert {k: v for k, v in contexts[0].items() if k not in {"entry_id", "receipt_code", "referral_code"}} == {
            k: v for k, v in contexts[1].items() if k not in {"entry_id", "receipt_code", "referral_code"}
        }
        ignored = ("context", "status", "attempts", "message_id", "sent_at", "claimed_at", "updated_at", "created_at")
        assert same(deliveries[0], *ignored) == same(deliveries[1], *ignored)
        assert deliveries[0]["kind"] == "transactional" and deliveries[0]["person_id"] == person_id
        mails = await smtp.wait_for(2)
        assert sorted(m.message["Subject"] for m in mails) == sorted(
            f"Your entry in Sunny days (receipt {r['entry_id']})" for r in (first, second)
        )


class TestWindow:
    async def test_boundaries(self) -> None:
        opens, closes = at("2026-02-01 08:00"), at("2027-02-01 08:00")
        await make_promotion(rules=rules_body(opens_at=opens, closes_at=closes))
        tick = timedelta(microseconds=1)
        with pytest.raises(PromotionNotOpen):
            await service.enter("sunny-days", entry_in(email="a@example.com"), now=opens - tick)
        await service.enter("sunny-days", entry_in(email="b@example.com"), now=opens)
        await service.enter("sunny-days", entry_in(email="c@example.com"), now=closes - tick)
        with pytest.raises(PromotionNotOpen):
            await service.enter("sunny-days", entry_in(email="d@example.com"), now=closes)
        assert await Entry.count() == 2

    async def test_scheduled_promotion_is_not_open_yet(self, client) -> None:
        await make_promotion(rules=rules_body(opens_at=db.now_utc() + timedelta(hours=1)))
        r = await post_entry(client)
        assert r.status_code == 409 and r.json()["code"] == "promotion_not_open"


class TestAge:
    @pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
    async def test_thirteenth_birthday_today_in_the_zone_is_allowed_tomorrow_refused(self, client, zone) -> None:
        await make_promotion(rules=rules_body(timezone=zone))
        today = datetime.now(ZoneInfo(zone)).date()
        r = await post_entry(client, email="today@example.com", birth_date=str(years_before(today, 13)))
        assert r.status_code == 201, r.text
        tomorrow = years_before(today + timedelta(days=1), 13)
        r = await post_entry(client, email="tomorrow@example.com", birth_date=str(tomorrow))
        assert r.status_code == 422 and r.json()["code"] == "under_minimum_age"
        assert [p["email"] for p in await Person.select(Person.email)] == ["today@example.com"]

    async def test_the_same_instant_is_a_birthday_in_one_zone_and_not_another(self) -> None:
        instant = at("2026-03-01 10:30")  # 2 March 00:30 in Kiritimati, 1 March 00:30 in Honolulu
        opens = at("2026-01-01 00:00")
        await make_promotion(slug="east", rules=rules_body(opens_at=opens, timezone="Pacific/Kiritimati"))
        await make_promotion(slug="west", rules=rules_body(opens_at=opens, timezone="Pacific/Honolulu"))
        born = "2013-03-02"
        await service.enter("east", entry_in(birth_date=born), now=instant)
        with pytest.raises(UnderMinimumAge):
            await service.enter("west", entry_in(birth_date=born), now=instant)

    async def test_raised_minimum_age(self, client) -> None:
        await make_promotion(rules=rules_body(min_age=18))
        today = datetime.now(ZoneInfo("Europe/Berlin")).date()
        r = await post_entry(client, birth_date=str(years_before(today, 17)))
        assert r.json()["code"] == "under_minimum_age" and r.json()["min_age"] == 18


class TestPublicView:
    async def test_effective_rules_in_plain_fields(self, client) -> None:
        from heliograph.sponsors import service as sponsors

        sponsor, _ = await sponsors.create_sponsor("SunCo", "promo@sunco.example")
        rules = rules_body(
            min_age=16,
            eligible_countries=("DE", "US"),
            excluded_regions=["US-NY"],
            sponsor_fields=[{"field": "email", "purpose": "sending the prize voucher"}],
        )
        await make_promotion(rules=rules, sponsor_ids=[sponsor["id"]])
        view = (await client.get("/api/v1/promotions/sunny-days")).json()
        assert view["min_age"] == 16 and view["eligible_countries"] == ["DE", "US"]
        assert view["excluded_regions"] == ["US-NY"] and view["timezone"] == "Europe/Berlin"
        assert view["entry_limit"] == {"count": 1, "per": "promotion"}
        assert {"field": "email", "purpose": "sending the prize voucher"} in view["shared_with_sponsor"]
        assert view["sponsors"] == ["SunCo"] and view["status"] == "open"
        assert "You must be 16 or older to enter." in view["description_lines"]
        listed = (await client.get("/api/v1/promotions")).json()
        assert [p["slug"] for p in listed] == ["sunny-days"]

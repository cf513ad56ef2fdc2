"""Winner exports for sponsors (P4): own promotions only, only the allowed fields, every export logged."""

from __future__ import annotations

import csv
import io

import msgspec

from heliograph.people.tables import Person
from heliograph.promotions import draws, service
from heliograph.promotions.schemas import PromotionPatch
from heliograph.sponsors import exports
from heliograph.sponsors import service as sponsors
from heliograph.sponsors.tables import Disclosure
from tests.promotions import entry_support
from tests.promotions.extras_factories import bearer, enter, make_promotion

SLUG = "sun-prize"
WINNERS = f"/api/v1/sponsor/promotions/{SLUG}/winners"
PEOPLE = [("ada@example.com", "Ada Lovelace", "DE"), ("alan@example.com", "Alan Turing", "FR")]


async def sponsor(name: str) -> tuple[int, dict[str, str]]:
    created, key = await sponsors.create_sponsor(name, f"promo@{name.lower()}.example")
    return created["id"], {"Authorization": f"Bearer {key}"}


async def drawn(sponsor_ids: list[int], **rules) -> None:
    """A sweepstakes of these sponsors with two winning places, entered by PEOPLE, closed and drawn."""
    await make_promotion(slug=SLUG, publish=False, winners=2, **rules)
    await service.update_promotion(SLUG, msgspec.convert({"sponsor_ids": sponsor_ids}, PromotionPatch))
    await service.publish_promotion(SLUG)
    for email, name, country in PEOPLE:
        await enter(SLUG, email=email, name=name, country=country)
    await service.close_promotion(SLUG)
    await draws.run_draw(SLUG)


class TestWinnerExport:
    async def test_the_sponsor_gets_name_and_country_only_and_the_export_is_logged(self, client) -> None:
        sponsor_id, key = await sponsor("SunCo")
        await drawn([sponsor_id])
        r = await client.get(WINNERS, headers=key)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["fields"] == ["name", "country"]
        assert sorted((w["name"], w["country"]) for w in body["winners"]) == [
            ("Ada Lovelace", "DE"),
            ("Alan Turing", "FR"),
        ]
        assert all(set(w) == {"place", "prize", "claimed", "name", "country"} for w in body["winners"])
        assert "@" not in r.text and "1990" not in r.text

        [logged] = await Disclosure.select().output(load_json=True)
        assert logged["sponsor_id"] == sponsor_id and logged["fields"] == ["name", "country"]
        assert logged["people"] == 2 and len(logged["person_ids"]) == 2 and logged["format"] == "json"
        listed = await client.get("/api/v1/admin/disclosures", headers=await bearer("viewer"))
        assert listed.status_code == 200
        [item] = listed.json()["items"]
        assert item["promotion"] == SLUG and item["people"] == 2 and item["fields"] == ["name", "country"]

    async def test_csv_on_request(self, client) -> None:
        sponsor_id, key = await sponsor("SunCo")
        await drawn([sponsor_id])
        r = await client.get(WINNERS, headers={**key, "Accept": "text/csv"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert list(rows[0]) == ["place", "prize", "claimed", "name", "country"]
        assert sorted(row["name"] for row in rows) == ["Ada Lovelace", "Alan Turing"]
        assert (await Disclosure.select(Disclosure.format).first())["format"] == "csv"

    async def test_other_sponsors_and_strangers_are_refused_and_nothing_is_logged(self, client) -> None:
        sponsor_id, _ = await sponsor("SunCo")
        _, other = await sponsor("ShadeCo")
        await drawn([sponsor_id])
        r = await client.get(WINNERS, headers=other)
        assert r.status_code == 403 and r.json()["code"] == "forbidden"
        assert (await client.get(WINNERS)).status_code == 401
        r = await client.get(WINNERS, headers={"Authorization": "Bearer hsk_not-a-key"})
        assert r.status_code == 401 and r.json()["code"] == "not_authenticated"
        admin = await bearer("owner")
        assert (await client.get(WINNERS, headers=admin)).status_code == 401  # a console token is no sponsor key
        assert (await client.get("/api/v1/sponsor/promotions/nope/winners", headers=other)).status_code == 403
        assert await Disclosure.count() == 0
        assert (await client.get("/api/v1/sponsor/promotions", headers=other)).json() == []

    async def test_the_sponsor_lists_its_promotions_with_the_fields_it_receives(self, client) -> None:
        sponsor_id, key = await sponsor("SunCo")
        await drawn([sponsor_id], sponsor_fields=[{"field": "email", "purpose": "prize delivery"}])
        [promotion] = (await client.get("/api/v1/sponsor/promotions", headers=key)).json()
        assert promotion["slug"] == SLUG and promotion["status"] == "drawn"
        assert [f["field"] for f in promotion["fields"]] == ["name", "country", "email"]
        body = (await client.get(WINNERS, headers=key)).json()
        assert sorted(w["email"] for w in body["winners"]) == ["ada@example.com", "alan@example.com"]

    async def test_marketing_fields_only_for_winners_who_allow_partner_sharing(self, client) -> None:
        sponsor_id, key = await sponsor("SunCo")
        await drawn([sponsor_id], sponsor_fields=[{"field": "email", "purpose": "the sponsor's newsletter"}])
        await Person.update({Person.share_with_partners: True}).where(Person.email == "alan@example.com")
        body = (await client.get(WINNERS, headers=key)).json()
        by_name = {w["name"]: w for w in body["winners"]}
        assert by_name["Alan Turing"]["email"] == "alan@example.com"
        assert by_name["Ada Lovelace"]["email"] is None and "ada@example.com" not in str(body)

    async def test_an_erased_winner_is_not_shared(self, client) -> None:
        sponsor_id, key = await sponsor("SunCo")
        await drawn([sponsor_id])
        await Person.update({Person.erased_at: Person.created_at}).where(Person.email == "ada@example.com")
        body = (await client.get(WINNERS, headers=key)).json()
        assert [w["name"] for w in body["winners"]] == ["Alan Turing"]
        assert (await Disclosure.select(Disclosure.people).first())["people"] == 1


class TestInstantWinExport:
    async def test_instant_win_winners_are_exported(self, client) -> None:
        sponsor_id, key = await sponsor("SunCo")
        created = await entry_support.make_promotion(
            slug=SLUG, kind="instant_win", publish=False, sponsor_ids=[sponsor_id]
        )
        await service.publish_promotion(created["slug"])
        await service.enter(SLUG, entry_support.entry_in())
        body = (await client.get(WINNERS, headers=key)).json()
        assert body["winners"] == [
            {"place": 1, "prize": "Solar lamp", "claimed": True, "name": "Ada Lovelace", "country": "DE"}
        ]


def test_marketing_purposes_are_recognised() -> None:
    assert exports.serves_marketing("the sponsor's newsletter")
    assert exports.serves_marketing("Marketing offers by post")
    assert not exports.serves_marketing("prize delivery")
    assert not exports.serves_marketing("the winners list")

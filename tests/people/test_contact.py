"""Contact details: phone numbers in E.164, countries as ISO codes, and the GPC helper."""

from __future__ import annotations

import pytest

from heliograph.errors import InvalidField
from heliograph.people import service as people
from heliograph.people.contact import normalise_country, normalise_phone
from tests.people.factories import events


class TestPhone:
    @pytest.mark.parametrize(
        ("raw", "country", "expected"),
        [
            ("+49 30 901820", None, "+4930901820"),
            ("030 901820", "DE", "+4930901820"),
            ("(202) 456-1111", "us", "+12024561111"),
            ("+1 202-456-1111", "DE", "+12024561111"),
        ],
    )
    def test_numbers_become_e164(self, raw: str, country: str | None, expected: str) -> None:
        assert normalise_phone(raw, country) == expected

    @pytest.mark.parametrize("raw", ["", "12", "030 901820", "+49 0000", "not a number", "+" + "1" * 60])
    def test_bad_numbers_are_refused(self, raw: str) -> None:
        with pytest.raises(InvalidField) as caught:
            normalise_phone(raw)
        assert caught.value.errors[0]["field"] == "phone"


class TestCountry:
    def test_codes(self) -> None:
        assert normalise_country("de") == "DE" and normalise_country(None) is None and normalise_country(" ") is None
        for bad in ("XX", "DEU", "Germany"):
            with pytest.raises(InvalidField):
                normalise_country(bad)


class TestPersonService:
    async def test_update_contact_stores_e164_with_the_persons_country(self) -> None:
        person, _ = await people.get_or_create_person("tel@example.com", country="DE")
        await people.update_contact(person["id"], phone="030 901820")
        assert (await people.get_person(person["id"]))["phone"] == "+4930901820"
        await people.update_contact(person["id"], country="us", phone="(202) 456-1111")
        stored = await people.get_person(person["id"])
        assert (stored["country"], stored["phone"]) == ("US", "+12024561111")

    async def test_honour_gpc_records_only_a_change(self) -> None:
        person, _ = await people.get_or_create_person("gpc@example.com")
        assert await people.honour_gpc(person["id"]) is False  # sharing starts off: nothing to withdraw
        await people.set_preferences(person["id"], {"share_with_partners": True}, "preference_centre")
        assert await people.honour_gpc(person["id"], ip="198.51.100.7") is True
        assert await people.honour_gpc(person["id"]) is False
        last = (await events(person["id"]))[-1]
        assert (last["purpose"], last["granted"], last["method"]) == ("partner_sharing", False, "gpc")
        assert last["ip_hash"] and "198.51.100.7" not in last["ip_hash"]

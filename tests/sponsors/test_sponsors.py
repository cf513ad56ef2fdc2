"""Sponsors: created with an API key shown once (only its hash is kept), listed without keys."""

from __future__ import annotations

import hashlib

from heliograph.sponsors import service
from heliograph.sponsors.tables import Sponsor
from tests.promotions.entry_support import admin_token

URL = "/api/v1/admin/sponsors"


class TestSponsors:
    async def test_api_key_is_shown_once_and_stored_as_a_hash(self, client) -> None:
        headers = await admin_token(client, "marketer")
        r = await client.post(URL, json={"name": "SunCo", "contact_email": "Promo@SunCo.example"}, headers=headers)
        assert r.status_code == 201, r.text
        created = r.json()
        api_key = created["api_key"]
        assert api_key.startswith("hsk_") and len(api_key) > 40
        assert created["contact_email"] == "promo@sunco.example"
        row = await Sponsor.select().first()
        assert row["api_key_hash"] == hashlib.sha256(api_key.encode()).hexdigest()
        assert api_key not in str(row)
        listed = await client.get(URL, headers=headers)
        assert listed.status_code == 200
        assert "api_key" not in listed.json()[0] and api_key not in listed.text
        assert listed.json()[0]["api_key_prefix"] == api_key[:12]
        assert (await service.sponsor_for_key(api_key))["id"] == created["id"]
        assert await service.sponsor_for_key(api_key + "x") is None

    async def test_invalid_body(self, client) -> None:
        headers = await admin_token(client, "owner")
        r = await client.post(URL, json={"name": "", "contact_email": "x@y.example"}, headers=headers)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "name"
        r = await client.post(URL, json={"name": "A", "contact_email": "nope"}, headers=headers)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "contact_email"
        r = await client.post(
            URL, json={"name": "A", "contact_email": "a@b.example", "api_key": "mine"}, headers=headers
        )
        assert r.status_code == 422 and r.json()["code"] == "unknown_field"
        assert await Sponsor.count() == 0

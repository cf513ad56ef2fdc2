"""The general policy as data: JSON, the /privacy page, and new versions."""

from __future__ import annotations

from heliograph.console import service as console

PASSWORD = "correct horse battery"


class TestPolicy:
    async def test_current_policy(self, client) -> None:
        r = await client.get("/api/v1/policy")
        assert r.status_code == 200
        body = r.json()
        assert body["version"] and body["last_updated"] == "2026-11-01"
        assert body["defaults"]["min_age"] == 13
        text = body["text"].lower()
        for commitment in ("under 13", "unsubscribe", "sponsor", "health", "trade-union", "partners"):
            assert commitment in text, commitment

    async def test_privacy_page_shows_last_updated(self, client) -> None:
        r = await client.get("/privacy")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "Last Updated" in r.text and "1 November 2026" in r.text
        assert "<h2>" in r.text  # Markdown rendered

    async def test_new_version_takes_effect_when_posted(self, client) -> None:
        await console.create_user("owner@example.com", PASSWORD, "owner")
        token, _ = await console.issue_token("owner@example.com", PASSWORD)
        body = {"version": "2026-12-01", "text": "## Changed\n\nWe changed things.", "last_updated": "2026-12-01"}
        r = await client.post("/api/v1/admin/policy", json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 201, r.text
        current = (await client.get("/api/v1/policy")).json()
        assert current["version"] == "2026-12-01" and current["last_updated"] == "2026-12-01"
        again = await client.post("/api/v1/admin/policy", json=body, headers={"Authorization": f"Bearer {token}"})
        assert again.status_code == 422 and again.json()["errors"][0]["field"] == "version"

    async def test_minimum_age_cannot_go_below_13(self, client) -> None:
        await console.create_user("owner@example.com", PASSWORD, "owner")
        token, _ = await console.issue_token("owner@example.com", PASSWORD)
        body = {"version": "young", "text": "x", "defaults": {"min_age": 12}}
        r = await client.post("/api/v1/admin/policy", json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 422 and r.json()["code"] == "invalid_field"

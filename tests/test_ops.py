"""Operations endpoints and the error contract."""

from __future__ import annotations

import asyncio

import pytest

from heliograph.mail import service as mail_service
from heliograph.policy import screen


class TestOperations:
    async def test_healthz_reports_each_dependency(self, client) -> None:
        r = await client.get("/healthz")
        assert r.status_code == 200
        assert r.json()["checks"] == {"database": "ok", "broker": "ok", "smtp": "ok"}

    async def test_readyz_waits_for_the_screen(self, client, monkeypatch: pytest.MonkeyPatch) -> None:
        with monkeypatch.context() as patch:
            patch.setattr(screen, "is_warm", lambda: False)  # as in the seconds after a start
            r = await client.get("/readyz")
            assert (r.status_code, r.json()) == (503, {"status": "warming"})
        await asyncio.to_thread(screen.warm_up)
        r = await client.get("/readyz")
        assert (r.status_code, r.json()) == (200, {"status": "ready"})

    async def test_metrics(self, client) -> None:
        await mail_service.queue_mail(
            kind="administrative",
            recipient="m@example.com",
            template="test",
            context={"recipient": "m@example.com", "requested_at": "now"},
        )
        await client.get("/api/v1/policy")
        r = await client.get("/metrics")
        assert r.status_code == 200
        text = r.text
        assert 'heliograph_http_requests_total{method="GET",route="/api/v1/policy",status="200"}' in text
        assert 'heliograph_deliveries{kind="administrative"' in text
        assert "heliograph_outbox_oldest_queued_seconds" in text

    async def test_request_id_is_echoed(self, client) -> None:
        r = await client.get("/api/v1/policy", headers={"X-Request-ID": "abc123"})
        assert r.headers["x-request-id"] == "abc123"
        assert len((await client.get("/api/v1/policy")).headers["x-request-id"]) == 32

    async def test_openapi_schema(self, client) -> None:
        r = await client.get("/schema/openapi.json")
        assert r.status_code == 200
        assert "/api/v1/policy" in r.json()["paths"]

    async def test_dev_mail_is_absent_when_mail_is_not_caught(self, client) -> None:
        r = await client.get("/dev/mail")
        assert r.status_code == 404


class TestProblemDetails:
    async def test_unknown_route(self, client) -> None:
        r = await client.get("/api/v1/nothing-here")
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "not_found" and r.json()["status"] == 404

    async def test_malformed_json(self, client) -> None:
        r = await client.post("/api/v1/auth/token", content=b"{not json", headers={"content-type": "application/json"})
        assert r.status_code in (400, 422) and r.json()["code"] == "invalid_field"

    async def test_wrong_type(self, client) -> None:
        r = await client.post("/api/v1/auth/token", json={"email": 5, "password": "x"})
        assert r.status_code == 422
        assert r.json()["errors"][0]["field"] == "email"

    async def test_browser_gets_an_html_error_page(self, client) -> None:
        r = await client.get("/no-such-page", headers={"Accept": "text/html"})
        assert r.status_code == 404 and "<h1>" in r.text

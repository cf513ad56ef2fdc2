"""Admin API authentication: tokens, roles, revocation and expiry."""

from __future__ import annotations

from datetime import timedelta

from heliograph import db
from heliograph.console import service
from heliograph.console.tables import ApiToken

PASSWORD = "correct horse battery"


async def make_user(email: str = "owner@example.com", role: str = "owner") -> int:
    return await service.create_user(email, PASSWORD, role)


async def token_for(client, email: str, password: str = PASSWORD) -> str:
    r = await client.post("/api/v1/auth/token", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    return r.json()["token"]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class TestToken:
    async def test_password_gives_a_token(self, client) -> None:
        await make_user("Owner@Example.com")
        r = await client.post("/api/v1/auth/token", json={"email": "owner@example.com", "password": PASSWORD})
        assert r.status_code == 200
        body = r.json()
        assert body["token_type"] == "Bearer" and body["expires_in"] > 0
        me = await client.get("/api/v1/admin/me", headers=bearer(body["token"]))
        assert me.json() == {"id": 1, "email": "owner@example.com", "role": "owner"}
        # only a hash of the token is stored
        stored = await ApiToken.select(ApiToken.token_hash).first()
        assert stored["token_hash"] != body["token"] and len(stored["token_hash"]) == 64

    async def test_wrong_password_and_unknown_user_look_the_same(self, client) -> None:
        await make_user()
        wrong = await client.post(
            "/api/v1/auth/token", json={"email": "owner@example.com", "password": "nope-nope-nope"}
        )
        unknown = await client.post("/api/v1/auth/token", json={"email": "ghost@example.com", "password": PASSWORD})
        assert wrong.status_code == unknown.status_code == 401
        assert wrong.json()["detail"] == unknown.json()["detail"]
        assert wrong.json()["code"] == "not_authenticated"
        assert wrong.headers["content-type"].startswith("application/problem+json")

    async def test_unknown_field_is_refused(self, client) -> None:
        r = await client.post("/api/v1/auth/token", json={"email": "a@example.com", "password": "x", "admin": True})
        assert r.status_code == 422
        assert r.json()["code"] == "unknown_field"
        assert {"field": "admin", "code": "unknown_field"} in r.json()["errors"]


class TestGuard:
    async def test_no_token_is_401(self, client) -> None:
        r = await client.get("/api/v1/admin/me")
        assert r.status_code == 401 and r.json()["code"] == "not_authenticated"
        r = await client.get("/api/v1/admin/me", headers={"Authorization": "Basic abc"})
        assert r.status_code == 401

    async def test_garbage_token_is_401(self, client) -> None:
        r = await client.get("/api/v1/admin/me", headers=bearer("not-a-token"))
        assert r.status_code == 401

    async def test_wrong_role_is_403(self, client) -> None:
        await make_user("viewer@example.com", "viewer")
        await make_user("marketer@example.com", "marketer")
        viewer = await token_for(client, "viewer@example.com")
        marketer = await token_for(client, "marketer@example.com")
        assert (await client.get("/api/v1/admin/me", headers=bearer(viewer))).status_code == 200
        for token in (viewer, marketer):
            r = await client.get("/api/v1/admin/users", headers=bearer(token))
            assert r.status_code == 403 and r.json()["code"] == "forbidden"
        body = {"version": "v2", "text": "# Policy v2"}
        assert (await client.post("/api/v1/admin/policy", json=body, headers=bearer(marketer))).status_code == 403

    async def test_owner_passes(self, client) -> None:
        await make_user()
        owner = await token_for(client, "owner@example.com")
        r = await client.get("/api/v1/admin/users", headers=bearer(owner))
        assert r.status_code == 200
        assert [u["email"] for u in r.json()] == ["owner@example.com"]
        assert "password_hash" not in r.json()[0]

    async def test_revoked_token_is_401(self, client) -> None:
        await make_user()
        token = await token_for(client, "owner@example.com")
        assert (await client.delete("/api/v1/auth/token", headers=bearer(token))).status_code == 204
        assert (await client.get("/api/v1/admin/me", headers=bearer(token))).status_code == 401

    async def test_expired_token_is_401(self, client) -> None:
        await make_user()
        token = await token_for(client, "owner@example.com")
        async with db.transaction():
            await ApiToken.update({ApiToken.expires_at: db.now_utc() - timedelta(seconds=1)}).where(ApiToken.id > 0)
        assert (await client.get("/api/v1/admin/me", headers=bearer(token))).status_code == 401

    async def test_deactivated_user_loses_access(self, client) -> None:
        from heliograph.console.tables import User

        await make_user()
        token = await token_for(client, "owner@example.com")
        async with db.transaction():
            await User.update({User.active: False}).where(User.id > 0)
        assert (await client.get("/api/v1/admin/me", headers=bearer(token))).status_code == 401


class TestUsersCommand:
    async def test_users_create_reads_the_password_from_stdin(self) -> None:
        import asyncio
        import os
        import subprocess
        import sys

        def run() -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "heliograph.cli", "users", "create", "cli@example.com", "--role", "marketer"],
                input=PASSWORD + "\n",
                env=dict(os.environ),
                capture_output=True,
                text=True,
                timeout=60,
            )

        done = await asyncio.to_thread(run)
        assert done.returncode == 0, done.stderr
        principal_token, _ = await service.issue_token("cli@example.com", PASSWORD)
        assert (await service.authenticate(principal_token)).role == "marketer"

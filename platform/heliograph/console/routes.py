"""Admin API authentication: tokens, the caller, and the user list."""

from __future__ import annotations

from typing import Any

from litestar import Request, Router, delete, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody

from heliograph.console import service
from heliograph.console.guards import ANY_ROLE, OWNERS, bearer_token, current_principal, require_role, roles
from heliograph.console.schemas import Me, TokenRequest, TokenResponse
from heliograph.console.service import Principal


@post("/api/v1/auth/token", status_code=200, tags=["auth"])
async def create_token(data: JSONBody[TokenRequest]) -> TokenResponse:
    """Exchange email and password for a bearer token."""
    token, ttl = await service.issue_token(data.email, data.password)
    return TokenResponse(token=token, token_type="Bearer", expires_in=ttl)


@delete("/api/v1/auth/token", status_code=204, tags=["auth"])
async def revoke_token(request: Request[Any, Any, Any]) -> None:
    """Revoke the bearer token sent with this request."""
    token = bearer_token(request)
    if token:
        await service.revoke_token(token)


@get("/me", opt=roles(*ANY_ROLE), tags=["admin"])
async def me(principal: NamedDependency[Principal]) -> Me:
    """Who the token belongs to."""
    return Me(id=principal.user_id, email=principal.email, role=principal.role)


@get("/users", opt=roles(*OWNERS), tags=["admin"])
async def users() -> list[dict[str, Any]]:
    """Every console user (owners only)."""
    return await service.list_users()


def admin_router(handlers: list[Any]) -> Router:
    """The /api/v1/admin router: every route behind the one role guard."""
    return Router(
        path="/api/v1/admin",
        route_handlers=[me, users, *handlers],
        guards=[require_role],
        dependencies={"principal": Provide(current_principal)},
    )


PUBLIC_HANDLERS = [create_token, revoke_token]

"""One guard for every admin route: a valid bearer token whose role the route allows."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from heliograph.console.service import Principal, authenticate
from heliograph.errors import Forbidden, NotAuthenticated

ANY_ROLE = ("owner", "marketer", "viewer")
EDITORS = ("owner", "marketer")
OWNERS = ("owner",)


def roles(*allowed: str) -> dict[str, Any]:
    """Route options declaring which roles may call the route: @get(..., opt=roles(*EDITORS))."""
    return {"roles": tuple(allowed)}


def bearer_token(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    """The token of an `Authorization: Bearer …` header, or None."""
    scheme, _, token = connection.headers.get("authorization", "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


async def require_role(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
    """401 without a valid token; 403 when the route does not allow the token's role."""
    token = bearer_token(connection)
    if token is None:
        raise NotAuthenticated("Send Authorization: Bearer <token>.")
    principal = await authenticate(token)
    allowed = handler.opt.get("roles", OWNERS)  # undeclared routes are for owners only
    if principal.role not in allowed:
        raise Forbidden(f"This needs the role {' or '.join(allowed)}.")
    connection.state.principal = principal


async def current_principal(request: Request[Any, Any, Any]) -> Principal:
    """Dependency: the principal the guard authenticated."""
    return request.state.principal  # type: ignore[no-any-return]

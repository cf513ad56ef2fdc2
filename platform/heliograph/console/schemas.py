"""Request and response bodies for authentication and users."""

from __future__ import annotations

import msgspec

from heliograph.problems import Body


class TokenRequest(Body):
    email: str
    password: str


class TokenResponse(msgspec.Struct):
    token: str
    token_type: str
    expires_in: int


class Me(msgspec.Struct):
    id: int
    email: str
    role: str

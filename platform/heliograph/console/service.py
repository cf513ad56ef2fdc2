"""Marketer accounts and admin API tokens: argon2 passwords, hashed revocable expiring tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from heliograph import db
from heliograph.console.tables import ROLES, ApiToken, User
from heliograph.errors import InvalidField, NotAuthenticated
from heliograph.people.addresses import normalise_email
from heliograph.settings import get_settings

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a real password")
MIN_PASSWORD_LENGTH = 10


@dataclass(frozen=True)
class Principal:
    """Who a request acts for."""

    user_id: int
    email: str
    role: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_user(email: str, password: str, role: str) -> int:
    """Create a console user; the password is stored as an argon2id hash."""
    if role not in ROLES:
        raise InvalidField("role", f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidField("password", f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    address = normalise_email(email)
    async with db.transaction():
        if await User.exists().where(User.email == address):
            raise InvalidField("email", "a user with this address exists", code="invalid_field")
        rows = await User.insert(
            User(email=address, password_hash=_hasher.hash(password), role=role, active=True, created_at=db.now_utc())
        ).returning(User.id)
    return int(rows[0]["id"])


async def issue_token(email: str, password: str) -> tuple[str, int]:
    """Check the password and return a new bearer token and its lifetime in seconds."""
    try:
        address = normalise_email(email)
    except InvalidField:
        address = ""
    user = await User.select(User.id, User.password_hash, User.active).where(User.email == address).first()
    try:
        _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        raise NotAuthenticated("Wrong email or password.") from None
    if user is None or not user["active"]:
        raise NotAuthenticated("Wrong email or password.")
    token = secrets.token_urlsafe(32)
    ttl = timedelta(hours=get_settings().token_ttl_hours)
    now = db.now_utc()
    async with db.transaction():
        await ApiToken.insert(
            ApiToken(user=user["id"], token_hash=_token_hash(token), created_at=now, expires_at=now + ttl)
        )
    return token, int(ttl.total_seconds())


async def revoke_token(token: str) -> None:
    """Revoke a token; revoking an unknown or revoked one does nothing."""
    async with db.transaction():
        await ApiToken.update({ApiToken.revoked_at: db.now_utc()}).where(
            (ApiToken.token_hash == _token_hash(token)) & ApiToken.revoked_at.is_null()
        )


async def authenticate(token: str) -> Principal:
    """The principal behind a bearer token; NotAuthenticated if unknown, revoked or expired."""
    row = (
        await ApiToken.select(
            ApiToken.user.id, ApiToken.user.email, ApiToken.user.role, ApiToken.user.active, ApiToken.expires_at
        )
        .where((ApiToken.token_hash == _token_hash(token)) & ApiToken.revoked_at.is_null())
        .first()
    )
    if row is None or row["expires_at"] <= db.now_utc() or not row["user.active"]:
        raise NotAuthenticated("The token is unknown, revoked or expired.")
    return Principal(user_id=int(row["user.id"]), email=row["user.email"], role=row["user.role"])


async def list_users() -> list[dict[str, object]]:
    """Every console user, without password hashes."""
    return await User.select(User.id, User.email, User.role, User.active, User.created_at).order_by(User.id)

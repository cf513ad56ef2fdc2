"""Marketer accounts and their API tokens."""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Serial, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from heliograph.personal import personal

ROLES = ("owner", "marketer", "viewer")


class User(Table, tablename="console_user"):
    """A marketer, owner or viewer who signs in to the console or the admin API."""

    id: Serial

    email = Varchar(length=320, unique=True, help_text=personal("sign-in address, lower-cased"))
    password_hash = Varchar(length=200, help_text="argon2id hash")
    role = Varchar(length=20, help_text="owner, marketer or viewer")
    active = Boolean(default=True, help_text="false blocks sign-in and every token")
    created_at = Timestamptz(help_text="when the account was made")


class ApiToken(Table, tablename="api_token"):
    """A bearer token for the admin API; only its SHA-256 is stored."""

    id: Serial

    user = ForeignKey(references=User, on_delete=OnDelete.cascade, help_text="owner of the token")
    token_hash = Varchar(length=64, unique=True, help_text="SHA-256 of the token")
    created_at = Timestamptz(help_text="when it was issued")
    expires_at = Timestamptz(help_text="not valid after this time")
    revoked_at = Timestamptz(null=True, default=None, help_text="set when revoked")

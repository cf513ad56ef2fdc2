"""Typed, frozen settings read once from HELIOGRAPH_* environment variables."""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from email_validator import EmailNotValidError, validate_email

WEAK_SECRETS = {"secret", "changeme", "change-me", "password", "heliograph", "development", "dev"}
MIN_SECRET_LENGTH = 32


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the variable."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class DatabaseConfig:
    engine: str  # "sqlite" or "postgres"
    path: str = ""  # sqlite file path
    host: str = "127.0.0.1"
    port: int = 5432
    user: str = "postgres"
    password: str | None = None
    database: str = ""

    def asyncpg_config(self) -> dict[str, object]:
        """Keyword arguments for asyncpg.connect / create_pool."""
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password": self.password,
            "database": self.database,
        }


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    use_tls: bool = False


@dataclass(frozen=True)
class Settings:
    database_url: str
    database: DatabaseConfig
    redis_url: str | None
    smtp_url: str | None
    smtp: SmtpConfig | None
    secret_key: str
    base_url: str
    mail_from: str
    postal_address: str
    data_dir: Path
    log_format: str
    log_level: str
    db_pool_size: int
    worker_threads: int
    token_ttl_hours: int
    catcher_port: int

    @property
    def embedded(self) -> bool:
        """True when jobs run inside the web process (no Redis configured)."""
        return self.redis_url is None

    @property
    def catch_mail(self) -> bool:
        """True when outgoing mail goes to the built-in catcher."""
        return self.smtp_url is None


# Every variable Heliograph reads, with a one-line description (README and compose test use it).
VARIABLES: dict[str, str] = {
    "HELIOGRAPH_DATABASE_URL": "postgres://user@host:port/db or sqlite:///path.db",
    "HELIOGRAPH_REDIS_URL": "redis://host:port/db; unset runs jobs inside the web process",
    "HELIOGRAPH_SMTP_URL": "smtp://user:pass@host:port?starttls=1; unset uses the built-in catcher",
    "HELIOGRAPH_SECRET_KEY": "signing key for links and hashes; required (32+ chars) outside embedded mode",
    "HELIOGRAPH_BASE_URL": "public URL used in every link in mail",
    "HELIOGRAPH_MAIL_FROM": "From address of outgoing mail",
    "HELIOGRAPH_POSTAL_ADDRESS": "postal address printed in marketing mail",
    "HELIOGRAPH_DATA_DIR": "folder for the embedded database, secret and caught mail",
    "HELIOGRAPH_LOG_FORMAT": "json or text (default: text embedded, json otherwise)",
    "HELIOGRAPH_LOG_LEVEL": "DEBUG, INFO, WARNING or ERROR",
    "HELIOGRAPH_DB_POOL_SIZE": "PostgreSQL connections per process",
    "HELIOGRAPH_WORKER_THREADS": "job threads per worker process",
    "HELIOGRAPH_TOKEN_TTL_HOURS": "lifetime of admin API tokens",
    "HELIOGRAPH_CATCHER_PORT": "port of the built-in mail catcher on 127.0.0.1 (default 2525; 0 picks a free one)",
}


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(name, f"expected a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(name, f"must be between {low} and {high}, got {value}")
    return value


def parse_database_url(url: str, data_dir: Path, name: str = "HELIOGRAPH_DATABASE_URL") -> DatabaseConfig:
    """Parse a postgres:// or sqlite:/// URL into a DatabaseConfig."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        if parts.netloc or not parts.path or parts.path == "/":
            raise SettingsError(name, "expected sqlite:///relative/path.db or sqlite:////absolute/path.db")
        return DatabaseConfig(engine="sqlite", path=parts.path[1:])
    if parts.scheme in ("postgres", "postgresql"):
        try:
            port = parts.port or 5432
        except ValueError:
            raise SettingsError(name, "the port is not a number") from None
        database = parts.path.lstrip("/")
        if not parts.hostname or not database:
            raise SettingsError(name, "expected postgres://user@host:port/database")
        return DatabaseConfig(
            engine="postgres",
            host=parts.hostname,
            port=port,
            user=unquote(parts.username) if parts.username else "postgres",
            password=unquote(parts.password) if parts.password else None,
            database=database,
        )
    raise SettingsError(name, f"unsupported scheme {parts.scheme or '(none)'!r}: use postgres:// or sqlite:///")


def parse_smtp_url(url: str, name: str = "HELIOGRAPH_SMTP_URL") -> SmtpConfig:
    """Parse smtp://[user:pass@]host[:port][?starttls=1] (smtps:// for implicit TLS)."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise SettingsError(name, "expected smtp://host:port or smtps://host:port")
    try:
        port = parts.port or (465 if parts.scheme == "smtps" else 25)
    except ValueError:
        raise SettingsError(name, "the port is not a number") from None
    query = parse_qs(parts.query)
    starttls = query.get("starttls", ["0"])[0].lower() in ("1", "true", "yes")
    return SmtpConfig(
        host=parts.hostname,
        port=port,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        starttls=starttls,
        use_tls=parts.scheme == "smtps",
    )


def _embedded_secret(data_dir: Path) -> str:
    """A random key kept in the data folder, so embedded links survive a restart."""
    path = data_dir / "secret.key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and check every HELIOGRAPH_* variable; raise SettingsError naming a bad one."""
    env = os.environ if env is None else env
    data_dir = Path(env.get("HELIOGRAPH_DATA_DIR") or "var")
    database_url = env.get("HELIOGRAPH_DATABASE_URL") or f"sqlite:///{data_dir}/heliograph.db"
    database = parse_database_url(database_url, data_dir)

    redis_url = env.get("HELIOGRAPH_REDIS_URL") or None
    if redis_url is not None and urlsplit(redis_url).scheme not in ("redis", "rediss", "unix"):
        raise SettingsError("HELIOGRAPH_REDIS_URL", "expected redis://host:port/db")

    smtp_url = env.get("HELIOGRAPH_SMTP_URL") or None
    smtp = parse_smtp_url(smtp_url) if smtp_url else None

    embedded = redis_url is None
    secret_key = env.get("HELIOGRAPH_SECRET_KEY") or ""
    if not secret_key:
        if not embedded:
            raise SettingsError("HELIOGRAPH_SECRET_KEY", "required outside the embedded mode")
        secret_key = _embedded_secret(data_dir)
    elif len(secret_key) < MIN_SECRET_LENGTH or secret_key.lower() in WEAK_SECRETS or len(set(secret_key)) < 8:
        if not embedded:
            raise SettingsError(
                "HELIOGRAPH_SECRET_KEY", f"too weak: use at least {MIN_SECRET_LENGTH} random characters"
            )

    base_url = (env.get("HELIOGRAPH_BASE_URL") or "http://127.0.0.1:8000").rstrip("/")
    base_parts = urlsplit(base_url)
    if base_parts.scheme not in ("http", "https") or not base_parts.netloc:
        raise SettingsError("HELIOGRAPH_BASE_URL", "expected http(s)://host[:port][/path]")

    mail_from = env.get("HELIOGRAPH_MAIL_FROM") or ""
    if mail_from:
        address = mail_from.rsplit("<", 1)[-1].rstrip(">").strip()
        try:
            validate_email(address, check_deliverability=False, globally_deliverable=False)
        except EmailNotValidError as exc:
            raise SettingsError("HELIOGRAPH_MAIL_FROM", f"not a valid address: {exc}") from None
    else:
        mail_from = f"Heliograph <no-reply@{base_parts.hostname or 'localhost'}>"

    postal_address = (env.get("HELIOGRAPH_POSTAL_ADDRESS") or "").strip()
    if not postal_address:
        if not embedded:
            raise SettingsError("HELIOGRAPH_POSTAL_ADDRESS", "required outside the embedded mode")
        postal_address = "Heliograph (embedded mode), set HELIOGRAPH_POSTAL_ADDRESS"

    log_format = (env.get("HELIOGRAPH_LOG_FORMAT") or ("text" if embedded else "json")).lower()
    if log_format not in ("json", "text"):
        raise SettingsError("HELIOGRAPH_LOG_FORMAT", "expected json or text")
    log_level = (env.get("HELIOGRAPH_LOG_LEVEL") or "INFO").upper()
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise SettingsError("HELIOGRAPH_LOG_LEVEL", "expected DEBUG, INFO, WARNING or ERROR")

    return Settings(
        database_url=database_url,
        database=database,
        redis_url=redis_url,
        smtp_url=smtp_url,
        smtp=smtp,
        secret_key=secret_key,
        base_url=base_url,
        mail_from=mail_from,
        postal_address=postal_address,
        data_dir=data_dir,
        log_format=log_format,
        log_level=log_level,
        db_pool_size=_int(env, "HELIOGRAPH_DB_POOL_SIZE", 10, 1, 500),
        worker_threads=_int(env, "HELIOGRAPH_WORKER_THREADS", 4, 1, 256),
        token_ttl_hours=_int(env, "HELIOGRAPH_TOKEN_TTL_HOURS", 12, 1, 24 * 90),
        catcher_port=_int(env, "HELIOGRAPH_CATCHER_PORT", 2525, 0, 65535),
    )


@functools.cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()

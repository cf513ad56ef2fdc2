"""SMTP sending with aiosmtplib over a reused connection per event loop."""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import dataclass

import aiosmtplib

from heliograph.settings import Settings, SmtpConfig

CONNECT_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class SendFailure(Exception):
    """SMTP refused or could not take a message; temporary failures may be retried."""

    temporary: bool
    error: str

    def __str__(self) -> str:
        return self.error


def smtp_target(settings: Settings) -> SmtpConfig:
    """Where mail goes: HELIOGRAPH_SMTP_URL, or the built-in catcher on 127.0.0.1."""
    if settings.smtp is not None:
        return settings.smtp
    from heliograph.mail.catcher import catcher_port

    return SmtpConfig(host="127.0.0.1", port=catcher_port(settings))


async def open_client(cfg: SmtpConfig) -> aiosmtplib.SMTP:
    """A connected (and, where configured, TLS and authenticated) SMTP client."""
    client = aiosmtplib.SMTP(
        hostname=cfg.host,
        port=cfg.port,
        use_tls=cfg.use_tls,
        start_tls=cfg.starttls if not cfg.use_tls else False,
        username=cfg.username,
        password=cfg.password,
        timeout=CONNECT_TIMEOUT_S,
    )
    await client.connect()
    return client


class SmtpConnection:
    """One persistent SMTP connection, reconnected when the server drops it."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._client: aiosmtplib.SMTP | None = None
        self._lock = asyncio.Lock()

    async def _connected(self) -> aiosmtplib.SMTP:
        client = self._client
        if client is not None and client.is_connected:
            return client
        client = await open_client(self.config)
        self._client = client
        return client

    async def send(self, message: bytes, sender: str, recipients: list[str]) -> None:
        """Send raw message bytes; raise SendFailure on refusal or a connection problem."""
        async with self._lock:
            for attempt in (1, 2):
                try:
                    client = await self._connected()
                    errors, _ = await client.sendmail(sender, recipients, message)
                except aiosmtplib.SMTPServerDisconnected as exc:
                    self._client = None
                    if attempt == 2:
                        raise SendFailure(True, f"disconnected: {exc}") from exc
                    continue  # the reused connection had gone stale: reconnect once
                except aiosmtplib.SMTPRecipientsRefused as exc:
                    first = exc.recipients[0]
                    raise SendFailure(400 <= first.code < 500, f"{first.code} {first.message}") from exc
                except aiosmtplib.SMTPResponseException as exc:
                    await self._reset()
                    raise SendFailure(400 <= exc.code < 500, f"{exc.code} {exc.message}") from exc
                except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
                    self._client = None
                    raise SendFailure(True, f"connection: {exc}") from exc
                if errors:
                    code, text = next(iter(errors.values()))
                    raise SendFailure(400 <= code < 500, f"{code} {text}")
                return

    async def _reset(self) -> None:
        client = self._client
        if client is not None and client.is_connected:
            try:
                await client.rset()
            except aiosmtplib.SMTPException:
                self._client = None

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except aiosmtplib.SMTPException:
                client.close()


_connections: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, SmtpConnection] = weakref.WeakKeyDictionary()


def connection_for(settings: Settings) -> SmtpConnection:
    """This event loop's reused SMTP connection."""
    loop = asyncio.get_running_loop()
    conn = _connections.get(loop)
    target = smtp_target(settings)
    if conn is None or conn.config != target:
        conn = SmtpConnection(target)
        _connections[loop] = conn
    return conn


async def check_reachable(settings: Settings, timeout: float = 2.0) -> bool:
    """True when the SMTP server answers a connection and NOOP."""
    cfg = smtp_target(settings)
    client = aiosmtplib.SMTP(hostname=cfg.host, port=cfg.port, timeout=timeout, start_tls=False)
    try:
        await client.connect()
        await client.noop()
        await client.quit()
        return True
    except (TimeoutError, aiosmtplib.SMTPException, OSError):
        return False

"""The built-in mail catcher of the embedded mode: a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from typing import Any

from aiosmtpd.controller import Controller

from heliograph.settings import Settings

KEEP = 500


@dataclass
class CaughtMail:
    """One message the catcher received."""

    number: int
    received_at: datetime
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    headers: dict[str, str] = field(default_factory=dict)
    text: str = ""
    html: str = ""


class CatchingHandler:
    """aiosmtpd handler keeping the newest messages in memory."""

    def __init__(self) -> None:
        self.messages: deque[CaughtMail] = deque(maxlen=KEEP)
        self._count = 0
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = envelope.original_content or envelope.content
        parsed = message_from_bytes(raw, policy=policy.default)
        text = parsed.get_body(("plain",))
        html = parsed.get_body(("html",))
        with self._lock:
            self._count += 1
            self.messages.appendleft(
                CaughtMail(
                    number=self._count,
                    received_at=datetime.now(UTC),
                    mail_from=envelope.mail_from,
                    rcpt_tos=list(envelope.rcpt_tos),
                    raw=raw,
                    headers={k: str(v) for k, v in parsed.items()},
                    text=text.get_content() if text is not None else "",
                    html=html.get_content() if html is not None else "",
                )
            )
        return "250 Message accepted for delivery"


class MailCatcher:
    """Starts and stops the catching SMTP server in its own thread."""

    def __init__(self, port: int) -> None:
        self.handler = CatchingHandler()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=port)

    @property
    def port(self) -> int:
        server: Any = self.controller.server
        return int(server.sockets[0].getsockname()[1])

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


_catcher: MailCatcher | None = None
_lock = threading.Lock()


def start_catcher(settings: Settings) -> MailCatcher:
    """Start the process's catcher once (embedded mode without HELIOGRAPH_SMTP_URL)."""
    global _catcher
    with _lock:
        if _catcher is None:
            catcher = MailCatcher(settings.catcher_port)
            catcher.start()
            _catcher = catcher
        return _catcher


def get_catcher() -> MailCatcher | None:
    return _catcher


def stop_catcher() -> None:
    global _catcher
    with _lock:
        if _catcher is not None:
            _catcher.stop()
            _catcher = None


def catcher_port(settings: Settings) -> int:
    """The port mail goes to when caught: the running catcher's, else the configured one."""
    return _catcher.port if _catcher is not None else settings.catcher_port

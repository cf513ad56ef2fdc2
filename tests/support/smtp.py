"""A real SMTP server (aiosmtpd) for tests: records messages and can answer with scripted codes."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage

    @property
    def to(self) -> str:
        return self.rcpt_tos[0]

    def part(self, subtype: str) -> str:
        body = self.message.get_body((subtype,))
        return body.get_content() if body is not None else ""


class RecordingHandler:
    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.data_replies: deque[str] = deque()
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            if self.data_replies:
                return self.data_replies.popleft()
            raw = envelope.original_content or envelope.content
            self.messages.append(
                Received(
                    mail_from=envelope.mail_from,
                    rcpt_tos=list(envelope.rcpt_tos),
                    raw=raw,
                    message=message_from_bytes(raw, policy=policy.default),  # type: ignore[arg-type]
                )
            )
        return "250 OK"


class SmtpSink:
    """The test SMTP server, on 127.0.0.1."""

    def __init__(self, port: int) -> None:
        self.handler = RecordingHandler()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=port)
        self.port = port

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.messages)

    def clear(self) -> None:
        with self.handler.lock:
            self.handler.messages.clear()
            self.handler.data_replies.clear()

    def reply_next(self, *replies: str) -> None:
        """Answer the next DATA commands with these replies (e.g. '451 4.3.0 try later')."""
        with self.handler.lock:
            self.handler.data_replies.extend(replies)

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.rcpt_tos]

    async def wait_for(self, count: int, timeout: float = 15.0) -> list[Received]:
        """Wait until at least count messages arrived; return them."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} messages, got {len(self.messages)}")
            await asyncio.sleep(0.05)
        return self.messages

"""Building MIME messages: subject, plain-text and HTML parts from templates/email/<name>/."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from email import charset as email_charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parseaddr
from typing import Any
from urllib.parse import urlsplit

from heliograph.settings import Settings
from heliograph.templating import get_environment

_UTF8_QP = email_charset.Charset("utf-8")
_UTF8_QP.header_encoding = email_charset.QP
_UTF8_QP.body_encoding = email_charset.QP


class RenderedMail:
    """Subject and bodies of one message."""

    __slots__ = ("html", "subject", "text")

    def __init__(self, subject: str, text: str, html: str) -> None:
        self.subject = subject
        self.text = text
        self.html = html


def render(template: str, context: Mapping[str, Any], settings: Settings) -> RenderedMail:
    """Render templates/email/<template>/{subject.txt,body.txt,body.html}."""
    env = get_environment()
    values = {"settings": settings, "base_url": settings.base_url, "postal_address": settings.postal_address}
    values.update(context)
    subject = env.get_template(f"email/{template}/subject.txt").render(values).strip()
    text = env.get_template(f"email/{template}/body.txt").render(values)
    html = env.get_template(f"email/{template}/body.html").render(values)
    return RenderedMail(" ".join(subject.split()), text, html)


def message_id(delivery_id: int, settings: Settings) -> str:
    """A stable Message-ID for a delivery: the same on every attempt."""
    domain = urlsplit(settings.base_url).hostname or "localhost"
    tag = hmac.new(settings.secret_key.encode(), f"delivery:{delivery_id}".encode(), hashlib.sha256).hexdigest()[:16]
    return f"<delivery-{delivery_id}.{tag}@{domain}>"


def _text_part(body: str, subtype: str) -> MIMEText:
    part = MIMEText(body, subtype, _UTF8_QP)  # type: ignore[arg-type]
    del part["MIME-Version"]
    return part


def build(
    rendered: RenderedMail,
    *,
    sender: str,
    recipient: str,
    msg_id: str,
    headers: Mapping[str, str] | None = None,
) -> bytes:
    """A multipart/alternative message as bytes ready for SMTP."""
    msg = MIMEMultipart("alternative")
    name, addr = parseaddr(sender)
    msg["From"] = formataddr((str(Header(name, "utf-8")) if not name.isascii() else name, addr))
    msg["To"] = recipient
    msg["Subject"] = Header(rendered.subject, _UTF8_QP if not rendered.subject.isascii() else "us-ascii").encode()
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = msg_id
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.attach(_text_part(rendered.text, "plain"))
    msg.attach(_text_part(rendered.html, "html"))
    return msg.as_bytes()

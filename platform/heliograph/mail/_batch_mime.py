"""Campaign MIME: the message skeleton is built once; each recipient's values are substituted into bytes.

Building a message with ``email.message.EmailMessage`` costs more than sending it, so a campaign renders
its templates once with slot markers where personal values go (greeting, links), encodes every constant
piece once (quoted-printable, folded headers) and keeps the result as a list of byte strings and slots.
A recipient's message is then one ``b"".join`` of those pieces and a few small encoded values.

Line lengths: quoted-printable lines stay within 76 characters. Each constant segment that does not end
a line is closed with a soft line break, and each substituted value is encoded on lines of its own, ended
by a soft line break, so the decoded text is exactly the rendered template. Header lines are folded at
78 characters where the value allows it and never exceed 998.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from email import quoprimime
from email.header import Header
from email.utils import formataddr, parseaddr

from markupsafe import escape

CRLF = b"\r\n"
SOFT_BREAK = b"=\r\n"
QP_LINE = 76
QP_CHUNK = QP_LINE - 1  # room for the "=" of a soft line break
HEADER_LINE = 78
MAX_LINE = 998

_MARKER = re.compile("\x1a([a-z_]+)\x1a")
_NEEDS_QP = re.compile(r"[^\x21-\x3c\x3e-\x7e ]")  # anything but printable ASCII without "="


def marker(name: str) -> str:
    """The placeholder a template renders where the per-recipient value `name` goes."""
    if not re.fullmatch("[a-z_]+", name):
        raise ValueError(f"slot names are lower-case letters and underscores, not {name!r}")
    return f"\x1a{name}\x1a"


def qp_encode(text: str) -> bytes:
    """Quoted-printable UTF-8 with CRLF line ends and lines of at most 76 characters."""
    if not _NEEDS_QP.search(text):
        if len(text) <= QP_LINE and not text.endswith(" "):
            return text.encode("ascii")
        # Printable ASCII without "=": cut into 75-character pieces joined by soft line breaks.
        pieces = [text[i : i + QP_CHUNK] for i in range(0, len(text), QP_CHUNK)]
        return "=\r\n".join(pieces).encode("ascii")
    latin = text.replace("\r\n", "\n").encode("utf-8").decode("latin-1")
    return quoprimime.body_encode(latin, maxlinelen=QP_LINE, eol="\r\n").encode("ascii")


def _inline(value: str) -> str:
    """A per-recipient value on one line (names and links never carry line breaks)."""
    return " ".join(value.split()) if ("\n" in value or "\r" in value) else value


def encode_header(name: str, value: str) -> bytes:
    """One header field, RFC 2047-encoded when not ASCII, folded at spaces to 78 characters."""
    value = " ".join(value.split())
    if not value.isascii():
        encoded = Header(value, "utf-8", header_name=name).encode(linesep="\r\n", maxlinelen=HEADER_LINE)
        return f"{name}: {encoded}".encode("ascii") + CRLF
    line = f"{name}: {value}"
    if len(line) <= HEADER_LINE:
        return line.encode("ascii") + CRLF
    lines: list[str] = []
    current = f"{name}:"
    has_word = False
    for word in value.split(" "):
        if has_word and len(current) + 1 + len(word) > HEADER_LINE:
            lines.append(current)
            current = ""
        current = f"{current} {word}"
        has_word = True
    lines.append(current)
    if any(len(part) > MAX_LINE for part in lines):
        raise ValueError(f"header {name} has a word longer than {MAX_LINE} characters")
    return "\r\n".join(lines).encode("ascii") + CRLF


def encode_headers(headers: Mapping[str, str]) -> bytes:
    """Several header fields, in order."""
    return b"".join(encode_header(name, value) for name, value in headers.items())


def encode_from(sender: str) -> bytes:
    """The From field; a non-ASCII display name is RFC 2047-encoded."""
    name, address = parseaddr(sender)
    display = str(Header(name, "utf-8").encode()) if name and not name.isascii() else name
    return f"From: {formataddr((display, address))}".encode() + CRLF


def encode_recipient(address: str) -> bytes:
    """The To field of one recipient (an internationalised address stays UTF-8 and needs SMTPUTF8)."""
    return b"To: " + address.encode("utf-8") + CRLF


@dataclass(frozen=True)
class Slot:
    """A place in the skeleton filled per recipient."""

    name: str
    part: str  # "header", "text" or "html"


@dataclass(frozen=True)
class Skeleton:
    """A message with its constant pieces encoded once and slots for per-recipient values."""

    pieces: tuple[bytes | Slot, ...]

    @property
    def slots(self) -> frozenset[str]:
        """The names of the per-recipient body values this skeleton needs."""
        return frozenset(p.name for p in self.pieces if isinstance(p, Slot) and p.part != "header")

    def render(
        self,
        *,
        to: str,
        message_id: str,
        date: str,
        headers: Mapping[str, str] | None = None,
        values: Mapping[str, str] | None = None,
    ) -> bytes:
        """One recipient's message as bytes (CRLF line ends, not yet dot-stuffed)."""
        header_values = {
            "to": encode_recipient(to),
            "message_id": f"Message-ID: {message_id}".encode("ascii") + CRLF,
            "date": f"Date: {date}".encode("ascii") + CRLF,
            "headers": encode_headers(headers or {}),
        }
        values = values or {}
        text_cache: dict[str, bytes] = {}
        out: list[bytes] = []
        for piece in self.pieces:
            if isinstance(piece, bytes):
                out.append(piece)
            elif piece.part == "header":
                out.append(header_values[piece.name])
            else:
                key = f"{piece.part}:{piece.name}"
                encoded = text_cache.get(key)
                if encoded is None:
                    raw = _inline(values[piece.name])
                    if piece.part == "html":
                        raw = str(escape(raw))
                    encoded = _close(qp_encode(raw))
                    text_cache[key] = encoded
                out.append(encoded)
        return b"".join(out)


def _close(encoded: bytes) -> bytes:
    """End an encoded piece with a soft line break, so the next piece starts a new line."""
    if not encoded or encoded.endswith(CRLF):
        return encoded
    return encoded + SOFT_BREAK


def _body_pieces(text: str, part: str) -> list[bytes | Slot]:
    """A template rendering with markers → quoted-printable constant pieces and slots."""
    text = text.replace("\r\n", "\n").rstrip("\n") + "\n"
    pieces: list[bytes | Slot] = []
    position = 0
    for match in _MARKER.finditer(text):
        if match.start() > position:
            pieces.append(_close(qp_encode(text[position : match.start()])))
        pieces.append(Slot(match.group(1), part))
        position = match.end()
    pieces.append(qp_encode(text[position:]))
    pieces.append(CRLF)  # the CRLF before a boundary belongs to the boundary: keep the text's last line end
    return pieces


def _text_headers(subtype: str) -> bytes:
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    ).encode("ascii")


def build_skeleton(*, sender: str, subject: str, text: str, html: str) -> Skeleton:
    """A multipart/alternative skeleton; text and html may hold markers made by marker()."""
    boundary = f"===============hg{secrets.token_hex(12)}=="
    head = (
        encode_from(sender),
        Slot("to", "header"),
        encode_header("Subject", subject),
        Slot("date", "header"),
        Slot("message_id", "header"),
        b"MIME-Version: 1.0\r\n",
        Slot("headers", "header"),
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode("ascii"),
    )
    pieces: list[bytes | Slot] = [*head]
    pieces.append(f"--{boundary}\r\n".encode("ascii") + _text_headers("plain"))
    pieces.extend(_body_pieces(text, "text"))
    pieces.append(f"--{boundary}\r\n".encode("ascii") + _text_headers("html"))
    pieces.extend(_body_pieces(html, "html"))
    pieces.append(f"--{boundary}--\r\n".encode("ascii"))
    merged: list[bytes | Slot] = []
    for piece in pieces:  # adjacent constants become one piece: fewer joins per recipient
        if isinstance(piece, bytes) and merged and isinstance(merged[-1], bytes):
            merged[-1] = merged[-1] + piece
        else:
            merged.append(piece)
    return Skeleton(tuple(merged))


def dot_stuff(data: bytes) -> bytes:
    """SMTP transparency (RFC 5321 4.5.2): a line starting with "." gets another; ends with CRLF."""
    if not data.endswith(CRLF):
        data += CRLF
    data = data.replace(b"\r\n.", b"\r\n..")
    return b"." + data if data.startswith(b".") else data

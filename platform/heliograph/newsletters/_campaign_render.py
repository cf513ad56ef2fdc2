"""Rendering a campaign: its body in the shared email layout, the skeleton, each recipient's values."""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from typing import Any

from markupsafe import Markup

from heliograph import links
from heliograph.mail import batch
from heliograph.mail import message as mail_message
from heliograph.mail.headers import list_id_header, marketing_headers
from heliograph.settings import Settings
from heliograph.templating import markdown

TEMPLATE = "campaign"
MARKETING_KINDS = ("marketing", "partner")
_FIRST_LINK = re.compile(r"<(https?://[^>]+)>")


def first_name(name: str | None) -> str | None:
    """The first word of a full name, or None."""
    words = (name or "").split()
    return words[0] if words else None


def greeting(name: str | None) -> str:
    """The opening line: "Hello Ada," or "Hello,"."""
    first = first_name(name)
    return f"Hello {first}," if first else "Hello,"


class _TextExtractor(HTMLParser):
    """HTML → readable plain text: paragraphs, line breaks, list items and link targets kept."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote", "pre", "hr"}
    SKIP = {"style", "script", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str | None] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.out.append("\n\n")
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.out.append("\n\n")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and not href.startswith(("#", "mailto:")):
                self.out.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """A plain-text rendering of an HTML body."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.out).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def body_html(campaign: dict[str, Any]) -> Markup:
    """The body as HTML: Markdown rendered (raw HTML in it escaped), or the marketer's HTML as written."""
    if campaign["body_format"] == "html":
        return Markup(campaign["body"])
    return markdown(campaign["body"])


def body_text(campaign: dict[str, Any]) -> str:
    """The body as plain text: Markdown is already readable as text; HTML is converted."""
    if campaign["body_format"] == "html":
        return html_to_text(campaign["body"])
    return campaign["body"].strip()


def template_context(
    campaign: dict[str, Any],
    *,
    list_name: str,
    greeting_line: str,
    unsubscribe_url: str,
    preferences_url: str,
    test: bool = False,
) -> dict[str, Any]:
    """What templates/email/campaign/ renders."""
    return {
        "subject": ("[Test] " if test else "") + campaign["subject"],
        "kind": campaign["kind"],
        "list_name": list_name,
        "greeting": greeting_line,
        "body_html": str(body_html(campaign)),
        "body_text": body_text(campaign),
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": preferences_url,
        "test": test,
    }


def render_for(
    campaign: dict[str, Any], settings: Settings, *, name: str | None, unsubscribe_url: str, preferences_url: str
) -> mail_message.RenderedMail:
    """Subject, text and HTML of the campaign for one (sample) recipient."""
    context = template_context(
        campaign,
        list_name=campaign["list_name"],
        greeting_line=greeting(name),
        unsubscribe_url=unsubscribe_url,
        preferences_url=preferences_url,
    )
    return mail_message.render(TEMPLATE, context, settings)


@functools.lru_cache(maxsize=32)
def _skeleton(
    kind: str, subject: str, body: str, body_format: str, list_name: str, settings: Settings
) -> batch.Skeleton:
    campaign = {"kind": kind, "subject": subject, "body": body, "body_format": body_format}
    context = template_context(
        campaign,
        list_name=list_name,
        greeting_line=batch.marker("greeting"),
        unsubscribe_url=batch.marker("unsubscribe_url"),
        preferences_url=batch.marker("preferences_url"),
    )
    rendered = mail_message.render(TEMPLATE, context, settings)
    return batch.build_skeleton(
        sender=settings.mail_from, subject=rendered.subject, text=rendered.text, html=rendered.html
    )


def skeleton_for(campaign: dict[str, Any], settings: Settings) -> batch.Skeleton:
    """The campaign's message skeleton, rendered once per process (content cannot change once sending)."""
    return _skeleton(
        campaign["kind"],
        campaign["subject"],
        campaign["body"],
        campaign["body_format"],
        campaign["list_name"],
        settings,
    )


def personal_parts(campaign: dict[str, Any], person_id: int, name: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, slot values) of one recipient: greeting, links, and List-* headers."""
    values = {"greeting": greeting(name), "preferences_url": links.preferences_url(person_id)}
    list_id = int(campaign["mailing_list"])
    if campaign["kind"] in MARKETING_KINDS:
        headers = marketing_headers(
            person_id=person_id, list_id=list_id, list_slug=campaign["list_slug"], list_name=campaign["list_name"]
        )
        # The body's link is the header's HTTPS link (one token fewer to sign per recipient).
        https = _FIRST_LINK.match(headers.get("List-Unsubscribe", ""))
        values["unsubscribe_url"] = https.group(1) if https else links.unsubscribe_url(person_id, list_id)
    else:
        values["unsubscribe_url"] = ""
        headers = {"List-Id": list_id_header(campaign["list_slug"], campaign["list_name"])}
    return headers, values

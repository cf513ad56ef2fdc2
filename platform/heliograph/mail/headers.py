"""Headers every marketing mail carries: RFC 8058 one-click unsubscribe and RFC 2919 List-Id."""

from __future__ import annotations

import functools
from email.header import Header
from typing import Any
from urllib.parse import urlsplit

from heliograph import links
from heliograph.settings import get_settings

ONE_CLICK = "List-Unsubscribe=One-Click"
MARKETING_KINDS = ("marketing", "partner")


@functools.cache
def _list_domain(base_url: str) -> str:
    return f"lists.{urlsplit(base_url).hostname or 'localhost'}"


def _phrase(text: str) -> str:
    """A display name for a header: quoted ASCII, or RFC 2047 encoded-word."""
    text = " ".join(text.split())
    if text.isascii():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return Header(text, "utf-8").encode()


def list_id_header(list_slug: str, list_name: str) -> str:
    """The List-Id value: "Name" <slug.lists.host-of-base-url>."""
    return f"{_phrase(list_name)} <{list_slug}.{_list_domain(get_settings().base_url)}>"


def _unsubscribe(token: str) -> tuple[str, dict[str, str]]:
    https = f"{get_settings().base_url}/unsubscribe/{token}"
    mailto = f"mailto:{links.MAILTO_LOCAL_PART}@{links.mail_domain()}?subject=unsubscribe%20{token}"
    return https, {"List-Unsubscribe": f"<{https}>, <{mailto}>", "List-Unsubscribe-Post": ONE_CLICK}


def unsubscribe_headers(*, person_id: int, list_id: int | None) -> dict[str, str]:
    """List-Unsubscribe (HTTPS and mailto) and List-Unsubscribe-Post for one list or all marketing."""
    return _unsubscribe(links.unsubscribe_token(person_id, list_id))[1]  # one signature serves both URIs


def marketing_extras(
    *, person_id: int, list_id: int | None, list_slug: str | None = None, list_name: str | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, template values) of one recipient's marketing mail, signing each token once (no database).

    Headers: List-Unsubscribe, List-Unsubscribe-Post and, with a list, List-Id. Values:
    unsubscribe_url and preferences_url. list_id None unsubscribes from all marketing.
    """
    unsubscribe_url, headers = _unsubscribe(links.unsubscribe_token(person_id, list_id))
    if list_id is not None and list_slug and list_name:
        headers["List-Id"] = list_id_header(list_slug, list_name)
    return headers, {"unsubscribe_url": unsubscribe_url, "preferences_url": links.preferences_url(person_id)}


def marketing_headers(*, person_id: int, list_id: int, list_slug: str, list_name: str) -> dict[str, str]:
    """The unsubscribe and List-Id headers of one recipient's marketing mail (no database access)."""
    headers = unsubscribe_headers(person_id=person_id, list_id=list_id)
    headers["List-Id"] = list_id_header(list_slug, list_name)
    return headers


async def delivery_extras(delivery: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, template values) for one marketing or partner delivery; ({}, {}) for other kinds.

    Reads the list's slug and name; campaign batches call marketing_extras or marketing_headers.
    """
    person_id = delivery.get("person_id")
    if delivery.get("kind") not in MARKETING_KINDS or person_id is None:
        return {}, {}
    list_id = delivery.get("list_id")
    row = None
    if list_id is not None:
        from heliograph.newsletters.tables import MailingList

        row = await MailingList.select(MailingList.slug, MailingList.name).where(MailingList.id == list_id).first()
    if row is None:  # no list (or a deleted one): the link unsubscribes from all marketing
        return marketing_extras(person_id=person_id, list_id=None)
    return marketing_extras(person_id=person_id, list_id=list_id, list_slug=row["slug"], list_name=row["name"])

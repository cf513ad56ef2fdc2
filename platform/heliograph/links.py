"""Emailed links: each carries a signed token for one action (P10), and reading one back.

Token payloads are small lists so links stay short: confirm ``[subscription_id]``,
unsubscribe ``[person_id, list_id or None]`` (None: all marketing), preferences ``[person_id]``.
"""

from __future__ import annotations

import functools
from email.utils import parseaddr
from urllib.parse import quote

from heliograph.errors import InvalidToken
from heliograph.settings import get_settings
from heliograph.tokens import make_token, read_token

CONFIRM = "confirm_subscription"
UNSUBSCRIBE = "unsubscribe"
PREFERENCES = "preferences"
MAILTO_LOCAL_PART = "unsubscribe"


def confirm_token(subscription_id: int) -> str:
    """A token that confirms one subscription."""
    return make_token(CONFIRM, [subscription_id])


def unsubscribe_token(person_id: int, list_id: int | None) -> str:
    """A token that unsubscribes a person from one list (None: from all marketing)."""
    return make_token(UNSUBSCRIBE, [person_id, list_id])


def preferences_token(person_id: int) -> str:
    """A token that opens a person's preference centre."""
    return make_token(PREFERENCES, [person_id])


def confirm_url(subscription_id: int) -> str:
    """The double opt-in link for one subscription."""
    return f"{get_settings().base_url}/subscriptions/confirm/{confirm_token(subscription_id)}"


def unsubscribe_url(person_id: int, list_id: int | None) -> str:
    """The unsubscribe page (GET) and RFC 8058 one-click target (POST) for one list or all marketing."""
    return f"{get_settings().base_url}/unsubscribe/{unsubscribe_token(person_id, list_id)}"


def preferences_url(person_id: int) -> str:
    """The preference centre of one person."""
    return f"{get_settings().base_url}/preferences/{preferences_token(person_id)}"


def mail_domain() -> str:
    """The domain of HELIOGRAPH_MAIL_FROM."""
    return _domain_of(get_settings().mail_from)


@functools.cache
def _domain_of(mail_from: str) -> str:
    return parseaddr(mail_from)[1].rpartition("@")[2] or "localhost"


def unsubscribe_mailto(person_id: int, list_id: int | None) -> str:
    """A mailto: unsubscribe address with the token in the subject (List-Unsubscribe's second choice)."""
    token = unsubscribe_token(person_id, list_id)
    return f"mailto:{MAILTO_LOCAL_PART}@{mail_domain()}?subject={quote('unsubscribe ' + token)}"


def _ints(payload: object, size: int, *, last_optional: bool = False) -> list[int | None]:
    if not isinstance(payload, list) or len(payload) != size:
        raise InvalidToken("This link is not valid.")
    values: list[int | None] = []
    for index, value in enumerate(payload):
        if value is None and last_optional and index == size - 1:
            values.append(None)
        elif isinstance(value, int) and not isinstance(value, bool) and value > 0:
            values.append(value)
        else:
            raise InvalidToken("This link is not valid.")
    return values


def read_confirm_token(token: str) -> int:
    """The subscription id of a confirmation token; InvalidToken if tampered, expired or for another purpose."""
    (subscription_id,) = _ints(read_token(CONFIRM, token), 1)
    assert subscription_id is not None
    return subscription_id


def read_unsubscribe_token(token: str) -> tuple[int, int | None]:
    """(person_id, list_id or None) of an unsubscribe token; InvalidToken otherwise."""
    person_id, list_id = _ints(read_token(UNSUBSCRIBE, token), 2, last_optional=True)
    assert person_id is not None
    return person_id, list_id


def read_preferences_token(token: str) -> int:
    """The person id of a preference-centre token; InvalidToken otherwise."""
    (person_id,) = _ints(read_token(PREFERENCES, token), 1)
    assert person_id is not None
    return person_id


def token_from_mailto_subject(subject: str) -> str | None:
    """The unsubscribe token in the subject of a mail sent to the mailto: address, or None."""
    words = subject.split()
    return words[-1] if len(words) >= 2 and words[0].lower() == "unsubscribe" else None

"""The embedded mail catcher's pages (registered only when mail is caught)."""

from __future__ import annotations

from litestar import get
from litestar.response import Template

from heliograph.errors import NotFound
from heliograph.mail.catcher import get_catcher


@get("/dev/mail", include_in_schema=False)
async def caught_mail() -> Template:
    """Every message the built-in catcher received, newest first."""
    catcher = get_catcher()
    messages = list(catcher.handler.messages) if catcher else []
    return Template(template_name="pages/dev_mail.html", context={"messages": messages})


@get("/dev/mail/{number:int}", include_in_schema=False)
async def caught_message(number: int) -> Template:
    """One caught message with its headers and both parts."""
    catcher = get_catcher()
    for message in catcher.handler.messages if catcher else []:
        if message.number == number:
            return Template(template_name="pages/dev_mail_message.html", context={"message": message})
    raise NotFound("No caught message with that number.")


HANDLERS = [caught_mail, caught_message]

"""HTML pages: signup forms, confirmation, preference centre and unsubscribe (no JavaScript needed).

Every form posts to its own URL and shows each error beside its field. GET pages change nothing
(P10): the change happens on the button's POST, or on a mail client's RFC 8058 one-click POST.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

import pycountry
from litestar import Request, get, post
from litestar.datastructures import FormMultiDict
from litestar.params import FromPath
from litestar.response import Template

from heliograph import links
from heliograph.errors import HeliographError, UnknownField
from heliograph.newsletters import service
from heliograph.people.routes import client_ip, sends_gpc
from heliograph.policy.service import current_policy

SIGNUP_FIELDS = {"email", "name", "country", "birth_date", "lists", "policy_version"}
PREFERENCE_FIELDS = {"email", "sms", "phone", "postal", "share_with_partners", "tracking", "lists", "lists_shown"}


@functools.cache
def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country, by name, for the signup form."""
    return sorted(((c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries), key=lambda c: c[1])


def _fields(form: FormMultiDict, allowed: set[str]) -> None:
    unknown = sorted(set(form.keys()) - allowed)
    if unknown:
        raise UnknownField(
            f"Unknown field: {', '.join(unknown)}", errors=[{"field": f, "code": "unknown_field"} for f in unknown]
        )


def _text(form: FormMultiDict, key: str) -> str:
    value = form.get(key)
    return value.strip() if isinstance(value, str) else ""


def form_errors(exc: HeliographError) -> dict[str, str]:
    """field → message for a form, from a domain error ("_form" when it names no field)."""
    errors: dict[str, str] = {}
    for item in exc.errors:
        field = str(item.get("field") or "_form").split(".")[0]
        errors.setdefault(field, str(item.get("message") or exc.detail))
    if exc.code == "under_minimum_age":
        errors["birth_date"] = exc.detail
    return errors or {"_form": exc.detail}


async def _signup_page(
    *, slug: str | None, values: dict[str, Any], errors: dict[str, str], status: int = 200
) -> Template:
    lists = [await service.get_public_list(slug)] if slug else await service.list_lists(public_only=True)
    effective = await service.signup_policy()
    return Template(
        template_name="pages/subscribe.html",
        context={
            "lists": lists,
            "single": slug is not None,
            "action": f"/subscribe/{slug}" if slug else "/subscribe",
            "values": values,
            "errors": errors,
            "countries": countries(),
            "min_age": effective.min_age,
            "policy_version": str((await current_policy())["version"]),
        },
        status_code=status,
    )


async def _signup_post(request: Request[Any, Any, Any], slug: str | None) -> Template:
    if slug:
        await service.get_public_list(slug)
    form = await request.form()
    _fields(form, SIGNUP_FIELDS)
    chosen = [slug] if slug else [str(s) for s in form.getall("lists") if s]
    email, name, country, born = (_text(form, key) for key in ("email", "name", "country", "birth_date"))
    values = {"email": email, "name": name, "country": country, "birth_date": born, "lists": chosen}
    birth_date: datetime.date | None = None
    bad_date = False
    if born:
        try:
            birth_date = datetime.date.fromisoformat(born)
        except ValueError:
            bad_date = True
    try:
        await service.subscribe(
            email=email,
            lists=chosen,
            name=name or None,
            country=country or None,
            birth_date=birth_date,
            policy_version=_text(form, "policy_version") or None,
            ip=client_ip(request),
            gpc=sends_gpc(request),
        )
    except HeliographError as exc:
        if exc.status >= 500:
            raise
        errors = form_errors(exc)
        if bad_date and "birth_date" in errors:
            errors["birth_date"] = "enter your date of birth as a date, e.g. 1990-04-21"
        return await _signup_page(slug=slug, values=values, errors=errors, status=exc.status)
    return Template(template_name="pages/subscribe_sent.html", context={"email": email})


@get("/subscribe", include_in_schema=False)
async def subscribe_page() -> Template:
    """The signup form for every public list."""
    return await _signup_page(slug=None, values={"lists": []}, errors={})


@post("/subscribe", status_code=200, include_in_schema=False)
async def subscribe_form(request: Request[Any, Any, Any]) -> Template:
    """Signup form submission; the same "check your inbox" page for every address."""
    return await _signup_post(request, None)


@get("/subscribe/{slug:str}", include_in_schema=False)
async def subscribe_list_page(slug: FromPath[str]) -> Template:
    """The signup form for one public list."""
    return await _signup_page(slug=slug, values={"lists": [slug]}, errors={})


@post("/subscribe/{slug:str}", status_code=200, include_in_schema=False)
async def subscribe_list_form(request: Request[Any, Any, Any], slug: FromPath[str]) -> Template:
    """One-list signup form submission."""
    return await _signup_post(request, slug)


@get("/subscriptions/confirm/{token:str}", include_in_schema=False, cache=False)
async def confirm_page(token: FromPath[str]) -> Template:
    """Shows what the link confirms and a button; changes nothing (mail scanners follow links)."""
    info = await service.describe_confirmation(token)
    return Template(template_name="pages/confirm.html", context={"info": info, "token": token})


@post("/subscriptions/confirm/{token:str}", status_code=200, include_in_schema=False)
async def confirm_form(request: Request[Any, Any, Any], token: FromPath[str]) -> Template:
    """The confirmation button: the subscription becomes active."""
    result = await service.confirm_subscription(token, ip=client_ip(request), gpc=sends_gpc(request))
    return Template(
        template_name="pages/confirm_done.html",
        context={"result": result, "preferences_url": links.preferences_url(result["person_id"])},
    )


async def _preferences_page(
    token: str,
    state: dict[str, Any],
    *,
    gpc: bool,
    saved: bool = False,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Template:
    return Template(
        template_name="pages/preferences.html",
        context={"state": state, "token": token, "gpc": gpc, "saved": saved, "errors": errors or {}},
        status_code=status,
    )


@get("/preferences/{token:str}", include_in_schema=False, cache=False)
async def preferences_page(request: Request[Any, Any, Any], token: FromPath[str]) -> Template:
    """The preference centre."""
    return await _preferences_page(token, await service.get_preferences(token), gpc=sends_gpc(request))


@post("/preferences/{token:str}", status_code=200, include_in_schema=False)
async def preferences_form(request: Request[Any, Any, Any], token: FromPath[str]) -> Template:
    """Saves the preference centre form (an unticked box is a no)."""
    form = await request.form()
    _fields(form, PREFERENCE_FIELDS)
    ticked = set(form.getall("lists"))
    gpc = sends_gpc(request)
    try:
        state = await service.update_preferences(
            token,
            channels={c: form.get(c) is not None for c in service.CHANNELS},
            lists={slug: slug in ticked for slug in form.getall("lists_shown")},
            share_with_partners=form.get("share_with_partners") is not None,
            tracking=form.get("tracking") is not None,
            ip=client_ip(request),
            gpc=gpc,
        )
    except HeliographError as exc:
        if exc.status >= 500 or exc.code == "invalid_token":
            raise
        state = await service.get_preferences(token)
        return await _preferences_page(token, state, gpc=gpc, errors=form_errors(exc), status=exc.status)
    return await _preferences_page(token, state, gpc=gpc, saved=True)


@get("/unsubscribe/{token:str}", include_in_schema=False, cache=False)
async def unsubscribe_page(token: FromPath[str]) -> Template:
    """A page with a button (this list) and a second one (all marketing email); changes nothing."""
    info = await service.describe_unsubscribe(token)
    return Template(template_name="pages/unsubscribe.html", context={"info": info, "token": token})


@post("/unsubscribe/{token:str}", status_code=200, include_in_schema=False)
async def unsubscribe_post(request: Request[Any, Any, Any], token: FromPath[str]) -> Template:
    """RFC 8058 one-click (List-Unsubscribe=One-Click from a mail client) or the page's buttons.

    Needs no cookie or CSRF token: the signed token is the authority, and it only ever withdraws.
    """
    form = await request.form()
    scope = form.get("scope")
    if scope in ("list", "all"):
        method, everything = "form", scope == "all"
    else:  # a mail client's one-click POST (any other body is read the same way)
        method, everything = "one_click", False
    result = await service.unsubscribe(
        token, everything=everything, method=method, ip=client_ip(request), gpc=sends_gpc(request)
    )
    return Template(template_name="pages/unsubscribe_done.html", context={"result": result, "token": token})


PAGE_HANDLERS = [
    subscribe_page,
    subscribe_form,
    subscribe_list_page,
    subscribe_list_form,
    confirm_page,
    confirm_form,
    preferences_page,
    preferences_form,
    unsubscribe_page,
    unsubscribe_post,
]

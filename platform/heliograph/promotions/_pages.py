"""HTML pages of a promotion: landing page with the entry form, official rules, thank-you page.

The form works without JavaScript: it posts form-encoded to its own URL, and a refused entry
re-renders the page with each error beside its field. An accepted one redirects (303) to the
thank-you page, which shows the receipt; GET pages change nothing.
"""

from __future__ import annotations

import functools
from typing import Any

import pycountry
from litestar import Request, get, post
from litestar.datastructures import FormMultiDict
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from heliograph.errors import HeliographError, NotFound
from heliograph.people.routes import client_ip, sends_gpc
from heliograph.promotions import service
from heliograph.promotions.schemas import EntryIn

FORM_FIELDS = {
    "email",
    "name",
    "birth_date",
    "country",
    "region",
    "accept_rules",
    "answer",
    "option",
    "referral_code",
    "subscribe",
}


@functools.cache
def country_name(code: str) -> str:
    """The everyday English name of a country."""
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


@functools.cache
def _regions(country: str) -> list[tuple[str, str]]:
    subs = pycountry.subdivisions.get(country_code=country) or []
    return sorted(((s.code, s.name) for s in subs), key=lambda r: r[1])


def form_errors(exc: HeliographError) -> dict[str, str]:
    """field → message for the form ("_form" for what names no field)."""
    errors: dict[str, str] = {}
    messages_from_detail = exc.code in (
        "under_minimum_age",
        "country_not_eligible",
        "rules_not_accepted",
        "sensitive_data",
        "entry_limit_reached",
    )
    for item in exc.errors:
        field = str(item.get("field") or "_form").split(".")[0].split("[")[0]
        if field not in FORM_FIELDS:
            field = "_form"
        message = exc.detail if messages_from_detail or not item.get("message") else str(item["message"])
        errors.setdefault(field, message)
    if exc.code == "entry_limit_reached":
        errors = {"_form": exc.detail}
    return errors or {"_form": exc.detail}


async def _newsletter_lists(view: dict[str, Any]) -> list[dict[str, Any]]:
    if not view["allow_newsletter_opt_in"]:
        return []
    from heliograph.newsletters import service as newsletters

    return list(await newsletters.list_lists(public_only=True))


async def _landing(slug: str, *, values: dict[str, Any], errors: dict[str, str], status: int = 200) -> Template:
    view = await service.public_promotion(slug)
    countries = sorted(((c, country_name(c)) for c in view["eligible_countries"]), key=lambda c: c[1])
    regions = [(c, country_name(c), _regions(c)) for c in view["region_required_for"]]
    return Template(
        template_name="pages/promotion.html",
        context={
            "promo": view,
            "values": values,
            "errors": errors,
            "countries": countries,
            "regions": regions,
            "lists": await _newsletter_lists(view),
        },
        status_code=status,
    )


@get("/promotions/{slug:str}", include_in_schema=False)
async def promotion_page(slug: FromPath[str], ref: FromQuery[str | None] = None) -> Template:
    """The landing page: what the promotion is, the effective policy in plain words, the entry form."""
    return await _landing(slug, values={"referral_code": ref or "", "subscribe": []}, errors={})


def _values(form: FormMultiDict) -> dict[str, Any]:
    return {
        "email": (form.get("email") or "").strip(),
        "name": (form.get("name") or "").strip(),
        "birth_date": (form.get("birth_date") or "").strip(),
        "country": (form.get("country") or "").strip(),
        "region": (form.get("region") or "").strip(),
        "accept_rules": form.get("accept_rules") in ("1", "on", "yes", "true"),
        "answer": form.get("answer") or "",
        "option": (form.get("option") or "").strip(),
        "referral_code": (form.get("referral_code") or "").strip(),
        "subscribe": [s for s in form.getall("subscribe", []) if s],
    }


@post("/promotions/{slug:str}", include_in_schema=False, status_code=303)
async def promotion_enter(slug: FromPath[str], request: Request[Any, Any, Any]) -> Template | Redirect:
    """The entry form's POST: the thank-you page on success, else the form with its errors."""
    form = await request.form()
    values = _values(form)
    unknown = sorted(set(form.keys()) - FORM_FIELDS)
    if unknown:
        errors = {"_form": f"Unknown field: {', '.join(unknown)}"}
        return await _landing(slug, values=values, errors=errors, status=422)
    option = int(values["option"]) if values["option"].isdigit() else None
    if values["option"] and option is None:
        return await _landing(slug, values=values, errors={"option": "choose an option"}, status=422)
    data = EntryIn(
        email=values["email"],
        name=values["name"],
        birth_date=values["birth_date"],
        country=values["country"],
        region=values["region"] or None,
        accept_rules=values["accept_rules"],
        answer=values["answer"] or None,
        option=option,
        referral_code=values["referral_code"] or None,
        subscribe=values["subscribe"],
    )
    try:
        result = await service.enter(slug, data, ip=client_ip(request), gpc=sends_gpc(request))
    except HeliographError as exc:
        if exc.status >= 500 or exc.code == "not_found":
            raise
        return await _landing(slug, values=values, errors=form_errors(exc), status=exc.status)
    return Redirect(f"/promotions/{slug}/thanks/{result['receipt']}", status_code=303)


@get("/promotions/{slug:str}/thanks/{receipt:str}", include_in_schema=False)
async def promotion_thanks(slug: FromPath[str], receipt: FromPath[str]) -> Template:
    """The thank-you page: the entry's receipt and, for an instant win, the result."""
    entry = await service.get_entry(service.entry_id_from_receipt(receipt))
    if entry["slug"] != slug:
        raise NotFound("No such entry.")  # a receipt of another promotion
    return Template(template_name="pages/promotion_thanks.html", context={"entry": entry, "receipt": receipt})


@get("/promotions/{slug:str}/rules", include_in_schema=False)
async def promotion_rules(slug: FromPath[str]) -> Template:
    """The official rules: no purchase necessary, eligibility, dates, odds or judging, prizes, sponsor, sharing."""
    return Template(template_name="pages/promotion_rules.html", context={"promo": await service.rules_page(slug)})


PAGE_HANDLERS = [promotion_page, promotion_enter, promotion_thanks, promotion_rules]

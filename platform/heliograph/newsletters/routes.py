"""Newsletter endpoints: signup, confirmation, preferences (JSON), the lists admin API, and the pages."""

from __future__ import annotations

from typing import Any

from litestar import Request, delete, get, patch, post, put
from litestar.params import FromPath, JSONBody

from heliograph.console.guards import ANY_ROLE, EDITORS, roles
from heliograph.newsletters import service
from heliograph.newsletters._pages import PAGE_HANDLERS
from heliograph.newsletters.schemas import (
    Channels,
    ConfirmIn,
    ConfirmOut,
    ListIn,
    ListOut,
    ListPatch,
    ListRef,
    PreferencesIn,
    PreferencesOut,
    SubscribeIn,
    SubscribeOut,
    SubscriberCounts,
)
from heliograph.people.routes import client_ip, sends_gpc


def preferences_out(state: dict[str, Any]) -> PreferencesOut:
    """The JSON shape of a preference state from the service."""
    return PreferencesOut(
        channels=Channels(**state["channels"]),
        lists={m["slug"]: m["subscribed"] for m in state["lists"]},
        share_with_partners=state["share_with_partners"],
        tracking=state["tracking"],
    )


@post("/api/v1/subscriptions", status_code=202, tags=["newsletters"])
async def create_subscription(request: Request[Any, Any, Any], data: JSONBody[SubscribeIn]) -> SubscribeOut:
    """Ask for subscriptions; the same answer for every address, a confirmation mail to the address."""
    await service.subscribe(
        email=data.email,
        lists=data.lists,
        name=data.name,
        country=data.country,
        birth_date=data.birth_date,
        policy_version=data.policy_version,
        ip=client_ip(request),
        gpc=sends_gpc(request),
    )
    return SubscribeOut()


@post("/api/v1/subscriptions/confirm", status_code=200, tags=["newsletters"])
async def confirm_subscription(request: Request[Any, Any, Any], data: JSONBody[ConfirmIn]) -> ConfirmOut:
    """Confirm a subscription with the token from the confirmation mail."""
    result = await service.confirm_subscription(data.token, ip=client_ip(request), gpc=sends_gpc(request))
    return ConfirmOut(status=result["status"], list=ListRef(**result["list"]))


@get("/api/v1/preferences/{token:str}", tags=["newsletters"], cache=False)
async def read_preferences(token: FromPath[str]) -> PreferencesOut:
    """The preferences of the person the token belongs to (changes nothing)."""
    return preferences_out(await service.get_preferences(token))


@put("/api/v1/preferences/{token:str}", tags=["newsletters"])
async def change_preferences(
    request: Request[Any, Any, Any], token: FromPath[str], data: JSONBody[PreferencesIn]
) -> PreferencesOut:
    """Change preferences (any part of the GET shape); every change is a consent event."""
    channels = None
    if data.channels is not None:
        channels = {k: v for k in ("email", "sms", "phone", "postal") if (v := getattr(data.channels, k)) is not None}
    state = await service.update_preferences(
        token,
        channels=channels,
        lists=data.lists,
        share_with_partners=data.share_with_partners,
        tracking=data.tracking,
        ip=client_ip(request),
        gpc=sends_gpc(request),
    )
    return preferences_out(state)


# Admin API (inside console_routes.admin_router, under /api/v1/admin).


def _list_out(row: dict[str, Any], counts: dict[str, int]) -> ListOut:
    return ListOut(
        id=int(row["id"]),
        slug=row["slug"],
        name=row["name"],
        description=row["description"] or "",
        public=bool(row["public"]),
        created_at=row["created_at"],
        subscribers=SubscriberCounts(**counts),
    )


async def _with_counts(row: dict[str, Any]) -> ListOut:
    counts = await service.subscriber_counts([row["id"]])
    return _list_out(row, counts[row["id"]])


@get("/lists", opt=roles(*ANY_ROLE), tags=["admin"])
async def admin_lists() -> list[ListOut]:
    """Every list with its subscriber counts."""
    rows = await service.list_lists()
    counts = await service.subscriber_counts([row["id"] for row in rows])
    return [_list_out(row, counts[row["id"]]) for row in rows]


@post("/lists", status_code=201, opt=roles(*EDITORS), tags=["admin"])
async def admin_create_list(data: JSONBody[ListIn]) -> ListOut:
    """Make a list."""
    row = await service.create_list(slug=data.slug, name=data.name, description=data.description, public=data.public)
    return await _with_counts(row)


@get("/lists/{slug:str}", opt=roles(*ANY_ROLE), tags=["admin"])
async def admin_get_list(slug: FromPath[str]) -> ListOut:
    """One list with its subscriber counts."""
    return await _with_counts(await service.get_list(slug))


@patch("/lists/{slug:str}", opt=roles(*EDITORS), tags=["admin"])
async def admin_update_list(slug: FromPath[str], data: JSONBody[ListPatch]) -> ListOut:
    """Change a list's name, description or visibility."""
    row = await service.update_list(slug, name=data.name, description=data.description, public=data.public)
    return await _with_counts(row)


@delete("/lists/{slug:str}", status_code=204, opt=roles(*EDITORS), tags=["admin"])
async def admin_delete_list(slug: FromPath[str]) -> None:
    """Delete a list that has no campaigns, with its subscriptions."""
    await service.delete_list(slug)


PUBLIC_HANDLERS = [create_subscription, confirm_subscription, read_preferences, change_preferences, *PAGE_HANDLERS]
ADMIN_HANDLERS = [admin_lists, admin_create_list, admin_get_list, admin_update_list, admin_delete_list]

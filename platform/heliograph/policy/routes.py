"""The privacy policy: JSON, the /privacy page, and publishing a new version."""

from __future__ import annotations

from typing import Any

from litestar import get, post
from litestar.params import JSONBody
from litestar.response import Template

from heliograph.console.guards import OWNERS, roles
from heliograph.policy import service
from heliograph.policy.schemas import PolicyIn, PolicyOut


def _out(row: dict[str, Any]) -> PolicyOut:
    return PolicyOut(
        version=row["version"], last_updated=row["last_updated"], text=row["text"], defaults=row["defaults"]
    )


@get("/api/v1/policy", tags=["policy"])
async def get_policy() -> PolicyOut:
    """The privacy policy in effect, with its Last Updated date."""
    return _out(await service.current_policy())


@get("/privacy", include_in_schema=False)
async def privacy_page() -> Template:
    """The privacy policy as a page."""
    return Template(template_name="pages/privacy.html", context={"policy": await service.current_policy()})


@post("/policy", opt=roles(*OWNERS), tags=["admin"])
async def publish_policy(data: JSONBody[PolicyIn]) -> PolicyOut:
    """Post a new policy version; it takes effect now (owners only)."""
    return _out(
        await service.publish_policy(
            version=data.version, text=data.text, last_updated=data.last_updated, defaults=data.defaults
        )
    )


PUBLIC_HANDLERS = [get_policy, privacy_page]
ADMIN_HANDLERS = [publish_policy]

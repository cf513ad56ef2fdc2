"""Admin endpoints for sponsors: create (the API key is shown once) and list."""

from __future__ import annotations

from litestar import get, post
from litestar.params import JSONBody

from heliograph.console.guards import ANY_ROLE, EDITORS, roles
from heliograph.sponsors import service
from heliograph.sponsors.schemas import SponsorCreated, SponsorIn, SponsorOut


@post("/sponsors", status_code=201, opt=roles(*EDITORS), tags=["admin"])
async def create_sponsor(data: JSONBody[SponsorIn]) -> SponsorCreated:
    """Create a sponsor; the answer carries its API key, which cannot be shown again."""
    sponsor, api_key = await service.create_sponsor(data.name, data.contact_email)
    return SponsorCreated(
        id=sponsor["id"], name=sponsor["name"], contact_email=sponsor["contact_email"], api_key=api_key
    )


@get("/sponsors", opt=roles(*ANY_ROLE), tags=["admin"])
async def list_sponsors() -> list[SponsorOut]:
    """Every sponsor (without keys)."""
    return [SponsorOut(**row) for row in await service.list_sponsors()]


ADMIN_HANDLERS = [create_sponsor, list_sponsors]

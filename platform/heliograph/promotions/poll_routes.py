"""Poll results: public aggregate counts when the poll says so; always for marketers."""

from __future__ import annotations

import msgspec
from litestar import get

from heliograph.console.guards import ANY_ROLE, roles
from heliograph.promotions import polls
from heliograph.promotions.extras_schemas import PollResultsOut


@get("/api/v1/promotions/{slug:str}/results", tags=["promotions"])
async def public_results(slug: str) -> PollResultsOut:
    """Votes per option (no personal data); 404 unless the poll is published and its results are public."""
    return msgspec.convert(await polls.results(slug, public=True), PollResultsOut)


@get("/promotions/{slug:str}/results", opt=roles(*ANY_ROLE), tags=["admin", "polls"])
async def admin_results(slug: str) -> PollResultsOut:
    """Votes per option, whether or not the results are public."""
    return msgspec.convert(await polls.results(slug, public=False), PollResultsOut)


PUBLIC_HANDLERS = [public_results]
ADMIN_HANDLERS = [admin_results]

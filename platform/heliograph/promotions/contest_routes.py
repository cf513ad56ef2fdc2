"""Admin endpoints of contests: judging criteria, judges' scores and the ranking."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import delete, get, patch, post, route
from litestar.di import NamedDependency
from litestar.params import JSONBody

from heliograph.console.guards import ANY_ROLE, EDITORS, roles
from heliograph.console.service import Principal
from heliograph.promotions import contests
from heliograph.promotions.extras_schemas import (
    CriterionCreate,
    CriterionOut,
    CriterionPatch,
    RankingOut,
    ScoreOut,
    ScoresIn,
)

TAGS = ["admin", "contests"]


@get("/promotions/{slug:str}/criteria", opt=roles(*ANY_ROLE), tags=TAGS)
async def list_criteria(slug: str) -> list[CriterionOut]:
    """The contest's judging criteria, as published on its rules page."""
    return msgspec.convert(await contests.list_criteria(slug), list[CriterionOut])


@post("/promotions/{slug:str}/criteria", opt=roles(*EDITORS), tags=TAGS)
async def create_criterion(slug: str, data: JSONBody[CriterionCreate]) -> CriterionOut:
    """Add a judging criterion (until the contest opens)."""
    row = await contests.create_criterion(
        slug,
        name=data.name,
        weight=data.weight,
        description=data.description,
        max_score=data.max_score,
        position=data.position,
    )
    return msgspec.convert(row, CriterionOut)


@patch("/promotions/{slug:str}/criteria/{criterion_id:int}", opt=roles(*EDITORS), tags=TAGS)
async def update_criterion(slug: str, criterion_id: int, data: JSONBody[CriterionPatch]) -> CriterionOut:
    """Change a criterion; once the contest is open only its description may change."""
    changes: dict[str, Any] = {k: v for k, v in msgspec.structs.asdict(data).items() if v is not None}
    return msgspec.convert(await contests.update_criterion(slug, criterion_id, changes), CriterionOut)


@delete("/promotions/{slug:str}/criteria/{criterion_id:int}", opt=roles(*EDITORS), tags=TAGS, status_code=204)
async def delete_criterion(slug: str, criterion_id: int) -> None:
    """Remove a criterion (until the contest opens)."""
    await contests.delete_criterion(slug, criterion_id)


@get("/promotions/{slug:str}/entries/{entry_id:int}/scores", opt=roles(*ANY_ROLE), tags=TAGS)
async def entry_scores(slug: str, entry_id: int) -> list[ScoreOut]:
    """Every judge's scores of one entry."""
    return msgspec.convert(await contests.entry_scores(slug, entry_id), list[ScoreOut])


@route(
    "/promotions/{slug:str}/entries/{entry_id:int}/scores",
    http_method=["PUT", "POST"],
    opt=roles(*EDITORS),
    tags=TAGS,
    status_code=200,
)
async def score_entry(
    slug: str, entry_id: int, data: JSONBody[ScoresIn], principal: NamedDependency[Principal]
) -> list[ScoreOut]:
    """Record the calling judge's scores of one entry; a judge's new score replaces their old one."""
    scores = [{"criterion_id": s.criterion_id, "score": s.score, "note": s.note} for s in data.scores]
    rows = await contests.set_scores(slug, entry_id, principal.user_id, scores)
    return msgspec.convert(rows, list[ScoreOut])


@get("/promotions/{slug:str}/ranking", opt=roles(*ANY_ROLE), tags=TAGS)
async def ranking(slug: str) -> RankingOut:
    """Valid entries ranked by weighted mean score, with the tie-break rules applied."""
    return msgspec.convert(await contests.ranking(slug), RankingOut)


ADMIN_HANDLERS = [
    list_criteria,
    create_criterion,
    update_criterion,
    delete_criterion,
    entry_scores,
    score_entry,
    ranking,
]

"""Contests: judging criteria, judges' scores, the ranking, and the criteria shown on the rules page.

Criteria are published with the rules, so they change only before the contest opens (a
description may be reworded at any time). Scores change until the contest is judged. The
ranking itself is pure logic in `heliograph.promotions.judging`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from heliograph import db
from heliograph.errors import InvalidField, NotFound, SensitiveData
from heliograph.promotions import judging
from heliograph.promotions import rules as promo_rules
from heliograph.promotions._screening import sensitive_label
from heliograph.promotions.tables import ContestCriterion, ContestScore, Entry, Promotion

CLOSED_FOR_SCORING = ("judged", "completed", "archived")
MAX_NOTE = 2000


async def contest(slug: str) -> dict[str, Any]:
    """The contest with this slug, or NotFound (also for promotions of another kind)."""
    row = await Promotion.select().where(Promotion.slug == slug).first()
    if row is None or row["kind"] != "contest":
        raise NotFound("No contest has this name.")
    return row


def criteria_locked(promotion: dict[str, Any], now: datetime) -> bool:
    """True once people may have entered: published criteria are then fixed (like the rules)."""
    return promo_rules.has_opened(promotion["status"], promotion["opens_at"], now)


def _locked_error() -> InvalidField:
    return InvalidField("criteria", "judging criteria cannot change once the contest is open", code="invalid_field")


def _criterion_out(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "description": row["description"],
        "weight": row["weight"],
        "max_score": row["max_score"],
        "position": row["position"],
    }


async def _criteria_rows(promotion_id: int) -> list[dict[str, Any]]:
    return await (
        ContestCriterion.select()
        .where(ContestCriterion.promotion == promotion_id)
        .order_by(ContestCriterion.position)
        .order_by(ContestCriterion.id)
    )


async def list_criteria(slug: str) -> list[dict[str, Any]]:
    """The contest's criteria in page order."""
    promotion = await contest(slug)
    return [_criterion_out(r) for r in await _criteria_rows(promotion["id"])]


def _check_values(values: dict[str, Any]) -> None:
    if "name" in values:
        values["name"] = " ".join(str(values["name"]).split())
        if not values["name"] or len(values["name"]) > 100:
            raise InvalidField("name", "a criterion needs a name of 1 to 100 characters")
        category = sensitive_label(values["name"])
        if category is not None:
            raise SensitiveData(
                f"name asks for sensitive data ({category.replace('_', ' ')}), which is never collected.",
                errors=[{"field": "name", "code": "sensitive_data", "category": category}],
                extra={"category": category},
            )
    if "weight" in values:
        weight = values["weight"]
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= judging.MAX_WEIGHT:
            raise InvalidField("weight", f"the weight must be above 0 and at most {judging.MAX_WEIGHT}")
        values["weight"] = float(weight)
    if "max_score" in values and not 1 <= int(values["max_score"]) <= 100:
        raise InvalidField("max_score", "the highest score must be between 1 and 100")
    if "description" in values and len(values["description"] or "") > 2000:
        raise InvalidField("description", "the description is longer than 2000 characters")


async def _check_name_free(promotion_id: int, name: str, except_id: int | None = None) -> None:
    for row in await _criteria_rows(promotion_id):
        if row["id"] != except_id and row["name"].casefold() == name.casefold():
            raise InvalidField("name", "another criterion of this contest has this name")


async def create_criterion(
    slug: str,
    *,
    name: str,
    weight: float = 1.0,
    description: str = "",
    max_score: int = judging.MAX_SCORE,
    position: int | None = None,
) -> dict[str, Any]:
    """Add a judging criterion (before the contest opens)."""
    values: dict[str, Any] = {"name": name, "weight": weight, "description": description, "max_score": max_score}
    _check_values(values)
    async with db.transaction():
        promotion = await contest(slug)
        if criteria_locked(promotion, db.now_utc()):
            raise _locked_error()
        existing = await _criteria_rows(promotion["id"])
        if len(existing) >= judging.MAX_CRITERIA:
            raise InvalidField("criteria", f"a contest has at most {judging.MAX_CRITERIA} criteria")
        await _check_name_free(promotion["id"], values["name"])
        if position is None:
            position = max((r["position"] for r in existing), default=-1) + 1
        rows = await ContestCriterion.insert(
            ContestCriterion(promotion=promotion["id"], position=position, **values)
        ).returning(*ContestCriterion.all_columns())
    return _criterion_out(rows[0])


async def _criterion(promotion_id: int, criterion_id: int) -> dict[str, Any]:
    row = (
        await ContestCriterion.select()
        .where((ContestCriterion.id == criterion_id) & (ContestCriterion.promotion == promotion_id))
        .first()
    )
    if row is None:
        raise NotFound("No such criterion in this contest.")
    return row


async def update_criterion(slug: str, criterion_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change a criterion; only its description once the contest is open."""
    values = {k: v for k, v in changes.items() if k in ("name", "weight", "description", "max_score", "position")}
    _check_values(values)
    async with db.transaction():
        promotion = await contest(slug)
        row = await _criterion(promotion["id"], criterion_id)
        changed: dict[Any, Any] = {k: v for k, v in values.items() if row[k] != v}
        if set(changed) - {"description"} and criteria_locked(promotion, db.now_utc()):
            raise _locked_error()
        if "name" in changed:
            await _check_name_free(promotion["id"], changed["name"], except_id=criterion_id)
        if changed:
            await ContestCriterion.update(changed).where(ContestCriterion.id == criterion_id)
            row.update(changed)
    return _criterion_out(row)


async def delete_criterion(slug: str, criterion_id: int) -> None:
    """Remove a criterion (before the contest opens)."""
    async with db.transaction():
        promotion = await contest(slug)
        await _criterion(promotion["id"], criterion_id)
        if criteria_locked(promotion, db.now_utc()):
            raise _locked_error()
        await ContestCriterion.delete().where(ContestCriterion.id == criterion_id)


async def _contest_entry(promotion_id: int, entry_id: int) -> dict[str, Any]:
    entry = (
        await Entry.select(Entry.id, Entry.source, Entry.status, Entry.receipt, Entry.answer, Entry.created_at)
        .where((Entry.id == entry_id) & (Entry.promotion == promotion_id))
        .first()
    )
    if entry is None or entry["source"] != "form":
        raise NotFound("No such entry in this contest.")
    return entry


def _score_out(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "criterion_id": row["criterion"],
        "judge_id": row["judge_id"],
        "score": row["score"],
        "note": row["note"],
        "updated_at": row["updated_at"],
    }


async def set_scores(slug: str, entry_id: int, judge_id: int, scores: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Record one judge's scores of one entry (one per criterion; a new score replaces the judge's old one)."""
    if not scores:
        raise InvalidField("scores", "give at least one score")
    async with db.transaction():
        promotion = await contest(slug)
        if promotion["status"] in CLOSED_FOR_SCORING:
            raise InvalidField("scores", "scores cannot change once the contest is judged")
        await _contest_entry(promotion["id"], entry_id)
        criteria = {r["id"]: r for r in await _criteria_rows(promotion["id"])}
        seen: set[int] = set()
        for i, item in enumerate(scores):
            criterion = criteria.get(item["criterion_id"])
            if criterion is None:
                raise InvalidField(f"scores[{i}].criterion_id", "not a criterion of this contest")
            if item["criterion_id"] in seen:
                raise InvalidField(f"scores[{i}].criterion_id", "one score per criterion")
            seen.add(item["criterion_id"])
            problem = judging.check_score(item["score"], high=criterion["max_score"])
            if problem is not None:
                raise InvalidField(
                    f"scores[{i}].score", f"a score is a whole number from 0 to {criterion['max_score']}"
                )
            if len(item.get("note") or "") > MAX_NOTE:
                raise InvalidField(f"scores[{i}].note", f"a note is at most {MAX_NOTE} characters")
        now = db.now_utc()
        for item in scores:
            await ContestScore.insert(
                ContestScore(
                    entry=entry_id,
                    criterion=item["criterion_id"],
                    judge_id=judge_id,
                    key=f"{entry_id}:{item['criterion_id']}:{judge_id}",
                    score=float(item["score"]),
                    note=item.get("note") or "",
                    created_at=now,
                    updated_at=now,
                )
            ).on_conflict(
                target=ContestScore.key,
                action="DO UPDATE",
                values=[ContestScore.score, ContestScore.note, ContestScore.updated_at],
            )
    return await entry_scores(slug, entry_id)


async def entry_scores(slug: str, entry_id: int) -> list[dict[str, Any]]:
    """Every judge's scores of one entry."""
    promotion = await contest(slug)
    await _contest_entry(promotion["id"], entry_id)
    rows = (
        await ContestScore.select()
        .where(ContestScore.entry == entry_id)
        .order_by(ContestScore.criterion)
        .order_by(ContestScore.judge_id)
    )
    return [_score_out(r) for r in rows]


async def ranking(slug: str) -> dict[str, Any]:
    """The contest's valid entries ranked by weighted score with the documented tie-break."""
    promotion = await contest(slug)
    criteria_rows = await _criteria_rows(promotion["id"])
    criteria = [
        judging.Criterion(id=r["id"], name=r["name"], weight=r["weight"], position=r["position"]) for r in criteria_rows
    ]
    entries = await Entry.select(Entry.id, Entry.receipt, Entry.answer, Entry.created_at).where(
        (Entry.promotion == promotion["id"]) & (Entry.source == "form") & (Entry.status == "valid")
    )
    by_id = {e["id"]: e for e in entries}
    score_rows = await ContestScore.select(
        ContestScore.entry, ContestScore.criterion, ContestScore.judge_id, ContestScore.score
    ).where(ContestScore.entry.promotion == promotion["id"])
    ranked = judging.rank_entries(
        criteria,
        [judging.Candidate(entry_id=e["id"], entered_at=e["created_at"]) for e in entries],
        [
            judging.Score(entry_id=s["entry"], criterion_id=s["criterion"], judge_id=s["judge_id"], value=s["score"])
            for s in score_rows
        ],
    )
    names = {c.id: c.name for c in criteria}
    return {
        "criteria": [_criterion_out(r) for r in criteria_rows],
        "tie_break": list(judging.TIE_BREAK),
        "entries": [
            {
                "rank": r.rank,
                "entry_id": r.entry_id,
                "receipt": by_id[r.entry_id]["receipt"],
                "answer": by_id[r.entry_id]["answer"],
                "entered_at": r.entered_at,
                "total": r.total,
                "complete": r.complete,
                "criteria": [
                    {"criterion_id": c.criterion_id, "name": names[c.criterion_id], "mean": c.mean, "judges": c.judges}
                    for c in r.criteria
                ],
                "decided_by": r.decided_by,
            }
            for r in ranked
        ],
    }


async def rules_page_judging(promotion_id: int) -> dict[str, Any] | None:
    """For the rules page of a contest: its published criteria (with weight shares) and the tie-break; else None."""
    promotion = await Promotion.select(Promotion.kind).where(Promotion.id == promotion_id).first()
    if promotion is None or promotion["kind"] != "contest":
        return None
    rows = await _criteria_rows(promotion_id)
    shares = judging.weight_shares(
        [judging.Criterion(id=r["id"], name=r["name"], weight=r["weight"], position=r["position"]) for r in rows]
    )
    return {
        "criteria": [
            {
                "name": r["name"],
                "description": r["description"],
                "weight": r["weight"],
                "share_percent": shares[r["id"]],
                "max_score": r["max_score"],
            }
            for r in rows
        ],
        "tie_break": list(judging.TIE_BREAK),
        "method": (
            "Marketers score each entry from 0 to the highest score on every criterion. For each criterion the "
            "judges' scores are averaged; an entry's total is the weighted average of those criterion averages."
        ),
    }

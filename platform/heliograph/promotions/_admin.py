"""Marketers' use cases: create, change (rules versioned, no changes that hurt entrants), publish, close."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import msgspec

from heliograph import db
from heliograph.errors import InvalidField, SensitiveData, UnknownField
from heliograph.policy import rules as policy_rules
from heliograph.policy.rules import GeneralPolicy, PromotionRules
from heliograph.promotions import _cache as cache
from heliograph.promotions import _children as kids_
from heliograph.promotions import draws
from heliograph.promotions import rules as promo_rules
from heliograph.promotions._common import (
    encode_rules,
    general_policy,
    load_promotion,
    raise_problems,
    rules_of,
    shown_status,
)
from heliograph.promotions._screening import sensitive_label
from heliograph.promotions._views import admin_view, summary
from heliograph.promotions.schemas import CriterionIn, OptionIn, PrizeIn, PromotionIn, PromotionPatch
from heliograph.promotions.tables import Promotion, PromotionRulesVersion
from heliograph.sponsors.service import get_sponsors

Problems = list[tuple[str, str]]


def _labels(
    question: str, options: Sequence[OptionIn], rules: PromotionRules, criteria: Sequence[CriterionIn]
) -> list[tuple[str, str]]:
    labels = [("question", question)]
    labels += [(f"options[{i}].label", o.label) for i, o in enumerate(options)]
    labels += [(f"criteria[{i}].name", c.name) for i, c in enumerate(criteria)]
    for i, field in enumerate(rules.sponsor_fields):
        labels += [
            (f"rules.sponsor_fields[{i}].field", field.field),
            (f"rules.sponsor_fields[{i}].purpose", field.purpose),
        ]
    return labels


def refuse_sensitive_labels(labels: Sequence[tuple[str, str]]) -> None:
    """Marketers cannot add a field or question that asks for a sensitive category (P2)."""
    for path, label in labels:
        category = sensitive_label(label) if label and label.strip() else None
        if category is not None:
            raise SensitiveData(
                f"{path} asks for sensitive data ({category.replace('_', ' ')}), which is never collected.",
                errors=[{"field": path, "code": "sensitive_data", "category": category}],
                extra={"category": category},
            )


def _kind_problems(
    kind: str,
    rules: PromotionRules,
    prizes: Sequence[PrizeIn],
    options: Sequence[OptionIn],
    criteria: Sequence[CriterionIn],
) -> Problems:
    problems: Problems = []
    specs = [kids_.prize_spec(kind, p) for p in prizes]
    problems += promo_rules.prize_problems(kind, specs, rules.opens_at, rules.closes_at)
    if kind == "poll":
        if len(options) < 2:
            problems.append(("options", "too_few_options"))
        if rules.entry_limit.count != 1 or rules.entry_limit.per != "promotion":
            problems.append(("rules.entry_limit", "poll_one_vote"))
    elif options:
        problems.append(("options", "options_for_polls_only"))
    for i, option in enumerate(options):
        if not option.label.strip():
            problems.append((f"options[{i}].label", "required"))
    if kind != "contest" and criteria:
        problems.append(("criteria", "criteria_for_contests_only"))
    for i, criterion in enumerate(criteria):
        if not criterion.name.strip():
            problems.append((f"criteria[{i}].name", "required"))
        if criterion.weight <= 0:
            problems.append((f"criteria[{i}].weight", "must_be_positive"))
        if criterion.max_score < 1:
            problems.append((f"criteria[{i}].max_score", "must_be_positive"))
    return problems


async def _sponsor_problems(sponsor_ids: Sequence[int]) -> Problems:
    known = {s["id"] for s in await get_sponsors(sponsor_ids)}
    return [(f"sponsor_ids[{i}]", "unknown_sponsor") for i, sid in enumerate(sponsor_ids) if sid not in known]


def _basic_problems(slug: str, title: str, referral_limit: int) -> Problems:
    problems: Problems = []
    if not promo_rules.SLUG.match(slug):
        problems.append(("slug", "invalid_slug"))
    if not title.strip() or len(title) > 200:
        problems.append(("title", "required"))
    if referral_limit < 0:
        problems.append(("referral_limit", "must_not_be_negative"))
    return problems


async def _check_rules(rules: PromotionRules, general: GeneralPolicy) -> None:
    raise_problems(policy_rules.validate_rules(rules, general=general), prefix="rules")


async def _view(row: dict[str, Any]) -> dict[str, Any]:
    return admin_view(row, await kids_.children(row["id"]), db.now_utc())


async def create_promotion(data: PromotionIn, *, user_id: int | None = None) -> dict[str, Any]:
    """Create a draft promotion with its rules (version 1), sponsors, prizes, options and criteria."""
    general = await general_policy()
    rules = msgspec.structs.replace(data.rules, version=1)
    await _check_rules(rules, general)
    refuse_sensitive_labels(_labels(data.question, data.options, rules, data.criteria))
    problems = _basic_problems(data.slug, data.title, data.referral_limit)
    problems += _kind_problems(data.kind, rules, data.prizes, data.options, data.criteria)
    problems += await _sponsor_problems(data.sponsor_ids)
    raise_problems(problems)
    now = db.now_utc()
    async with db.transaction():
        if await Promotion.exists().where(Promotion.slug == data.slug):
            raise InvalidField("slug", "a promotion with this slug exists")
        rows = await Promotion.insert(
            Promotion(
                slug=data.slug,
                kind=data.kind,
                title=data.title.strip(),
                description=data.description,
                question=data.question,
                status="draft",
                rules=encode_rules(rules),
                rules_version=1,
                timezone=rules.timezone,
                opens_at=rules.opens_at,
                closes_at=rules.closes_at,
                show_results=data.show_results,
                referral_limit=data.referral_limit,
                created_by=user_id,
                created_at=now,
                updated_at=now,
            )
        ).returning(Promotion.id)
        promotion_id = int(rows[0]["id"])
        await _record_rules_version(promotion_id, 1, rules, user_id, now)
        await kids_.replace_sponsors(promotion_id, data.sponsor_ids)
        await kids_.replace_prizes(promotion_id, data.kind, data.prizes)
        await kids_.replace_options(promotion_id, data.options)
        await kids_.replace_criteria(promotion_id, data.criteria)
    cache.invalidate(data.slug)
    return await get_promotion(data.slug)


async def _record_rules_version(
    promotion_id: int, version: int, rules: PromotionRules, user_id: int | None, now: datetime
) -> None:
    await PromotionRulesVersion.insert(
        PromotionRulesVersion(
            promotion=promotion_id,
            version=version,
            key=f"{promotion_id}:{version}",
            rules=encode_rules(rules),
            created_by=user_id,
            created_at=now,
        )
    )


_AT_PATH = re.compile(r"at `\$\.?([^`]*)`")
_UNKNOWN = re.compile(r"unknown field `([^`]+)`")


def merge_rules(old: PromotionRules, changes: dict[str, Any]) -> PromotionRules:
    """The rules with the PATCH's fields replacing the old ones (InvalidField/UnknownField if malformed)."""
    merged = msgspec.to_builtins(old)
    merged.update(changes)
    merged["version"] = old.version
    try:
        return msgspec.json.decode(msgspec.json.encode(merged), type=PromotionRules)
    except msgspec.ValidationError as exc:
        message = str(exc)
        path = _AT_PATH.search(message)
        where = path.group(1) if path else ""
        unknown = _UNKNOWN.search(message)
        if unknown:
            field = f"rules.{where + '.' if where else ''}{unknown.group(1)}"
            raise UnknownField(message, errors=[{"field": field, "code": "unknown_field"}]) from None
        raise InvalidField(f"rules.{where}" if where else "rules", message) from None


async def update_promotion(slug: str, patch: PromotionPatch, *, user_id: int | None = None) -> dict[str, Any]:
    """Change a promotion; a rules change bumps the version, and once open nothing may hurt entrants."""
    general = await general_policy()
    row = await load_promotion(slug)
    now = db.now_utc()
    opened = promo_rules.has_opened(row["status"], row["opens_at"], now)
    draft = row["status"] == "draft"
    kind = patch.kind or row["kind"]
    old_rules = rules_of(row)
    new_rules = merge_rules(old_rules, patch.rules) if patch.rules is not None else old_rules
    kids = await kids_.children(row["id"])
    problems: Problems = []

    for name in ("slug", "kind"):
        value = getattr(patch, name)
        if value is not None and value != row[name] and not draft:
            problems.append((name, "draft_only"))
    if patch.rules is not None:
        await _check_rules(new_rules, general)
        raise_problems(
            policy_rules.rules_change_problems(old_rules, new_rules, is_open=opened, general=general),
            prefix="rules",
            detail="The promotion is open: these rule changes would hurt people who may already have entered.",
        )
    if opened:
        if patch.prizes is not None and kids_.prize_fingerprint(kind, patch.prizes) != kids_.stored_prize_fingerprint(
            kids["prizes"]
        ):
            problems.append(("prizes", "locked_once_open"))
        if patch.options is not None and [o.label.strip() for o in patch.options] != [
            o["label"] for o in kids["options"]
        ]:
            problems.append(("options", "locked_once_open"))
        if patch.criteria is not None:
            problems.append(("criteria", "locked_once_open"))
        if patch.question is not None and patch.question != row["question"]:
            problems.append(("question", "locked_once_open"))
        if patch.sponsor_ids is not None and set(patch.sponsor_ids) - set(kids["sponsor_ids"]):
            problems.append(("sponsor_ids", "sponsor_added"))
    raise_problems(problems, detail="The promotion is open: this change is not allowed." if opened else None)

    options = patch.options if patch.options is not None else [OptionIn(label=o["label"]) for o in kids["options"]]
    criteria = (
        patch.criteria
        if patch.criteria is not None
        else [
            CriterionIn(name=c["name"], description=c["description"], weight=c["weight"], max_score=c["max_score"])
            for c in kids["criteria"]
        ]
    )
    prizes = patch.prizes if patch.prizes is not None else _stored_prizes(kids["prizes"])
    question = patch.question if patch.question is not None else row["question"]
    refuse_sensitive_labels(_labels(question, options, new_rules, criteria))
    problems = _basic_problems(
        patch.slug or row["slug"],
        patch.title if patch.title is not None else row["title"],
        patch.referral_limit if patch.referral_limit is not None else row["referral_limit"],
    )
    problems += _kind_problems(kind, new_rules, prizes, options, criteria)
    if patch.sponsor_ids is not None:
        problems += await _sponsor_problems(patch.sponsor_ids)
    raise_problems(problems)

    rules_changed = encode_rules(new_rules) != encode_rules(old_rules)
    version = int(row["rules_version"]) + (1 if rules_changed else 0)
    values: dict[Any, Any] = {Promotion.updated_at: now}
    for name in ("slug", "kind", "title", "description", "question", "show_results", "referral_limit"):
        value = getattr(patch, name)
        if value is not None:
            values[getattr(Promotion, name)] = value.strip() if name == "title" else value
    if rules_changed:
        values.update(
            {
                Promotion.rules: encode_rules(new_rules),
                Promotion.rules_version: version,
                Promotion.timezone: new_rules.timezone,
                Promotion.opens_at: new_rules.opens_at,
                Promotion.closes_at: new_rules.closes_at,
            }
        )
    async with db.transaction():
        if patch.slug and patch.slug != row["slug"] and await Promotion.exists().where(Promotion.slug == patch.slug):
            raise InvalidField("slug", "a promotion with this slug exists")
        updated = (
            await Promotion.update(values)
            .where((Promotion.id == row["id"]) & (Promotion.rules_version == row["rules_version"]))
            .returning(Promotion.id)
        )
        if not updated:
            raise InvalidField("rules", "the promotion changed meanwhile; read it again and retry")
        if rules_changed:
            await _record_rules_version(row["id"], version, new_rules, user_id, now)
        if patch.sponsor_ids is not None:
            await kids_.replace_sponsors(row["id"], patch.sponsor_ids)
        if not opened:
            if patch.prizes is not None or patch.kind is not None:
                await kids_.replace_prizes(row["id"], kind, prizes)
            if patch.options is not None:
                await kids_.replace_options(row["id"], options)
            if patch.criteria is not None:
                await kids_.replace_criteria(row["id"], criteria)
            if row["status"] == "published" and (patch.prizes is not None or rules_changed):
                await kids_.generate_moments(row["id"], new_rules.opens_at, new_rules.closes_at)
    cache.invalidate(slug, patch.slug or slug)
    return await get_promotion(patch.slug or slug)


def _stored_prizes(rows: Sequence[dict[str, Any]]) -> list[PrizeIn]:
    out = []
    for row in rows:
        moments = kids_.stored_prize_fingerprint([row])[0][6]
        out.append(
            PrizeIn(
                name=row["name"],
                description=row["description"],
                value=row["value"],
                quantity=row["quantity"],
                odds=row["odds"],
                allocation=row["allocation"] if row["allocation"] != "none" else None,
                winning_moments=[datetime.fromisoformat(m) for m in moments] or None,
            )
        )
    return out


async def publish_promotion(slug: str) -> dict[str, Any]:
    """Draft → published: scheduled or open by the clock; winning moments are drawn now."""
    row = await load_promotion(slug)
    now = db.now_utc()
    problems: Problems = []
    if row["status"] != "draft":
        problems.append(("status", "not_a_draft"))
    elif row["closes_at"] <= now:
        problems.append(("rules.closes_at", "already_over"))
    kids = await kids_.children(row["id"])
    if row["kind"] == "poll" and len(kids["options"]) < 2:
        problems.append(("options", "too_few_options"))
    if row["kind"] == "instant_win" and not kids["prizes"]:
        problems.append(("prizes", "required"))
    if row["kind"] == "contest" and not kids["criteria"]:
        problems.append(("criteria", "required"))
    raise_problems(problems)
    async with db.transaction():
        await Promotion.update(
            {Promotion.status: "published", Promotion.published_at: now, Promotion.updated_at: now}
        ).where((Promotion.id == row["id"]) & (Promotion.status == "draft"))
        if row["kind"] == "instant_win":
            await kids_.generate_moments(row["id"], row["opens_at"], row["closes_at"])
        if row["kind"] == "sweepstakes":
            await draws.commit_seed(row["id"], now)
    cache.invalidate(slug)
    return await get_promotion(slug)


async def close_promotion(slug: str) -> dict[str, Any]:
    """Stop taking entries now (a published promotion; closing a closed one does nothing)."""
    row = await load_promotion(slug)
    now = db.now_utc()
    if row["status"] in promo_rules.AFTER_OPEN:
        return await get_promotion(slug)
    if row["status"] != "published":
        raise_problems([("status", "not_closable")])
    async with db.transaction():
        await Promotion.update({Promotion.status: "closed", Promotion.closed_at: now, Promotion.updated_at: now}).where(
            (Promotion.id == row["id"]) & (Promotion.status == "published")
        )
    cache.invalidate(slug)
    return await get_promotion(slug)


async def get_promotion(slug: str) -> dict[str, Any]:
    """The admin view of one promotion."""
    return await _view(await load_promotion(slug))


async def list_promotions(*, status: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Promotions, newest first, optionally of one status (as shown) and kind."""
    now = db.now_utc()
    query = Promotion.select().order_by(Promotion.id, ascending=False)
    if kind:
        query = query.where(Promotion.kind == kind)
    if status == "scheduled":
        query = query.where((Promotion.status == "published") & (Promotion.opens_at > now))
    elif status == "open":
        query = query.where(
            (Promotion.status == "published") & (Promotion.opens_at <= now) & (Promotion.closes_at > now)
        )
    elif status == "closed":
        query = query.where(
            ((Promotion.status == "published") & (Promotion.closes_at <= now)) | (Promotion.status == "closed")
        )
    elif status:
        query = query.where(Promotion.status == status)
    return [summary(row, now) for row in await query]


__all__ = [
    "close_promotion",
    "create_promotion",
    "get_promotion",
    "list_promotions",
    "merge_rules",
    "publish_promotion",
    "refuse_sensitive_labels",
    "shown_status",
    "update_promotion",
]

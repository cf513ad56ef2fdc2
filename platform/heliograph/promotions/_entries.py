"""Taking an entry: every intake check, then one transaction for everything the entry writes (P8).

Order: the promotion exists and is published (not_found); the effective policy (P5) decides
promotion_not_open, rules_not_accepted, invalid_field, under_minimum_age and country_not_eligible;
then the other fields; then the sensitive-data screen over the free text (P2). Nothing is written
and nothing is logged about a refused person before this point (P1). The entry limit is a UNIQUE
key (``Entry.limit_key``), so it holds under concurrency; reaching it rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from heliograph import db
from heliograph.errors import (
    EntryLimitReached,
    HeliographError,
    InvalidField,
    PromotionNotOpen,
)
from heliograph.mail.service import queue_mail
from heliograph.people import service as people
from heliograph.people.addresses import normalise_email
from heliograph.policy import rules as policy_rules
from heliograph.policy.rules import EffectivePolicy
from heliograph.promotions import _cache as cache
from heliograph.promotions import _instant_win, _one_statement
from heliograph.promotions import _receipts as receipts
from heliograph.promotions import rules as promo_rules
from heliograph.promotions._common import general_policy, load_promotion, rules_of
from heliograph.promotions._screening import refuse_sensitive_text
from heliograph.promotions.schemas import EntryIn
from heliograph.promotions.tables import Entry, PollOption, Prize, Referral
from heliograph.settings import get_settings

MAX_NAME = 200
MAX_ANSWER = 5000
MAX_OTHER_ANSWER = 500
MAX_SUBSCRIBE = 20

REFUSAL_DETAILS = {
    "promotion_not_open": "This promotion is not taking entries now.",
    "rules_not_accepted": "Please accept the official rules to enter.",
    "country_not_eligible": "Residents of this country or region cannot enter this promotion.",
}


# One statement, without building a Table instance: this is the hot path. The limit key is UNIQUE:
# ON CONFLICT DO NOTHING returns no row when this slot of the person's limit is taken.
_INSERT_ENTRY = """
INSERT INTO entry (promotion, person, source, status, bucket, limit_key, rules_version, country, region, answer,
                   poll_option, referral_code, referred_by_entry_id, won, prize, receipt, created_at)
VALUES ({}, {}, 'form', 'valid', {}, {}, {}, {}, {}, {}, {}, {}, {}, false, NULL, {}, {})
ON CONFLICT (limit_key) DO NOTHING
RETURNING id
"""


@dataclass
class Checked:
    """An entry that passed every check, with its values in stored form."""

    email: str
    name: str
    country: str
    region: str | None
    answer: str | None
    option_id: int | None
    referrer: dict[str, Any] | None
    subscribe: list[str]


def parse_birth_date(value: str | None) -> date | None:
    """YYYY-MM-DD as a date, or None when it is not one (the policy then says invalid_field)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _refuse(refusal: policy_rules.Refusal, effective: EffectivePolicy) -> HeliographError:
    error = policy_rules.refusal_error(refusal)
    if refusal.code == "under_minimum_age":
        error.detail = f"You must be {effective.min_age} or older to enter."
        error.extra = {"min_age": effective.min_age}
    elif refusal.code == "invalid_field":
        error.detail = {
            "birth_date": "Give your date of birth as YYYY-MM-DD.",
            "country": "Give your country of residence as a two-letter code such as DE.",
            "region": "Give your state or region as an ISO 3166-2 code such as US-NY.",
        }.get(refusal.field or "", error.detail)
    else:
        error.detail = REFUSAL_DETAILS.get(refusal.code, error.detail)
    return error


async def _check_fields(row: dict[str, Any], data: EntryIn, effective: EffectivePolicy) -> Checked:
    problems: list[dict[str, str]] = []

    def problem(field: str, message: str) -> None:
        problems.append({"field": field, "code": "invalid_field", "message": message})

    email = ""
    try:
        email = normalise_email(data.email)
    except InvalidField:
        problem("email", "not a valid email address")
    name = " ".join(data.name.split())
    if not name or len(name) > MAX_NAME:
        problem("name", f"give your name (at most {MAX_NAME} characters)")
    kind = row["kind"]
    answer = data.answer.strip() if data.answer and data.answer.strip() else None
    if kind == "contest":
        if answer is None:
            problem("answer", "write your entry")
        elif len(answer) > MAX_ANSWER:
            problem("answer", f"at most {MAX_ANSWER} characters")
    elif kind == "poll":
        if answer is not None and len(answer) > MAX_OTHER_ANSWER:
            problem("answer", f"at most {MAX_OTHER_ANSWER} characters")
    elif answer is not None:
        problem("answer", "this promotion does not ask for an answer")
    option_id = None
    if kind == "poll":
        if data.option is None:
            problem("option", "choose an option")
        elif not await PollOption.exists().where((PollOption.id == data.option) & (PollOption.promotion == row["id"])):
            problem("option", "not an option of this poll")
        else:
            option_id = data.option
    elif data.option is not None:
        problem("option", "this promotion is not a poll")
    subscribe = list(dict.fromkeys(s.strip() for s in data.subscribe if s.strip()))
    if subscribe and not effective.allow_newsletter_opt_in:
        problem("subscribe", "this promotion does not offer a newsletter")
    elif len(subscribe) > MAX_SUBSCRIBE:
        problem("subscribe", f"at most {MAX_SUBSCRIBE} newsletters")
    referrer = None
    if data.referral_code and data.referral_code.strip():
        code = receipts.normalise_code(data.referral_code)
        referrer = (
            await Entry.select(Entry.id, Entry.person)
            .where((Entry.referral_code == code) & (Entry.promotion == row["id"]))
            .first()
        )
        if referrer is None:
            problem("referral_code", "not a referral code of this promotion")
    if problems:
        error = InvalidField(problems[0]["field"], "; ".join(f"{p['field']}: {p['message']}" for p in problems))
        error.errors = problems
        raise error
    country = policy_rules.normalize_country(data.country)
    region = policy_rules.normalize_region(data.region) if data.region and data.region.strip() else None
    assert country is not None  # entry_refusal checked it
    return Checked(email, name, country, region, answer, option_id, referrer, subscribe)


async def _insert_entry(
    row: dict[str, Any], person_id: int, effective: EffectivePolicy, checked: Checked, now: datetime
) -> dict[str, Any]:
    """Insert the entry in the first free slot of its limit bucket; EntryLimitReached when none is."""
    bucket = policy_rules.entry_limit_key(effective, now)
    limit = effective.entry_limit.count if effective.entry_limit else 1
    first = 1
    if limit > 1:
        first = 1 + await Entry.count().where(
            (Entry.promotion == row["id"])
            & (Entry.person == person_id)
            & (Entry.bucket == bucket)
            & (Entry.source == "form")
        )
    for n in range(first, limit + 1):
        referral_code, receipt_code = receipts.new_codes(receipts.REFERRAL_CODE_LENGTH, receipts.RECEIPT_CODE_LENGTH)
        inserted = await Entry.raw(
            _INSERT_ENTRY,
            row["id"],
            person_id,
            bucket,
            promo_rules.limit_key(row["id"], person_id, bucket, n),
            row["rules_version"],
            checked.country,
            checked.region,
            checked.answer,
            checked.option_id,
            referral_code,
            checked.referrer["id"] if checked.referrer else None,
            receipt_code,
            now,
        )
        if inserted:
            return {"id": int(inserted[0]["id"]), "referral_code": referral_code, "receipt": receipt_code}
    per = "today" if effective.entry_limit and effective.entry_limit.per == "day" else "in this promotion"
    raise EntryLimitReached(
        f"You have already entered {limit} time{'s' if limit != 1 else ''} {per}.",
        errors=[{"field": "email", "code": "entry_limit_reached"}],
    )


async def _credit_referrer(
    row: dict[str, Any], effective: EffectivePolicy, checked: Checked, person_id: int, entry_id: int, now: datetime
) -> None:
    """The friend entered with a referral code: mark the referral converted, add the referrer's bonus entries."""
    referrer = checked.referrer
    if referrer is None or int(referrer["person"]) == person_id:
        return
    await Referral.update({Referral.converted_entry_id: entry_id}).where(
        (Referral.entry == referrer["id"])
        & (Referral.friend_hash == people.address_hash(checked.email))
        & Referral.converted_entry_id.is_null()
    )
    if effective.referral_bonus <= 0 or row["kind"] != "sweepstakes":
        return
    bonus = [
        Entry(
            promotion=row["id"],
            person=referrer["person"],
            source="referral_bonus",
            status="valid",
            bucket="bonus",
            limit_key=promo_rules.bonus_key(row["id"], int(referrer["person"]), person_id, n),
            rules_version=row["rules_version"],
            referred_by_entry_id=entry_id,
            won=False,
            receipt=receipts.new_code(receipts.RECEIPT_CODE_LENGTH),
            created_at=now,
        )
        for n in range(1, effective.referral_bonus + 1)
    ]
    for entry in bonus:  # one by one: ON CONFLICT skips the ones this friend already earned
        await Entry.insert(entry).on_conflict(target=Entry.limit_key, action="DO NOTHING")


async def intake_context(slug: str) -> cache.IntakeContext:
    """The promotion, its effective policy (P5) and its prizes, from the short-lived cache or the database."""
    context = cache.get(slug)
    if context is None:
        row = await load_promotion(slug, public=True)
        general = await general_policy()
        effective = policy_rules.effective_policy(general, rules_of(row))
        prizes: list[dict[str, Any]] = []
        if row["kind"] == "instant_win":
            prizes = list(
                await Prize.select(Prize.id, Prize.allocation, Prize.odds).where(Prize.promotion == row["id"])
            )
        context = cache.IntakeContext(row, effective, prizes)
        cache.put(slug, context)
    return context


def _local(moment: datetime, zone: str) -> str:
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.day} {local:%B %Y}, {local:%H:%M} ({zone.replace('_', ' ')} time)"


async def enter(
    slug: str, data: EntryIn, *, ip: str | None = None, gpc: bool = False, now: datetime | None = None
) -> dict[str, Any]:
    """Check and record one entry; returns entry_id, receipt, codes and any instant-win result."""
    now = now or db.now_utc()
    context = await intake_context(slug)
    row, effective, prizes = context.row, context.effective, context.prizes
    if row["status"] != "published":
        raise PromotionNotOpen(REFUSAL_DETAILS["promotion_not_open"])
    refusal = policy_rules.entry_refusal(
        effective,
        now=now,
        birth_date=parse_birth_date(data.birth_date),
        country=data.country,
        region=data.region,
        accepted_rules=data.accept_rules,
    )
    if refusal is not None:
        raise _refuse(refusal, effective)
    checked = await _check_fields(row, data, effective)
    await refuse_sensitive_text({"name": checked.name, "answer": checked.answer})

    if not (checked.referrer or checked.subscribe or gpc or row["kind"] == "instant_win" or db.is_sqlite()):
        entry = await _enter_in_one_statement(row, effective, checked, ip, now)
        if entry is not None:
            return _result(entry, None)

    async with db.transaction():
        person, _created = await people.get_or_create_person(
            checked.email, active=True, name=checked.name, country=checked.country, region=checked.region
        )
        person_id = int(person["id"])
        entry = await _insert_entry(row, person_id, effective, checked, now)
        await _credit_referrer(row, effective, checked, person_id, entry["id"], now)
        await people.record_consent(
            person_id,
            f"rules:{row['slug']}",
            True,
            "entry",
            policy_version=effective.policy_version,
            rules_version=row["rules_version"],
            promotion_id=row["id"],
            ip=ip,
        )
        outcome = None
        if row["kind"] == "instant_win":
            outcome = await _instant_win.decide(row["id"], entry["id"], prizes, now)
            if outcome.won:
                await Entry.update({Entry.won: True, Entry.prize: outcome.prize_id}).where(Entry.id == entry["id"])
        if checked.subscribe:
            await _newsletter_opt_in(checked, effective, ip, now)
        await queue_mail(
            kind="transactional",
            recipient=checked.email,
            template="entry_confirmation",
            context=_mail_context(row, effective, checked, entry, outcome, now),
            person_id=person_id,
        )
        if gpc:
            await people.honour_gpc(person_id, ip=ip)
    return _result(entry, outcome)


async def _enter_in_one_statement(
    row: dict[str, Any], effective: EffectivePolicy, checked: Checked, ip: str | None, now: datetime
) -> dict[str, Any] | None:
    """The common entry on PostgreSQL (see _one_statement); None when its first limit slot is taken."""
    referral_code, receipt_code = receipts.new_codes(receipts.REFERRAL_CODE_LENGTH, receipts.RECEIPT_CODE_LENGTH)
    entry: dict[str, Any] = {"id": None, "referral_code": referral_code, "receipt": receipt_code}
    mail_context = _mail_context(row, effective, checked, entry, None, now)
    del mail_context["entry_id"]  # the statement adds it
    entry["id"] = await _one_statement.enter(
        address=checked.email,
        person_fields={"name": checked.name, "country": checked.country, "region": checked.region},
        promotion_id=row["id"],
        bucket=policy_rules.entry_limit_key(effective, now),
        rules_version=row["rules_version"],
        entry={
            "country": checked.country,
            "region": checked.region,
            "answer": checked.answer,
            "poll_option": checked.option_id,
            "referral_code": entry["referral_code"],
            "receipt": entry["receipt"],
        },
        consent_purpose=f"rules:{row['slug']}",
        policy_version=effective.policy_version,
        ip=ip,
        mail_context=mail_context,
        now=now,
    )
    return entry if entry["id"] is not None else None


def _result(entry: dict[str, Any], outcome: _instant_win.Outcome | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "entry_id": entry["id"],
        "receipt": receipts.receipt_token(entry["id"]),
        "receipt_code": entry["receipt"],
        "referral_code": entry["referral_code"],
    }
    if outcome is not None:
        prize = {"name": outcome.prize_name, "description": outcome.prize_description} if outcome.won else None
        result["instant_win"] = {"won": outcome.won, "prize": prize}
    return result


async def _newsletter_opt_in(checked: Checked, effective: EffectivePolicy, ip: str | None, now: datetime) -> None:
    """Integration point with newsletters: a double opt-in request per list, in this transaction."""
    from heliograph.newsletters import service as newsletters

    try:
        await _subscribe(newsletters, checked, effective, ip, now)
    except InvalidField as exc:  # the newsletter service names its field "lists"; ours is "subscribe"
        for error in exc.errors:
            if error.get("field") == "lists":
                error["field"] = "subscribe"
        raise


async def _subscribe(
    newsletters: Any, checked: Checked, effective: EffectivePolicy, ip: str | None, now: datetime
) -> None:
    await newsletters.subscribe(
        email=checked.email,
        lists=checked.subscribe,
        name=checked.name,
        country=checked.country,
        policy_version=effective.policy_version,
        ip=ip,
        age_checked=True,  # checked above under the promotion's (stricter or equal) effective minimum age
        now=now,
    )


def _mail_context(
    row: dict[str, Any],
    effective: EffectivePolicy,
    checked: Checked,
    entry: dict[str, Any],
    outcome: _instant_win.Outcome | None,
    now: datetime,
) -> dict[str, Any]:
    """What the confirmation mail renders."""
    base = get_settings().base_url
    return {
        "name": checked.name,
        "title": row["title"],
        "kind": row["kind"],
        "entry_id": entry["id"],
        "receipt_code": entry["receipt"],
        "referral_code": entry["referral_code"],
        "entered_at": _local(now, effective.timezone),
        "closes_at": _local(row["closes_at"], effective.timezone),
        "promotion_url": f"{base}/promotions/{row['slug']}",
        "rules_url": f"{base}/promotions/{row['slug']}/rules",
        "rules_version": row["rules_version"],
        "instant_win": outcome is not None,
        "won": bool(outcome and outcome.won),
        "prize_name": outcome.prize_name if outcome and outcome.won else None,
    }

"""An ordinary entry written by one PostgreSQL statement: the hot path of taking entries.

An entry writes four rows: the person (upserted), the entry, the consent event for the rules it
accepts and the outbox row of its confirmation mail (P6, P8). On PostgreSQL, one statement with
data-modifying WITH clauses writes all four atomically in a single round trip, with no BEGIN and
COMMIT around it. Every intake check has run before (_entries.enter), exactly as on the general path.

It covers the common entry: no referral code, no newsletter opt-in, no GPC signal, not an instant
win, into the first slot of the person's entry limit. When that slot is taken the statement writes
no entry, consent or mail (each depends on the entry row) and the caller falls back to the general
path, which finds a free slot or refuses with entry_limit_reached. Everything else, and SQLite
always, goes through the general path (one transaction, several statements).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from heliograph import db, jobs
from heliograph.people import service as people

_PERSON = people.ACTIVE_PERSON_UPSERT_SQL + " RETURNING id"

# After the person's parameters: promotion, bucket, limit-key prefix and suffix (the key is
# promotions.rules.limit_key for slot 1), rules version, country, region, answer, poll option,
# referral code, receipt code, entry time; consent purpose, policy version, IP hash; the address and
# the mail context (without the entry id, which the statement adds).
_REST = """
), e AS (
    INSERT INTO entry (promotion, person, source, status, bucket, limit_key, rules_version, country, region,
                       answer, poll_option, referral_code, referred_by_entry_id, won, prize, receipt, created_at)
    SELECT {}::integer, p.id, 'form', 'valid', {}::text, {}::text || p.id::text || {}::text, {}::integer,
           {}::text, {}::text, {}::text, {}::integer, {}::text, NULL, false, NULL, {}::text, {}::timestamptz
    FROM p
    ON CONFLICT (limit_key) DO NOTHING
    RETURNING id, person, created_at, rules_version, promotion
), c AS (
    INSERT INTO consent_event (person, purpose, granted, method, policy_version, rules_version, promotion_id,
                               ip_hash, created_at)
    SELECT e.person, {}::text, true, 'entry', {}::text, e.rules_version, e.promotion, {}::text, e.created_at
    FROM e
), d AS (
    INSERT INTO delivery (kind, recipient, person_id, template, context, status, attempts, created_at, updated_at)
    SELECT 'transactional', {}::text, e.person, 'entry_confirmation',
           ({}::jsonb || jsonb_build_object('entry_id', e.id))::json, 'queued', 0, e.created_at, e.created_at
    FROM e
    RETURNING id
)
SELECT e.id AS entry_id, d.id AS delivery_id FROM e, d
"""
SQL = db.numbered("WITH p AS (" + _PERSON + _REST)


async def enter(
    *,
    address: str,
    person_fields: dict[str, Any],
    promotion_id: int,
    bucket: str,
    rules_version: int,
    entry: dict[str, Any],
    consent_purpose: str,
    policy_version: str,
    ip: str | None,
    mail_context: dict[str, Any],
    now: datetime,
) -> int | None:
    """Write the person, the entry in slot 1 of its bucket, its consent event and its confirmation mail.

    Returns the entry id, or None when the slot was taken (nothing but the person upsert was written).
    The confirmation mail's job is sent at once: the statement has committed.
    """
    row = await db.fetch_row(
        SQL,
        *people.upsert_values(address, now, person_fields),
        promotion_id,
        bucket,
        f"{promotion_id}:",
        f":{bucket}:1",
        rules_version,
        entry["country"],
        entry["region"],
        entry["answer"],
        entry["poll_option"],
        entry["referral_code"],
        entry["receipt"],
        now,
        consent_purpose,
        policy_version,
        people.ip_hash(ip),
        address,
        json.dumps(mail_context),
    )
    if row is None:
        return None
    jobs.enqueue(jobs.SEND_DELIVERY, int(row["delivery_id"]))
    return int(row["entry_id"])

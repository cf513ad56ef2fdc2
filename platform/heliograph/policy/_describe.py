"""The effective policy in plain English for the promotion page (P5)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from heliograph.policy._model import DEFAULT_SPONSOR_PURPOSE
from heliograph.policy._places import country_name, region_name

if TYPE_CHECKING:
    from heliograph.policy._model import EffectivePolicy, EntryLimit

FIELD_LABELS = {
    "name": "name",
    "username": "user name",
    "postal_address": "postal address",
    "phone": "phone number",
    "email": "email address",
    "profile_picture": "profile picture",
    "social_account_id": "social media account",
    "country": "country of residence",
}

_NEVER_ASKED = (
    "We never ask for sensitive information such as your health, religion or beliefs, "
    "political opinions, racial or ethnic origin, criminal background or trade union membership."
)


def _join(items: Sequence[str], word: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _with_article(country: str) -> str:
    # "the United States", "the Netherlands"; most country names take no article.
    words = country.split()
    if words[0] in ("United", "Dominican", "Central", "Czech", "Holy") or words[-1] in _PLURAL_ENDINGS:
        return f"the {country}"
    return country


_PLURAL_ENDINGS = ("Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles")


def _when(moment: datetime, zone: str) -> str:
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"up to {count} times")


def _limit(limit: EntryLimit, zone_label: str) -> str:
    if limit.per == "day":
        return f"You may enter {_times(limit.count)} per day ({zone_label})."
    return f"You may enter {_times(limit.count)} in total."


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def describe(effective: EffectivePolicy, *, sponsor_names: Sequence[str] = ()) -> list[str]:
    """Plain-English sentences saying who may enter, what is collected and shared, and for how long."""
    if not effective.is_promotion:
        return [
            f"You must be {effective.min_age} or older to sign up.",
            "We ask for your email address and, if you wish, your name and country of residence.",
            "You can unsubscribe at any time with the link in every email we send.",
            _NEVER_ASKED,
        ]
    zone_label = f"{effective.timezone.replace('_', ' ')} time"
    lines = [f"You must be {effective.min_age} or older to enter."]
    if effective.eligible_countries is None:
        lines.append("Residents of any country may enter.")
    else:
        names = [_with_article(n) for n in sorted(map(country_name, effective.eligible_countries))]
        lines.append(f"Open to residents of {_join(names)}.")
    if effective.excluded_regions:
        regions = [region_name(r) for r in effective.excluded_regions]
        lines.append(f"Residents of {_join(regions, 'or')} may not enter.")
    if effective.opens_at is not None and effective.closes_at is not None:
        lines.append(
            f"Entries are accepted from {_when(effective.opens_at, effective.timezone)} "
            f"until {_when(effective.closes_at, effective.timezone)} ({zone_label})."
        )
    if effective.entry_limit is not None:
        lines.append(_limit(effective.entry_limit, zone_label))
    if effective.referral_bonus > 0:
        bonus = _plural(effective.referral_bonus, "bonus entry", "bonus entries")
        lines.append(f"You earn {bonus} for each friend you invite who enters.")
    if effective.winners > 0:
        claim = ""
        if effective.claim_days:
            claim = f" Winners have {_plural(effective.claim_days, 'day', 'days')} to claim their prize"
            claim += "; otherwise it goes to a runner-up." if effective.alternates > 0 else "."
        lines.append(f"There will be {_plural(effective.winners, 'winner', 'winners')}.{claim}")

    asked = ["name", "email address", "date of birth", "country of residence"]
    if effective.excluded_regions:
        asked.append("state or region")
    lines.append(f"To enter, we ask for your {_join(asked)}.")
    lines.append("We use your date of birth only to check your age.")
    lines.append(_NEVER_ASKED)

    who = _join(list(sponsor_names)) or "the sponsor"
    basic = [
        FIELD_LABELS.get(f.field, f.field) for f in effective.sponsor_fields if f.purpose == DEFAULT_SPONSOR_PURPOSE
    ]
    extra = [
        f"your {FIELD_LABELS.get(f.field, f.field)}" + (f" for {f.purpose}" if f.purpose else "")
        for f in effective.sponsor_fields
        if f.purpose != DEFAULT_SPONSOR_PURPOSE
    ]
    if basic or extra:
        shared = f"your {_join(basic)}" if basic else _join(extra)
        more = f", and {_join(extra)}" if basic and extra else ""
        lines.append(f"If you win, {who} will receive {shared}{more}.")
    else:
        lines.append(f"We do not give your details to {who}.")
    if effective.announce_winners:
        lines.append("Winners' first names, last initials and countries will be published on this page.")
    else:
        lines.append("We will not publish winners' names.")

    if effective.retention_days > 0:
        kept = _plural(effective.retention_days, "day", "days")
        lines.append(f"We keep entrants' details for {kept} after the promotion ends, then delete them.")
    else:
        lines.append("We delete entrants' details when the promotion ends.")
    if effective.winners > 0:
        years = _plural(effective.winner_record_years, "year", "years")
        lines.append(f"We keep a record of winners for {years}.")
    if effective.allow_newsletter_opt_in:
        lines.append("Joining our newsletter is optional and does not affect your chance of winning.")
    lines.append("No purchase necessary.")
    return lines

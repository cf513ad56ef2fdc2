"""Age arithmetic for the minimum-age rule (P1); re-exported by `heliograph.policy.rules`."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

HARD_MIN_AGE = 13
"""Nobody younger than this may sign up or enter, whatever a policy or rule says (P1)."""

MAX_PLAUSIBLE_AGE = 120
"""A birth date giving an age above this is treated as a typing mistake."""

INVALID_FIELD = "invalid_field"

# Names the zone database lists that are not places a marketer means.
_NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones()) - _NOT_PLACES


def is_known_timezone(name: str) -> bool:
    """Whether `name` is an IANA time zone name such as "Europe/Paris"."""
    return isinstance(name, str) and name in _zone_names()


def age_on(birth_date: date, on: date) -> int:
    """Completed years of age on the date `on`.

    Someone born on 29 February turns a year older on 1 March in non-leap years (the day
    after 28 February), so a person born 2012-02-29 is 12 on 2025-02-28 and 13 on 2025-03-01.
    """
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def birthday(birth_date: date, age: int) -> date:
    """The date on which a person born on `birth_date` reaches `age` (29 Feb → 1 Mar)."""
    try:
        return birth_date.replace(year=birth_date.year + age)
    except ValueError:  # 29 February in a non-leap year
        return date(birth_date.year + age, 3, 1)


def entry_local_date(now: datetime, timezone: str) -> date:
    """The calendar date of the aware instant `now` in the IANA zone `timezone`."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(ZoneInfo(timezone)).date()


def check_birth_date(birth_date: object, today: date) -> str | None:
    """Return "invalid_field" if `birth_date` is not a plausible date of birth on `today`."""
    if isinstance(birth_date, datetime) or not isinstance(birth_date, date):
        return INVALID_FIELD
    if birth_date > today:
        return INVALID_FIELD
    if age_on(birth_date, today) > MAX_PLAUSIBLE_AGE:
        return INVALID_FIELD
    return None


def meets_min_age(birth_date: date, now: datetime, timezone: str, min_age: int) -> bool:
    """Whether the person is at least `min_age` (never less than 13) on the local date of `now`.

    The date is taken in `timezone`: a 13th birthday that is today there is allowed, one that
    is tomorrow there is refused, whatever the date is in UTC.
    """
    return age_on(birth_date, entry_local_date(now, timezone)) >= max(min_age, HARD_MIN_AGE)

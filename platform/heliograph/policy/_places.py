"""Countries (ISO 3166-1 alpha-2) and regions (ISO 3166-2) for eligibility rules."""

from __future__ import annotations

from collections.abc import Iterable

import pycountry


def normalize_country(code: object) -> str | None:
    """The upper-case ISO 3166-1 alpha-2 code for `code`, or None if it is not one."""
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    if len(code) != 2 or not code.isalpha():
        return None
    return code if pycountry.countries.get(alpha_2=code) is not None else None


def normalize_region(code: object) -> str | None:
    """The upper-case ISO 3166-2 code for `code` (e.g. "US-NY"), or None if it is not one."""
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    if "-" not in code:
        return None
    return code if pycountry.subdivisions.get(code=code) is not None else None


def region_country(region: str) -> str:
    """The country part of an ISO 3166-2 code ("US-NY" → "US")."""
    return region.split("-", 1)[0].upper()


def region_and_parents(region: str) -> list[str]:
    """The region followed by the regions that contain it ("GB-LND" → ["GB-LND", "GB-ENG"])."""
    chain: list[str] = []
    code: str | None = region
    while code and code not in chain:
        chain.append(code)
        sub = pycountry.subdivisions.get(code=code)
        code = getattr(sub, "parent_code", None) if sub is not None else None
    return chain


def region_excluded(region: str, excluded: Iterable[str]) -> bool:
    """Whether `region`, or a region containing it, is in `excluded`."""
    excluded_set = set(excluded)
    return any(code in excluded_set for code in region_and_parents(region))


def country_name(code: str) -> str:
    """The everyday English name of a country ("KR" → "South Korea")."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def region_name(code: str) -> str:
    """The English name of a region with its country ("US-NY" → "New York (United States)")."""
    sub = pycountry.subdivisions.get(code=code)
    name = sub.name if sub is not None else code
    return f"{name} ({country_name(region_country(code))})"


def dedupe(values: Iterable[str]) -> tuple[str, ...]:
    """The values in their first-seen order, without repeats."""
    return tuple(dict.fromkeys(values))

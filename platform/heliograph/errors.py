"""Domain errors: each carries a stable problem-details code and an HTTP status."""

from __future__ import annotations

from typing import Any


class HeliographError(Exception):
    """Base error for everything the product refuses on purpose."""

    code: str = "invalid_field"
    status: int = 400
    title: str = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        errors: list[dict[str, str]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.errors = errors or []
        self.extra = extra or {}


class InvalidField(HeliographError):
    code, status, title = "invalid_field", 422, "Invalid field"

    def __init__(self, field: str, detail: str | None = None, *, code: str = "invalid_field") -> None:
        super().__init__(detail or f"{field} is not valid", errors=[{"field": field, "code": code}])
        self.field = field


class UnknownField(HeliographError):
    code, status, title = "unknown_field", 422, "Unknown field"


class UnderMinimumAge(HeliographError):
    code, status, title = "under_minimum_age", 422, "Below the minimum age"


class SensitiveData(HeliographError):
    code, status, title = "sensitive_data", 422, "Sensitive data is not accepted"


class CountryNotEligible(HeliographError):
    code, status, title = "country_not_eligible", 422, "Country not eligible"


class RulesNotAccepted(HeliographError):
    code, status, title = "rules_not_accepted", 422, "The official rules must be accepted"


class EntryLimitReached(HeliographError):
    code, status, title = "entry_limit_reached", 409, "Entry limit reached"


class PromotionNotOpen(HeliographError):
    code, status, title = "promotion_not_open", 409, "Promotion is not open"


class NotFound(HeliographError):
    code, status, title = "not_found", 404, "Not found"


class NotAuthenticated(HeliographError):
    code, status, title = "not_authenticated", 401, "Not authenticated"


class Forbidden(HeliographError):
    code, status, title = "forbidden", 403, "Forbidden"


class InvalidToken(HeliographError):
    code, status, title = "invalid_token", 400, "Invalid or expired link"


class RateLimited(HeliographError):
    code, status, title = "rate_limited", 429, "Too many requests"

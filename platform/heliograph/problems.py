"""RFC 9457 problem details for every error, with the stable codes of the HTTP contract."""

from __future__ import annotations

import logging
import re
from typing import Any

import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.response import Template

from heliograph.errors import HeliographError

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

_STATUS_CODES = {
    400: "invalid_field",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "invalid_field",
    415: "invalid_field",
    422: "invalid_field",
    429: "rate_limited",
}

_UNKNOWN_FIELD = re.compile(r"unknown field `([^`]+)`")
_AT_PATH = re.compile(r"at `\$\.?([^`]*)`")


class Body(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Base of every request body: fields the schema does not declare are refused."""


def _wants_html(request: Request[Any, Any, Any]) -> bool:
    if request.url.path.startswith("/api/"):
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def problem(
    request: Request[Any, Any, Any],
    *,
    status: int,
    code: str,
    title: str,
    detail: str,
    errors: list[dict[str, str]] | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[Any]:
    """A problem-details response (or an HTML error page for a browser on a page route)."""
    body: dict[str, Any] = {
        "type": f"urn:heliograph:problem:{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
        "instance": request.url.path,
    }
    if errors:
        body["errors"] = errors
    if extra:
        body.update(extra)
    if _wants_html(request):
        return Template(
            template_name="pages/error.html", context={"problem": body}, status_code=status, headers=headers
        )  # type: ignore[return-value]
    return Response(content=body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def handle_domain_error(request: Request[Any, Any, Any], exc: HeliographError) -> Response[Any]:
    return problem(
        request,
        status=exc.status,
        code=exc.code,
        title=exc.title,
        detail=exc.detail,
        errors=exc.errors,
        extra=exc.extra,
    )


def _field_errors(exc: ValidationException) -> tuple[str, list[dict[str, str]]]:
    """Turn Litestar/msgspec validation messages into {field, code} pairs and a top code."""
    errors: list[dict[str, str]] = []
    top = "invalid_field"
    items = exc.extra if isinstance(exc.extra, list) else []
    for item in items:
        message = str(item.get("message", "")) if isinstance(item, dict) else str(item)
        key = item.get("key") if isinstance(item, dict) else None
        unknown = _UNKNOWN_FIELD.search(message)
        if unknown:
            path = _AT_PATH.search(message)
            parent = (path.group(1) if path else "") or (key if key != "data" else "")
            prefix = f"{parent}." if parent else ""
            errors.append({"field": prefix + unknown.group(1), "code": "unknown_field"})
            top = "unknown_field"
            continue
        path = _AT_PATH.search(message)
        field = key or (path.group(1) if path else "") or "body"
        errors.append({"field": str(field), "code": "invalid_field", "message": message})
    if not errors:
        errors.append({"field": "body", "code": "invalid_field", "message": exc.detail})
    return top, errors


def handle_validation_error(request: Request[Any, Any, Any], exc: ValidationException) -> Response[Any]:
    code, errors = _field_errors(exc)
    title = "Unknown field" if code == "unknown_field" else "Invalid field"
    return problem(request, status=422, code=code, title=title, detail=exc.detail, errors=errors)


def handle_http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    code = _STATUS_CODES.get(exc.status_code, "internal_error" if exc.status_code >= 500 else "invalid_field")
    return problem(
        request,
        status=exc.status_code,
        code=code,
        title=exc.detail if exc.status_code < 500 else "Internal error",
        detail=exc.detail,
        headers=exc.headers,
    )


def handle_internal_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem(request, status=500, code="internal_error", title="Internal error", detail="Something went wrong.")


EXCEPTION_HANDLERS: dict[Any, Any] = {
    HeliographError: handle_domain_error,
    ValidationException: handle_validation_error,
    HTTPException: handle_http_error,
    Exception: handle_internal_error,
}

__all__ = ["EXCEPTION_HANDLERS", "Body", "MediaType", "problem"]

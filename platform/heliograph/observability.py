"""Logging (JSON in production, request ids everywhere) and Prometheus metrics."""

from __future__ import annotations

import contextvars
import itertools
import json
import logging
import sys
import time
import uuid
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter(
    "heliograph_http_requests_total",
    "HTTP requests by route and status",
    ["method", "route", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram("heliograph_http_request_seconds", "HTTP request duration", ["route"], registry=REGISTRY)
DELIVERIES = Gauge(
    "heliograph_deliveries", "Outbox deliveries by kind and status", ["kind", "status"], registry=REGISTRY
)
OUTBOX_AGE = Gauge("heliograph_outbox_oldest_queued_seconds", "Age of the oldest queued delivery", registry=REGISTRY)


class RequestIdFilter(logging.Filter):
    """Adds the current request id (or '-') to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get() or "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(log_format: str, level: str) -> None:
    """Route every logger to stderr in the chosen format, with request ids."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiosqlite", "asyncio", "mail.log", "dramatiq.worker.ConsumerThread"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))


_ID_PREFIX = uuid.uuid4().hex[:16]  # per process
_id_counter = itertools.count(1)


def new_request_id() -> str:
    """A request id unique across processes and restarts: a random per-process prefix and a counter
    (a request id needs no secrecy, and this spares a system call for randomness per request)."""
    return f"{_ID_PREFIX}{next(_id_counter):016x}"  # 32 hex digits, like a UUID


class RequestContextMiddleware:
    """Raw ASGI middleware: request id in and out, and request metrics by route template."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")[:64]
        rid = incoming if incoming and incoming.replace("-", "").isalnum() else new_request_id()
        request_id_var.set(rid)  # each request runs in its own task: no reset needed
        status_holder = {"status": 500}
        started = time.perf_counter()

        async def send_wrapper(message: Any) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            # Litestar's exception handling sits outside this middleware and answers for it.
            status: Any = getattr(exc, "status", None) or getattr(exc, "status_code", None) or 500
            status_holder["status"] = int(status)
            raise
        finally:
            route = scope.get("path_template") or "unmatched"
            REQUESTS.labels(scope.get("method", ""), route, str(status_holder["status"])).inc()
            LATENCY.labels(route).observe(time.perf_counter() - started)

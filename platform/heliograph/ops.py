"""Operations: health, readiness, metrics, and the home page."""

from __future__ import annotations

import asyncio
from typing import Any

from litestar import MediaType, Response, get
from litestar.response import Template
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from heliograph import db, jobs
from heliograph.mail import service as mail_service
from heliograph.mail.transport import check_reachable
from heliograph.observability import DELIVERIES, OUTBOX_AGE, REGISTRY
from heliograph.policy import screen
from heliograph.settings import get_settings


async def _database_ok() -> bool:
    try:
        await asyncio.wait_for(db.ping(), 3)
        return True
    except Exception:
        return False


def _broker_ok() -> str:
    settings = get_settings()
    if settings.embedded:
        return "ok"
    broker: Any = jobs.get_broker()
    try:
        broker.client.ping()
        return "ok"
    except Exception:
        return "unreachable"


@get("/healthz", tags=["operations"])
async def healthz() -> Response[dict[str, Any]]:
    """Database, broker and SMTP reachability; 503 when any is down."""
    settings = get_settings()
    database = "ok" if await _database_ok() else "unreachable"
    broker = await asyncio.to_thread(_broker_ok)
    smtp = "ok" if await check_reachable(settings) else "unreachable"
    checks = {"database": database, "broker": broker, "smtp": smtp}
    healthy = all(v == "ok" for v in checks.values())
    body = {
        "status": "ok" if healthy else "degraded",
        "mode": "embedded" if settings.embedded else "production",
        "checks": checks,
    }
    return Response(body, status_code=200 if healthy else 503)


@get("/readyz", tags=["operations"])
async def readyz() -> Response[dict[str, str]]:
    """Whether this process is ready for full load: 503 while the sensitive-data screen still compiles
    its rules in the background after start (seconds of CPU that would otherwise slow the first
    requests). Send traffic to a new process once this answers 200; /healthz is for liveness."""
    if screen.is_warm():
        return Response({"status": "ready"}, status_code=200)
    return Response({"status": "warming"}, status_code=503)


@get("/metrics", media_type=MediaType.TEXT, include_in_schema=False)
async def metrics() -> Response[bytes]:
    """Prometheus metrics: requests, deliveries by kind and status, outbox age."""
    counts, age = await mail_service.outbox_stats()
    DELIVERIES.clear()
    for row in counts:
        DELIVERIES.labels(row["kind"], row["status"]).set(row["count"])
    OUTBOX_AGE.set(age)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


@get("/", include_in_schema=False)
async def home() -> Template:
    """A small start page."""
    return Template(template_name="pages/home.html", context={"embedded": get_settings().embedded})


HANDLERS = [healthz, readyz, metrics, home]

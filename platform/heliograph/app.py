"""The Litestar application factory."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar
from litestar.openapi.config import OpenAPIConfig
from litestar.plugins.jinja import JinjaTemplateEngine as Jinja
from litestar.template.config import TemplateConfig

from heliograph import db, runtime
from heliograph.console import routes as console_routes
from heliograph.mail import catcher
from heliograph.mail import routes as mail_routes
from heliograph.newsletters import campaign_routes
from heliograph.newsletters import routes as newsletter_routes
from heliograph.observability import RequestContextMiddleware
from heliograph.ops import HANDLERS as OPS_HANDLERS
from heliograph.people import routes as people_routes
from heliograph.policy import routes as policy_routes
from heliograph.policy import screen
from heliograph.problems import EXCEPTION_HANDLERS
from heliograph.promotions import contest_routes, draw_routes, poll_routes, referral_routes
from heliograph.promotions import routes as promotion_routes
from heliograph.settings import Settings, get_settings
from heliograph.sponsors import routes as sponsor_routes
from heliograph.templating import get_environment

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> Litestar:
    """Build the web app; in the embedded mode it also runs the job worker and the mail catcher."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        await db.start(settings)
        # Load the sensitive-data model in the background so the first free-text entry does not wait.
        threading.Thread(target=screen.warm_up, name="screen-warm-up", daemon=True).start()
        started_catcher = settings.catch_mail and catcher.get_catcher() is None
        if started_catcher:
            catcher.start_catcher(settings)
        started_worker = settings.embedded and not runtime.worker_running()
        scheduler = None
        if started_worker:
            runtime.start_worker(settings)
            scheduler = runtime.build_scheduler()
            scheduler.start()
        try:
            yield
        finally:
            if scheduler is not None:
                scheduler.shutdown(wait=False)
            if started_worker:
                runtime.stop_worker()
            if started_catcher:
                catcher.stop_catcher()
            await db.stop()

    handlers: list[Any] = [
        *OPS_HANDLERS,
        *policy_routes.PUBLIC_HANDLERS,
        *console_routes.PUBLIC_HANDLERS,
        *newsletter_routes.PUBLIC_HANDLERS,
        *people_routes.HANDLERS,
        *poll_routes.PUBLIC_HANDLERS,
        *referral_routes.PUBLIC_HANDLERS,
        *draw_routes.PUBLIC_HANDLERS,
        *sponsor_routes.SPONSOR_HANDLERS,
        *promotion_routes.PUBLIC_HANDLERS,
        console_routes.admin_router(
            [
                *policy_routes.ADMIN_HANDLERS,
                *newsletter_routes.ADMIN_HANDLERS,
                *campaign_routes.ADMIN_HANDLERS,
                *contest_routes.ADMIN_HANDLERS,
                *draw_routes.ADMIN_HANDLERS,
                *poll_routes.ADMIN_HANDLERS,
                *promotion_routes.ADMIN_HANDLERS,
                *sponsor_routes.ADMIN_HANDLERS,
            ]
        ),
    ]
    if settings.catch_mail:
        handlers.extend(mail_routes.HANDLERS)

    return Litestar(
        route_handlers=handlers,
        lifespan=[lifespan],
        exception_handlers=EXCEPTION_HANDLERS,
        middleware=[RequestContextMiddleware],
        template_config=TemplateConfig(engine=Jinja.from_environment(get_environment())),
        openapi_config=OpenAPIConfig(title="Heliograph", version="0.1.0", path="/schema"),
        logging_config=None,
        debug=False,
    )

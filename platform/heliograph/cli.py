"""The `heliograph` command: serve, worker, scheduler, migrate, users, mail."""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
import time
from datetime import UTC
from typing import Any

import click

from heliograph.settings import Settings, SettingsError, get_settings


def load_settings_or_exit() -> Settings:
    """The settings, or a one-line message naming the bad variable and exit status 2."""
    try:
        settings = get_settings()
    except SettingsError as exc:
        click.echo(f"heliograph: configuration error: {exc}", err=True)
        sys.exit(2)
    from heliograph.observability import configure_logging

    configure_logging(settings.log_format, settings.log_level)
    return settings


def _stop_on_signal() -> threading.Event:
    """An event set by SIGINT or SIGTERM; install it before saying a process runs, so an early stop is clean."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def _wait(stop: threading.Event) -> None:
    while not stop.wait(0.5):
        pass


async def migrate_database(settings: Settings) -> None:
    """Run every migration forwards and seed the default policy."""
    from piccolo.apps.migrations.commands.forwards import run_forwards

    from heliograph import db
    from heliograph.policy.service import seed_default_policy

    await db.start(settings)
    try:
        result = await run_forwards(app_name="heliograph")
        if not result.success:
            raise click.ClickException(f"migration failed: {result.message}")
        await seed_default_policy()
    finally:
        await db.stop()


@click.group()
def main() -> None:
    """Heliograph: newsletters and promotions with privacy built in."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Web processes sharing the port (PostgreSQL and Redis only; the embedded mode runs one).",
)
def serve(host: str, port: int, workers: int) -> None:
    """Run the web app (and, in the embedded mode, the jobs and the mail catcher)."""
    import uvicorn

    settings = load_settings_or_exit()
    if workers > 1 and (settings.embedded or settings.database.engine == "sqlite"):
        raise click.UsageError(
            "--workers above 1 needs HELIOGRAPH_DATABASE_URL (PostgreSQL) and HELIOGRAPH_REDIS_URL: "
            "the embedded mode runs its jobs and mail catcher in its one process"
        )
    if settings.database.engine == "sqlite":
        asyncio.run(migrate_database(settings))
    url = f"http://{host}:{port}"
    click.echo(f"Heliograph is at {url}")
    if settings.embedded:
        click.echo(f"  embedded mode: database {settings.database_url}, jobs run in this process")
    if settings.catch_mail:
        click.echo(f"  mail is caught on smtp://127.0.0.1:{settings.catcher_port} and listed at {url}/dev/mail")
    else:
        click.echo(f"  mail goes to {settings.smtp.host}:{settings.smtp.port}" if settings.smtp else "")
    uvicorn.run(
        "heliograph.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,
        lifespan="on",
    )


@main.command()
@click.option("--threads", type=int, default=None, help="Job threads (default HELIOGRAPH_WORKER_THREADS).")
def worker(threads: int | None) -> None:
    """Run the job worker (needs HELIOGRAPH_REDIS_URL)."""
    from heliograph import runtime

    settings = load_settings_or_exit()
    if settings.embedded:
        raise click.UsageError("HELIOGRAPH_REDIS_URL is not set: in the embedded mode `heliograph serve` runs the jobs")
    stop = _stop_on_signal()
    runtime.start_worker(settings, threads)
    click.echo("worker running; stop with Ctrl-C")
    try:
        _wait(stop)
    finally:
        runtime.stop_worker()


@main.command()
def scheduler() -> None:
    """Run the periodic jobs (outbox sweep and the like)."""
    from heliograph import runtime

    settings = load_settings_or_exit()
    if settings.embedded:
        raise click.UsageError(
            "HELIOGRAPH_REDIS_URL is not set: in the embedded mode `heliograph serve` runs the scheduler"
        )
    stop = _stop_on_signal()
    sched = runtime.build_scheduler()
    sched.start()
    click.echo("scheduler running: " + ", ".join(f"{n} every {s}s" for n, s in runtime.PERIODIC_JOBS.items()))
    try:
        _wait(stop)
    finally:
        sched.shutdown(wait=False)


@main.command()
def migrate() -> None:
    """Bring the database schema up to date and seed the default policy."""
    settings = load_settings_or_exit()
    asyncio.run(migrate_database(settings))
    click.echo("database is up to date")


@main.group()
def users() -> None:
    """Console and API users."""


@users.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["owner", "marketer", "viewer"]), required=True)
def users_create(email: str, role: str) -> None:
    """Create a user; the password comes from a prompt, or from stdin when it is not a terminal."""
    from heliograph import db
    from heliograph.console.service import create_user
    from heliograph.errors import HeliographError

    settings = load_settings_or_exit()
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")

    async def run() -> int:
        await db.start(settings)
        try:
            return await create_user(email, password, role)
        finally:
            await db.stop()

    try:
        user_id = asyncio.run(run())
    except HeliographError as exc:
        raise click.ClickException(exc.detail) from None
    click.echo(f"created {role} {email} (id {user_id})")


@main.group()
def mail() -> None:
    """Mail tools."""


@mail.command("test")
@click.option("--to", "to", required=True, help="Address to send the test message to.")
@click.option("--wait", type=float, default=30.0, show_default=True, help="Seconds to wait for the outcome.")
def mail_test(to: str, wait: float) -> None:
    """Send an administrative test message through the outbox and the worker."""
    from heliograph import runtime

    settings = load_settings_or_exit()
    if settings.embedded:
        runtime.start_worker(settings, threads=1)
    try:
        outcome = asyncio.run(_mail_test(settings, to, wait))
    finally:
        if settings.embedded:
            runtime.stop_worker()
    status = outcome.get("status")
    if status == "sent":
        click.echo(f"sent to {outcome['recipient']} with Message-ID {outcome['message_id']}")
        return
    detail = outcome.get("last_error") or "no worker took it"
    hint = ""
    if status == "queued":
        hint = " (is `heliograph worker` running?)" if not settings.embedded else ""
        if settings.catch_mail:
            hint = " (the mail catcher runs inside `heliograph serve`; start it, or set HELIOGRAPH_SMTP_URL)"
    raise click.ClickException(f"delivery {outcome['id']} is {status}: {detail}{hint}")


async def _mail_test(settings: Settings, to: str, wait: float) -> dict[str, Any]:
    from datetime import datetime

    from heliograph import db, jobs
    from heliograph.errors import HeliographError
    from heliograph.mail import service
    from heliograph.people.addresses import normalise_email

    await db.start(settings)
    try:
        try:
            recipient = normalise_email(to, field="--to")
        except HeliographError as exc:
            raise click.BadParameter(exc.detail, param_hint="--to") from None
        delivery_id = await service.queue_mail(
            kind="administrative",
            recipient=recipient,
            template="test",
            context={"recipient": recipient, "requested_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")},
        )
        await asyncio.to_thread(jobs.RELAY.flush)
        deadline = time.monotonic() + wait
        while True:
            row = await service.get_delivery(delivery_id)
            assert row is not None
            if row["status"] in ("sent", "failed", "suppressed") or time.monotonic() > deadline:
                return row
            await asyncio.sleep(0.2)
    finally:
        await db.stop()


if __name__ == "__main__":  # pragma: no cover
    main()

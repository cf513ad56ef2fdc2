"""Batch sending: prebuilt messages over several persistent SMTP connections, claimed at the last moment.

Never twice. A delivery is claimed (queued → sending: one conditional UPDATE for every message that is
ready at that moment) only once its envelope was accepted and its whole body written, right before the
final "." that makes the SMTP server take the message; that "." is written in the very step that reads
the claim's answer. So:

- killed before the claim, a delivery is still queued and the server has a DATA without its "." (which
  it discards): another run sends it;
- a claim lost to another run, a cancellation or an unsubscribe drops the connection mid-DATA: nothing
  is sent (that is the only way out of DATA);
- killed after the claim, a delivery stays `sending`; the campaign watch records it as sent,
  unconfirmed, and it is never sent again.

The remaining window: a worker killed after a claim committed but before its "." was taken by the server
— while the event loop gets to the claim's answer (well under a millisecond, a few under heavy load), or
after the "." but before the server processed it (servers that commit on the "." deliver it; aiosmtpd
drops it) — leaves a message recorded as sent, unconfirmed, that may not have arrived. That is at most
the messages in flight at that moment (one per connection), and none is sent twice.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Any

import aiosmtplib
from piccolo.querystring import QueryString

from heliograph import db
from heliograph.mail._batch_mime import Skeleton, build_skeleton, dot_stuff, encode_header, marker, qp_encode
from heliograph.mail.service import BACKOFF_S, MAX_ATTEMPTS
from heliograph.mail.tables import Delivery
from heliograph.mail.transport import open_client, smtp_target
from heliograph.settings import Settings, SmtpConfig

log = logging.getLogger(__name__)

SMTP_CONNECTIONS = 32  # persistent connections per worker process
REPLY_TIMEOUT_S = 60.0
LANE_IDLE_S = 5.0  # a connection with nothing to send for this long is closed
END_OF_DATA = b".\r\n"

SENT, RETRY, FAILED, SKIPPED = "sent", "retry", "failed", "skipped"

__all__ = [
    "FAILED",
    "RETRY",
    "SENT",
    "SKIPPED",
    "Outcome",
    "Outgoing",
    "Skeleton",
    "build_skeleton",
    "dot_stuff",
    "encode_header",
    "marker",
    "qp_encode",
    "record_outcomes",
    "retry_delay",
    "sender_for",
]


def retry_delay(attempts: int) -> int | None:
    """Seconds to wait after `attempts` tries before the next one, or None once they are used up.

    The same schedule as single deliveries (mail.service.BACKOFF_S and MAX_ATTEMPTS).
    """
    if attempts >= MAX_ATTEMPTS:
        return None
    return BACKOFF_S[min(max(attempts, 1) - 1, len(BACKOFF_S) - 1)]


@dataclass(frozen=True)
class Outgoing:
    """One prebuilt message for one delivery."""

    delivery_id: int
    recipient: str
    message_id: str
    data: bytes  # CRLF line ends, dot-stuffed (dot_stuff)
    attempts: int = 0  # attempts before this one


@dataclass(frozen=True)
class Outcome:
    """What happened to one message: sent, retry, failed or skipped (another run or a cancellation has it)."""

    delivery_id: int
    result: str
    claimed: bool
    error: str | None = None


def claim_query(claims: Sequence[tuple[int, str]], now: datetime) -> QueryString:
    """queued → sending for these (delivery id, Message-ID) pairs, returning the ids this run now owns."""
    cases = " ".join("WHEN {} THEN {}" for _ in claims)
    ids = ", ".join("{}" for _ in claims)
    args: list[Any] = [now, now]
    for delivery_id, message_id in claims:
        args.extend((delivery_id, message_id))
    args.extend(delivery_id for delivery_id, _ in claims)
    return QueryString(
        "UPDATE delivery SET status = 'sending', claimed_at = {}, updated_at = {}, attempts = attempts + 1, "
        f"message_id = CASE id {cases} END WHERE id IN ({ids}) AND status = 'queued' RETURNING id",
        *args,
    )


async def _unclaim(delivery_ids: list[int], claimed_at: datetime) -> None:
    """Undo a claim whose outcome is unknown (its statement failed): only rows this very claim took."""
    try:
        async with db.transaction():
            await Delivery.update({Delivery.status: "queued", Delivery.attempts: Delivery.attempts - 1}).where(
                Delivery.id.is_in(delivery_ids) & (Delivery.status == "sending") & (Delivery.claimed_at == claimed_at)
            )
    except Exception:  # the sweep settles them later
        log.exception("undoing the claim of %d deliveries failed", len(delivery_ids))


_Pending = tuple[int, str, Any, "asyncio.Future[datetime | None]"]


class ClaimGate:
    """Claims in one UPDATE every message whose envelope was accepted meanwhile (one gate per event loop)."""

    def __init__(self) -> None:
        self._pending: list[_Pending] = []
        self._task: asyncio.Task[None] | None = None
        self._connection: Any = None

    def request(self, delivery_id: int, message_id: str, protocol: Any) -> asyncio.Future[datetime | None]:
        """Ask to claim a delivery whose body is written: once claimed, its final "." is written at once.

        The future gives the claim's time, or None when another run, a cancellation or an unsubscribe
        has the delivery (nothing was written then).
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[datetime | None] = loop.create_future()
        self._pending.append((delivery_id, message_id, protocol, future))
        if self._task is None or self._task.done():
            # A fresh context: the claim never joins a transaction the caller may be in.
            self._task = loop.create_task(self._run(), context=contextvars.Context())
        return future

    async def _run(self) -> None:
        await asyncio.sleep(0)  # let every connection that is ready now join this round
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await self._round(batch)
            except Exception:
                log.exception("claiming %d deliveries failed", len(batch))
            for *_, future in batch:
                if not future.done():
                    future.set_result(None)

    async def _round(self, batch: list[_Pending]) -> None:
        now = db.now_utc()
        try:
            query = claim_query([(delivery_id, message_id) for delivery_id, message_id, _, _ in batch], now)
            rows = await self._execute(query)
        except Exception:
            await _unclaim([delivery_id for delivery_id, *_ in batch], now)  # the outcome is unknown: undo
            raise
        unwritten = {int(row["id"]) for row in rows}
        # Synchronously, in the step that read the claim's answer: the final "." of every claimed message,
        # once per delivery (two jobs may have asked for the same one in the same round).
        for delivery_id, _, protocol, future in batch:
            if future.done():  # the sender was cancelled while it waited: nothing is written
                continue
            if delivery_id not in unwritten:
                future.set_result(None)
                continue
            try:
                protocol.write(END_OF_DATA)
            except Exception:  # the connection is gone: the message was not taken
                future.set_result(None)
            else:
                unwritten.discard(delivery_id)
                future.set_result(now)
        if unwritten:  # claimed, but no "." was written for them
            await _unclaim(sorted(unwritten), now)

    async def _execute(self, query: QueryString) -> list[Any]:
        """Run the claim; on PostgreSQL on a connection of the gate's own, so a claim never waits for the pool."""
        engine = db.get_engine()
        if engine.engine_type != "postgres":
            async with db.transaction():
                return list(await engine.run_querystring(query))
        sql, args = query.compile_string("postgres")
        if self._connection is None or self._connection.is_closed():
            self._connection = await engine.get_new_connection()  # type: ignore[attr-defined]
        try:
            return list(await self._connection.fetch(sql, *args))
        except BaseException:
            connection, self._connection = self._connection, None
            connection.terminate()
            raise


class _Connection:
    """A pooled SMTP client, connected on first use."""

    def __init__(self, config: SmtpConfig, client: aiosmtplib.SMTP | None) -> None:
        self.config = config
        self.client_ = client

    async def client(self) -> aiosmtplib.SMTP:
        client = self.client_
        if client is not None and client.is_connected:
            return client
        client = await open_client(self.config)
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
        self.client_ = client
        return client

    def discard(self) -> None:
        """Drop the connection (a DATA without its final "." is discarded by the server)."""
        client, self.client_ = self.client_, None
        if client is not None:
            client.close()

    async def close(self) -> None:
        """QUIT politely (or just drop the connection)."""
        client, self.client_ = self.client_, None
        if client is not None and client.is_connected:
            try:
                await asyncio.wait_for(client.quit(), 5)
            except (TimeoutError, aiosmtplib.SMTPException, OSError):
                client.close()

    async def reset(self) -> None:
        client = self.client_
        if client is None or not client.is_connected:
            return
        try:
            await client.rset()
        except (TimeoutError, aiosmtplib.SMTPException, OSError):
            self.discard()


def _smtp_error(exc: aiosmtplib.SMTPResponseException) -> str:
    return f"{exc.code} {exc.message}"[:1000]


_Work = tuple[Outgoing, "asyncio.Future[Outcome]"]


class BatchSender:
    """Sends prebuilt messages over up to `size` persistent connections of one event loop.

    Each connection is served by one lane task taking messages from a queue shared by every job on
    the loop; a lane that has had nothing to do for LANE_IDLE_S closes its connection and ends.
    """

    def __init__(self, settings: Settings, size: int = SMTP_CONNECTIONS) -> None:
        self.target = smtp_target(settings)
        self.size = size
        self.gate = ClaimGate()
        self.envelope_from = parseaddr(settings.mail_from)[1]
        self._queue: asyncio.Queue[_Work] = asyncio.Queue()
        self._lanes: set[asyncio.Task[None]] = set()
        self._idle = 0

    def submit(self, items: Iterable[Outgoing]) -> list[asyncio.Future[Outcome]]:
        """Queue messages for the connections; one future outcome each."""
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[Outcome]] = []
        for item in items:
            future: asyncio.Future[Outcome] = loop.create_future()
            self._queue.put_nowait((item, future))
            futures.append(future)
        while len(self._lanes) < self.size and self._queue.qsize() > self._idle:
            task = loop.create_task(self._lane(), context=contextvars.Context())
            self._lanes.add(task)
            task.add_done_callback(self._lanes.discard)
        return futures

    async def send(self, items: Sequence[Outgoing]) -> list[Outcome]:
        """Send every message (in any order); one outcome each, in the order of items."""
        return list(await asyncio.gather(*self.submit(items)))

    async def _lane(self) -> None:
        conn = _Connection(self.target, None)
        try:
            while True:
                self._idle += 1
                try:
                    item, future = await asyncio.wait_for(self._queue.get(), LANE_IDLE_S)
                except TimeoutError:
                    if self._queue.empty():  # checked with no await before the end: no message is stranded
                        return
                    continue
                finally:
                    self._idle -= 1
                if future.done():
                    continue
                try:
                    outcome = await self._send_one(conn, item)
                except Exception:  # a bug must not stop the lane; the watch settles this delivery
                    log.exception("sending delivery %s failed unexpectedly", item.delivery_id)
                    conn.discard()
                    outcome = Outcome(item.delivery_id, SKIPPED, False, "unexpected error")
                if not future.done():
                    future.set_result(outcome)
        finally:
            await conn.close()

    async def _send_one(self, conn: _Connection, item: Outgoing) -> Outcome:
        claimed: list[bool] = []
        try:
            async with asyncio.timeout(REPLY_TIMEOUT_S * 3):
                return await self._transaction(conn, item, claimed)
        except TimeoutError:
            conn.discard()
            if claimed:
                error = "no reply after the message was handed over; not retried, it may have arrived"
                return Outcome(item.delivery_id, FAILED, True, error)
            return Outcome(item.delivery_id, RETRY, False, "timed out")

    async def _transaction(self, conn: _Connection, item: Outgoing, claimed: list[bool]) -> Outcome:
        """One SMTP transaction: envelope and body, then the claim, which writes the final "."; the reply."""
        for attempt in (1, 2):
            try:
                client = await conn.client()
                protocol = client.protocol
                assert protocol is not None
                await self._envelope(client, protocol, item.recipient)
                protocol._response_pending = True  # the reply to the final "." is expected from now on
                protocol.write(item.data)
            except aiosmtplib.SMTPResponseException as exc:
                await conn.reset()
                temporary = 400 <= exc.code < 500
                return Outcome(item.delivery_id, RETRY if temporary else FAILED, False, _smtp_error(exc))
            except ValueError as exc:  # an address that cannot be put on the wire
                await conn.reset()
                return Outcome(item.delivery_id, FAILED, False, f"address: {exc}"[:1000])
            except (aiosmtplib.SMTPException, OSError) as exc:
                conn.discard()
                if attempt == 1:
                    continue  # a reused connection had gone stale: once more on a new one
                return Outcome(item.delivery_id, RETRY, False, f"connection: {exc}"[:1000])
            break

        assert protocol is not None
        claimed_at = await self.gate.request(item.delivery_id, item.message_id, protocol)
        if claimed_at is None:  # taken elsewhere, cancelled, or the connection was gone
            conn.discard()  # the only way out of DATA without sending anything
            return Outcome(item.delivery_id, SKIPPED, False)
        claimed.append(True)
        try:
            reply = await protocol.read_response()
        except (aiosmtplib.SMTPException, OSError) as exc:
            conn.discard()
            error = f"no reply after the message was handed over ({exc}); not retried, it may have arrived"
            return Outcome(item.delivery_id, FAILED, True, error[:1000])
        if reply.code == 250:
            return Outcome(item.delivery_id, SENT, True)
        await conn.reset()
        temporary = 400 <= reply.code < 500
        return Outcome(item.delivery_id, RETRY if temporary else FAILED, True, f"{reply.code} {reply.message}"[:1000])

    async def _envelope(self, client: aiosmtplib.SMTP, protocol: Any, recipient: str) -> None:
        """MAIL FROM, RCPT TO and DATA (up to its 354); SMTPResponseException on a refusal."""
        options: tuple[bytes, ...] = ()
        if not recipient.isascii():
            if not client.supports_extension("smtputf8"):
                raise aiosmtplib.SMTPResponseException(553, "the address needs SMTPUTF8, which the server lacks")
            options = (b"SMTPUTF8",)
        if any(c in recipient for c in "<> \t\r\n"):
            raise ValueError("not a plain address")
        steps: tuple[tuple[tuple[bytes, ...], tuple[int, ...]], ...] = (
            ((b"MAIL", b"FROM:<" + self.envelope_from.encode() + b">", *options), (250,)),
            ((b"RCPT", b"TO:<" + recipient.encode() + b">"), (250, 251)),
            ((b"DATA",), (354,)),
        )
        for args, expected in steps:
            reply = await protocol.execute_command(*args)
            if reply.code not in expected:
                raise aiosmtplib.SMTPResponseException(reply.code, reply.message)


_senders: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, BatchSender] = weakref.WeakKeyDictionary()


def sender_for(settings: Settings) -> BatchSender:
    """This event loop's batch sender (its connections and claim gate)."""
    loop = asyncio.get_running_loop()
    sender = _senders.get(loop)
    if sender is None or sender.target != smtp_target(settings):
        sender = BatchSender(settings)
        _senders[loop] = sender
    return sender


def _grouped(outcomes: Iterable[Outcome], attempts: dict[int, int]) -> dict[tuple[Any, ...], list[int]]:
    """Outcomes grouped into as few UPDATEs as possible: (status, claimed, error, next attempt in s) → ids."""
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.result == SENT:
            groups[("sent", True, None, None)].append(outcome.delivery_id)
        elif outcome.result == FAILED:
            groups[("failed", outcome.claimed, outcome.error, None)].append(outcome.delivery_id)
        elif outcome.result == RETRY:
            delay = retry_delay(attempts.get(outcome.delivery_id, 0) + 1)
            status = "failed" if delay is None else "queued"
            groups[(status, outcome.claimed, outcome.error, delay)].append(outcome.delivery_id)
    return groups


async def record_outcomes(outcomes: Sequence[Outcome], attempts: dict[int, int]) -> list[tuple[int, int]]:
    """Mark sent, failed and retried deliveries in a few bulk UPDATEs; (delivery id, delay s) of each retry.

    attempts: delivery id → attempts before this one. A claimed delivery's attempt was counted by its
    claim; an unclaimed one (refused at MAIL or RCPT, or connection lost before its data) is counted here.
    """
    now = db.now_utc()
    retries: list[tuple[int, int]] = []
    groups = _grouped(outcomes, attempts)
    if not groups:
        return retries
    async with db.transaction():
        for (status, claimed, error, delay), ids in groups.items():
            values: dict[Any, Any] = {Delivery.status: status, Delivery.updated_at: now, Delivery.last_error: error}
            if status == "sent":
                values[Delivery.sent_at] = now
            if delay is not None:
                values[Delivery.next_attempt_at] = now + timedelta(seconds=delay)
                retries.extend((delivery_id, delay) for delivery_id in ids)
            if not claimed:
                values[Delivery.attempts] = Delivery.attempts + 1
            await Delivery.update(values).where(
                Delivery.id.is_in(ids) & (Delivery.status == ("sending" if claimed else "queued"))
            )
    return retries

"""Batch sending: the prebuilt MIME skeleton, and claims made at the last moment against the real SMTP server."""

from __future__ import annotations

import quopri
from email import message_from_bytes, policy
from email.header import decode_header, make_header

from heliograph import db
from heliograph.mail import batch
from heliograph.mail import service as mail_service
from heliograph.mail._batch_mime import build_skeleton, encode_header, marker, qp_encode
from heliograph.mail.tables import Delivery
from tests.support.smtp import SmtpSink

SENDER = "Heliograph Ñews <news@example.com>"


def lines(data: bytes) -> list[bytes]:
    assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
    return data.split(b"\r\n")


class TestQuotedPrintable:
    def test_round_trip_and_line_length(self) -> None:
        samples = [
            "plain",
            "x" * 500,
            "ends with a space ",
            "a = b and 100 % sure",
            "naïve café ✓ " * 30,
            "line one\nline two\n\n.starts with a dot\n",
            "tab\there",
        ]
        for text in samples:
            encoded = qp_encode(text)
            assert all(len(line) <= 76 for line in lines(encoded)), text
            assert quopri.decodestring(encoded).decode("utf-8").replace("\r\n", "\n") == text


class TestHeaders:
    def test_folding_keeps_lines_short_and_values_whole(self) -> None:
        value = "<https://news.example.com/unsubscribe/" + "t" * 60 + ">, <mailto:unsubscribe@example.com?subject=x>"
        encoded = encode_header("List-Unsubscribe", value)
        assert encoded.endswith(b"\r\n") and all(len(line) <= 998 for line in lines(encoded))
        parsed = message_from_bytes(encoded + b"\r\n", policy=policy.default)
        assert parsed["List-Unsubscribe"] == value

    def test_non_ascii_is_encoded(self) -> None:
        encoded = encode_header("Subject", "Été " * 30)
        assert encoded.isascii() and all(len(line) <= 78 for line in lines(encoded)[:-1])
        raw = encoded.decode().split(": ", 1)[1].replace("\r\n ", " ").strip()
        assert str(make_header(decode_header(raw))) == ("Été " * 30).strip()


class TestSkeleton:
    def skeleton(self) -> batch.Skeleton:
        text = f"{marker('greeting')}\n\nBody with = signs and a long line {'y' * 200}\n.dot line\n{marker('link')}\n"
        html = f'<p>{marker("greeting")}</p><p>{"z" * 300}</p><a href="{marker("link")}">x</a>\n'
        return build_skeleton(sender=SENDER, subject="Soleil d’été", text=text, html=html)

    def test_each_recipient_gets_their_values_in_a_valid_message(self) -> None:
        skeleton = self.skeleton()
        assert skeleton.slots == {"greeting", "link"}
        data = skeleton.render(
            to="zoë@example.com",
            message_id="<m1@example.com>",
            date="Mon, 01 Jun 2026 08:00:00 GMT",
            headers={"List-Id": '"News" <news.lists.example.com>'},
            values={"greeting": "Hello Zoë <&>,", "link": "https://example.com/u/a=b&c=" + "q" * 120},
        )
        assert all(len(line) <= 998 for line in lines(data))
        msg = message_from_bytes(data, policy=policy.default)
        assert msg["To"] == "zoë@example.com" and msg["Message-ID"] == "<m1@example.com>"
        assert msg["Subject"] == "Soleil d’été" and msg["From"] == SENDER
        assert msg["List-Id"] == '"News" <news.lists.example.com>'
        text = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
        html = msg.get_body(("html",)).get_content()
        assert text.startswith("Hello Zoë <&>,\n\nBody with = signs")
        assert "\n.dot line\nhttps://example.com/u/a=b&c=" + "q" * 120 + "\n" in text
        assert "<p>Hello Zoë &lt;&amp;&gt;,</p>" in html
        assert 'href="https://example.com/u/a=b&amp;c=' + "q" * 120 + '"' in html
        for part in msg.iter_parts():
            body = part.get_payload(decode=False).encode()
            assert all(len(line) <= 76 for line in lines(body))

    def test_dot_stuffing(self) -> None:
        data = batch.dot_stuff(b"Subject: x\r\n\r\n.one\r\n..two\r\nend")
        assert data == b"Subject: x\r\n\r\n..one\r\n...two\r\nend\r\n"


class TestRetrySchedule:
    def test_same_schedule_as_single_deliveries(self) -> None:
        delays = [batch.retry_delay(n) for n in range(1, mail_service.MAX_ATTEMPTS + 1)]
        assert delays == [*mail_service.BACKOFF_S[: mail_service.MAX_ATTEMPTS - 1], None]


async def queued_delivery(recipient: str, status: str = "queued") -> int:
    now = db.now_utc()
    async with db.transaction():
        rows = await Delivery.insert(
            Delivery(
                kind="marketing",
                recipient=recipient,
                template="campaign",
                context="{}",
                status=status,
                campaign_id=99,
                created_at=now,
                updated_at=now,
            )
        ).returning(Delivery.id)
    return int(rows[0]["id"])


def outgoing(delivery_id: int, recipient: str) -> batch.Outgoing:
    skeleton = build_skeleton(sender=SENDER, subject="Hi", text="Hello\n", html="<p>Hello</p>\n")
    message_id = f"<d{delivery_id}@example.com>"
    data = skeleton.render(to=recipient, message_id=message_id, date="Mon, 01 Jun 2026 08:00:00 GMT")
    return batch.Outgoing(delivery_id, recipient, message_id, batch.dot_stuff(data))


class TestBatchSender:
    async def test_claims_at_the_last_moment_and_records_outcomes(self, smtp: SmtpSink, settings) -> None:
        ready = await queued_delivery("ready@example.com")
        taken = await queued_delivery("taken@example.com", status="cancelled")  # e.g. unsubscribed meanwhile
        refused = await queued_delivery("refused@example.com")
        sender = batch.sender_for(settings)
        outcomes = {
            o.delivery_id: o
            for o in await sender.send([outgoing(ready, "ready@example.com"), outgoing(taken, "taken@example.com")])
        }
        assert outcomes[ready].result == batch.SENT and outcomes[ready].claimed
        assert outcomes[taken].result == batch.SKIPPED and not outcomes[taken].claimed
        smtp.reply_next("550 5.1.1 No such user")
        [bounce] = await sender.send([outgoing(refused, "refused@example.com")])
        assert (bounce.result, bounce.claimed) == (batch.FAILED, True) and bounce.error.startswith("550")
        retries = await batch.record_outcomes([*outcomes.values(), bounce], {ready: 0, taken: 0, refused: 0})
        assert retries == []
        rows = {r["id"]: r for r in await Delivery.select()}
        assert (rows[ready]["status"], rows[ready]["message_id"], rows[ready]["attempts"]) == (
            "sent",
            f"<d{ready}@example.com>",
            1,
        )
        assert rows[taken]["status"] == "cancelled" and rows[taken]["attempts"] == 0
        assert rows[refused]["status"] == "failed" and rows[refused]["last_error"].startswith("550")
        assert [m.rcpt_tos for m in smtp.messages] == [["ready@example.com"]]
        assert smtp.messages[0].message["Message-ID"] == f"<d{ready}@example.com>"

    async def test_a_temporary_refusal_goes_back_to_the_queue(self, smtp: SmtpSink, settings) -> None:
        delivery_id = await queued_delivery("later@example.com")
        smtp.reply_next("451 4.3.0 Try later")
        [outcome] = await batch.sender_for(settings).send([outgoing(delivery_id, "later@example.com")])
        assert outcome.result == batch.RETRY and outcome.claimed
        assert await batch.record_outcomes([outcome], {delivery_id: 0}) == [(delivery_id, batch.retry_delay(1))]
        row = await Delivery.select().where(Delivery.id == delivery_id).first()
        assert (row["status"], row["attempts"]) == ("queued", 1) and row["next_attempt_at"] is not None
        assert row["last_error"].startswith("451") and smtp.messages == []

    async def test_the_same_delivery_twice_at_once_is_sent_once(self, smtp: SmtpSink, settings) -> None:
        delivery_id = await queued_delivery("twice@example.com")
        item = outgoing(delivery_id, "twice@example.com")
        outcomes = await batch.sender_for(settings).send([item, item, item])
        assert sorted(o.result for o in outcomes) == [batch.SENT, batch.SKIPPED, batch.SKIPPED]
        await batch.record_outcomes(outcomes, {delivery_id: 0})
        row = await Delivery.select().where(Delivery.id == delivery_id).first()
        assert (row["status"], row["attempts"]) == ("sent", 1)
        assert [m.rcpt_tos for m in smtp.messages] == [["twice@example.com"]]

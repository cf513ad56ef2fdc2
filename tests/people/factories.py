"""Factories and helpers for people, lists and subscriptions (shared by newsletter and people tests)."""

from __future__ import annotations

import datetime
import re
from typing import Any

from heliograph import db, jobs
from heliograph.console import service as console
from heliograph.mail import service as mail
from heliograph.mail.tables import Delivery
from heliograph.newsletters import service as newsletters
from heliograph.newsletters.tables import Subscription
from heliograph.people import service as people
from heliograph.people.tables import ConsentEvent, Person

PASSWORD = "correct horse battery"
ADULT_BIRTH_DATE = "1990-04-21"


async def make_list(slug: str = "solar-news", *, name: str | None = None, public: bool = True) -> dict[str, Any]:
    """A mailing list."""
    return await newsletters.create_list(
        slug=slug, name=name or slug.replace("-", " ").title(), description=f"About {slug}", public=public
    )


async def make_subscriber(
    email: str,
    *lists: dict[str, Any],
    status: str = "active",
    share_with_partners: bool = False,
    email_marketing: bool = True,
) -> dict[str, Any]:
    """A person with a subscription of this status to each list, its consent events on the ledger."""
    person, _ = await people.get_or_create_person(email)
    person_id = int(person["id"])
    now = db.now_utc()
    async with db.transaction():
        for mailing_list in lists:
            await Subscription.insert(
                Subscription(
                    person=person_id,
                    mailing_list=mailing_list["id"],
                    key=f"{person_id}:{mailing_list['id']}",
                    status=status,
                    created_at=now,
                    confirmed_at=now if status == "active" else None,
                )
            )
            await people.record_consent(person_id, f"list:{mailing_list['slug']}", True, "form")
            if status == "active":
                await people.record_consent(person_id, f"list:{mailing_list['slug']}", True, "double_opt_in")
        await people.set_preferences(
            person_id, {"share_with_partners": share_with_partners, "email_marketing": email_marketing}, "admin"
        )
    return await people.get_person(person_id)  # type: ignore[return-value]


async def subscription(person_id: int, list_id: int) -> dict[str, Any] | None:
    """The subscription row of a person on a list."""
    return await Subscription.select().where(Subscription.key == f"{person_id}:{list_id}").first()


async def events(person_id: int) -> list[dict[str, Any]]:
    """The person's consent events, oldest first."""
    return await ConsentEvent.select().where(ConsentEvent.person == person_id).order_by(ConsentEvent.id)


async def person_by_email(email: str) -> dict[str, Any] | None:
    return await Person.select().where(Person.email == email).first()


async def admin_token(client: Any, role: str = "marketer", email: str | None = None) -> dict[str, str]:
    """Authorization headers for a new console user of this role."""
    email = email or f"{role}@example.com"
    await console.create_user(email, PASSWORD, role)
    r = await client.post("/api/v1/auth/token", json={"email": email, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def signup_body(email: str, *slugs: str, **extra: Any) -> dict[str, Any]:
    """A valid POST /api/v1/subscriptions body."""
    return {"email": email, "lists": list(slugs), "birth_date": ADULT_BIRTH_DATE, **extra}


def link_path(text: str, kind: str) -> str:
    """The path of the first link of this kind (e.g. "subscriptions/confirm") in a mail's text."""
    found = re.search(rf"https?://[^/\s]+(/{kind}/[A-Za-z0-9._\-]+)", text)
    assert found, f"no /{kind}/ link in {text!r}"
    return found.group(1)


def years_ago(years: int, days: int = 0) -> str:
    """A date of birth `years` years and `days` days before today (UTC), ISO formatted."""
    today = datetime.datetime.now(datetime.UTC).date()
    try:
        born = today.replace(year=today.year - years)
    except ValueError:
        born = today.replace(year=today.year - years, day=28)
    return (born - datetime.timedelta(days=days)).isoformat()


async def hold(delivery_id: int) -> None:
    """Make a queued delivery not due yet, as if the worker had not reached it (call in its transaction)."""
    later = db.now_utc() + datetime.timedelta(hours=1)
    await Delivery.update({Delivery.next_attempt_at: later}).where(Delivery.id == delivery_id)


async def release(*delivery_ids: int) -> None:
    """Let held deliveries run now: the worker gets their jobs again (as the outbox sweep would)."""
    async with db.transaction():
        await Delivery.update({Delivery.next_attempt_at: None}).where(Delivery.id.is_in(list(delivery_ids)))
        for delivery_id in delivery_ids:
            jobs.enqueue(jobs.SEND_DELIVERY, delivery_id)


async def queue_marketing(
    person: dict[str, Any], mailing_list: dict[str, Any] | None, *, kind: str = "marketing", held: bool = False
) -> int:
    """A single marketing (or partner) delivery for a person and list; held=True keeps it queued until release()."""
    async with db.transaction():
        delivery_id = await mail.queue_mail(
            kind=kind,
            recipient=person["email"],
            template="marketing_message",
            context={"subject": "Solar news for May", "body": "Panels got **cheaper** again."},
            person_id=int(person["id"]),
            list_id=int(mailing_list["id"]) if mailing_list else None,
        )
        if held:
            await hold(delivery_id)
    return delivery_id

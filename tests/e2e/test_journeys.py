"""Visitor journeys in a real browser: subscribe, confirm, manage preferences, unsubscribe; enter a promotion."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import httpx

from tests.e2e.conftest import LiveServer

PASSWORD = "correct horse battery"


def admin_token(server: LiveServer, email: str = "owner@example.com") -> str:
    server.cli("users", "create", email, "--role", "owner", stdin=PASSWORD + "\n")
    r = httpx.post(f"{server.url}/api/v1/auth/token", json={"email": email, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return str(r.json()["token"])


def caught_links(server: LiveServer, recipient: str, subject_part: str, wait: float = 30.0) -> list[str]:
    """Links in the newest caught mail to recipient whose subject contains subject_part; mail goes out
    from the job queue, so this waits for it (up to ``wait`` seconds)."""
    deadline = time.monotonic() + wait
    while True:
        page = httpx.get(f"{server.url}/dev/mail").text
        rows = re.findall(r"<td>([^<]*)</td>\s*<td><a href=\"/dev/mail/(\d+)\">([^<]*)</a>", page)
        for to, number, subject in rows:
            if recipient in to and subject_part in subject:
                text = httpx.get(f"{server.url}/dev/mail/{number}").text
                pre = re.search(r"<pre>(.*?)</pre>", text, re.S)
                assert pre is not None
                return re.findall(r"https?://[^\s<>\"]+", pre.group(1).replace("&amp;", "&"))
        if time.monotonic() > deadline:
            raise AssertionError(f"no mail to {recipient} about {subject_part!r}")
        time.sleep(0.2)


async def test_subscribe_confirm_preferences_unsubscribe(page, live_server: LiveServer) -> None:
    token = admin_token(live_server)
    r = httpx.post(
        f"{live_server.url}/api/v1/admin/lists",
        json={"slug": "solar-news", "name": "Solar News", "description": "Monthly.", "public": True},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 201, r.text

    # An under-age visitor sees the error next to the date of birth, and nothing is sent.
    await page.goto(f"{live_server.url}/subscribe")
    await page.check("input[name=lists][value=solar-news]")
    await page.fill("#email", "young@example.com")
    await page.fill("#birth_date", (datetime.now(UTC) - timedelta(days=365 * 12)).date().isoformat())
    await page.click("button[type=submit]")
    assert "13" in await page.inner_text("#birth_date-error")

    await page.fill("#email", "reader@example.com")
    await page.fill("#name", "Rea Der")
    await page.fill("#birth_date", "1990-05-17")
    await page.click("button[type=submit]")
    assert await page.inner_text("h1") == "Check your inbox"

    confirm = next(u for u in caught_links(live_server, "reader@example.com", "") if "/subscriptions/confirm/" in u)
    await page.goto(confirm)  # a GET changes nothing: a mail scanner may follow it
    assert await page.inner_text("h1") == "Confirm your subscription"
    await page.click("button[type=submit]")
    assert "Solar News" in await page.inner_text("main")

    # The preference centre, reached from the confirmation page or mail.
    pref_links = [u for u in caught_links(live_server, "reader@example.com", "") if "/preferences/" in u]
    if pref_links:
        await page.goto(pref_links[0])
    else:
        await page.get_by_role("link", name=re.compile("preference", re.I)).first.click()
    assert await page.inner_text("h1") == "Your preferences"
    assert await page.is_checked("#list-solar-news")
    await page.check("#share")
    await page.click("button[type=submit]")
    await page.wait_for_load_state()
    assert "saved" in (await page.inner_text("main")).lower()


async def test_promotion_form_shows_errors_next_to_fields(page, live_server: LiveServer) -> None:
    token = admin_token(live_server, "promo-owner@example.com")
    now = datetime.now(UTC)
    body = {
        "slug": "summer-draw",
        "kind": "sweepstakes",
        "title": "Summer draw",
        "description": "Win a balcony solar kit.",
        "rules": {
            "opens_at": (now - timedelta(hours=1)).isoformat(),
            "closes_at": (now + timedelta(days=7)).isoformat(),
            "timezone": "Europe/Berlin",
            "min_age": 18,
            "eligible_countries": ["DE", "AT"],
            "official_rules": "One entry per person per day.",
        },
    }
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.post(f"{live_server.url}/api/v1/admin/promotions", json=body, headers=headers).status_code == 201
    assert httpx.post(f"{live_server.url}/api/v1/admin/promotions/summer-draw/publish", headers=headers).is_success

    await page.goto(f"{live_server.url}/promotions/summer-draw")
    assert "Summer draw" in await page.inner_text("h1")
    await page.fill("input[name=email]", "entrant@example.com")
    await page.fill("input[name=name]", "En Trant")
    await page.fill("input[name=birth_date]", (now - timedelta(days=365 * 16)).date().isoformat())
    await page.select_option("select[name=country]", "DE")
    await page.click("button[type=submit]")
    text = await page.inner_text("main")
    assert "18" in text  # the age error, shown on the form
    assert await page.locator("[aria-invalid=true]").count() >= 1

    await page.fill("input[name=birth_date]", "1985-02-02")
    await page.check("input[name=accept_rules]")
    await page.click("button[type=submit]")
    await page.wait_for_load_state()
    assert "/promotions/summer-draw/thanks/" in page.url


async def test_draw_record_and_claim_in_the_browser(page, live_server: LiveServer) -> None:
    token = admin_token(live_server, "draw-owner@example.com")
    headers = {"Authorization": f"Bearer {token}"}
    now = datetime.now(UTC)
    body = {
        "slug": "winter-draw",
        "kind": "sweepstakes",
        "title": "Winter draw",
        "rules": {
            "opens_at": (now - timedelta(hours=1)).isoformat(),
            "closes_at": (now + timedelta(days=7)).isoformat(),
            "timezone": "Europe/Berlin",
            "eligible_countries": ["DE"],
            "official_rules": "One entry per person.",
            "announce_winners": True,
        },
    }
    admin = f"{live_server.url}/api/v1/admin/promotions/winter-draw"
    assert httpx.post(f"{live_server.url}/api/v1/admin/promotions", json=body, headers=headers).status_code == 201
    assert httpx.post(f"{admin}/publish", headers=headers).is_success

    # Before the draw the page shows the commitment and says the rest comes later.
    await page.goto(f"{live_server.url}/promotions/winter-draw/draw")
    assert "has not taken place yet" in await page.inner_text("main")

    await page.goto(f"{live_server.url}/promotions/winter-draw")
    await page.fill("input[name=email]", "winner@example.com")
    await page.fill("input[name=name]", "Wyn Ner")
    await page.fill("input[name=birth_date]", "1980-01-01")
    await page.select_option("select[name=country]", "DE")
    await page.check("input[name=accept_rules]")
    await page.click("button[type=submit]")
    await page.wait_for_load_state()
    receipt_code = (await page.inner_text("td code")).strip()

    assert httpx.post(f"{admin}/close", headers=headers).is_success
    assert httpx.post(f"{admin}/draw", headers=headers).status_code == 200

    await page.goto(f"{live_server.url}/promotions/winter-draw/draw")
    main = await page.inner_text("main")
    assert receipt_code in main and "Wyn N." in main and "winner@example.com" not in main

    claim = next(u for u in caught_links(live_server, "winner@example.com", "You won") if "/claim/" in u)
    await page.goto(claim)
    assert await page.inner_text("h1") == "Claim your prize"
    await page.click("button[type=submit]")
    await page.wait_for_load_state()
    assert await page.inner_text("h1") == "Prize claimed"

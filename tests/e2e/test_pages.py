"""Pages a person opens, in a real browser."""

from __future__ import annotations

from tests.e2e.conftest import LiveServer


async def test_privacy_page(page, live_server: LiveServer) -> None:
    await page.goto(f"{live_server.url}/privacy")
    assert await page.inner_text("h1") == "Privacy policy"
    assert "Last Updated" in await page.inner_text("main")
    assert await page.locator("main h2").count() >= 5


async def test_unknown_page_is_a_readable_error(page, live_server: LiveServer) -> None:
    response = await page.goto(f"{live_server.url}/no-such-page")
    assert response.status == 404
    assert await page.inner_text("h1") != ""
    assert "not_found" in await page.inner_text("main")


async def test_caught_mail_is_listed(page, live_server: LiveServer) -> None:
    done = live_server.cli("mail", "test", "--to", "browser@example.com", "--wait", "30")
    assert done.returncode == 0, done.stderr
    await page.goto(f"{live_server.url}/dev/mail")
    await page.get_by_role("link", name="Heliograph test message").first.click()
    assert "browser@example.com" in await page.inner_text("main")
    assert "test message from Heliograph" in await page.inner_text("pre")

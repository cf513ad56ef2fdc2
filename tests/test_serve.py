"""`heliograph serve` on the embedded default: migrates, runs jobs in-process, catches mail."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import embedded_env, free_port, serving


@pytest.fixture
def embedded_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    env = embedded_env(tmp_path / "var")
    with serving(env, free_port(), tmp_path / "serve.log") as url:
        yield url, env


def test_embedded_default_end_to_end(embedded_server: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    base, env = embedded_server
    assert (tmp_path / "var" / "heliograph.db").exists()  # migrated on first start
    health = httpx.get(f"{base}/healthz").json()
    assert health["mode"] == "embedded" and health["checks"]["smtp"] == "ok"
    done = subprocess.run(
        [sys.executable, "-m", "heliograph.cli", "mail", "test", "--to", "dev@example.com", "--wait", "30"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    page = httpx.get(f"{base}/dev/mail").text
    assert "dev@example.com" in page and "Heliograph test message" in page
    assert httpx.get(f"{base}/dev/mail/1").status_code == 200
    assert "Last Updated" in httpx.get(f"{base}/privacy").text


def test_several_web_processes_need_postgres_and_redis(tmp_path: Path) -> None:
    env = embedded_env(tmp_path / "var")
    done = subprocess.run(
        [str(Path(sys.executable).parent / "heliograph"), "serve", "--workers", "2", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--workers above 1 needs HELIOGRAPH_DATABASE_URL" in done.stderr

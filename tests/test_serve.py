"""`heliograph serve` on the embedded default: migrates, runs jobs in-process, catches mail."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def embedded_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELIOGRAPH_")}
    env.update({"HELIOGRAPH_DATA_DIR": str(tmp_path / "var"), "HELIOGRAPH_CATCHER_PORT": str(_free_port())})
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "heliograph.cli", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError((tmp_path / "serve.log").read_text())
            time.sleep(0.2)
        yield base, env
    finally:
        proc.terminate()
        proc.wait(30)


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

"""Running a real `heliograph serve` process on the embedded default for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def embedded_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """This process's environment without HELIOGRAPH_* settings, pointed at its own data folder and catcher."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELIOGRAPH_")}
    env.update({"HELIOGRAPH_DATA_DIR": str(data_dir), "HELIOGRAPH_CATCHER_PORT": str(free_port()), **extra})
    return env


@contextmanager
def serving(env: dict[str, str], port: int, log_path: Path) -> Iterator[str]:
    """Start `heliograph serve` on port, wait for /readyz, yield its URL, stop it afterwards.

    Ready, not only alive: until the screen has compiled its rules (ten to thirty seconds of CPU on a slow
    machine), a request that screens text competes with the compile and can outlast a client's timeout."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "heliograph.cli", "serve", "--port", str(port)],
        env=env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(log_path.read_text())
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)

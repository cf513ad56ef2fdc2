"""Benchmark: accepted promotion entries per second through the real HTTP stack, versus a bare insert.

Run: uv run python tests/bench/bench_entries.py [--runs 3] [--requests 6000] [--concurrency 32]
Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and Redis on 127.0.0.1:6379. The benchmark uses
its own database (heliograph_bench_entries, dropped and re-created) and Redis db 14.

Each run starts two servers with the same uvicorn settings (one process each):
  * ``heliograph serve`` on PostgreSQL + Redis: POST /api/v1/promotions/<slug>/entries with every check
    (effective policy, age, country, screen, entry limit by UNIQUE key), the person upsert, the entry,
    the consent event and the outbox row of the confirmation mail, in one statement (see docs/promotions.md);
  * a bare Litestar + Piccolo app defined here: the same JSON body decoded by msgspec and one INSERT.
Load comes from another process: a minimal keep-alive HTTP/1.1 client on asyncio (so the client is not
the bottleneck) — closed loop with a fixed number of requests for throughput, then open loop paced at
--rate requests/s for latency (measured from each request's scheduled time). Prints both figures, the
ratio and p50/p99, per run and as medians.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "heliograph_bench_entries"
PG = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/14"
SLUG = "bench-sweepstakes"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bench_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELIOGRAPH_")}
    env.update(
        {
            "HELIOGRAPH_DATABASE_URL": f"{PG}/{DB_NAME}",
            "HELIOGRAPH_REDIS_URL": REDIS,
            "HELIOGRAPH_SMTP_URL": "smtp://127.0.0.1:2",  # nothing sends during the run: no worker
            "HELIOGRAPH_SECRET_KEY": "bench-" + "k3Y9xQ2mV7pL4sT8wZ1nR6bH0cF5jD" * 2,
            "HELIOGRAPH_POSTAL_ADDRESS": "Bench Ltd, 1 Sun Street, Berlin",
            "HELIOGRAPH_DATA_DIR": tempfile.mkdtemp(prefix="heliograph-bench-"),
            "HELIOGRAPH_LOG_LEVEL": "WARNING",
            "HELIOGRAPH_DB_POOL_SIZE": "20",
        }
    )
    return env


# --- the bare app (run in its own process with --bare-server) ---------------------------------


def bare_app() -> Any:
    import msgspec
    from litestar import Litestar, post
    from piccolo.columns import Boolean, Varchar
    from piccolo.engine.postgres import PostgresEngine
    from piccolo.table import Table

    engine = PostgresEngine(config={"host": "127.0.0.1", "port": 5432, "user": "postgres", "database": DB_NAME})

    class BareEntry(Table, tablename="bench_bare_entry", db=engine):
        email = Varchar(length=320)
        name = Varchar(length=200)
        birth_date = Varchar(length=10)
        country = Varchar(length=2)
        accept_rules = Boolean()

    class EntryBody(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
        email: str
        name: str
        birth_date: str
        country: str
        accept_rules: bool = False

    @post("/entries", status_code=201)
    async def create(data: EntryBody) -> dict[str, int]:
        rows = await BareEntry.insert(
            BareEntry(
                email=data.email,
                name=data.name,
                birth_date=data.birth_date,
                country=data.country,
                accept_rules=data.accept_rules,
            )
        ).returning(BareEntry.id)
        return {"entry_id": rows[0]["id"]}

    async def start() -> None:
        await engine.start_connection_pool(min_size=2, max_size=20)

    async def stop() -> None:
        await engine.close_connection_pool()

    return Litestar(
        route_handlers=[create],
        on_startup=[start],
        on_shutdown=[stop],
        logging_config=None,
        signature_namespace={"EntryBody": EntryBody},
    )


def run_bare_server(port: int) -> None:
    import uvicorn

    uvicorn.run(bare_app(), host="127.0.0.1", port=port, log_config=None, log_level="warning", lifespan="on")


# --- the load client (run in its own process with --load) -------------------------------------


class Connection:
    """One keep-alive HTTP/1.1 connection; one request at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.writer.write(head + body)
        assert self.reader is not None
        header = await self.reader.readuntil(b"\r\n\r\n")
        status = int(header[9:12])
        length = 0
        for line in header.split(b"\r\n"):
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        if length:
            await self.reader.readexactly(length)
        return status


def entry_json(tag: str, i: int) -> bytes:
    return json.dumps(
        {
            "email": f"bench-{tag}-{i}@example.com",
            "name": "Bench Entrant",
            "birth_date": "1990-04-21",
            "country": "DE",
            "accept_rules": True,
        }
    ).encode()


async def closed_loop(port: int, path: str, tag: str, requests: int, concurrency: int) -> dict[str, Any]:
    counter = iter(range(requests))
    statuses: dict[int, int] = {}

    async def worker() -> None:
        conn = Connection("127.0.0.1", port)
        for i in counter:
            status = await conn.post(path, entry_json(tag, i))
            statuses[status] = statuses.get(status, 0) + 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {"elapsed": elapsed, "statuses": statuses, "rate": statuses.get(201, 0) / elapsed}


async def open_loop(port: int, path: str, tag: str, rate: float, seconds: float, connections: int) -> dict[str, Any]:
    total = int(rate * seconds)
    free: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(connections):
        free.put_nowait(Connection("127.0.0.1", port))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    start = time.perf_counter() + 0.05

    async def one(i: int) -> None:
        scheduled = start + i / rate
        conn = await free.get()
        try:
            status = await conn.post(path, entry_json(tag, i))
        finally:
            free.put_nowait(conn)
        latencies.append(time.perf_counter() - scheduled)
        statuses[status] = statuses.get(status, 0) + 1

    tasks = []
    for i in range(total):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.gather(*tasks)
    latencies.sort()
    return {
        "offered": rate,
        "statuses": statuses,
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    }


def run_load(args: argparse.Namespace) -> None:
    if args.mode == "closed":
        result = asyncio.run(closed_loop(args.port, args.path, args.tag, args.requests, args.concurrency))
    else:
        result = asyncio.run(open_loop(args.port, args.path, args.tag, args.rate, args.seconds, args.concurrency))
    print(json.dumps(result))


def load(port: int, path: str, tag: str, mode: str, **options: Any) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--load", "--port", str(port), "--path", path, "--tag", tag, "--mode", mode]
    for key, value in options.items():
        cmd += [f"--{key}", str(value)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- orchestration -----------------------------------------------------------------------------


def reset_database() -> None:
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DB_NAME], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DB_NAME], check=True)
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)


async def prepare(env: dict[str, str]) -> None:
    """Migrate, create the bare table and one open sweepstakes (in this process, on the bench database)."""
    os.environ.update(env)
    from datetime import timedelta

    import asyncpg
    import msgspec

    from heliograph import db
    from heliograph.cli import migrate_database
    from heliograph.settings import get_settings

    await migrate_database(get_settings())
    conn = await asyncpg.connect(f"{PG}/{DB_NAME}")
    await conn.execute(
        "CREATE TABLE bench_bare_entry (id serial PRIMARY KEY, email varchar(320), name varchar(200),"
        " birth_date varchar(10), country varchar(2), accept_rules boolean)"
    )
    await conn.close()
    await db.start(get_settings())
    from heliograph.promotions import service
    from heliograph.promotions.schemas import PromotionIn

    now = db.now_utc()
    body = {
        "slug": SLUG,
        "kind": "sweepstakes",
        "title": "Bench sweepstakes",
        "rules": {
            "opens_at": (now - timedelta(hours=1)).isoformat(),
            "closes_at": (now + timedelta(days=1)).isoformat(),
            "timezone": "Europe/Berlin",
            "eligible_countries": ["DE", "FR"],
            "official_rules": "Bench.",
        },
    }
    await service.create_promotion(msgspec.convert(body, PromotionIn))
    await service.publish_promotion(SLUG)
    await db.stop()


def wait_ready(port: int, proc: subprocess.Popen[bytes], path: str | None = None) -> None:
    """Wait until the server accepts connections and, given a path, answers 200 on it (/readyz: the
    screen has compiled its rules, which takes seconds of CPU after a start)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on {port} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                if path is None:
                    return
                conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
                if conn.recv(64).split(b" ")[1:2] == [b"200"]:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server on {port} did not start")


def start_servers(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int, subprocess.Popen[bytes], int]:
    ours_port, bare_port = free_port(), free_port()
    ours = subprocess.Popen(
        [str(Path(sys.executable).parent / "heliograph"), "serve", "--port", str(ours_port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    bare = subprocess.Popen(
        [sys.executable, __file__, "--bare-server", "--port", str(bare_port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        wait_ready(ours_port, ours, "/readyz")
        wait_ready(bare_port, bare)
    except RuntimeError:
        stop(ours)
        stop(bare)
        raise
    time.sleep(0.5)
    return ours, ours_port, bare, bare_port


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def counts() -> dict[str, int]:
    out = subprocess.run(
        [
            "psql",
            f"{PG}/{DB_NAME}",
            "-tAc",
            "SELECT (SELECT count(*) FROM entry), (SELECT count(*) FROM consent_event),"
            " (SELECT count(*) FROM delivery), (SELECT count(*) FROM bench_bare_entry)",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    entry, consent, delivery, bare = (int(x) for x in out.stdout.strip().split("|"))
    return {"entry": entry, "consent_event": consent, "delivery": delivery, "bare": bare}


def one_run(n: int, args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    ours, ours_port, bare, bare_port = start_servers(env)
    entries_path = f"/api/v1/promotions/{SLUG}/entries"
    try:
        warm = {"requests": 300, "concurrency": args.concurrency}
        load(ours_port, entries_path, f"w{n}", "closed", **warm)
        load(bare_port, "/entries", f"w{n}", "closed", **warm)
        before = counts()
        closed = {"requests": args.requests, "concurrency": args.concurrency}
        ours_tp = load(ours_port, entries_path, f"t{n}", "closed", **closed)
        bare_tp = load(bare_port, "/entries", f"t{n}", "closed", **closed)
        after = counts()
        paced = {"rate": args.rate, "seconds": args.seconds, "concurrency": 256}
        ours_lat = load(ours_port, entries_path, f"l{n}", "open", **paced)
        bare_lat = load(bare_port, "/entries", f"l{n}", "open", **paced)
    finally:
        stop(ours)
        stop(bare)
    written = {k: after[k] - before[k] for k in after}
    return {
        "ours": ours_tp["rate"],
        "bare": bare_tp["rate"],
        "ratio": ours_tp["rate"] / bare_tp["rate"],
        "ours_statuses": ours_tp["statuses"],
        "bare_statuses": bare_tp["statuses"],
        "written": written,
        "ours_p50": ours_lat["p50_ms"],
        "ours_p99": ours_lat["p99_ms"],
        "ours_lat_statuses": ours_lat["statuses"],
        "bare_p50": bare_lat["p50_ms"],
        "bare_p99": bare_lat["p99_ms"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=6000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--bare-server", action="store_true")
    parser.add_argument("--load", action="store_true")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--path", default="/entries")
    parser.add_argument("--tag", default="x")
    parser.add_argument("--mode", default="closed")
    args = parser.parse_args()
    if args.bare_server:
        run_bare_server(args.port)
        return
    if args.load:
        run_load(args)
        return

    reset_database()
    env = bench_env()
    asyncio.run(prepare(env))
    results = []
    for n in range(args.runs):
        result = one_run(n, args, env)
        results.append(result)
        print(
            f"run {n + 1}: heliograph {result['ours']:.0f} entries/s, bare {result['bare']:.0f} req/s, "
            f"ratio {result['ratio']:.2f}; at {args.rate:.0f}/s offered p50/p99 heliograph "
            f"{result['ours_p50']:.1f}/{result['ours_p99']:.1f} ms, bare {result['bare_p50']:.1f}/"
            f"{result['bare_p99']:.1f} ms; written {result['written']}; statuses {result['ours_statuses']}",
            flush=True,
        )

    def med(key: str) -> float:
        return statistics.median(r[key] for r in results)

    print(
        f"median of {len(results)}: heliograph {med('ours'):.0f} accepted entries/s, bare {med('bare'):.0f} req/s, "
        f"ratio {med('ratio'):.2f} (goal >= 0.5); p99 at {args.rate:.0f}/s offered: heliograph "
        f"{med('ours_p99'):.1f} ms (goal < 50), bare {med('bare_p99'):.1f} ms"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "platform"))
    main()

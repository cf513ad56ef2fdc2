"""`heliograph migrate` brings an empty SQLite file and an empty PostgreSQL database to the same schema."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from tests.conftest import TEST_DATABASE_URL, needs_postgres


def migrate(database_url: str, data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELIOGRAPH_")}
    env.update({"HELIOGRAPH_DATABASE_URL": database_url, "HELIOGRAPH_DATA_DIR": str(data_dir)})
    done = subprocess.run(
        [sys.executable, "-m", "heliograph.cli", "migrate"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr + done.stdout


def sqlite_schema(path: Path) -> dict[str, dict[str, bool]]:
    with sqlite3.connect(path) as conn:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        ]
        return {
            t: {row[1]: bool(row[3]) or bool(row[5]) for row in conn.execute(f"PRAGMA table_info({t})")} for t in tables
        }


async def postgres_schema(url: str) -> dict[str, dict[str, bool]]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'"
        )
    finally:
        await conn.close()
    schema: dict[str, dict[str, bool]] = {}
    for row in rows:
        schema.setdefault(row["table_name"], {})[row["column_name"]] = row["is_nullable"] == "NO"
    return schema


class TestMigrate:
    def test_sqlite_from_empty(self, tmp_path: Path) -> None:
        migrate(f"sqlite:///{tmp_path}/fresh.db", tmp_path)
        schema = sqlite_schema(tmp_path / "fresh.db")
        assert {"person", "delivery", "policy_version", "console_user", "migration"} <= set(schema)
        migrate(f"sqlite:///{tmp_path}/fresh.db", tmp_path)  # a second run changes nothing

    @needs_postgres
    def test_both_engines_reach_the_same_schema(self, tmp_path: Path) -> None:
        assert TEST_DATABASE_URL is not None
        parts = urlsplit(TEST_DATABASE_URL)
        scratch = parts.path.lstrip("/") + "_schema_check"
        admin_url = TEST_DATABASE_URL

        async def recreate() -> None:
            conn = await asyncpg.connect(admin_url)
            try:
                await conn.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
                await conn.execute(f'CREATE DATABASE "{scratch}"')
            finally:
                await conn.close()

        async def drop() -> None:
            conn = await asyncpg.connect(admin_url)
            try:
                await conn.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
            finally:
                await conn.close()

        asyncio.run(recreate())
        try:
            pg_url = urlunsplit(parts._replace(path=f"/{scratch}"))
            migrate(pg_url, tmp_path)
            migrate(f"sqlite:///{tmp_path}/fresh.db", tmp_path)
            pg = asyncio.run(postgres_schema(pg_url))
            lite = sqlite_schema(tmp_path / "fresh.db")
            assert set(pg) == set(lite)
            for table in pg:
                assert set(pg[table]) == set(lite[table]), table
        finally:
            asyncio.run(drop())

"""Settings: safe embedded defaults, and a clear start-up error naming a bad variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from heliograph.settings import SettingsError, load_settings

STRONG = "x7Hq2LmP9vR4tY8wZ3kN6bC1dF5gJ0sA"


class TestLoadSettings:
    def test_embedded_defaults(self, tmp_path: Path) -> None:
        s = load_settings({"HELIOGRAPH_DATA_DIR": str(tmp_path)})
        assert s.embedded and s.catch_mail
        assert s.database.engine == "sqlite"
        assert s.database.path == f"{tmp_path}/heliograph.db"
        assert len(s.secret_key) >= 32
        # the generated key is kept, so links survive a restart
        assert load_settings({"HELIOGRAPH_DATA_DIR": str(tmp_path)}).secret_key == s.secret_key

    def test_production(self) -> None:
        s = load_settings(
            {
                "HELIOGRAPH_DATABASE_URL": "postgres://app:p%40ss@db.internal:6543/helio",
                "HELIOGRAPH_REDIS_URL": "redis://cache:6379/1",
                "HELIOGRAPH_SMTP_URL": "smtp://user:pw@mail:587?starttls=1",
                "HELIOGRAPH_SECRET_KEY": STRONG,
                "HELIOGRAPH_POSTAL_ADDRESS": "1 Road, Town",
            }
        )
        assert not s.embedded and not s.catch_mail
        assert s.database.asyncpg_config() == {
            "host": "db.internal",
            "port": 6543,
            "user": "app",
            "password": "p@ss",
            "database": "helio",
        }
        assert s.smtp is not None and s.smtp.starttls and s.smtp.port == 587 and s.smtp.username == "user"
        assert s.log_format == "json"

    @pytest.mark.parametrize(
        ("env", "variable"),
        [
            ({"HELIOGRAPH_DATABASE_URL": "mysql://x/y"}, "HELIOGRAPH_DATABASE_URL"),
            ({"HELIOGRAPH_DATABASE_URL": "postgres://host:notaport/db"}, "HELIOGRAPH_DATABASE_URL"),
            ({"HELIOGRAPH_DATABASE_URL": "postgres://host"}, "HELIOGRAPH_DATABASE_URL"),
            ({"HELIOGRAPH_SMTP_URL": "http://mail"}, "HELIOGRAPH_SMTP_URL"),
            ({"HELIOGRAPH_REDIS_URL": "memcached://x"}, "HELIOGRAPH_REDIS_URL"),
            ({"HELIOGRAPH_BASE_URL": "example.com"}, "HELIOGRAPH_BASE_URL"),
            ({"HELIOGRAPH_MAIL_FROM": "not an address"}, "HELIOGRAPH_MAIL_FROM"),
            ({"HELIOGRAPH_DB_POOL_SIZE": "many"}, "HELIOGRAPH_DB_POOL_SIZE"),
            ({"HELIOGRAPH_WORKER_THREADS": "0"}, "HELIOGRAPH_WORKER_THREADS"),
            ({"HELIOGRAPH_LOG_FORMAT": "xml"}, "HELIOGRAPH_LOG_FORMAT"),
            ({"HELIOGRAPH_REDIS_URL": "redis://r", "HELIOGRAPH_POSTAL_ADDRESS": "x"}, "HELIOGRAPH_SECRET_KEY"),
            (
                {
                    "HELIOGRAPH_REDIS_URL": "redis://r",
                    "HELIOGRAPH_SECRET_KEY": "changeme",
                    "HELIOGRAPH_POSTAL_ADDRESS": "x",
                },
                "HELIOGRAPH_SECRET_KEY",
            ),
            ({"HELIOGRAPH_REDIS_URL": "redis://r", "HELIOGRAPH_SECRET_KEY": STRONG}, "HELIOGRAPH_POSTAL_ADDRESS"),
        ],
    )
    def test_bad_value_names_the_variable(self, env: dict[str, str], variable: str, tmp_path: Path) -> None:
        with pytest.raises(SettingsError) as caught:
            load_settings({"HELIOGRAPH_DATA_DIR": str(tmp_path), **env})
        assert caught.value.variable == variable
        assert str(caught.value).startswith(variable)


class TestStartupError:
    def test_cli_reports_the_variable_without_a_traceback(self, tmp_path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HELIOGRAPH_")}
        env.update({"HELIOGRAPH_DATA_DIR": str(tmp_path), "HELIOGRAPH_DATABASE_URL": "oracle://nowhere/db"})
        done = subprocess.run(
            [sys.executable, "-m", "heliograph.cli", "migrate"], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2
        assert "HELIOGRAPH_DATABASE_URL" in done.stderr
        assert "Traceback" not in done.stderr

    def test_production_refuses_a_weak_secret(self, tmp_path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HELIOGRAPH_")}
        env.update(
            {
                "HELIOGRAPH_DATA_DIR": str(tmp_path),
                "HELIOGRAPH_REDIS_URL": "redis://127.0.0.1:6379/0",
                "HELIOGRAPH_SECRET_KEY": "short",
                "HELIOGRAPH_POSTAL_ADDRESS": "1 Road",
            }
        )
        done = subprocess.run(
            [sys.executable, "-m", "heliograph.cli", "worker"], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2
        assert "HELIOGRAPH_SECRET_KEY" in done.stderr and "Traceback" not in done.stderr

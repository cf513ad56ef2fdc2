"""Static checks of docker-compose.yml and the Dockerfile (no Docker engine needed)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"

REQUIRED_SERVICES = {"postgres", "redis", "mailpit", "web", "worker", "scheduler"}
# CLI verbs that are click sub-groups: the third word must be one of their commands.
SUB_GROUPS = {"users", "mail"}


def _services() -> dict[str, dict[str, Any]]:
    with COMPOSE.open() as handle:
        document = yaml.safe_load(handle)  # SafeLoader resolves the `<<: *heliograph` merge keys
    assert isinstance(document, dict)
    return document["services"]


def _app_services() -> dict[str, dict[str, Any]]:
    """Services built from the repository's Dockerfile."""
    return {name: service for name, service in _services().items() if "build" in service}


def _command_words(service: dict[str, Any]) -> list[str]:
    command = service.get("command")
    if isinstance(command, str):
        return shlex.split(command)
    return [str(word) for word in command or []]


def _environment(service: dict[str, Any]) -> dict[str, str | None]:
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        pairs = (item.split("=", 1) for item in environment)
        return {pair[0]: (pair[1] if len(pair) > 1 else None) for pair in pairs}
    return {key: (None if value is None else str(value)) for key, value in environment.items()}


def _dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = DOCKERFILE.read_text()
    joined = re.sub(r"\\\n", " ", text)
    instructions = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    return instructions


class TestServices:
    def test_required_services_exist(self) -> None:
        assert REQUIRED_SERVICES <= set(_services())

    def test_app_services_are_built_from_the_dockerfile(self) -> None:
        apps = _app_services()
        assert {"web", "worker", "scheduler"} <= set(apps)
        for name, service in apps.items():
            build = service["build"]
            dockerfile = build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile"
            context = build.get("context", ".") if isinstance(build, dict) else build
            assert (ROOT / context / dockerfile).resolve() == DOCKERFILE, name

    @pytest.mark.parametrize("name", ["web", "postgres", "redis"])
    def test_healthchecks(self, name: str) -> None:
        healthcheck = _services()[name].get("healthcheck")
        assert healthcheck, f"{name} has no healthcheck"
        assert not healthcheck.get("disable"), f"{name} disables its healthcheck"
        assert healthcheck.get("test"), f"{name} healthcheck has no test"

    def test_web_waits_for_migrations(self) -> None:
        depends_on = _services()["web"]["depends_on"]
        assert depends_on["migrate"]["condition"] == "service_completed_successfully"
        assert depends_on["redis"]["condition"] == "service_healthy"


class TestCommands:
    def test_app_commands_use_real_cli_verbs(self) -> None:
        from heliograph.cli import main

        for name, service in _app_services().items():
            words = _command_words(service)
            assert len(words) >= 2, f"{name}: command {words!r} names no verb"
            assert words[0] == "heliograph", f"{name}: command does not start with heliograph"
            verb = words[1]
            assert verb in main.commands, f"{name}: {verb!r} is not a heliograph command"
            if verb in SUB_GROUPS:
                assert len(words) >= 3, f"{name}: {verb!r} needs a sub-command"
                assert words[2] in main.commands[verb].commands, f"{name}: {verb} {words[2]!r} is unknown"

    def test_cli_has_the_documented_verbs(self) -> None:
        from heliograph.cli import main

        assert {"serve", "worker", "scheduler", "migrate", "users", "mail"} <= set(main.commands)
        assert "create" in main.commands["users"].commands
        assert "test" in main.commands["mail"].commands


class TestEnvironment:
    def test_every_heliograph_variable_is_a_known_setting(self) -> None:
        from heliograph.settings import VARIABLES

        for name, service in _services().items():
            for variable in _environment(service):
                if variable.startswith("HELIOGRAPH_"):
                    assert variable in VARIABLES, f"{name}: {variable} is not in heliograph.settings.VARIABLES"

    def test_app_environment_is_valid_settings(self) -> None:
        from heliograph.settings import load_settings

        for name, service in _app_services().items():
            env = {key: value or "" for key, value in _environment(service).items()}
            # The compose file demands the secret from the shell (${...:?...}); stand one in.
            env["HELIOGRAPH_SECRET_KEY"] = "k3y-For-The-Compose-Test-0123456789abcdefXYZ"
            settings = load_settings(env)
            assert settings.database.engine == "postgres", name
            assert not settings.embedded, name
            assert not settings.catch_mail, name


class TestDockerfile:
    def test_dockerfile_exists(self) -> None:
        assert DOCKERFILE.is_file()

    def test_installs_from_the_lock_file(self) -> None:
        runs = [args for keyword, args in _dockerfile_instructions() if keyword == "RUN"]
        assert any("uv sync --locked" in args for args in runs)
        assert all("uv sync" not in args or "--locked" in args for args in runs)

    def test_runs_as_a_non_root_user(self) -> None:
        users = [args for keyword, args in _dockerfile_instructions() if keyword == "USER"]
        assert users, "the Dockerfile never switches USER"
        final = users[-1].split(":", 1)[0]
        assert final not in ("root", "0")

    def test_copied_sources_exist(self) -> None:
        for keyword, args in _dockerfile_instructions():
            if keyword != "COPY" or args.startswith("--from"):
                continue
            *sources, _destination = args.split()
            for source in sources:
                assert (ROOT / source).exists(), f"COPY {source}: not in the repository"

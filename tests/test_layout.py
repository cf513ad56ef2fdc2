"""The source layout: platform/ is a source root, never a package."""

from __future__ import annotations

import platform
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_platform_is_the_standard_library_module() -> None:
    assert not (ROOT / "platform" / "__init__.py").exists()
    assert Path(platform.__file__).parent == Path(sysconfig.get_paths()["stdlib"])
    assert platform.python_version().startswith("3.")


def test_domains_are_sliced_the_same_way() -> None:
    package = ROOT / "platform" / "heliograph"
    for domain in ("policy", "people", "newsletters", "promotions", "sponsors", "mail", "console"):
        assert (package / domain / "__init__.py").exists(), domain


def test_domain_code_never_imports_tasks() -> None:
    package = ROOT / "platform" / "heliograph"
    offenders = [
        str(path.relative_to(ROOT))
        for path in package.rglob("*.py")
        if path.name not in ("cli.py", "runtime.py")
        and any(line.strip().startswith(("import tasks", "from tasks")) for line in path.read_text().splitlines())
    ]
    assert offenders == []

"""The one Piccolo app: every domain's tables, one migration history."""

from __future__ import annotations

from pathlib import Path

from piccolo.conf.apps import AppConfig, table_finder

TABLE_MODULES = [
    "heliograph.policy.tables",
    "heliograph.console.tables",
    "heliograph.mail.tables",
    "heliograph.people.tables",
    "heliograph.newsletters.tables",
    "heliograph.sponsors.tables",
    "heliograph.promotions.tables",
]

APP_CONFIG = AppConfig(
    app_name="heliograph",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=table_finder(modules=TABLE_MODULES, exclude_imported=True),
    migration_dependencies=[],
    commands=[],
)

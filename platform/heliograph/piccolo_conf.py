"""Piccolo configuration: the engine from settings and the one Heliograph app."""

from __future__ import annotations

from piccolo.conf.apps import AppRegistry

from heliograph.db import build_engine
from heliograph.settings import get_settings

DB = build_engine(get_settings().database)

APP_REGISTRY = AppRegistry(apps=["heliograph.piccolo_app"])

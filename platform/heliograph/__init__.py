"""Heliograph: promotions and newsletters with privacy built in."""

import os

os.environ.setdefault("PICCOLO_CONF", "heliograph.piccolo_conf")

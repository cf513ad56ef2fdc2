"""Versions of the general privacy policy, as data."""

from __future__ import annotations

from piccolo.columns import JSON, Date, Serial, Text, Timestamptz, Varchar
from piccolo.table import Table


class PolicyVersion(Table, tablename="policy_version"):
    """One published version of the general privacy policy; the newest in effect is current."""

    id: Serial

    version = Varchar(length=40, unique=True, help_text="version label, e.g. 2026-11-01")
    last_updated = Date(help_text="the 'Last Updated' date shown to people")
    effective_at = Timestamptz(help_text="takes effect when posted: this time")
    text = Text(help_text="the policy in Markdown")
    defaults = JSON(default="{}", help_text="structured defaults: min_age, retention periods")

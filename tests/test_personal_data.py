"""Every table with personal data is marked and has an erasure rule."""

from __future__ import annotations

from heliograph.personal import ERASURE_RULES, personal_columns
from heliograph.piccolo_app import APP_CONFIG


def test_every_table_with_personal_data_has_an_erasure_rule() -> None:
    missing = [
        t._meta.tablename
        for t in APP_CONFIG.table_classes
        if personal_columns(t) and t._meta.tablename not in ERASURE_RULES
    ]
    assert missing == []


def test_known_personal_columns_are_marked() -> None:
    from heliograph.people.tables import Person

    marked = {c._meta.name for c in personal_columns(Person)}
    assert {"email", "name", "country", "phone", "postal_address"} <= marked


def test_every_column_says_what_it_holds() -> None:
    undocumented = [
        f"{t._meta.tablename}.{c._meta.name}"
        for t in APP_CONFIG.table_classes
        for c in t._meta.columns
        if c._meta.name != "id" and not c._meta.help_text
    ]
    assert undocumented == []

"""Dramatiq actors: thin wrappers that call heliograph services. Only the CLI imports this."""

from __future__ import annotations


def load_actors() -> None:
    """Import every actor module so the broker knows their names."""
    from tasks import campaigns, draws, mail, referrals  # noqa: F401

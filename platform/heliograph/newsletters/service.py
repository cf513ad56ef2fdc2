"""Newsletters: lists, signup with double opt-in, the preference centre and unsubscribing.

The work is split into private modules re-exported here; campaigns live in their own modules.
"""

from __future__ import annotations

from heliograph.newsletters._lists import (
    create_list,
    delete_list,
    find_list,
    get_list,
    get_list_by_id,
    get_public_list,
    list_lists,
    public_lists_for,
    subscriber_counts,
    update_list,
)
from heliograph.newsletters._preferences import CHANNELS, get_preferences, update_preferences
from heliograph.newsletters._signup import (
    check_age,
    confirm_subscription,
    describe_confirmation,
    signup_policy,
    subscribe,
)
from heliograph.newsletters._unsubscribe import (
    cancel_queued_deliveries,
    describe_unsubscribe,
    end_subscription,
    unsubscribe,
)

__all__ = [
    "CHANNELS",
    "cancel_queued_deliveries",
    "check_age",
    "confirm_subscription",
    "create_list",
    "delete_list",
    "describe_confirmation",
    "describe_unsubscribe",
    "end_subscription",
    "find_list",
    "get_list",
    "get_list_by_id",
    "get_preferences",
    "get_public_list",
    "list_lists",
    "public_lists_for",
    "signup_policy",
    "subscribe",
    "subscriber_counts",
    "unsubscribe",
    "update_list",
    "update_preferences",
]

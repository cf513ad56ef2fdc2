"""Whole-corpus runs of the sensitive-data screen in two processes.

The corpus tests read no database and are CPU-bound (every rule over 14,000 texts); a second process
on the CI machine's second core takes a third off the wall time of the rules-only runs (the learned
head's matrix products already use both cores). Processes are spawned, not forked: the test
process has threads (the mail catcher, the in-process job worker) that a fork would copy mid-lock.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from heliograph.policy import screen

T = TypeVar("T")


def gate_agrees(text: str) -> bool:
    """Whether the trigger-word gate gives the answer of every rule run on the text."""
    normalised, keys = screen._normalise(text)
    tagged, _ = screen._tag_people(normalised)
    return screen._first_hit(tagged, keys) == screen._first_hit(tagged, None)


def in_two_processes(function: Callable[[str], T], texts: Sequence[str]) -> list[T]:
    """function(text) for every text, in order, computed by two spawned processes."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        return list(pool.map(function, texts, chunksize=250))

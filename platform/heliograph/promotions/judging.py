"""Contest judging as pure functions: score checks, per-criterion means, weighted totals, ranking.

How a contest is ranked (documented on the rules page and in docs/promotions.md):

1. For each entry and criterion, the judges' scores are averaged (each judge has at most one
   score per criterion per entry; a judge who has not scored a criterion is left out of that
   mean, not counted as 0). A criterion nobody scored counts as 0 and marks the entry
   incomplete.
2. An entry's total is the weighted mean of its criterion means: sum(weight × mean) / sum(weight),
   so it stays on the score scale (0–10) whatever the weights are.
3. Entries are ordered by total, highest first. Ties are broken, in this order, by:
   a. the higher mean on the highest-weight criterion, then on the next-highest, and so on
      (criteria of equal weight in their listed order);
   b. the earlier entry time;
   c. the lower entry id.
   The entry id is unique, so the order is total and repeatable.

Arithmetic is exact (fractions): two totals that are equal on paper are equal here, so a tie is
never decided by a floating-point rounding error. Figures are rounded only for display.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from fractions import Fraction

import msgspec

MIN_SCORE = 0
MAX_SCORE = 10
MAX_WEIGHT = 100
MAX_CRITERIA = 20
DISPLAY_DIGITS = 4

TIE_BREAK = (
    "total (weighted mean of criterion means), highest first",
    "mean on the highest-weight criterion, then the next-highest (equal weights in listed order)",
    "earlier entry time",
    "lower entry id",
)


class Criterion(msgspec.Struct, frozen=True, kw_only=True):
    """One judging criterion of a contest."""

    id: int
    name: str
    weight: float
    position: int = 0


class Score(msgspec.Struct, frozen=True, kw_only=True):
    """One judge's score of one entry on one criterion."""

    entry_id: int
    criterion_id: int
    judge_id: int
    value: float


class Candidate(msgspec.Struct, frozen=True, kw_only=True):
    """An entry being ranked: its id and when it was made."""

    entry_id: int
    entered_at: datetime


class CriterionResult(msgspec.Struct, frozen=True, kw_only=True):
    """One entry's standing on one criterion."""

    criterion_id: int
    mean: float | None  # None: nobody scored it yet
    judges: int


class Ranked(msgspec.Struct, frozen=True, kw_only=True):
    """One entry's place in the ranking."""

    rank: int
    entry_id: int
    entered_at: datetime
    total: float
    complete: bool  # every criterion has at least one score
    criteria: list[CriterionResult]
    decided_by: str | None  # which rule placed it below the entry above; None for the first


def _exact(value: float | int | str | Fraction) -> Fraction:
    # str() first: Fraction(0.1) is 3602879701896397/36028797018963968, Fraction("0.1") is 1/10.
    return value if isinstance(value, Fraction) else Fraction(str(value))


def check_score(value: object, low: int = MIN_SCORE, high: int = MAX_SCORE) -> str | None:
    """A problem code if `value` is not a whole score in [low, high], else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "invalid_score"
    if isinstance(value, float) and not value.is_integer():
        return "invalid_score"
    if not low <= value <= high:
        return "out_of_range"
    return None


def check_criteria(criteria: Sequence[tuple[str, float]]) -> list[tuple[str, str]]:
    """Problems with a list of (name, weight): (field path, problem code); empty when valid."""
    problems: list[tuple[str, str]] = []
    if len(criteria) > MAX_CRITERIA:
        problems.append(("criteria", "too_many"))
    seen: set[str] = set()
    for i, (name, weight) in enumerate(criteria):
        key = " ".join(name.split()).casefold()
        if not key:
            problems.append((f"criteria[{i}].name", "required"))
        elif key in seen:
            problems.append((f"criteria[{i}].name", "duplicate"))
        seen.add(key)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= MAX_WEIGHT:
            problems.append((f"criteria[{i}].weight", "out_of_range"))
    return problems


def weight_shares(criteria: Sequence[Criterion]) -> dict[int, float]:
    """Each criterion's share of the total weight, in percent (for the rules page)."""
    total = sum((_exact(c.weight) for c in criteria), Fraction(0))
    if total == 0:
        return {c.id: 0.0 for c in criteria}
    return {c.id: round(float(_exact(c.weight) * 100 / total), 1) for c in criteria}


def criterion_means(scores: Iterable[Score]) -> dict[tuple[int, int], tuple[Fraction, int]]:
    """(entry id, criterion id) → (mean over judges, number of judges), exactly.

    A judge's later score for the same entry and criterion replaces the earlier one.
    """
    latest: dict[tuple[int, int, int], Fraction] = {}
    for s in scores:
        latest[(s.entry_id, s.criterion_id, s.judge_id)] = _exact(s.value)
    sums: dict[tuple[int, int], list[Fraction | int]] = defaultdict(lambda: [Fraction(0), 0])
    for (entry_id, criterion_id, _judge), value in latest.items():
        acc = sums[(entry_id, criterion_id)]
        acc[0] += value
        acc[1] += 1
    return {key: (Fraction(total) / count, int(count)) for key, (total, count) in sums.items()}


def weighted_total(means: dict[int, Fraction | None], criteria: Sequence[Criterion]) -> Fraction:
    """sum(weight × mean) / sum(weight) over the criteria; a missing mean counts as 0."""
    weight_sum = sum((_exact(c.weight) for c in criteria), Fraction(0))
    if weight_sum == 0:
        return Fraction(0)
    weighted = sum((_exact(c.weight) * (means.get(c.id) or 0) for c in criteria), Fraction(0))
    return weighted / weight_sum


def tie_break_order(criteria: Sequence[Criterion]) -> list[Criterion]:
    """Criteria in tie-break order: highest weight first, equal weights by position then id."""
    return sorted(criteria, key=lambda c: (-_exact(c.weight), c.position, c.id))


def _display(value: Fraction) -> float:
    return round(float(value), DISPLAY_DIGITS)


def rank_entries(
    criteria: Sequence[Criterion], candidates: Iterable[Candidate], scores: Iterable[Score]
) -> list[Ranked]:
    """Every candidate ranked by weighted total with the documented tie-break (module docstring)."""
    criteria = list(criteria)
    order = tie_break_order(criteria)
    wanted = {c.id for c in criteria}
    means = {k: v for k, v in criterion_means(scores).items() if k[1] in wanted}

    keyed = []
    for cand in candidates:
        per = {c.id: means.get((cand.entry_id, c.id)) for c in criteria}
        exact = {cid: (m[0] if m else None) for cid, m in per.items()}
        total = weighted_total(exact, criteria)
        tie = tuple(exact[c.id] or Fraction(0) for c in order)
        sort_key = (-total, tuple(-t for t in tie), cand.entered_at, cand.entry_id)
        keyed.append((sort_key, cand, per, total))
    keyed.sort(key=lambda item: item[0])

    ranked: list[Ranked] = []
    previous = None
    for position, (sort_key, cand, per, total) in enumerate(keyed, start=1):
        ranked.append(
            Ranked(
                rank=position,
                entry_id=cand.entry_id,
                entered_at=cand.entered_at,
                total=_display(total),
                complete=all(per[c.id] is not None for c in criteria) if criteria else False,
                criteria=[
                    CriterionResult(
                        criterion_id=c.id,
                        mean=_display(per[c.id][0]) if per[c.id] else None,  # type: ignore[index]
                        judges=per[c.id][1] if per[c.id] else 0,  # type: ignore[index]
                    )
                    for c in criteria
                ],
                decided_by=None if previous is None else _decided_by(previous, sort_key, order),
            )
        )
        previous = sort_key
    return ranked


def _decided_by(above: tuple, below: tuple, order: Sequence[Criterion]) -> str:
    """Which tie-break rule separates two neighbouring sort keys."""
    if above[0] != below[0]:
        return "total"
    for criterion, a, b in zip(order, above[1], below[1], strict=True):
        if a != b:
            return f"criterion:{criterion.name}"
    if above[2] != below[2]:
        return "entered_at"
    return "entry_id"

"""Contest ranking: criterion means, weighted totals and the documented tie-break (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest

from heliograph.promotions.judging import (
    Candidate,
    Criterion,
    Score,
    check_criteria,
    check_score,
    criterion_means,
    rank_entries,
    tie_break_order,
    weight_shares,
    weighted_total,
)

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
IDEA = Criterion(id=1, name="Idea", weight=3, position=0)
CRAFT = Criterion(id=2, name="Craft", weight=1, position=1)


def cand(entry_id: int, minutes: int = 0) -> Candidate:
    return Candidate(entry_id=entry_id, entered_at=T0 + timedelta(minutes=minutes))


def score(entry_id: int, criterion: Criterion, judge: int, value: float) -> Score:
    return Score(entry_id=entry_id, criterion_id=criterion.id, judge_id=judge, value=value)


class TestCheckScore:
    @pytest.mark.parametrize("value", [0, 5, 10, 7.0])
    def test_whole_scores_in_range_pass(self, value: float) -> None:
        assert check_score(value) is None

    @pytest.mark.parametrize(
        ("value", "code"),
        [
            (-1, "out_of_range"),
            (11, "out_of_range"),
            (7.5, "invalid_score"),
            (True, "invalid_score"),
            ("7", "invalid_score"),
        ],
    )
    def test_others_are_refused(self, value: object, code: str) -> None:
        assert check_score(value) == code


class TestCheckCriteria:
    def test_valid(self) -> None:
        assert check_criteria([("Idea", 3), ("Craft", 1.5)]) == []

    def test_problems_are_named(self) -> None:
        problems = check_criteria([("Idea", 3), (" idea ", 1), ("", 0), ("Other", 101)])
        assert problems == [
            ("criteria[1].name", "duplicate"),
            ("criteria[2].name", "required"),
            ("criteria[2].weight", "out_of_range"),
            ("criteria[3].weight", "out_of_range"),
        ]


class TestMeans:
    def test_mean_over_judges_per_criterion(self) -> None:
        means = criterion_means([score(1, IDEA, 10, 7), score(1, IDEA, 11, 8), score(1, CRAFT, 10, 4)])
        assert means[(1, IDEA.id)] == (Fraction(15, 2), 2)
        assert means[(1, CRAFT.id)] == (Fraction(4), 1)

    def test_a_later_score_by_the_same_judge_replaces_the_earlier(self) -> None:
        means = criterion_means([score(1, IDEA, 10, 2), score(1, IDEA, 10, 9)])
        assert means[(1, IDEA.id)] == (Fraction(9), 1)

    def test_weighted_total_stays_on_the_score_scale(self) -> None:
        # (3 × 8 + 1 × 4) / 4 = 7
        assert weighted_total({IDEA.id: Fraction(8), CRAFT.id: Fraction(4)}, [IDEA, CRAFT]) == 7
        assert weighted_total({IDEA.id: Fraction(8)}, [IDEA, CRAFT]) == 6  # missing counts as 0

    def test_weight_shares(self) -> None:
        assert weight_shares([IDEA, CRAFT]) == {1: 75.0, 2: 25.0}


class TestRanking:
    def test_higher_weighted_total_ranks_first(self) -> None:
        scores = [
            score(1, IDEA, 10, 6),
            score(1, CRAFT, 10, 10),  # (18 + 10) / 4 = 7
            score(2, IDEA, 10, 8),
            score(2, CRAFT, 10, 4),  # (24 + 4) / 4 = 7  ← tie on total
            score(3, IDEA, 10, 9),
            score(3, CRAFT, 10, 9),  # 9
        ]
        ranked = rank_entries([IDEA, CRAFT], [cand(1), cand(2), cand(3)], scores)
        assert [(r.rank, r.entry_id, r.total) for r in ranked] == [(1, 3, 9.0), (2, 2, 7.0), (3, 1, 7.0)]
        assert [r.decided_by for r in ranked] == [None, "total", "criterion:Idea"]

    def test_weighted_mean_over_judges(self) -> None:
        scores = [score(1, IDEA, 10, 10), score(1, IDEA, 11, 5), score(1, CRAFT, 10, 3), score(1, CRAFT, 11, 7)]
        [only] = rank_entries([IDEA, CRAFT], [cand(1)], scores)
        # Idea mean 7.5, Craft mean 5 → (22.5 + 5) / 4 = 6.875
        assert only.total == 6.875 and only.complete
        assert [(c.criterion_id, c.mean, c.judges) for c in only.criteria] == [(1, 7.5, 2), (2, 5.0, 2)]

    def test_exact_arithmetic_keeps_true_ties(self) -> None:
        # 1/3-style means that floats would make unequal: (7+8+8)/3 and (8+8+7)/3 with thirds weights.
        thirds = [Criterion(id=i, name=f"C{i}", weight=0.1, position=i) for i in (1, 2, 3)]
        a = [Score(entry_id=1, criterion_id=i, judge_id=j, value=v) for i, j, v in [(1, 1, 7), (2, 1, 8), (3, 1, 8)]]
        b = [Score(entry_id=2, criterion_id=i, judge_id=j, value=v) for i, j, v in [(1, 1, 8), (2, 1, 8), (3, 1, 7)]]
        ranked = rank_entries(thirds, [cand(1), cand(2)], a + b)
        assert ranked[0].total == ranked[1].total
        # Equal weights: the first listed criterion (C1) breaks the tie → entry 2 (8 on C1) first.
        assert [r.entry_id for r in ranked] == [2, 1] and ranked[1].decided_by == "criterion:C1"

    def test_then_earlier_entry_then_lower_id(self) -> None:
        same = [score(e, IDEA, 10, 5) for e in (1, 2, 3)] + [score(e, CRAFT, 10, 5) for e in (1, 2, 3)]
        ranked = rank_entries([IDEA, CRAFT], [cand(3, minutes=5), cand(2, minutes=1), cand(1, minutes=1)], same)
        assert [r.entry_id for r in ranked] == [1, 2, 3]
        assert [r.decided_by for r in ranked] == [None, "entry_id", "entered_at"]

    def test_unscored_entries_rank_last_and_are_incomplete(self) -> None:
        ranked = rank_entries([IDEA, CRAFT], [cand(1), cand(2)], [score(2, IDEA, 10, 1)])
        assert [r.entry_id for r in ranked] == [2, 1]
        assert ranked[0].complete is False and ranked[1].total == 0.0
        assert ranked[1].criteria[0].mean is None and ranked[1].criteria[0].judges == 0

    def test_scores_for_unknown_criteria_are_ignored(self) -> None:
        stray = Score(entry_id=1, criterion_id=99, judge_id=10, value=10)
        [only] = rank_entries([IDEA], [cand(1)], [stray, score(1, IDEA, 10, 4)])
        assert only.total == 4.0

    def test_tie_break_order_is_weight_then_position_then_id(self) -> None:
        a = Criterion(id=5, name="A", weight=2, position=1)
        b = Criterion(id=4, name="B", weight=2, position=1)
        c = Criterion(id=3, name="C", weight=2, position=0)
        d = Criterion(id=1, name="D", weight=5, position=9)
        assert [x.name for x in tie_break_order([a, b, c, d])] == ["D", "C", "B", "A"]

    def test_no_candidates(self) -> None:
        assert rank_entries([IDEA], [], []) == []

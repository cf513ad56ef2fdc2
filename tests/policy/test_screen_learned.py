"""Tests for the learned head of the sensitive-data screen: policy/_embedding.py and policy/_learned.py.

The combined screen (rules, then the head) is measured over screen_corpus.tsv by test_screen.py; here
it is also run over screen_holdout.tsv. That file was written blind and measured before the shipped head
was trained on it (figures in train_screen_head.py's report), so here it guards against regressions only.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import numpy as np
import pytest

from heliograph.policy import _embedding, _learned, screen
from heliograph.policy.screen import CATEGORIES, screen_text

HOLDOUT = Path(__file__).with_name("screen_holdout.tsv")
LABELS = (*CATEGORIES, "none")

# all-MiniLM-L6-v2's sentence-transformers embedding of "hello world" (mean pooling, unit length),
# first five dimensions, as pinned by fastembed's test suite.
HELLO_WORLD = [-0.034478, 0.03102, 0.00673, 0.02611, -0.039362]


class TestEmbedding:
    def test_matches_the_reference_model(self) -> None:
        vector = _embedding.embed(["hello world"])[0]
        assert vector.shape == (384,)
        assert np.allclose(vector[:5], HELLO_WORLD, atol=1e-3), vector[:5]

    def test_vectors_have_unit_length(self) -> None:
        vectors = _embedding.embed(["a", "I joined the union in May.", "", "x " * 400])
        assert vectors.dtype == np.float32
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)

    def test_a_batch_gives_the_same_vectors_as_one_at_a_time(self) -> None:
        texts = [
            "My son's asthma is worse in summer.",
            "hi",
            "",
            "The inverter logs every hour; the app draws the graph of the whole day for you.",
            "word " * 300,  # past the 128-token limit
        ]
        batch = _embedding.embed(texts)
        single = np.stack([_embedding.embed([text])[0] for text in texts])
        assert np.abs(batch - single).max() < 1e-5

    def test_a_batch_larger_than_one_pack_gives_the_same_vectors(self) -> None:
        texts = [f"Entry number {i} says the panels are great, and the battery too." for i in range(150)]
        batch = _embedding.embed(texts)
        assert np.abs(batch[7] - _embedding.embed([texts[7]])[0]).max() < 1e-5
        assert np.abs(batch[149] - _embedding.embed([texts[149]])[0]).max() < 1e-5

    def test_text_past_128_tokens_is_cut(self) -> None:
        long, cut = _embedding.embed(["word " * 500, "word " * 126])  # 126 words + [CLS] + [SEP] = 128
        assert np.abs(long - cut).max() < 1e-5

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("My son has asthma.", "My boy suffers from asthma attacks."),
            ("I voted Labour at the last election.", "At the last general election my vote went to Labour."),
            ("A man is eating food.", "A man is eating a piece of bread."),
        ],
    )
    def test_paraphrases_are_close(self, a: str, b: str) -> None:
        va, vb = _embedding.embed([a, b])
        assert float(va @ vb) > 0.7

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("My son has asthma.", "The battery was charged overnight."),
            ("I go to church every Sunday.", "The inverter firmware was updated."),
            ("A man is eating food.", "A monkey is playing drums."),
        ],
    )
    def test_unrelated_sentences_are_far(self, a: str, b: str) -> None:
        va, vb = _embedding.embed([a, b])
        assert float(va @ vb) < 0.2

    def test_features_are_the_sentence_and_the_lexical_embedding(self) -> None:
        texts = ["I'm in Unison.", "Solar is great."]
        feats = _embedding.features(texts)
        assert feats.shape == (2, 768)
        assert np.abs(feats[:, :384] - _embedding.embed(texts)).max() < 1e-6
        assert np.allclose(np.linalg.norm(feats[:, 384:], axis=1), 1.0, atol=1e-5)

    def test_input_shapes(self) -> None:
        assert _embedding.embed([]).shape == (0, 384)
        with pytest.raises(TypeError):
            _embedding.embed("one string")  # type: ignore[arg-type]

    def test_the_model_loads_once_when_threads_race(self) -> None:
        loaded = _embedding._load()
        _embedding._model = None
        try:
            seen: list[object] = []
            threads = [threading.Thread(target=lambda: seen.append(_embedding._load())) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert len(seen) == 4 and all(m is seen[0] for m in seen)
        finally:
            _embedding._model = loaded


class TestPieces:
    def test_short_texts_have_none(self) -> None:
        assert _learned.pieces("") == []
        assert _learned.pieces("credit union") == []
        assert _learned.pieces("Jo Bloggs") == []

    def test_sentences_and_short_ones_joined(self) -> None:
        assert _learned.pieces("Hi! My son has asthma. Thanks.\nGo solar now please") == [
            "Hi! My son has asthma. Thanks.",
            "Go solar now please",
        ]

    def test_long_sentences_are_read_in_overlapping_windows_that_cover_every_word(self) -> None:
        words = [f"w{i}" for i in range(130)]
        parts = _learned.pieces(" ".join(words))
        assert all(len(p.split()) <= _learned.WINDOW_WORDS for p in parts)
        assert {w for p in parts for w in p.split()} == set(words)

    def test_the_model_reads_a_bounded_number_of_pieces(self) -> None:
        assert len(_learned.pieces("My panels are great. " * 1000)) == _learned.MAX_PIECES


class TestHead:
    def test_shipped_head(self) -> None:
        head = _learned.head()
        assert head.classes == LABELS
        assert head.weights.shape == (768, len(LABELS))
        assert head.thresholds.shape == (len(CATEGORIES),)
        assert np.all((head.thresholds >= 0.5) & (head.thresholds < 1.0))

    def test_probabilities_sum_to_one(self) -> None:
        head = _learned.head()
        p = head.probabilities(_embedding.features(["I'm a Quaker.", "The sale ends Friday."]))
        assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)

    def test_a_model_hit_says_so_in_its_evidence(self) -> None:
        text = "Our shop floor voted to unionise last spring and I was one of the organisers."
        assert screen._rule_hit(text) is None
        hit = screen_text(text)
        assert hit is not None and hit.category == "trade_union_membership"
        assert hit.evidence.startswith("model:trade_union_membership:")
        assert 0.5 <= float(hit.evidence.rsplit(":", 1)[1]) <= 1.0

    @pytest.mark.parametrize("text", ["battery health", "credit union", "the race to net zero"])
    def test_design_near_misses_are_not_hits(self, text: str) -> None:
        assert screen_text(text) is None
        assert _learned.classify(text) is None

    def test_design_disclosure_is_a_hit(self) -> None:
        hit = screen_text("my son's asthma")
        assert hit is not None and hit.category == "health"


@functools.cache
def holdout_verdicts() -> tuple[tuple[str, str], ...]:
    """(label, verdict of the combined screen) of every holdout sentence."""
    out = []
    for line in HOLDOUT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label, _, text = line.partition("\t")
            assert label in LABELS, line
            hit = screen_text(text)
            out.append((label, hit.category if hit else "none"))
    return tuple(out)


class TestManyAtOnce:
    TEXTS = (
        "My dad has been on dialysis since the spring",
        "The inverter beeps every afternoon, is that normal?",
        "Been a Labour man all my life and the panels are a socialist dream",
        "Our neighbour's cat is on insulin now, poor thing",
        "we got panels",  # three words
        "ok",  # too short for the head
        "Mi madre fue a la marcha del domingo",  # not English: the head does not read it
        "My cousin got out last spring and is looking for work with a solar firm " * 30,  # many pieces
    )

    def test_classify_many_agrees_with_one_at_a_time(self) -> None:
        together = _learned.classify_many(list(self.TEXTS))
        for text, found in zip(self.TEXTS, together, strict=True):
            alone = _learned.classify(text)
            assert (found is None) == (alone is None), text
            if found is not None and alone is not None:
                assert found[0] == alone[0] and abs(found[1] - alone[1]) < 1e-4, text

    def test_model_hits_agree_with_the_screen(self) -> None:
        together = screen.model_hits(list(self.TEXTS))
        assert together == [screen._model_hit(text) for text in self.TEXTS]
        assert _learned.classify_many([]) == []


class TestHoldout:
    def test_holdout_is_balanced(self) -> None:
        labels = [label for label, _ in holdout_verdicts()]
        assert labels.count("none") >= 120
        for category in CATEGORIES:
            assert labels.count(category) >= 20, category

    @pytest.mark.parametrize("category", CATEGORIES)
    def test_recall_and_false_positive_rate(self, category: str) -> None:
        rows = holdout_verdicts()
        positives = [got for label, got in rows if label == category]
        negatives = [got for label, got in rows if label != category]
        recall = sum(got == category for got in positives) / len(positives)
        fpr = sum(got == category for got in negatives) / len(negatives)
        assert recall >= 0.95, (category, recall)
        assert fpr <= 0.03, (category, fpr)

    def test_benign_sentences_flagged(self) -> None:
        benign = [got for label, got in holdout_verdicts() if label == "none"]
        assert sum(got != "none" for got in benign) / len(benign) <= 0.03


class TestWhatTheHeadReads:
    """The head's sentence model reads English; texts in other languages are left to the rules."""

    @pytest.mark.parametrize(
        "text",
        [
            "My dad has been on dialysis since the spring",
            "Caption: Dad's first day home after 3 weeks in Groote Schuur",
            "hispanic household in El Paso, the AC never stops",
        ],
    )
    def test_english_is_read(self, text: str) -> None:
        assert screen.head_reads(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Moja mama kupiła nowy piekarnik i rachunki wzrosły.",
            "Lainnya: pemilik kontrakan tidak mengizinkan",
            "juri lombanya adil",
            "la giuria era competente e gentile",
            "Ana Silva",  # fewer than three words
        ],
    )
    def test_other_languages_and_short_texts_are_not(self, text: str) -> None:
        assert not screen.head_reads(text)

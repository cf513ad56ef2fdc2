"""The learned head of the sensitive-data screen: softmax regression on sentence features.

It backs up the rules (``screen.py``) on wordings and words they do not list. A text is cut into
sentences (long ones into overlapping windows of words); each piece is embedded by
``_embedding.features`` and scored over the six categories and "none" by a linear softmax layer
whose weights ship in ``screen_head.npz`` (trained by ``tests/policy/train_screen_head.py``). The
text is a hit when some piece's best category clears that category's threshold, which was tuned by
cross-validation to keep benign texts flagged at about 2%.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from heliograph.policy import _embedding

HEAD_PATH = Path(__file__).with_name("screen_head.npz")
MIN_WORDS = 3  # texts and pieces shorter than this are left to the rules
WINDOW_WORDS = 48  # a sentence longer than this is read in windows of this many words...
WINDOW_STEP = 40  # ...starting every WINDOW_STEP words, so that a phrase on a boundary is seen whole
MAX_PIECES = 64  # the model reads at most this many pieces (about 2,500 words); the rules read everything

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\s*\n\s*")


@dataclass(frozen=True)
class Head:
    """The trained layer: standardisation, weights and per-category thresholds."""

    classes: tuple[str, ...]  # the six categories, then "none"
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray
    thresholds: np.ndarray  # one per category

    def probabilities(self, feats: np.ndarray) -> np.ndarray:
        """Class probabilities, (rows, classes), of feature rows."""
        logits = ((feats - self.mean) / self.scale) @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        np.exp(logits, out=logits)
        return logits / logits.sum(axis=1, keepdims=True)


_lock = threading.Lock()
_head: Head | None = None


def load_head(path: Path = HEAD_PATH) -> Head:
    """Read a head from an .npz file."""
    with np.load(path, allow_pickle=False) as data:
        return Head(
            classes=tuple(str(c) for c in data["classes"]),
            mean=data["mean"].astype(np.float32),
            scale=data["scale"].astype(np.float32),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
            thresholds=data["thresholds"].astype(np.float32),
        )


def head() -> Head:
    """The shipped head, read once per process."""
    global _head
    if _head is None:
        with _lock:
            if _head is None:
                _head = load_head()
    return _head


def warm_up() -> None:
    """Load the head and the embedding model now, e.g. in a thread at start-up, instead of on first use."""
    head()
    _embedding.warm_up()


def pieces(text: str) -> list[str]:
    """The parts of a text the model reads: sentences of at least MIN_WORDS words, long ones in windows."""
    sentences: list[list[str]] = []
    for part in _SENTENCE_END.split(text):
        words = part.split()
        if not words:
            continue
        if sentences and (len(words) < MIN_WORDS or len(sentences[-1]) < MIN_WORDS):
            sentences[-1].extend(words)  # "Thanks!" or "Go solar." joins its neighbour
        else:
            sentences.append(words)
    out: list[str] = []
    for words in sentences:
        if len(words) < MIN_WORDS:
            continue
        if len(words) <= WINDOW_WORDS:
            out.append(" ".join(words))
            continue
        for start in range(0, len(words) - WINDOW_WORDS + WINDOW_STEP, WINDOW_STEP):
            out.append(" ".join(words[start : start + WINDOW_WORDS]))
    return out[:MAX_PIECES]


def best_category(h: Head, probabilities: np.ndarray) -> tuple[int, float]:
    """(category index, probability) of the most likely category over all pieces, "none" left out."""
    categories = probabilities[:, : len(h.thresholds)]
    row, column = np.unravel_index(int(np.argmax(categories - h.thresholds)), categories.shape)
    return int(column), float(categories[row, column])


def classify(text: str) -> tuple[str, float] | None:
    """The category the model finds in a text and its probability, when over that category's threshold."""
    return classify_many([text])[0]


def classify_many(texts: Sequence[str]) -> list[tuple[str, float] | None]:
    """:func:`classify` for many texts, with one pass of the sentence model over all their pieces (packed
    together, which is several times faster than one text at a time)."""
    parts = [pieces(text) for text in texts]
    flat = [part for text_parts in parts for part in text_parts]
    if not flat:
        return [None] * len(texts)
    h = head()
    probabilities = h.probabilities(_embedding.features(flat))
    out: list[tuple[str, float] | None] = []
    start = 0
    for text_parts in parts:
        end = start + len(text_parts)
        if end == start:
            out.append(None)
            continue
        category, probability = best_category(h, probabilities[start:end])
        out.append(None if probability < h.thresholds[category] else (h.classes[category], probability))
        start = end
    return out

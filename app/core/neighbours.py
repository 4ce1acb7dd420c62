"""The seller's own decisions as a nearest-neighbour memory inside the model.

Decision memory (classifying) settles an item whose SKU or normalised title was decided
before. This goes one step further: an item that is merely *similar* to a decided item of
the same seller (another colour, another size, the same shop's wording) is scored by how
close it is to the decided items of each code. The centroid profiles cover every code the
model knows; this memory lets a code the reviewer chose for a near-identical item win with
a confidence the calibrator has learned from held-out decisions.

Each decided item is kept as its TF-IDF row pruned to the strongest ``KEEP_TERMS`` terms
(re-normalised, float32): the distinctive words survive, shared boilerplate falls away,
and the model file stays small (about 1 kB per decision). Only the newest
decisions are kept (the model decides how many).
"""
from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

KEEP_TERMS = 128


def prune_rows(x: sparse.csr_matrix, keep: int = KEEP_TERMS) -> sparse.csr_matrix:
    """Each row's `keep` largest weights, L2-normalised again (ties at the cut may keep a few more)."""
    out = sparse.csr_matrix(x, dtype=np.float32, copy=True)
    for i in range(out.shape[0]):
        a, b = out.indptr[i], out.indptr[i + 1]
        if b - a > keep:
            d = out.data[a:b]
            d[d < np.partition(d, -keep)[-keep]] = 0.0
    out.eliminate_zeros()
    return sparse.csr_matrix(normalize(out), dtype=np.float32)


class DecisionNeighbours:
    """Pruned rows of decided items (oldest first) and their class indices."""

    def __init__(self, rows: sparse.csr_matrix, labels: np.ndarray) -> None:
        self.rows = sparse.csr_matrix(rows, dtype=np.float32)
        self.labels = np.asarray(labels, dtype=np.int64)
        # grouped by class for a per-class maximum with reduceat: the start of each run of equal labels
        order = np.argsort(self.labels, kind="stable")
        grouped = self.labels[order]
        self._starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]]) if len(grouped) else np.array([], int)
        self._start_labels = grouped[self._starts] if len(grouped) else grouped
        self._rows_t = self.rows[order].T.tocsr()

    @classmethod
    def empty(cls, n_features: int) -> DecisionNeighbours:
        return cls(sparse.csr_matrix((0, n_features), dtype=np.float32), np.zeros(0, dtype=np.int64))

    def __len__(self) -> int:
        return int(self.rows.shape[0])

    def class_similarity(self, x: sparse.spmatrix, n_classes: int) -> np.ndarray:
        """For each text and class: the cosine to the closest decided item of that class (0 if none)."""
        out = np.zeros((x.shape[0], n_classes), dtype=np.float32)
        if not len(self) or not x.shape[0]:
            return out
        q = normalize(sparse.csr_matrix(x, dtype=np.float32))
        sims = np.asarray((q @ self._rows_t).todense(), dtype=np.float32)
        out[:, self._start_labels] = np.maximum(np.maximum.reduceat(sims, self._starts, axis=1), 0.0)
        return out

    def arrays(self) -> dict[str, np.ndarray]:
        r = self.rows
        return {"neighbours.data": r.data.astype(np.float32), "neighbours.indices": r.indices.astype(np.int32),
                "neighbours.indptr": r.indptr.astype(np.int64), "neighbours.shape": np.array(r.shape, dtype=np.int64),
                "neighbours.labels": self.labels.astype(np.int32)}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], n_features: int) -> DecisionNeighbours:
        if "neighbours.shape" not in arrays:
            return cls.empty(n_features)
        shape = tuple(int(v) for v in arrays["neighbours.shape"])
        rows = sparse.csr_matrix((arrays["neighbours.data"], arrays["neighbours.indices"], arrays["neighbours.indptr"]),
                                 shape=shape)
        return cls(rows, arrays["neighbours.labels"].astype(np.int64))

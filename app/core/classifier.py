"""The HS classifier: training, top-k prediction, safe persistence.

A model maps product text to six-digit HS 2022 subheadings with probabilities. It is saved
with skops (no pickle) and a file is loaded only when its SHA-256 matches the one Borderline
recorded when it wrote the file.
"""
from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import skops.io as sio
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import normalize

from app.core.jobs import Progress, no_progress
from app.core.nomenclature import nomenclature

Suggestion = tuple[str, float]

# Types a Borderline model file may contain; anything else is refused on load.
TRUSTED_TYPES = [
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.pipeline.FeatureUnion",
    "builtins.str",
    "builtins.dict",
    "builtins.list",
    "builtins.int",
    "builtins.float",
    "builtins.tuple",
]


class ModelFileError(Exception):
    """A model file is missing, altered or not a Borderline model."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    code: str
    weight: float = 1.0
    source: str = "starter"


class HSModel:
    """TF-IDF text features and one L2-normalised centroid per code.

    A text scores each code by cosine similarity to its centroid; a softmax with a fitted
    temperature turns the scores into probabilities. Centroids are sparse, so the model
    stays small however many codes it knows.
    """

    def __init__(self, vectorizer: FeatureUnion, centroids: sparse.csr_matrix, classes: list[str], temperature: float) -> None:
        self.vectorizer = vectorizer
        self.centroids = centroids
        self.classes = classes
        self.temperature = temperature

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        x = self.vectorizer.transform(list(texts))
        return np.asarray((x @ self.centroids.T).todense())

    def predict(self, texts: Sequence[str], k: int = 3) -> list[list[Suggestion]]:
        """Top-k (code, probability) for each text, most likely first."""
        if not texts:
            return []
        proba = softmax(self.scores(texts) / self.temperature)
        k = min(k, proba.shape[1])
        top = np.argsort(-proba, axis=1)[:, :k]
        return [[(self.classes[j], float(row[j])) for j in idx] for row, idx in zip(proba, top)]

    def to_state(self) -> dict[str, object]:
        return {"format": 1, "vectorizer": self.vectorizer, "centroids": self.centroids, "classes": list(self.classes),
                "temperature": float(self.temperature)}


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def nomenclature_examples(codes: Sequence[str], weight: float = 0.5) -> list[Example]:
    """One example per code from its chapter, heading and subheading descriptions."""
    nom = nomenclature()
    out = []
    for code in codes:
        text = " ".join(e.description for e in nom.hierarchy(code))
        if text:
            out.append(Example(text, code, weight, "nomenclature"))
    return out


def build_vectorizer() -> FeatureUnion:
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, max_features=100_000)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, max_features=100_000)),
        ]
    )


def train(examples: Sequence[Example], progress: Progress = no_progress, temperature: float = 0.08) -> HSModel:
    """Fit a model on labelled examples plus the nomenclature text of their codes."""
    if not examples:
        raise ValueError("no training examples")
    codes = sorted({e.code for e in examples})
    data = list(examples) + nomenclature_examples(codes)
    progress(0.1, f"Training on {len(data):,} examples over {len(codes):,} codes")
    vec = build_vectorizer()
    x = vec.fit_transform([e.text for e in data])
    progress(0.6, "Building code profiles")
    index = {c: i for i, c in enumerate(codes)}
    rows = np.array([index[e.code] for e in data])
    weights = np.array([e.weight for e in data])
    assign = sparse.csr_matrix((weights, (rows, np.arange(len(data)))), shape=(len(codes), len(data)))
    centroids = normalize(sparse.csr_matrix(assign @ x))
    progress(1.0, "Trained")
    return HSModel(vec, centroids, codes, temperature)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save(model: HSModel, path: Path) -> str:
    """Write the model atomically and return its SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        sio.dump(model.to_state(), tmp_path)
        digest = sha256_file(tmp_path)
        tmp_path.replace(path)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    return digest


def load(path: Path, expected_sha256: str) -> HSModel:
    """Load a model file after checking its hash; never unpickles anything."""
    if not path.exists():
        raise ModelFileError(f"{path}: model file is missing")
    actual = sha256_file(path)
    if actual != expected_sha256:
        raise ModelFileError(f"{path}: model file does not match its recorded SHA-256; refusing to load it")
    try:
        untrusted = sio.get_untrusted_types(file=path)
        unknown = [t for t in untrusted if t not in TRUSTED_TYPES]
        if unknown:
            raise ModelFileError(f"{path}: model file holds unexpected types {unknown}")
        state = sio.load(path, trusted=untrusted)
    except ModelFileError:
        raise
    except Exception as exc:
        raise ModelFileError(f"{path}: not a readable model file ({exc})") from exc
    if not isinstance(state, dict) or state.get("format") != 1:
        raise ModelFileError(f"{path}: not a Borderline model")
    return HSModel(state["vectorizer"], state["centroids"], list(state["classes"]), float(state["temperature"]))

"""The HS classifier: training, top-k prediction, safe persistence.

A model maps product text to six-digit HS 2022 subheadings with probabilities. It is saved
as plain NumPy arrays (never pickle) and a file is loaded only when its SHA-256 matches the
one Borderline recorded when it wrote the file.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import normalize

from app.core.jobs import Progress, no_progress
from app.core.nomenclature import nomenclature

Suggestion = tuple[str, float]

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


# Persistence: a NumPy .npz archive of plain arrays (no pickled objects) plus a JSON header.
# Vectorizers are stored as their parameters, vocabulary and idf weights and rebuilt on load.
FORMAT = 2
_VECTORIZER_PARAMS = ("analyzer", "ngram_range", "sublinear_tf", "lowercase", "strip_accents", "min_df", "max_features")


def _vectorizer_state(name: str, vec: TfidfVectorizer) -> tuple[dict[str, object], dict[str, np.ndarray]]:
    params = {k: getattr(vec, k) for k in _VECTORIZER_PARAMS}
    params["ngram_range"] = list(params["ngram_range"])
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    return params, {f"{name}.terms": np.array(terms, dtype=str), f"{name}.idf": vec.idf_.astype(np.float64)}


def _rebuild_vectorizer(name: str, params: dict[str, object], arrays: dict[str, np.ndarray]) -> TfidfVectorizer:
    kwargs = dict(params)
    kwargs["ngram_range"] = tuple(kwargs["ngram_range"])  # type: ignore[arg-type]
    vec = TfidfVectorizer(**kwargs)  # type: ignore[arg-type]
    terms = arrays[f"{name}.terms"].tolist()
    vec.vocabulary_ = {t: i for i, t in enumerate(terms)}
    vec.idf_ = arrays[f"{name}.idf"]
    return vec


def save(model: HSModel, path: Path) -> str:
    """Write the model atomically and return its SHA-256."""
    header: dict[str, object] = {"format": FORMAT, "kind": "centroid", "temperature": model.temperature, "vectorizers": []}
    arrays: dict[str, np.ndarray] = {}
    for name, vec in model.vectorizer.transformer_list:
        params, arr = _vectorizer_state(name, vec)
        header["vectorizers"].append([name, params])  # type: ignore[union-attr]
        arrays.update(arr)
    c = model.centroids.tocsr()
    arrays.update({"centroids.data": c.data.astype(np.float32), "centroids.indices": c.indices.astype(np.int32),
                   "centroids.indptr": c.indptr.astype(np.int64), "centroids.shape": np.array(c.shape, dtype=np.int64),
                   "classes": np.array(model.classes, dtype=str),
                   "header": np.array(json.dumps(header))})
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        tmp_path = Path(tmp.name)
        try:
            np.savez_compressed(tmp, **arrays)  # type: ignore[arg-type]
        except BaseException:
            tmp.close()
            tmp_path.unlink(missing_ok=True)
            raise
    tmp_path.chmod(0o644)
    digest = sha256_file(tmp_path)
    tmp_path.replace(path)
    return digest


def load(path: Path, expected_sha256: str) -> HSModel:
    """Load a model file after checking its hash; object arrays (pickles) are refused."""
    if not path.exists():
        raise ModelFileError(f"{path}: model file is missing")
    if sha256_file(path) != expected_sha256:
        raise ModelFileError(f"{path}: model file does not match its recorded SHA-256; refusing to load it")
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        header = json.loads(str(arrays["header"]))
        if header.get("format") != FORMAT:
            raise ModelFileError(f"{path}: model format {header.get('format')} is not supported by this version")
        vectorizer = FeatureUnion([(name, _rebuild_vectorizer(name, params, arrays)) for name, params in header["vectorizers"]])
        shape = tuple(int(v) for v in arrays["centroids.shape"])
        centroids = sparse.csr_matrix((arrays["centroids.data"], arrays["centroids.indices"], arrays["centroids.indptr"]),
                                      shape=shape)
        return HSModel(vectorizer, centroids, arrays["classes"].tolist(), float(header["temperature"]))
    except ModelFileError:
        raise
    except Exception as exc:
        raise ModelFileError(f"{path}: not a readable Borderline model ({exc.__class__.__name__}: {exc})") from exc

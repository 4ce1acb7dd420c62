"""Model files: a NumPy .npz archive of plain arrays (no pickled objects) plus a JSON header.

Vectorizers are stored as their parameters, vocabulary and idf weights and rebuilt on load.
A file is written atomically and loaded only when its SHA-256 matches the one recorded when
Borderline wrote it; object arrays are refused (``allow_pickle=False``).
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

if TYPE_CHECKING:
    from app.core.classifier import HSModel


class ModelFileError(Exception):
    """A model file is missing, altered or not a Borderline model."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


FORMAT = 3  # 3 adds the decision neighbours; format 2 files (without them) still load
READABLE_FORMATS = (2, 3)
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
    header: dict[str, object] = {"format": FORMAT, "kind": "centroid", "temperature": model.temperature,
                                 "calibration": model.calibration, "neighbour_weight": model.neighbour_weight,
                                 "vectorizers": []}
    arrays: dict[str, np.ndarray] = {}
    for name, vec in model.vectorizer.transformer_list:
        params, arr = _vectorizer_state(name, vec)
        header["vectorizers"].append([name, params])  # type: ignore[union-attr]
        arrays.update(arr)
    c = model.centroids.tocsr()
    arrays.update({"centroids.data": c.data.astype(np.float32), "centroids.indices": c.indices.astype(np.int32),
                   "centroids.indptr": c.indptr.astype(np.int64), "centroids.shape": np.array(c.shape, dtype=np.int64),
                   "classes": np.array(model.classes, dtype=str), "support": model.support.astype(np.float64),
                   "header": np.array(json.dumps(header))})
    arrays.update(model.neighbours.arrays())
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
    from app.core.classifier import HSModel  # the model class needs this module to load
    from app.core.neighbours import DecisionNeighbours

    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        header = json.loads(str(arrays["header"]))
        if header.get("format") not in READABLE_FORMATS:
            raise ModelFileError(f"{path}: model format {header.get('format')} is not supported by this version")
        vectorizer = FeatureUnion([(name, _rebuild_vectorizer(name, params, arrays)) for name, params in header["vectorizers"]])
        shape = tuple(int(v) for v in arrays["centroids.shape"])
        centroids = sparse.csr_matrix((arrays["centroids.data"], arrays["centroids.indices"], arrays["centroids.indptr"]),
                                      shape=shape)
        return HSModel(vectorizer, centroids, arrays["classes"].tolist(), float(header["temperature"]),
                       header.get("calibration", {}), arrays["support"] if "support" in arrays else None,
                       DecisionNeighbours.from_arrays(arrays, shape[1]), float(header.get("neighbour_weight", 0.0)))
    except ModelFileError:
        raise
    except Exception as exc:
        raise ModelFileError(f"{path}: not a readable Borderline model ({exc.__class__.__name__}: {exc})") from exc

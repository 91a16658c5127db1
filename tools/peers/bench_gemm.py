#!/usr/bin/env python3
"""numpy's matmul on the sizes `cnnlab bench gemm` measures, same JSON lines, for comparison.
numpy also multiplies through OpenBLAS, so a CNNLab figure well below numpy's means overhead in
CNNLab's wrapper. Best of several runs after a warm-up, as in CNNLab's Stopwatch."""
import json
import os
import time

import numpy as np

threads = int(os.environ.get("OPENBLAS_NUM_THREADS", os.cpu_count()))
rng = np.random.default_rng(1)
for n in (256, 512, 1024, 2048):
    a = rng.uniform(-1, 1, (n, n)).astype(np.float32)
    b = rng.uniform(-1, 1, (n, n)).astype(np.float32)
    a @ b
    best, spent, runs = float("inf"), 0.0, 0
    while runs < 5 or spent < 0.2:
        start = time.perf_counter()
        a @ b
        t = time.perf_counter() - start
        best, spent, runs = min(best, t), spent + t, runs + 1
    print(json.dumps({"n": n, "impl": "numpy", "threads": threads, "gflops": round(2 * n**3 / best / 1e9, 1)}))

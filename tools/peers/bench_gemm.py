#!/usr/bin/env python3
"""numpy's matmul on the sizes `cnnlab bench gemm` measures, same JSON lines, for comparison.
numpy also multiplies through OpenBLAS, so a CNNLab figure well below numpy's means overhead in
CNNLab's wrapper. Best of several runs after a warm-up (timing.py, as CNNLab's Stopwatch)."""
import json
import os

import numpy as np

from timing import best

threads = int(os.environ.get("OPENBLAS_NUM_THREADS", os.cpu_count()))
rng = np.random.default_rng(1)
for n in (256, 512, 1024, 2048):
    a = rng.uniform(-1, 1, (n, n)).astype(np.float32)
    b = rng.uniform(-1, 1, (n, n)).astype(np.float32)
    seconds = best(lambda: a @ b)
    print(json.dumps({"n": n, "impl": "numpy", "threads": threads, "gflops": round(2 * n**3 / seconds / 1e9, 1)}))

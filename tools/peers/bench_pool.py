#!/usr/bin/env python3
"""PyTorch's max/mean pooling on the shapes `cnnlab bench pool` measures, same JSON lines
(impl "pytorch"), for comparison. forward_ms is the forward pass as training runs it (the input
requires a gradient, so max pooling records its indices); total_ms adds the backward pass with
a fixed upstream gradient. Best of several runs after a warm-up (timing.py, as CNNLab's Stopwatch).
Exits 1 with a message when PyTorch is not installed."""
import json
import sys

from timing import best

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    sys.exit("bench_pool.py: PyTorch is not installed (pip install torch in .cache/torch-venv)")

CASES = [("lenet", (100, 6, 28, 28), 2, 2), ("alexnet", (16, 96, 55, 55), 3, 2)]
THREADS = (1, 2)


torch.manual_seed(1)
for name, shape, size, stride in CASES:
    x = (torch.rand(shape) * 2 - 1).requires_grad_()
    for kind, pool in (("max", F.max_pool2d), ("mean", F.avg_pool2d)):
        g = torch.rand(pool(x.detach(), size, stride).shape) * 2 - 1

        def forward():
            pool(x, size, stride)

        def total():
            x.grad = None
            pool(x, size, stride).backward(g)

        for threads in THREADS:
            torch.set_num_threads(threads)
            print(json.dumps({
                "case": name, "shape": "x".join(map(str, shape)), "window": size, "stride": stride, "kind": kind,
                "impl": "pytorch", "threads": threads,
                "forward_ms": round(best(forward) * 1e3, 3), "total_ms": round(best(total) * 1e3, 3)}))

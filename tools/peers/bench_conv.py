#!/usr/bin/env python3
"""PyTorch's conv2d on the layers `cnnlab bench conv` measures, same JSON lines (impl "pytorch"),
for 1 and 2 threads. fwdbwd_ms is what training computes: the forward pass, then the gradients
of the weights and bias, and of the input except for a first layer (lenet5-c1, alexnet-conv1),
whose input is the data. gflops counts 2·N·C_out·H_out·W_out·C·k·k per pass (forward, ∂W, ∂x) over
fwdbwd_ms, as CNNLab does. Best of several runs after a warm-up, as in CNNLab's Stopwatch.
Exits 1 with a message when PyTorch is not installed."""
import json
import sys

from timing import best

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    sys.exit("bench_conv.py: PyTorch is not installed (pip install torch in .cache/torch-venv)")

# name, N, C_in, C_out, kernel, side, stride, padding, first layer
SHAPES = [
    ("lenet5-c1", 100, 1, 6, 5, 28, 1, 2, True),
    ("lenet5-c3", 100, 6, 16, 5, 14, 1, 0, False),
    ("alexnet-conv1", 16, 3, 96, 11, 227, 4, 0, True),
    ("alexnet-conv2", 16, 96, 256, 5, 27, 1, 2, False),
    ("alexnet-conv3", 16, 256, 384, 3, 13, 1, 1, False),
]


torch.manual_seed(3)
for threads in (1, 2):
    torch.set_num_threads(threads)
    for name, n, cin, cout, k, side, stride, padding, first in SHAPES:
        x = (torch.rand(n, cin, side, side) * 2 - 1).requires_grad_(not first)
        w = ((torch.rand(cout, cin, k, k) * 2 - 1) * 0.1).requires_grad_()
        b = ((torch.rand(cout) * 2 - 1) * 0.1).requires_grad_()
        with torch.no_grad():
            y = F.conv2d(x, w, b, stride, padding)
        g = torch.rand(y.shape) * 2 - 1

        def forward():
            with torch.no_grad():
                F.conv2d(x, w, b, stride, padding)

        def forward_backward():
            x.grad = w.grad = b.grad = None
            F.conv2d(x, w, b, stride, padding).backward(g)

        fwd, both = best(forward), best(forward_backward)
        flops = 2.0 * n * cout * y.shape[2] * y.shape[3] * cin * k * k * (2 if first else 3)
        print(json.dumps({"shape": name, "impl": "pytorch", "pad_mode": "zero", "threads": threads, "fwd_ms": round(fwd * 1e3, 2),
                          "fwdbwd_ms": round(both * 1e3, 2), "gflops": round(flops / both / 1e9, 1)}))

#!/usr/bin/env python3
"""PyTorch's training loop beside `cnnlab bench train`: the same JSON lines (impl "pytorch") —
seconds per epoch of LeNet-5 (28×28: 5×5 valid convolutions, tanh, 2×2 average pooling, dense
120-84-10) on Fashion-MNIST, Glorot-uniform weights and zero biases as CNNLab's recipe draws
them, Adam 10⁻³, softmax cross-entropy, a new shuffle each epoch, for mini-batches of 32 and 100
on 1 and 2 threads. Only the loop is timed (gathering each batch, forward, backward, step), not
an evaluation. Exits 1 with a message when PyTorch is not installed."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from digits import load  # noqa: E402

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    sys.exit("bench_train.py: PyTorch is not installed (pip install torch in .cache/torch-venv)")


def lenet5():
    model = nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Flatten(), nn.Linear(256, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))
    for module in model:
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(module.weight)
            nn.init.zeros_(module.bias)
    return model


def epoch_seconds(x, y, batch):
    model = lenet5()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    start = time.perf_counter()
    order = torch.randperm(len(y))
    for first in range(0, len(y), batch):
        rows = order[first:first + batch]
        optimizer.zero_grad()
        F.cross_entropy(model(x[rows]), y[rows]).backward()
        optimizer.step()
    return time.perf_counter() - start


def main():
    train_x, train_y, _, _ = load("fashion")
    x, y = torch.from_numpy(train_x / 255), torch.from_numpy(train_y)
    torch.manual_seed(1)
    for batch in (32, 100):
        for threads in (1, 2):
            torch.set_num_threads(threads)
            print(json.dumps({"network": "lenet5", "dataset": "fashion", "batch": batch, "threads": threads,
                              "impl": "pytorch", "train_s_per_epoch": round(epoch_seconds(x, y, batch), 3)}), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The bridge from CNNLab to PyTorch: loads a folder written by `cnnlab train --save DIR` into an
`nn.Sequential` and tests it on a data set's test images, as `cnnlab evaluate DIR` does.

    usage: bridge.py DIR --dataset mnist5k|fashion [--json]

The network is built from the manifest's layers (format 1): conv2d (zero padding top, bottom,
left, right through nn.ZeroPad2d, so TensorFlow's asymmetric 'same' fits), max/avg pooling (a
mean averages the cells its window covers: count_include_pad=False), the activations, flatten,
linear, dropout and batch norm (eps and PyTorch's momentum from the manifest). The parameters
are taken in the order of model.parameters(), which the manifest lists (its names are CNNLab's),
the batch-norm running statistics from its buffers; every shape is checked. Inputs go through
the manifest's preprocessing, x′ = (x·scale − mean)/std, from grey levels 0–255.
"""
import argparse
import json
import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "peers"))
from digits import load  # noqa: E402

ACTIVATIONS = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid, "identity": nn.Identity}


def build(manifest):
    """The nn.Sequential the manifest describes (in eval mode, weights not loaded yet)."""
    modules, rank = [], 4
    for layer in manifest["layers"]:
        kind = layer["kind"]
        if kind == "conv2d":
            top, bottom, left, right = layer["padding"]
            if any(layer["padding"]):
                modules.append(nn.ZeroPad2d((left, right, top, bottom)))
            modules.append(nn.Conv2d(layer["in_channels"], layer["out_channels"], tuple(layer["kernel"]), tuple(layer["stride"])))
        elif kind in ("max_pool2d", "avg_pool2d"):
            common = dict(kernel_size=tuple(layer["kernel"]), stride=tuple(layer["stride"]), padding=tuple(layer["padding"]),
                          ceil_mode=layer["ceil_mode"])
            modules.append(nn.MaxPool2d(**common) if kind == "max_pool2d" else nn.AvgPool2d(count_include_pad=False, **common))
        elif kind in ACTIVATIONS:
            modules.append(ACTIVATIONS[kind]())
        elif kind == "leaky-relu":
            modules.append(nn.LeakyReLU(layer["slope"]))
        elif kind == "flatten":
            modules.append(nn.Flatten())
            rank = 2
        elif kind == "linear":
            modules.append(nn.Linear(layer["in_features"], layer["out_features"]))
            rank = 2
        elif kind == "dropout":
            modules.append(nn.Dropout(layer["p"]))
        elif kind == "batch_norm":
            norm = nn.BatchNorm2d if rank == 4 else nn.BatchNorm1d
            modules.append(norm(layer["in_features"], eps=layer["eps"], momentum=layer["momentum"]))
        else:
            sys.exit(f"bridge.py: layer {layer['name']} is of an unknown kind {kind}")
    return nn.Sequential(*modules).eval()


def load_arrays(model, manifest, folder):
    """Parameters by order, running statistics by batch-norm layer; shapes checked."""
    def array(entry, like):
        values = torch.from_numpy(np.load(os.path.join(folder, entry["file"])).astype(np.float32))
        if tuple(values.shape) != tuple(like.shape) or list(values.shape) != entry["shape"]:
            sys.exit(f"bridge.py: {entry['name']} is {list(values.shape)}, PyTorch's layer needs {list(like.shape)}")
        return values
    parameters = list(model.parameters())
    if len(parameters) != len(manifest["parameters"]):
        sys.exit(f"bridge.py: the manifest lists {len(manifest['parameters'])} parameters, the network has {len(parameters)}")
    with torch.no_grad():
        for parameter, entry in zip(parameters, manifest["parameters"]):
            parameter.copy_(array(entry, parameter))
        norms = [m for m in model if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d))]
        buffers = manifest["buffers"]
        for i, norm in enumerate(norms):
            norm.running_mean.copy_(array(buffers[2 * i], norm.running_mean))
            norm.running_var.copy_(array(buffers[2 * i + 1], norm.running_var))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--dataset", required=True, choices=["mnist5k", "fashion"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with open(os.path.join(args.folder, "manifest.json")) as f:
        manifest = json.load(f)
    if manifest.get("format") != 1:
        sys.exit(f"bridge.py: {args.folder} holds a manifest of format {manifest.get('format')}, not 1")
    model = build(manifest)
    load_arrays(model, manifest, args.folder)
    _, _, x, y = load(args.dataset)
    p = manifest["preprocessing"]
    x = torch.from_numpy((x * p["scale"] - p["mean"]) / p["std"]).float()
    y = torch.from_numpy(y)
    with torch.no_grad():
        scores = torch.cat([model(x[i:i + 500]) for i in range(0, len(y), 500)])
    accuracy = (scores.argmax(1) == y).double().mean().item()
    loss = F.cross_entropy(scores.double(), y).item()
    if args.json:
        print(json.dumps({"network": manifest["network"], "dataset": args.dataset, "images": len(y), "impl": "pytorch",
                          "test_accuracy": accuracy, "test_loss": loss}))
    else:
        print(f"{manifest['network']} from {args.folder} on {args.dataset} (PyTorch {torch.__version__}): "
              f"test accuracy {100 * accuracy:.2f}%, test loss {loss:.4f}")


if __name__ == "__main__":
    main()

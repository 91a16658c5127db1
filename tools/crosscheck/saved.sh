#!/usr/bin/env bash
# `make crosscheck`, the bridge (issue 14): networks trained by `cnnlab train --save`, loaded into
# PyTorch by tools/crosscheck/bridge.py, must test within 0.2 points of `cnnlab evaluate` on the
# same images. LeNet-5 (valid convolutions, tanh, mean pooling) and Görner's config 2 (TensorFlow's
# asymmetric 'same' with strides, ReLU, dropout), one epoch each on MNIST-5k.
#   usage: tools/crosscheck/saved.sh path/to/cnnlab [path/to/python-with-torch]
set -euo pipefail
cnnlab=$(realpath "$1")
python=${2:-$PWD/.cache/torch-venv/bin/python}  # not realpath: a venv's python is a link
bridge=$(realpath "$(dirname "$0")/bridge.py")
export CNNLAB_CACHE="${CNNLAB_CACHE:-$(realpath "$(dirname "$0")/../../.cache")}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for network in lenet5 gorner2; do
    "$cnnlab" train "$network" --dataset mnist5k --epochs 1 --save "$work/$network" >/dev/null
    "$cnnlab" evaluate "$work/$network" --dataset mnist5k --json >"$work/cnnlab.json"
    "$python" "$bridge" "$work/$network" --dataset mnist5k --json >"$work/pytorch.json"
    "$python" - "$work/cnnlab.json" "$work/pytorch.json" "$network" <<'PY' || status=1
import json, sys
ours, theirs = (json.loads(open(f).read().splitlines()[-1]) for f in sys.argv[1:3])
gap = 100 * abs(ours["test_accuracy"] - theirs["test_accuracy"])
ok = ours["images"] == theirs["images"] and gap <= 0.2
print(f"{'ok  ' if ok else 'FAIL'} saved {sys.argv[3]} in PyTorch: test accuracy {100 * theirs['test_accuracy']:.2f}% against "
      f"cnnlab evaluate's {100 * ours['test_accuracy']:.2f}% ({gap:.2f} points apart, at most 0.2), test loss "
      f"{theirs['test_loss']:.6f} against {ours['test_loss']:.6f}")
sys.exit(not ok)
PY
done
exit $status

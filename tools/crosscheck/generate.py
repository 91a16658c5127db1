"""Writes cross-check cases as folders: case.json (the command line, tolerance, what PyTorch ran),
the input arrays (in_<option>.npy) and PyTorch's results (expected/<name>.npy).

    python generate.py --out tools/crosscheck/fixtures            # the committed cases
    python generate.py --sweep --seed 7 --count 40 --out /tmp/sw  # the random sweep
"""
import argparse
import json
import pathlib
import shutil

import numpy as np
import torch

import cases


def write(case, root):
    folder = root / case["name"]
    (folder / "expected").mkdir(parents=True)
    for option, array in case["arrays"].items():
        np.save(folder / ("in_%s.npy" % option), np.asarray(array, dtype=np.float64))
    for name, array in case["expected"].items():
        np.save(folder / "expected" / ("%s.npy" % name), np.asarray(array, dtype=np.float64))
    description = {"op": case["op"], "args": case["args"], "tolerance": case["tolerance"], "reference": case["note"],
                   "torch": torch.__version__}
    (folder / "case.json").write_text(json.dumps(description, indent=1, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=40)
    arguments = parser.parse_args()
    root = pathlib.Path(arguments.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    selected = cases.sweep_cases(arguments.seed, arguments.count) if arguments.sweep else cases.fixed_cases()
    for case in selected:
        write(case, root)
    print("wrote %d cases into %s" % (len(selected), root))


if __name__ == "__main__":
    main()

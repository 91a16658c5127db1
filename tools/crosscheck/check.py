"""Runs `cnnlab layer` on every case folder written by generate.py and compares each array with
PyTorch's, within the case's tolerance. Needs numpy only (CI has no PyTorch).

    python check.py path/to/cnnlab tools/crosscheck/fixtures [more folders…]

Prints one line per case and ends with `N passed, M failed`; exits 1 when a case fails.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import numpy as np


def check(cnnlab, folder):
    description = json.loads((folder / "case.json").read_text())
    with tempfile.TemporaryDirectory() as scratch:
        out = pathlib.Path(scratch) / "out"
        command = [cnnlab, "layer", description["op"]] + description["args"] + ["--out", str(out)]
        for array in sorted(folder.glob("in_*.npy")):
            command += ["--" + array.stem[3:], str(array)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            return "exit %d: %s" % (run.returncode, run.stderr.strip())
        expected = sorted(p.name for p in (folder / "expected").glob("*.npy"))
        written = sorted(p.name for p in out.glob("*.npy"))
        if written != expected:
            return "wrote %s, expected %s" % (written, expected)
        tolerance = description["tolerance"]
        for name in expected:
            got, want = np.load(out / name), np.load(folder / "expected" / name)
            if got.shape != want.shape:
                return "%s: shape %s, PyTorch %s" % (name, got.shape, want.shape)
            error = np.abs(got - want)
            bound = tolerance["atol"] + tolerance["rtol"] * np.abs(want)
            if not np.all(error <= bound):
                return "%s: max error %.3g (tolerance %s)" % (name, error.max(), tolerance)
    return None


def main():
    cnnlab, roots = sys.argv[1], [pathlib.Path(p) for p in sys.argv[2:]]
    passed = failed = 0
    for root in roots:
        for folder in sorted(p for p in root.iterdir() if (p / "case.json").exists()):
            problem = check(cnnlab, folder)
            if problem is None:
                passed += 1
                print("ok   %s" % folder.name)
            else:
                failed += 1
                print("FAIL %s: %s" % (folder.name, problem))
    if passed + failed == 0:
        print("no case found in %s" % ", ".join(map(str, roots)))
        return 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

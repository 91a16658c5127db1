#!/usr/bin/env python3
"""The summary of `make bench`: reads the JSON lines of `cnnlab bench …` and of the peers
(tools/peers/) on stdin and prints, for every case both sides measured, CNNLab's fastest
implementation beside the peer and their ratio (CNNLab time / peer time: below 1 is faster;
for GEMM and char-RNN, peer GFLOP/s or characters/s / CNNLab's; for the char-RNN's mean smoothed
loss, CNNLab's / the peer's, which should be near 1). Lines starting with '#' are passed over.

    usage: tools/bench.sh | tools/bench-ratios.py
"""
import json
import sys

PEERS = {"pytorch", "numpy"}
REFERENCES = {"direct", "reference"}  # the readable loops, not contenders
# Per benchmark, identified by its measurement field: the figure compared, and whether lower is better.
MEASURES = [("fwdbwd_ms", True), ("total_ms", True), ("gflops", False), ("chars_per_s", False),
            ("mean_smooth_loss", True), ("train_s_per_epoch", True)]
# Fields that differ between the two sides of one case (the scalar type: CNNLab's char-RNN is
# Float, the NumPy loop float64) or are the measurement itself.
DROPPED = {"impl", "scalar", "fwd_ms", "forward_ms", "fwdbwd_ms", "total_ms", "gflops", "chars_per_s", "mean_smooth_loss",
           "train_s_per_epoch"}


def main():
    groups = {}
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        found = [(m, lower) for m, lower in MEASURES if m in row]
        if not found:
            continue  # a benchmark without a peer (cnnlab bench mlp)
        measure, lower = found[0]
        key = (measure,) + tuple(sorted((k, str(v)) for k, v in row.items() if k not in DROPPED))
        groups.setdefault(key, (measure, lower, []))[2].append(row)
    print("# ratios: CNNLab's fastest implementation against the peer (below 1: CNNLab is faster)")
    for key, (measure, lower, rows) in groups.items():
        ours = [r for r in rows if r["impl"] not in PEERS | REFERENCES]
        peers = [r for r in rows if r["impl"] in PEERS]
        if not ours or not peers:
            continue
        pick = min if lower else max
        best = pick(ours, key=lambda r: r[measure])
        peer = peers[0]
        ratio = best[measure] / peer[measure] if lower else peer[measure] / best[measure]
        case = " ".join(f"{k}={v}" for k, v in key[1:])
        speedup = f" (CNNLab {1 / ratio:.1f}x as fast)" if measure in ("gflops", "chars_per_s") and ratio > 0 else ""
        print(f"# {case}: CNNLab {best[measure]} ({best['impl']}) vs {peer['impl']} {peer[measure]} {measure}"
              f" -> {ratio:.2f}{speedup}")


if __name__ == "__main__":
    main()

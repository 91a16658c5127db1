#!/usr/bin/env python3
"""Two versions of `cnnlab bench … --json` side by side: for every case both measured, the time
(or GFLOP/s) before and after, and the ratio after/before for times (before/after for GFLOP/s),
so that above 1 is always slower. Each side may hold several runs of the same cases (alternate
the two binaries on a busy machine): the best of each case is kept. Used to check that a change
keeps every case within 5% (docs/performance.md). Lines not starting with '{' are passed over.

    usage: tools/bench-compare.py before.jsonl after.jsonl
"""
import json
import sys

MEASURES = [("fwdbwd_ms", True), ("total_ms", True), ("gflops", False), ("train_us", True)]
DROPPED = {"fwd_ms", "forward_ms", "fwdbwd_ms", "total_ms", "gflops", "forward_us", "train_us"}


def read(path):
    """{case: (measure, lower is better, value)} for the JSON lines of one run."""
    with open(path) as lines:
        rows = [json.loads(line) for line in lines if line.lstrip().startswith("{")]
    cases = {}
    for row in rows:
        measure = next((m for m in MEASURES if m[0] in row), None)
        if measure:
            case = tuple(sorted((k, str(v)) for k, v in row.items() if k not in DROPPED))
            value = float(row[measure[0]])
            if case in cases:
                value = (min if measure[1] else max)(value, cases[case][2])
            cases[case] = (measure[0], measure[1], value)
    return cases


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    before, after = read(sys.argv[1]), read(sys.argv[2])
    print("| case | measure | before | after | slowdown |")
    print("|---|---|---:|---:|---:|")
    worst = 0.0
    for key in before:
        if key not in after:
            continue
        measure, lower, old = before[key]
        new = after[key][2]
        slowdown = new / old if lower else old / new
        worst = max(worst, slowdown)
        case = ", ".join(f"{k}={v}" for k, v in key)
        print(f"| {case} | {measure} | {old:g} | {new:g} | {slowdown:.3f} |")
    print(f"\nworst slowdown: {worst:.3f}")


if __name__ == "__main__":
    main()

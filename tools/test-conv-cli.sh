#!/usr/bin/env bash
# Exit codes and outputs of `cnnlab conv1d` / `cnnlab conv2d` (ARCHITECTURE.md, "Arrays on the
# command line"): the slides' numbers on success; one line on stderr, exit 2 and no output file on
# every bad input; 64 for a malformed command line. Needs only python3 (no numpy).
#   usage: tools/test-conv-cli.sh [path/to/cnnlab]
set -uo pipefail
cnnlab=$(realpath "${1:-.build/release/cnnlab}")
source "$(dirname "$(realpath "$0")")/cli-checks.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# .npy files written by hand: magic, version 1.0, a header padded to 64 bytes, little-endian data.
python3 - <<'PY'
import struct
def save(name, shape, values, dtype="<f4"):
    header = "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (dtype, "".join("%d," % d for d in shape))
    header += " " * (63 - (10 + len(header)) % 64) + "\n"
    data = struct.pack("<%d%s" % (len(values), dtype[-2:].replace("f4", "f").replace("f8", "d")), *values)
    open(name, "wb").write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + data)
save("x9.npy", [9], [40, 50, 70, 80, 90, 10, 20, 30, 40], "<f8")
save("w3.npy", [3], [.2, -.3, .4])
save("w5.npy", [5], [.2, -.3, .4, -.5, .6])
save("w10.npy", [10], [1] * 10)
save("img7.npy", [7, 7], list(range(49)))
save("k33.npy", [3, 3], [1] * 9)
save("k2x3.npy", [2, 3, 3, 3], [1] * 54)
save("rgb7.npy", [3, 7, 7], list(range(49)) * 3)
save("b2.npy", [2], [0, 1])
save("b3.npy", [3], [0, 1, 2])
save("nan.npy", [3], [float("nan"), 0, 0])
open("garbage.npy", "w").write("not an array")
save("img28.npy", [3, 28, 28], [1] * (3 * 28 * 28))
save("k1.npy", [2, 3, 1, 1], [1] * 6)
def save_int(name, shape, values, dtype, code):
    header = "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (dtype, "".join("%d," % d for d in shape))
    header += " " * (63 - (10 + len(header)) % 64) + "\n"
    data = struct.pack("<%d%s" % (len(values), code), *values)
    open(name, "wb").write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + data)
save_int("img7i8.npy", [7, 7], list(range(49)), "<i8", "q")
save_int("img7u1.npy", [7, 7], list(range(49)), "|u1", "B")
PY

check 0 "1D valid F=3 (IFT 780 slides 39–45)" -- conv1d --input x9.npy --kernel w3.npy --output out.npy
expect_values "21 21 26 -7 23 8 11"
check 0 "1D F=5 stride 2 (slides 54–56)" -- conv1d --input x9.npy --kernel w5.npy --stride 2 --output out.npy
expect_values "35 33 32"
check 0 "1D flipped (numpy.convolve)" -- conv1d --input x9.npy --kernel w3.npy --flip --output out.npy
expect_values "15 15 22 7 37 4 7"
check 0 "2D three channels, two filters with bias, stride 2" -- conv2d --input rgb7.npy --kernel k2x3.npy --bias b2.npy --stride 2 --output out.npy
expect_values "216 270 324 594 648 702 972 1026 1080 217 271 325 595 649 703 973 1027 1081"
check 0 "2D, the lesson's im2col loop gives the engine's values" -- conv2d --input rgb7.npy --kernel k2x3.npy --bias b2.npy --stride 2 --implementation lesson --output out.npy
expect_values "216 270 324 594 648 702 972 1026 1080 217 271 325 595 649 703 973 1027 1081"
check 2 "2D mismatched channels, lesson" -- conv2d --input img7.npy --kernel k2x3.npy --implementation lesson --output out.npy
check 64 "unknown --implementation" -- conv2d --input img7.npy --kernel k33.npy --implementation fast --output out.npy
check 2 "2D mismatched channels" -- conv2d --input img7.npy --kernel k2x3.npy --output out.npy
check 0 "2D stride 2" -- conv2d --input img7.npy --kernel k33.npy --stride 2 --output out.npy
expect_values "72 90 108 198 216 234 324 342 360"
check 2 "1D stride 3 does not tile (slides 57–59)" -- conv1d --input x9.npy --kernel w5.npy --stride 3 --output out.npy
check 2 "2D stride 3 does not tile (slides 78–80)" -- conv2d --input img7.npy --kernel k33.npy --stride 3 --output out.npy
check 2 "stride 0" -- conv2d --input img7.npy --kernel k33.npy --stride 0 --output out.npy
check 2 "negative stride" -- conv1d --input x9.npy --kernel w3.npy --stride=-2 --output out.npy
check 2 "kernel larger than the input" -- conv1d --input x9.npy --kernel w10.npy --output out.npy
check 2 "negative padding" -- conv2d --input img7.npy --kernel k33.npy --padding=-1 --output out.npy
check 2 "bias of the wrong length" -- conv2d --input img7.npy --kernel k33.npy --bias b3.npy --output out.npy
check 2 "malformed file" -- conv2d --input garbage.npy --kernel k33.npy --output out.npy
check 2 "missing file" -- conv2d --input missing.npy --kernel k33.npy --output out.npy
check 2 "NaN in the input" -- conv1d --input nan.npy --kernel w3.npy --output out.npy
check 2 "a signal given to conv2d" -- conv2d --input x9.npy --kernel k33.npy --output out.npy
check 2 "two strides for a signal" -- conv1d --input x9.npy --kernel w3.npy --stride 1,2 --output out.npy
check 2 "padding too large for memory" -- conv2d --input img7.npy --kernel k33.npy --padding 1000000000 --output out.npy
check 2 "a stride of Int.max" -- conv2d --input img7.npy --kernel k33.npy --stride 9223372036854775807 --output out.npy
check 0 "'same' at stride 2 with a 1×1 kernel halves 28 (O = ⌈28/2⌉ = 14; the last row and column are not read)" -- conv2d --input img28.npy --kernel k1.npy --padding same --stride 2 --output out.npy
expect_shape "2 14 14"
check 0 "'same' at stride 3 with a 1×1 kernel: ⌈28/3⌉ = 10" -- conv2d --input img28.npy --kernel k1.npy --padding same --stride 3 --pad-mode reflect --output out.npy
expect_shape "2 10 10"
check 2 "an int64 array is refused (convert with astype)" -- conv2d --input img7i8.npy --kernel k33.npy --output out.npy
check 2 "a uint8 array is refused" -- conv2d --input img7u1.npy --kernel k33.npy --output out.npy
check 2 "an int64 kernel is refused" -- conv2d --input img7.npy --kernel img7i8.npy --output out.npy
check 64 "malformed --padding" -- conv2d --input img7.npy --kernel k33.npy --padding wide --output out.npy

finish conv

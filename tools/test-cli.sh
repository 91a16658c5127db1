#!/usr/bin/env bash
# Exit codes and outputs of `cnnlab chapter`, `pool2d`, `pad`, `xo`, `descent`, `mlp`, `train`,
# `evaluate`, `summary`, `shapes`, `charrnn` and `seq2seq` (ARCHITECTURE.md, "Commands"): the slides' numbers on success; one line on
# stderr, exit 2 and no output file on every bad input (malformed or missing files, NaN, shapes
# and sizes that do not fit, an output path that cannot be written); 64 for a malformed command
# line. Needs only python3.
#   usage: tools/test-cli.sh [path/to/cnnlab]
set -uo pipefail
cnnlab=$(realpath "${1:-.build/release/cnnlab}")
export CNNLAB_CACHE="${CNNLAB_CACHE:-$(dirname "$(realpath "$0")")/../.cache}"  # the data sets, for train
source "$(dirname "$(realpath "$0")")/cli-checks.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

save x4.npy "4,4," "$(seq -s, 0 15)"
save x5d.npy "1,1,1,2,2," "1,2,3,4"
save sig.npy "3," "1,2,3" "<f8"
save nan.npy "2,2," "nan,1,2,3"
save x8.npy "8,9," "$(seq -s, 1 72)"
save empty.npy "2,0," ""
printf 'not an array' >garbage.npy
mkdir folder

# chapter: the course has chapters 1 to 8
check 2 "a chapter the course does not have" -- chapter 9 --out reports
check 2 "chapter 0" -- chapter 0 --out reports

# pool2d (IFT 780 slides 141–144)
check 0 "2×2 max pooling, stride 2" -- pool2d --input x4.npy --kind max --size 2 --output out.npy
expect_values "5 7 13 15"
check 0 "2×2 mean pooling, stride 2" -- pool2d --input x4.npy --kind mean --size 2 --output out.npy
expect_values "2.5 4.5 10.5 12.5"
check 0 "3×3 max, stride 2, ceil: a partial last window" -- pool2d --input x4.npy --kind max --size 3 --stride 2 --ceil --output out.npy
expect_values "10 11 14 15"
check 0 "the lesson's loop gives the engine's values (max)" -- pool2d --input x4.npy --kind max --size 3 --stride 2 --ceil --implementation lesson --output out.npy
expect_values "10 11 14 15"
check 0 "the lesson's loop gives the engine's values (mean)" -- pool2d --input x4.npy --kind mean --size 2 --implementation lesson --output out.npy
expect_values "2.5 4.5 10.5 12.5"
check 2 "the lesson refuses what the engine refuses" -- pool2d --input x4.npy --kind max --size 5 --implementation lesson --output out.npy
check 64 "unknown --implementation" -- pool2d --input x4.npy --kind max --size 2 --implementation fast --output out.npy
check 2 "window of size 0" -- pool2d --input x4.npy --kind max --size 0 --output out.npy
check 2 "negative stride" -- pool2d --input x4.npy --kind max --size 2 --stride=-1 --output out.npy
check 2 "padding as wide as the window" -- pool2d --input x4.npy --kind max --size 2 --padding 2 --output out.npy
check 2 "window larger than the image" -- pool2d --input x4.npy --kind max --size 5 --output out.npy
check 2 "a padding beyond Int" -- pool2d --input x4.npy --kind max --size 9223372036854775807 --padding 9223372036854775806 --output out.npy
check 2 "a rank-5 array" -- pool2d --input x5d.npy --kind max --size 2 --output out.npy
check 2 "NaN in the input" -- pool2d --input nan.npy --kind max --size 2 --output out.npy
check 2 "missing file" -- pool2d --input missing.npy --kind max --size 2 --output out.npy
check 2 "malformed file" -- pool2d --input garbage.npy --kind max --size 2 --output out.npy
check 2 "output into a missing folder" -- pool2d --input x4.npy --kind max --size 2 --output nowhere/out.npy
check 2 "output over a folder" -- pool2d --input x4.npy --kind max --size 2 --output folder
check 64 "unknown --kind" -- pool2d --input x4.npy --kind sum --size 2 --output out.npy

# pad (IFT 780 slides 61–62)
check 0 "reflect P = 1: the edge is not repeated" -- pad --input sig.npy --padding 1 --pad-mode reflect --output out.npy
expect_values "2 1 2 3 2"
check 0 "replicate P = 2" -- pad --input sig.npy --padding 2 --pad-mode replicate --output out.npy
expect_values "1 1 1 2 3 3 3"
check 0 "zero P = 1: a 2D array is a (C, L) signal, padded on its last axis" -- pad --input x4.npy --padding 1 --output out.npy
expect_values "0 0 1 2 3 0 0 4 5 6 7 0 0 8 9 10 11 0 0 12 13 14 15 0"
check 2 "reflection as wide as the signal" -- pad --input sig.npy --padding 3 --pad-mode reflect --output out.npy
check 2 "negative padding" -- pad --input sig.npy --padding=-1 --output out.npy
check 2 "a border beyond memory" -- pad --input sig.npy --padding 1000000000000 --output out.npy
check 2 "a border beyond Int" -- pad --input sig.npy --padding 9223372036854775807 --output out.npy
check 2 "replicate of an empty axis" -- pad --input empty.npy --padding 1 --pad-mode replicate --output out.npy
check 2 "NaN in the input" -- pad --input nan.npy --padding 1 --output out.npy

# xo (Pasco slides 13–30)
check 0 "the clean X votes 1 for X" -- xo --image x
expect_stdout "x: vote X 1.000  vote O 0.787  →  X"
check 0 "the clean O votes 1 for O" -- xo --image o
expect_stdout "o: vote X 0.787  vote O 1.000  →  O"
check 2 "an 8×9 image" -- xo --image x8.npy
check 2 "neither built in nor .npy" -- xo --image triangle
check 2 "NaN in the image" -- xo --image nan.npy

# descent (Apprentissage profond ≈ slides 30–35)
check 0 "bowl, μ = 0.05: y is 0 after one step, x shrinks by 0.9 until ‖∇f‖ < 1e-6 (138 steps)" -- \
    descent --function bowl --start=1,1 --lr 0.05 --stop gradient --tolerance 1e-6 --json
expect_stdout '{"iterations": 138, "stopped_by": "gradient", "x": [4.846925033557792e-07, 0.0], "f": 2.34926822809292e-13}'
check 2 "unknown function" -- descent --function sphere --start=1,1 --lr 0.1
check 2 "a 1D start on a 2D function" -- descent --function bowl --start=1 --lr 0.1
check 2 "a start that is not numbers" -- descent --function bowl --start=a,1 --lr 0.1
check 2 "negative step" -- descent --function bowl --start=1,1 --lr=-0.1
check 2 "momentum 1.5" -- descent --function bowl --start=1,1 --lr 0.1 --momentum 1.5
check 2 "an iteration cap whose iterates would not fit in memory" -- descent --function bowl --start=1,1 --lr 0.01 --iterations 1000000000
check 2 "trace over a folder" -- descent --function bowl --start=1,1 --lr 0.1 --iterations 2 --trace folder

# mlp (chapter 2)
check 2 "a hidden layer of 0 units" -- mlp --task xor --hidden 0
check 2 "an empty hidden size" -- mlp --task xor --hidden 2,,3
check 2 "33.6 million parameters, more than the command trains" -- mlp --task xor --hidden 4096,4096,4096
check 2 "mini-batches of 0" -- mlp --task xor --batch 0
check 2 "unknown task" -- mlp --task parity
check 2 "a learning rate of NaN" -- mlp --task xor --lr nan

# train (chapter 6; IFT 780 slides 166–169, Pasco slides 42–48): one epoch of LeNet-1 on MNIST-5k
# and its JSON history; every bad setting refused before training, no log file left behind
check 0 "train: LeNet-1, one epoch on MNIST-5k, --log history.json" -- train lenet1 --dataset mnist5k --epochs 1 --log history.json
python3 -c "import json,sys; j=json.load(open('history.json')); h=j['history']; sys.exit(not (len(h) == 2 and h[1]['test_accuracy'] > 0.8 and h[1]['train_loss'] < h[0]['train_loss'] and j['augmentation'] == {'max_shift': 2, 'horizontal_flips': False} and j['schedule'] == 'cosine'))" \
    && echo "ok   train: history.json holds epochs 0 and 1, test accuracy above 80%, the default recipe (±2 px, cosine)" \
    || { echo "FAIL train: history.json $(head -c 200 history.json)"; failures=$((failures + 1)); }
rm -f history.json
check 2 "train: 0 epochs" -- train lenet5 --dataset mnist5k --epochs 0 --log history.json
check 2 "train: negative epochs" -- train lenet5 --dataset mnist5k --epochs=-3 --log history.json
check 2 "train: mini-batches of 0" -- train lenet5 --dataset mnist5k --batch 0 --log history.json
check 2 "train: a mini-batch larger than the 4,000 training digits" -- train lenet5 --dataset mnist5k --batch 4001 --log history.json
check 2 "train: a learning rate of NaN" -- train lenet5 --dataset mnist5k --lr nan --log history.json
check 2 "train: an infinite learning rate" -- train lenet5 --dataset mnist5k --lr inf --log history.json
check 2 "train: a learning rate of 0" -- train lenet5 --dataset mnist5k --lr 0 --log history.json
check 2 "train: a negative learning rate" -- train lenet5 --dataset mnist5k --lr=-0.01 --log history.json
check 2 "train: an unknown schedule" -- train lenet5 --dataset mnist5k --schedule step --log history.json
check 2 "train: shifts of 9 pixels" -- train lenet5 --dataset mnist5k --shift 9 --log history.json
check 2 "train: --flips maybe" -- train lenet5 --dataset fashion --flips maybe --log history.json
check 2 "train: unknown network" -- train alexnet --dataset mnist5k --log history.json
check 2 "train: unknown data set" -- train lenet5 --dataset cifar10 --log history.json
check 2 "train: --log into a missing folder" -- train lenet1 --dataset mnist5k --log nowhere/history.json
check 2 "train: --log over a folder" -- train lenet1 --dataset mnist5k --log folder
[ -e history.json ] && { echo "FAIL train: a refused run left history.json"; failures=$((failures + 1)); }
check 64 "train: epochs that are not a number" -- train lenet5 --dataset mnist5k --epochs many

# train --threads / --save, evaluate, summary (issue 14): the same history on 1 and 2 threads, the
# saved folder (PyTorch layouts, manifest format 1) evaluated back to the last epoch's accuracy
check 0 "train: LeNet-1, one epoch, 2 threads, --save saved" -- train lenet1 --dataset mnist5k --epochs 1 --threads 2 --save saved --log h2.json
check 0 "train: the same run on 1 thread" -- train lenet1 --dataset mnist5k --epochs 1 --threads 1 --log h1.json
python3 -c "
import json, sys
a, b = (json.load(open(f))['history'] for f in ('h1.json', 'h2.json'))
for r in a + b: r.pop('seconds')
sys.exit(a != b)" && echo "ok   train: the histories of 1 and 2 threads are identical" \
    || { echo "FAIL train: 1 and 2 threads gave different histories"; failures=$((failures + 1)); }
python3 -c "
import json, sys
m = json.load(open('saved/manifest.json'))
p = [(e['name'], e['file'], e['shape']) for e in m['parameters']]
sys.exit(not (m['format'] == 1 and m['network'] == 'lenet1' and p[0] == ('conv1.weight', 'conv1.weight.npy', [4, 1, 5, 5])
              and [n for n, _, _ in p] == ['conv1.weight', 'conv1.bias', 'conv2.weight', 'conv2.bias', 'fc.weight', 'fc.bias']
              and p[-2][2] == [10, 192] and abs(m['preprocessing']['scale'] - 1 / 255) < 1e-15 and len(m['history']) == 2
              and 0.12 < m['preprocessing']['mean'] < 0.14 and 0.30 < m['preprocessing']['std'] < 0.32
              and m['layers'][0]['name'] == 'conv1' and m['recipe']['augmentation'] == {'max_shift': 2, 'horizontal_flips': False}
              and m['recipe']['optimizer'] == 'adam'))" && echo "ok   train --save: manifest format 1, parameters in PyTorch's order and layouts, the standardisation as preprocessing" \
    || { echo "FAIL train --save: manifest $(head -c 300 saved/manifest.json)"; failures=$((failures + 1)); }
check 0 "evaluate the saved LeNet-1 on MNIST-5k" -- evaluate saved --dataset mnist5k --json
python3 -c "
import json, sys
e = json.loads(open('stdout').read().splitlines()[-1]); h = json.load(open('h2.json'))['history'][-1]
sys.exit(not (e['images'] == 1000 and e['test_accuracy'] == h['test_accuracy'] and abs(e['test_loss'] - h['test_loss']) < 1e-9))" \
    && echo "ok   evaluate: the accuracy and loss of training's last epoch" \
    || { echo "FAIL evaluate: $(cat stdout) against $(tail -c 200 h2.json)"; failures=$((failures + 1)); }
check 0 "summary lenet5: the 28×28 course network" -- summary lenet5
grep -q "total parameters: 44,426" stdout && echo "ok   summary lenet5: 44,426 parameters" || { echo "FAIL summary lenet5: $(tail -2 stdout)"; failures=$((failures + 1)); }
check 0 "shapes lenet5: the same network" -- shapes lenet5 --json
python3 -c "import json, sys; sys.exit(json.load(open('stdout'))['parameters'] != 44426)" && echo "ok   shapes lenet5: 44,426 parameters" \
    || { echo "FAIL shapes lenet5: $(grep '\"parameters\"' stdout | tail -1)"; failures=$((failures + 1)); }
check 0 "shapes lenet5-32: the 1998 paper's 32×32 network" -- shapes lenet5-32 --json
python3 -c "import json, sys; sys.exit(json.load(open('stdout'))['parameters'] != 61706)" && echo "ok   shapes lenet5-32: 61,706 parameters" \
    || { echo "FAIL shapes lenet5-32: $(grep '\"parameters\"' stdout | tail -1)"; failures=$((failures + 1)); }
mkdir foreign && cp saved/*.npy foreign/ && sed 's/"lenet1"/"lenet5"/' saved/manifest.json >foreign/manifest.json
check 2 "evaluate: a missing folder" -- evaluate nowhere --dataset mnist5k
check 2 "evaluate: a folder without manifest.json" -- evaluate folder --dataset mnist5k
check 2 "evaluate: a manifest that names another network than its weights" -- evaluate foreign --dataset mnist5k
check 2 "evaluate: unknown data set" -- evaluate saved --dataset cifar10
check 2 "summary: a network that does not exist" -- summary lenet7
check 2 "train: --threads 0" -- train lenet1 --dataset mnist5k --threads 0
check 2 "train: --save into a folder that is not empty" -- train lenet1 --dataset mnist5k --save saved
check 2 "train: an unknown --optimizer" -- train lenet1 --dataset mnist5k --optimizer rmsprop
check 2 "train: --momentum 1" -- train lenet1 --dataset mnist5k --optimizer momentum --momentum 1
rm -rf saved foreign h1.json h2.json

# charrnn (chapter 8; IFT 780 slides 218–240): min-char-rnn on "masse" spells it after 300 windows
printf '' >empty.txt
printf 'caf\xe9\xff text' >latin1.txt
check 0 "masse: 3 hidden units, windows m,a,s,s → a,s,s,e" -- charrnn --corpus masse --sample 8 --json
# The engine trains in Float: the smoothed loss is the lesson's 4.216436 to about 10⁻⁴.
tail -1 stdout | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
assert (d["corpus"], d["vocabulary_size"], d["iterations"], d["hidden"], d["seq"], d["seed"]) == ("masse", 4, 300, 3, 4, 1), d
assert abs(d["smooth_loss"] - 4.2164) < 2e-3 and d["sample"] == "asseasse" and d["chars_per_s"] > 0, d' \
    && echo "ok   charrnn masse --json: smoothed loss 4.216 after 300 windows, sample asseasse" \
    || { echo "FAIL charrnn masse --json: $(tail -1 stdout)"; failures=$((failures + 1)); }
check 0 "charrnn: a cold sample (τ = 0.5)" -- charrnn --corpus masse --sample 8 --temperature 0.5
check 2 "charrnn: temperature 0" -- charrnn --corpus masse --temperature 0
check 2 "charrnn: a negative temperature" -- charrnn --corpus masse --temperature=-1
check 2 "charrnn: a temperature of NaN" -- charrnn --corpus masse --temperature nan
check 2 "charrnn: 0 iterations" -- charrnn --corpus masse --iterations 0
check 2 "charrnn: 0 hidden units" -- charrnn --corpus masse --hidden 0
check 2 "charrnn: windows of 0 characters" -- charrnn --corpus masse --seq 0
check 2 "charrnn: a window as long as the word (its targets need one more letter)" -- charrnn --corpus masse --seq 5
check 2 "charrnn: a negative sample" -- charrnn --corpus masse --sample=-1
check 2 "charrnn: a missing corpus" -- charrnn --corpus missing.txt
check 2 "charrnn: an empty corpus" -- charrnn --corpus empty.txt
check 2 "charrnn: a corpus that is not UTF-8" -- charrnn --corpus latin1.txt
check 2 "charrnn: a learning rate of NaN" -- charrnn --corpus masse --lr nan
check 64 "charrnn: iterations that are not a number" -- charrnn --corpus masse --iterations many

# seq2seq (chapter 8; IFT 780 slides 243–248): the encoder–decoder translates assez → enough
check 0 "seq2seq: assez → enough" -- seq2seq --json
tail -1 stdout | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
assert (d["input"], d["output"]) == ("assez", "enough"), d
assert d["source_alphabet"] == ["<BoS>", "a", "e", "s", "z", "<EoS>"], d
assert d["target_alphabet"] == ["<BoS>", "e", "g", "h", "n", "o", "u", "<EoS>"], d
assert isinstance(d["iterations"], int) and d["iterations"] > 0 and 0 < d["loss"] < 0.1, d' \
    && echo "ok   seq2seq --json: assez → enough" || { echo "FAIL seq2seq --json: $(tail -1 stdout)"; failures=$((failures + 1)); }
check 0 "seq2seq: another word of the alphabet" -- seq2seq --word zeas
check 2 "seq2seq: a letter outside the source alphabet" -- seq2seq --word assey
check 2 "seq2seq: an empty word" -- seq2seq --word ""
# Hardening (issue 13): every edge ends in a correct result or one sentence.
save_header e00.npy "<f4" "0, 0"
save_header e0wide.npy "<f4" "0, 100000000"
save_header huge-empty.npy "<f4" "0, 1, 1099511627776, 1099511627776"
save_header tall-empty.npy "<f4" "1, 1, 68719476736, 0"
save_header rows-empty.npy "<f4" "68719476736, 0"
check 2 "pool2d: an empty (0, 0) image, max with padding (was an out-of-bounds read)" -- pool2d --input e00.npy --kind max --size 2 --padding 1 --output out.npy
expect_stderr "an empty image axis"
check 2 "pool2d: an empty (0, 0) image, mean (was NaN)" -- pool2d --input e00.npy --kind mean --size 2 --padding 1 --output out.npy
check 2 "pool2d: a header-only (0, 100000000) file (was a segfault)" -- pool2d --input e0wide.npy --kind max --size 2 --output out.npy
check 2 "pool2d: (0, 1, 2^40, 2^40), whose bytes overflow as numpy counts them (was SIGILL)" -- pool2d --input huge-empty.npy --kind max --size 2 --output out.npy
expect_stderr "more elements than this machine can count"
check 2 "mlp: --batch=Int.max (was SIGILL)" -- mlp --task xor --batch=9223372036854775807
check 2 "charrnn: --seq=Int.max (was SIGILL)" -- charrnn --corpus masse --seq=9223372036854775807
check 0 "pad --padding 0 of (1, 1, 2^36, 0): the same empty array (was a 550 GB allocation)" -- pad --input tall-empty.npy --padding 0 --output out.npy
python3 -c "import struct; d=open('out.npy','rb').read(); import sys; sys.exit(not (b'(1, 1, 68719476736, 0)' in d and len(d) == 10 + struct.unpack('<H', d[8:10])[0]))" \
    && echo "ok   values: an empty (1, 1, 68719476736, 0) array" || { echo "FAIL pad of an empty array: $(head -c 120 out.npy)"; failures=$((failures + 1)); }
check 2 "pad --padding 1 of (1, 1, 2^36, 0): refused with the memory it needs" -- pad --input tall-empty.npy --padding 1 --output out.npy
expect_stderr "pad needs about 549.8 GB"
check 2 "pool2d of (2^36, 0) with padding (was a 550 GB allocation)" -- pool2d --input rows-empty.npy --kind max --size 2 --padding 1 --output out.npy
SECONDS=0
check 0 "pad --padding 0 of (2^36, 0): at once (was 3½ minutes over empty planes)" -- pad --input rows-empty.npy --padding 0 --output out.npy
[ "$SECONDS" -le 5 ] && echo "ok   in $SECONDS s" || { echo "FAIL pad of (2^36, 0) took $SECONDS s"; failures=$((failures + 1)); }
save big.npy "1,1,4,4," "$(yes 3e38 | head -16 | paste -sd,)"
save tens.npy "3,3," "$(yes 10 | head -9 | paste -sd,)"
check 2 "conv2d: 3e38 with a kernel of 10s overflows float32 (was inf, exit 0)" -- conv2d --input big.npy --kernel tens.npy --output out.npy
expect_stderr "overflows float32"
check 2 "pool2d mean: 3e38 + 3e38 overflows on the way" -- pool2d --input big.npy --kind mean --size 2 --output out.npy
save wide.npy "2," "1e300,1" "<f8"
check 2 "a finite float64 1e300: out of float32's range, not NaN" -- pad --input wide.npy --padding 1 --output out.npy
expect_stderr "beyond float32's range"

# Memory: the budget is the smallest of MemAvailable, RLIMIT_AS and the cgroup's memory.max.
python3 -c "
import struct
def save(name, shape, value):
    n = 1
    for d in shape: n *= d
    h = \"{'descr': '<f4', 'fortran_order': False, 'shape': %s, }\" % (tuple(shape),)
    h += ' ' * (63 - (10 + len(h)) % 64) + '\n'
    open(name, 'wb').write(b'\x93NUMPY\x01\x00' + struct.pack('<H', len(h)) + h.encode() + struct.pack('<f', value) * n)
save('image400.npy', (1, 1, 400, 400), 1.0); save('kernel200.npy', (200, 200), 0.5); save('pixel.npy', (1, 1), 1.0)"
( ulimit -v 2000000; check 0 "conv2d 400×400 by 200×200 within 2 GB of address space (im2col alone would take 6.4 GB)" -- \
    conv2d --input image400.npy --kernel kernel200.npy --output out.npy ) | tee -a summary
grep -q '^FAIL' summary 2>/dev/null && failures=$((failures + 1)); rm -f summary
python3 -c "import struct, sys; d=open('out.npy','rb').read(); n=struct.unpack('<H',d[8:10])[0]; v=struct.unpack('<%df'%((len(d)-10-n)//4), d[10+n:]); sys.exit(not (len(v) == 201 * 201 and set(v) == {20000.0}))" \
    && echo "ok   values: 201×201 sums of 200×200 halves, all 20000" || { echo "FAIL conv2d 400×400 by 200×200 values"; failures=$((failures + 1)); }
( ulimit -v 4000000; check 2 "conv2d of a 1×1 image padded by 30000: a 14.4 GB output refused with the estimate" -- \
    conv2d --input pixel.npy --kernel pixel.npy --padding 30000 --output out.npy; expect_stderr "conv2d needs about 14.4 GB" ) | tee summary
grep -q '^FAIL' summary && failures=$((failures + 1)); rm -f summary
python3 -c "open('alphabet.txt', 'w', encoding='utf-8').write(''.join(chr(c) for c in range(0x20, 0xF0000) if not 0xD800 <= c < 0xE000)[:965000] * 2)"
check 2 "charrnn: 965,000 distinct characters, --hidden 1024 (was a 15.8 GB allocation)" -- charrnn --corpus alphabet.txt --hidden 1024 --iterations 1
expect_stderr "charrnn needs about"

# Files: only a regular file (or a link to one) is replaced; an interrupt leaves no temporary file.
mkfifo pipe
ln -s /dev/null devnull.npy
ln -s /proc/self/fd/1 stdout.npy
check 2 "--output a FIFO" -- pool2d --input x4.npy --kind max --size 2 --output pipe
expect_stderr "a FIFO (named pipe), not a regular file"
check 2 "--output a link to /dev/null" -- pad --input sig.npy --padding 1 --output devnull.npy
expect_stderr "a character device, not a regular file"
"$cnnlab" pad --input sig.npy --padding 1 --output stdout.npy 2>stderr | cat >/dev/null
[ -L stdout.npy ] && echo "ok   --output a link to /proc/self/fd/1 (a pipe): refused, the link stays" \
    || { echo "FAIL --output stdout.npy replaced the link"; failures=$((failures + 1)); }
check 2 "descent --trace a FIFO" -- descent --function bowl --start=1,1 --lr 0.1 --iterations 2 --trace pipe
check 2 "--input /dev/null: a device, not a permission problem" -- pad --input /dev/null --padding 1 --output out.npy
expect_stderr "cannot read /dev/null: it is a character device, not a regular file"
check 2 "--input /dev/zero" -- pad --input /dev/zero --padding 1 --output out.npy
check 2 "--input a FIFO (no writer: reading it would wait forever)" -- pad --input pipe --padding 1 --output out.npy
expect_stderr "a FIFO (named pipe), not a regular file"
rm -f pipe devnull.npy stdout.npy
mkdir reports
for attempt in 1 2 3 4 5 6; do
    ( set -m; rm -rf reports/chapter7; "$cnnlab" chapter 7 --out reports >/dev/null 2>&1 & pid=$!
      while [ ! -d reports/chapter7 ] && kill -0 $pid 2>/dev/null; do sleep 0.005; done
      sleep "0.0$((attempt % 4))"; kill -$([ $((attempt % 2)) = 0 ] && echo INT || echo TERM) $pid; wait $pid ) 2>/dev/null
done
left=$(find reports -name '*.tmp' | wc -l)
[ "$left" = 0 ] && echo "ok   chapter 7 interrupted 6 times (SIGINT, SIGTERM): no temporary file left" \
    || { echo "FAIL $left temporary files left after interrupts"; failures=$((failures + 1)); }

# Messages: control characters escaped; the alphabet is the text's Unicode scalars; numpy's header rules.
save_header escape.npy "" "" "{'de$(printf '\033')[31mscr': '<f4', 'fortran_order': False, 'shape': (0,), }"
check 2 "a header key with an escape sequence" -- pad --input escape.npy --padding 1 --output out.npy
grep -q "$(printf '\033')" stderr && { echo "FAIL the message carries ESC"; failures=$((failures + 1)); } || expect_stderr '\u{1B}[31m'
printf 'K\xe2\x84\xaa \xc3\x85\xe2\x84\xab masse K\xe2\x84\xaa' >kelvin.txt
check 0 "charrnn: K and the Kelvin sign, Å and the Ångström sign are four characters" -- charrnn --corpus kelvin.txt --iterations 2 --hidden 2 --seq 2 --sample 3
grep -q "9 distinct" stdout && echo "ok   9 distinct characters (K, K, space, Å, Å, m, a, s, e)" || { echo "FAIL $(head -1 stdout)"; failures=$((failures + 1)); }
for header in "{'descr': '<f4', 'fortran_order': False, 'shape': (0,), } junk" \
              "{'descr': '<f4', 'fortran_order': False, 'shape': (0,)}}" \
              "{'descr': '<f4', 'fortran_order': False, 'shape': (00, 01), }" \
              "{'descr': '<f4', 'fortran_order': False, 'shape':$(printf '\xa0')(0,), }"; do
    save_header refused.npy "" "" "$header"
    check 2 "numpy.load refuses the header ${header:43}" -- pad --input refused.npy --padding 1 --output out.npy
done
save_header v19.npy "<f4" "0," "" 1.9
check 2 "numpy.load refuses version 1.9" -- pad --input v19.npy --padding 1 --output out.npy
for header in "{'descr': 'f4', 'fortran_order': False, 'shape': (0L,), } # Python 2" \
              "{'shape': (0x0,), 'fortran_order': False, 'descr': '<' 'f4',
}"; do
    save_header accepted.npy "" "" "$header"
    check 0 "numpy.load reads the header $(echo "$header" | head -1)" -- pad --input accepted.npy --padding 1 --output out.npy
done

# layer: one layer forward and backward into a folder, whole or not at all (make crosscheck runs the
# values against PyTorch; here the contract).
save lx.npy "1,1,3,3," "1,2,3,4,5,6,7,8,9" "<f8"
save lw.npy "1,1,2,2," "1,0,0,-1" "<f8"
save ldy.npy "1,1,2,2," "1,1,1,1" "<f8"
check 0 "layer conv2d: output and the three gradients" -- layer conv2d --input lx.npy --kernel lw.npy --grad-output ldy.npy --out grads
if [ "$(cd grads && ls | tr '\n' ' ')" = "grad_input.npy grad_weight.npy output.npy " ] \
    && python3 -c "import numpy as n; import sys; sys.exit(0 if n.load('grads/output.npy').ravel().tolist() == [-4, -4, -4, -4] and n.load('grads/grad_weight.npy').ravel().tolist() == [12, 16, 24, 28] else 1)"; then
    echo "ok   layer conv2d values (y = x − x shifted diagonally = −4; ∂L/∂W = sums of 2×2 windows)"
else
    echo "FAIL layer conv2d wrote $(ls grads)"; failures=$((failures + 1))
fi
layer_refused() {   # the command exits 2 with one line and leaves no folder
    local what=$1; shift
    rm -rf refused
    "$cnnlab" "$@" --out refused >stdout 2>stderr
    local got=$?
    if [ "$got" = 2 ] && [ "$(wc -l <stderr)" = 1 ] && [ ! -e refused ] && [ -z "$(ls -a | grep '^\.refused')" ]; then
        echo "ok   $what (exit 2): $(cat stderr)"
    else
        echo "FAIL $what: exit $got, $(wc -l <stderr) stderr lines, folder $( [ -e refused ] && echo left || echo absent)"; failures=$((failures + 1))
    fi
}
layer_refused "layer conv2d without --kernel" layer conv2d --input lx.npy --grad-output ldy.npy
layer_refused "layer conv2d with a gradient of the wrong shape" layer conv2d --input lx.npy --kernel lw.npy --grad-output lx.npy
layer_refused "layer sgd with --steps 0" layer sgd --input lx.npy --grad-output lx.npy --steps 0
layer_refused "layer dropout with a mask that is not 0/1" layer dropout --input lx.npy --mask lx.npy --grad-output lx.npy
check 2 "layer into a folder that is not empty" -- layer relu --input lx.npy --grad-output lx.npy --out grads
check 64 "layer with an operation that does not exist" -- layer convolution --input lx.npy --out new

finish "chapter/pool2d/pad/xo/descent/mlp/train/evaluate/summary/charrnn/seq2seq/hardening/layer"

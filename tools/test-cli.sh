#!/usr/bin/env bash
# Exit codes and outputs of `cnnlab chapter`, `pool2d`, `pad`, `xo`, `descent`, `mlp`, `train`
# and `charrnn` (ARCHITECTURE.md, "Commands"): the slides' numbers on success; one line on
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
python3 -c "import json,sys; h=json.load(open('history.json'))['history']; sys.exit(not (len(h) == 2 and h[1]['test_accuracy'] > 0.8 and h[1]['train_loss'] < h[0]['train_loss']))" \
    && echo "ok   train: history.json holds epochs 0 and 1, test accuracy above 80%" \
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
check 2 "train: unknown network" -- train alexnet --dataset mnist5k --log history.json
check 2 "train: unknown data set" -- train lenet5 --dataset cifar10 --log history.json
check 2 "train: --log into a missing folder" -- train lenet1 --dataset mnist5k --log nowhere/history.json
check 2 "train: --log over a folder" -- train lenet1 --dataset mnist5k --log folder
[ -e history.json ] && { echo "FAIL train: a refused run left history.json"; failures=$((failures + 1)); }
check 64 "train: epochs that are not a number" -- train lenet5 --dataset mnist5k --epochs many

# charrnn (chapter 8; IFT 780 slides 218–240): min-char-rnn on "masse" spells it after 300 windows
printf '' >empty.txt
printf 'caf\xe9\xff text' >latin1.txt
check 0 "masse: 3 hidden units, windows m,a,s,s → a,s,s,e" -- charrnn --corpus masse --sample 8
grep -q '^iter 299, loss: 4.216436$' stdout && sed -n '/^----$/{n;p;q}' stdout | grep -q '^asseasse$' \
    && echo "ok   charrnn masse: smoothed loss 4.216436 after 300 windows, sample asseasse" \
    || { echo "FAIL charrnn masse: $(tr '\n' ' ' <stdout)"; failures=$((failures + 1)); }
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

finish "chapter/pool2d/pad/xo/descent/mlp/train/charrnn/layer"

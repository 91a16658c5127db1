#!/usr/bin/env bash
# `make bench`: CNNLab's speed figures as JSON lines, each beside its peer when the peer is
# installed (numpy for GEMM; PyTorch for convolution and pooling, from the virtual environment
# .cache/torch-venv or the system python), then their ratios (tools/bench-ratios.py). Both sides
# run under the same OpenBLAS settings: the machine's OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE are
# removed (see SWIFT-NOTES.md).
set -euo pipefail
cnnlab=${1:-.build/release/cnnlab}
run() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$@"; }

python=python3
[ -x .cache/torch-venv/bin/python ] && python=.cache/torch-venv/bin/python

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for kind in $("$cnnlab" bench --help | awk '/SUBCOMMANDS:/{f=1;next} f && /^  [a-z0-9-]+( |$)/{print $1}'); do
    echo "# cnnlab bench $kind"
    run "$cnnlab" bench "$kind" --json
    if [ -f "tools/peers/bench_$kind.py" ]; then
        echo "# peer: tools/peers/bench_$kind.py"
        run "$python" "tools/peers/bench_$kind.py" || echo "# peer not available (see tools/peers/README.md)"
    fi
done | tee "$log"
python3 tools/bench-ratios.py <"$log"

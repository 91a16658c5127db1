#!/usr/bin/env bash
# PyTorch 2.13 (the CPU wheel) in .cache/torch-venv, the peer of `make crosscheck` and `make bench`;
# does nothing when it is there already.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.cache/torch-venv
[ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import torch, numpy" 2>/dev/null && exit 0
if ! python3 -c "import ensurepip" 2>/dev/null; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-venv
fi
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet torch==2.13.0 numpy

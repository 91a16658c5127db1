#!/usr/bin/env bash
# Installs the system packages CNNLab builds and tests with, only when one is missing:
# Cairo (PDF/PNG), OpenBLAS (GEMM), zlib (gzip'd data), DejaVu fonts (text in figures),
# poppler-utils (tests read PDFs back), python3-numpy (tests prove numpy reads our .npy files).
# Idempotent; costs a few milliseconds when everything is there.
set -euo pipefail

packages=(libcairo2-dev libopenblas-dev zlib1g-dev fonts-dejavu-core poppler-utils pkg-config)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import numpy' 2>/dev/null; then
    echo "setup: installing numpy (the tests check that numpy reads CNNLab's .npy files)"
    python3 -m pip install --quiet numpy
fi

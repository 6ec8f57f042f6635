#!/usr/bin/env bash
# Installs the Debian packages, builds the release preset, and starts the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target alexnet-lab
exec ./build/release/app/alexnet-lab "$@"

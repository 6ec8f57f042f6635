#!/usr/bin/env bash
# Installs the Debian packages, builds the release preset, and runs every test (core + ui, offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
QT_QPA_PLATFORM=offscreen ctest --preset release

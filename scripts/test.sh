#!/usr/bin/env bash
# Installs the Debian packages, builds the release preset, and runs every test (core + ui, offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# core/ must stay Qt-free.
if grep -rnE '#\s*include\s*<Q' core/; then echo "core/ includes a Qt header" >&2; exit 1; fi
cmake --preset release
cmake --build --preset release
QT_QPA_PLATFORM=offscreen ctest --preset release

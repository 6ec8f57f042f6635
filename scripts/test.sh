#!/usr/bin/env bash
# Installs the Debian packages, builds the release preset, and runs every test (core, app, ui,
# offscreen) except those labelled "timing" (wall-clock budgets that a loaded machine can break).
#   scripts/test.sh            the default run
#   scripts/test.sh --timing   only the timing tests (ctest --preset release -L timing), on a quiet machine
set -euo pipefail
labels=(-LE timing)
if [[ "${1:-}" == "--timing" ]]; then labels=(-L timing); fi
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# core/ must stay Qt-free.
if grep -rnE '#\s*include\s*<Q' core/; then echo "core/ includes a Qt header" >&2; exit 1; fi
cmake --preset release
cmake --build --preset release
QT_QPA_PLATFORM=offscreen ctest --preset release "${labels[@]}"

#!/usr/bin/env bash
# Installs every Debian 12 package AlexNet Lab needs to build, test and run (run as root or with sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  libeigen3-dev nlohmann-json3-dev zlib1g-dev libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  fonts-wqy-microhei xvfb xauth
  dataset-fashion-mnist
  python3-torch python3-numpy
  clang libclang-rt-14-dev libomp-dev
  qemu-user binutils
  desktop-file-utils xdotool openbox x11-utils imagemagick
  appstream groff-base dpkg-dev
)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"

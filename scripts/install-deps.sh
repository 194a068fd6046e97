#!/usr/bin/env bash
# Install everything earshot needs to build, test and demo, from Debian's archive
# (bookworm). Idempotent: does nothing when every package is already installed.
# Needs root (or sudo). Used by scripts/test.sh, scripts/demo.sh and .ci/run.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config
  libutf8proc-dev libstemmer-dev libexttextcat-dev libexttextcat-data
  libyajl-dev libcmocka-dev libinih-dev
  libuv1-dev libcurl4-openssl-dev libhiredis-dev libsystemd-dev redis-server
  valgrind systemd
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

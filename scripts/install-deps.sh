#!/usr/bin/env bash
# Install everything earshot needs to build, test and demo, from Debian's archive
# (bookworm). Idempotent: does nothing when every package is already installed.
# Needs root (or sudo). Used by scripts/test.sh, scripts/demo.sh and .ci/run.
#
# libcurl: bookworm's 7.88.1 is built without WebSocket support, which the
# Bluesky Jetstream source needs; when the installed libcurl lacks it, the
# script adds bookworm-backports (Debian's own archive) and installs libcurl
# from there (8.14, WebSocket built in). Set ES_NO_BACKPORTS=1 to keep the
# stock one: earshot then builds without the Jetstream source and says so.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config
  libutf8proc-dev libstemmer-dev libexttextcat-dev libexttextcat-data
  libyajl-dev libcmocka-dev libinih-dev
  libuv1-dev libcurl4-openssl-dev libhiredis-dev libsystemd-dev redis-server
  valgrind systemd python3 openssl curl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

curl_has_ws() {
  command -v curl-config >/dev/null && curl-config --protocols 2>/dev/null | grep -qx WSS
}
want_bpo=0
if [ "${ES_NO_BACKPORTS:-0}" != 1 ] && ! { [ ${#missing[@]} -eq 0 ] && curl_has_ws; }; then
  want_bpo=1
fi
[ ${#missing[@]} -eq 0 ] && [ $want_bpo -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
if [ $want_bpo -eq 1 ] && ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "install-deps: adding bookworm-backports (for libcurl with WebSocket)" >&2
  echo "deb http://deb.debian.org/debian bookworm-backports main" |
    $sudo tee /etc/apt/sources.list.d/earshot-bookworm-backports.list >/dev/null
fi
extra=""; [ $want_bpo -eq 1 ] && extra="(and libcurl from bookworm-backports)"
echo "install-deps: installing ${missing[*]:-} $extra" >&2
$sudo apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ $want_bpo -eq 1 ] && ! curl_has_ws; then
  $sudo apt-get install -y -qq --no-install-recommends -t bookworm-backports \
    libcurl4-openssl-dev >/dev/null ||
    echo "install-deps: libcurl from bookworm-backports not installed; the Jetstream source will be unavailable" >&2
fi

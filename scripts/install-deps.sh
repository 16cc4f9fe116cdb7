#!/usr/bin/env bash
# Installs the Debian bookworm packages the build and the tests need, and only those missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang libclang-rt-14-dev pkg-config
    qt6-base-dev libtomlplusplus-dev libgl-dev zlib1g-dev
    fonts-dejavu-core xvfb xauth
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-noto-cjk
    ansible-core openssh-client
    dpkg-dev file lintian appstream desktop-file-utils man-db librsvg2-bin zsh
    xdotool xtrace
    systemd
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    run_as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Installs what TPM Desktop needs on a fresh Debian or Ubuntu machine:
#  - Qt's system libraries (EGL, GL, xkbcommon, fontconfig, D-Bus, xcb) and DejaVu fonts,
#  - poppler-utils (pdftotext/pdffonts/pdftoppm, used by the report tests) and Xvfb,
#  - LibreOffice Impress without its recommends (the slide tests convert the deck to PDF
#    with it; about 15 s to install from Debian's packages),
#  - Chromium and its driver (the live workshop's end-to-end test in a real browser),
#  - a virtual environment in .venv with the app and its test tools (pip install -e .[test]).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
  poppler-utils xvfb xauth libreoffice-impress chromium chromium-driver
)
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$package")
  done
  if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian/Ubuntu system: make sure Qt 6's libraries and poppler-utils are installed."
fi

python=""
for candidate in "${PYTHON:-}" python3.12 python3.11 python3.13 python3; do
  if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "TPM Desktop needs Python 3.11 or newer." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  # -qq: errors only. Warnings here are harmless noise (e.g. a pip configuration's
  # extra index that does not exist on this machine), and they buried the result.
  .venv/bin/python -m pip install -qq --upgrade pip >/dev/null
  .venv/bin/python -m pip install -qq -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

#!/usr/bin/env bash
# Adds TPM Desktop to the desktop's application menu and makes .tpm files open with it,
# for the current user (GNOME, KDE, Xfce and other freedesktop.org desktops):
#  - the menu entry (resources/linux/tpm-desktop.desktop, pointing at .venv/bin/tpm-desktop),
#  - the icon (resources/icons/tpm-desktop.svg, plus PNG sizes for older desktops),
#  - the file type application/x-tpm-project for *.tpm (resources/linux/tpm-desktop-mime.xml).
# Uses xdg-utils (xdg-mime, xdg-desktop-menu, xdg-icon-resource) when installed, and copies
# the files into ${XDG_DATA_HOME:-~/.local/share} itself otherwise. Nothing needs root.
#
#   scripts/install-desktop.sh              install (again after moving the folder)
#   scripts/install-desktop.sh --uninstall  remove it all again
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
python="$root/.venv/bin/python"
exec_path="${TPM_DESKTOP_EXEC:-$root/.venv/bin/tpm-desktop}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes=(32 48 64 128 256)
use_xdg=1
if [ -n "${TPM_DESKTOP_NO_XDG_UTILS:-}" ] || ! command -v xdg-mime >/dev/null 2>&1 \
   || ! command -v xdg-desktop-menu >/dev/null 2>&1; then
  use_xdg=0
fi

refresh() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  if [ "$use_xdg" = 1 ]; then
    xdg-desktop-menu uninstall --novendor tpm-desktop.desktop || true
    xdg-mime uninstall --novendor resources/linux/tpm-desktop-mime.xml || true
  fi
  rm -f "$data/applications/tpm-desktop.desktop" "$data/mime/packages/tpm-desktop-mime.xml" \
        "$data/icons/hicolor/scalable/apps/tpm-desktop.svg"
  for size in "${sizes[@]}"; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/tpm-desktop.png"
  done
  refresh
  echo "TPM Desktop was removed from the application menu."
  exit 0
fi

if [ ! -x "$exec_path" ] || [ ! -x "$python" ]; then
  echo "Install TPM Desktop first: bash scripts/bootstrap.sh" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The menu entry with this checkout's program, quoted as the Desktop Entry spec asks.
"$python" - "$exec_path" resources/linux/tpm-desktop.desktop "$work/tpm-desktop.desktop" <<'PY'
import sys
exec_path, template, target = sys.argv[1:]
quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in exec_path) + '"'
text = open(template, encoding="utf-8").read()
text = text.replace("TryExec=@EXEC@", "TryExec=" + exec_path).replace("Exec=@EXEC@", "Exec=" + quoted)
open(target, "w", encoding="utf-8").write(text)
PY

# PNG icons drawn from the SVG, for menus that do not read SVG.
QT_QPA_PLATFORM=offscreen "$python" - "$work" "${sizes[@]}" <<'PY'
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
folder, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
renderer = QSvgRenderer("resources/icons/tpm-desktop.svg")
for size in sizes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(f"{folder}/tpm-desktop-{size}.png")
PY

if [ "$use_xdg" = 1 ]; then
  for size in "${sizes[@]}"; do
    cp "$work/tpm-desktop-$size.png" "$work/tpm-desktop.png"
    xdg-icon-resource install --noupdate --novendor --context apps --size "$size" \
      "$work/tpm-desktop.png" tpm-desktop
  done
  xdg-icon-resource forceupdate || true
  xdg-mime install --novendor resources/linux/tpm-desktop-mime.xml
  xdg-desktop-menu install --novendor "$work/tpm-desktop.desktop"
  xdg-mime default tpm-desktop.desktop application/x-tpm-project || true
else
  for size in "${sizes[@]}"; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$work/tpm-desktop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/tpm-desktop.png"
  done
  mkdir -p "$data/mime/packages" "$data/applications"
  cp resources/linux/tpm-desktop-mime.xml "$data/mime/packages/tpm-desktop-mime.xml"
  cp "$work/tpm-desktop.desktop" "$data/applications/tpm-desktop.desktop"
fi
mkdir -p "$data/icons/hicolor/scalable/apps"
cp resources/icons/tpm-desktop.svg "$data/icons/hicolor/scalable/apps/tpm-desktop.svg"
refresh
echo "TPM Desktop is in the application menu, and .tpm files open with it."
echo "(Run this again after moving $root; remove it with: $0 --uninstall)"

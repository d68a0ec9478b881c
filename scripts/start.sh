#!/usr/bin/env bash
# Installs everything, creates the sample project (once) and starts TPM Desktop on it.
# Without a display it runs the headless main job instead: it checks the sample,
# prints its figures and writes its report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh

case "${LANG:-}${LANGUAGE:-}" in
  de*|*:de*) lang=de ;;
  *) lang=en ;;
esac
mkdir -p out
sample="out/sample-${lang}.tpm"
if [ ! -f "$sample" ]; then
  .venv/bin/tpm-desktop new "$sample" --sample --lang "$lang"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = "offscreen" ]; then
  exec .venv/bin/tpm-desktop "$sample" "$@"
fi
echo "No display found: running the headless main job on $sample."
.venv/bin/tpm-desktop check "$sample"
.venv/bin/tpm-desktop info "$sample"
# The command says where it wrote the report.
.venv/bin/tpm-desktop report "$sample" -o "out/sample-report-${lang}.pdf" --lang "$lang"

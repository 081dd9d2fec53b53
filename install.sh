#!/usr/bin/env bash
# Set-up in one command: system packages, the Python package, then the main job on samples/.
#   bash install.sh            install, redact samples/documents/ into out/samples with its publication package
#   bash install.sh --no-run   install only (what CI uses)
set -euo pipefail
cd "$(dirname "$0")"

if command -v apt-get >/dev/null 2>&1; then
  # Tesseract with Dutch data for scanned pages; poppler's pdftotext as an independent checker.
  # strace: the test suite watches a whole run for network attempts (tests/e2e/test_offline.py).
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if ! dpkg -s tesseract-ocr tesseract-ocr-nld poppler-utils strace >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq tesseract-ocr tesseract-ocr-nld poppler-utils strace >/dev/null
  fi
  # LibreOffice without its GUI (Writer, Calc, Impress) converts Office documents to PDF
  # (docs/formats.md); DejaVu Sans is the font of the mail PDFs.
  OFFICE="libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui fonts-dejavu-core"
  # shellcheck disable=SC2086
  if ! dpkg -s $OFFICE >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $OFFICE >/dev/null
  fi
fi

python3 -m pip install -q -e '.[test,msg]'
# The package's bytecode, as a non-editable install writes it: an editable install leaves it to the
# first import, which does not write it where PYTHONDONTWRITEBYTECODE is set, so that every process
# (every worker) would compile woo-redact's ~110 modules again (~0.1 CPU-s a start-up, docs/scale.md).
python3 -m compileall -q redact

if [ "${1:-}" != "--no-run" ]; then
  mkdir -p out
  # Exit status 5 (documents withheld for manual review) is a result, not a failed install.
  woo-redact run samples/documents --out out/samples --request-file samples/verzoek.yaml || echo "woo-redact exited with status $? (see the summary above)"
fi

#!/usr/bin/env bash
# Set-up in one command: system packages, the Python package, then the main job on samples/.
#   bash install.sh            install and redact samples/documents/ into out/samples
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
fi

python3 -m pip install -q -e '.[test]'

if [ "${1:-}" != "--no-run" ]; then
  mkdir -p out
  # Exit status 5 (documents withheld for manual review) is a result, not a failed install.
  woo-redact run samples/documents --out out/samples || echo "woo-redact exited with status $? (see the summary above)"
fi

#!/bin/sh
# The Debian packages the tests need beyond Node.js: chromium (browser tests, driven by playwright-core;
# never a downloaded browser), poppler-utils (pdftotext, pdftoppm), zbar-tools (zbarimg, QR codes),
# qpdf (checks the structure of the PDFs) and postgresql-client (pg_dump, pg_restore: tirkeu backup / restore).
# Installs what is missing when run as root; otherwise names it and fails.
set -e
missing=""
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/nonexistent}" ] || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v zbarimg >/dev/null 2>&1 || missing="$missing zbar-tools"
command -v qpdf >/dev/null 2>&1 || missing="$missing qpdf"
command -v pg_dump >/dev/null 2>&1 || missing="$missing postgresql-client"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "missing Debian packages:$missing — install them with: sudo apt-get install -y$missing" >&2
  exit 1
fi
echo "installing Debian packages:$missing"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null

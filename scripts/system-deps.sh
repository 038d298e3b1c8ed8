#!/usr/bin/env bash
# Debian packages the tests need; installed only when missing.
set -uo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui fonts-liberation2 fonts-crosextra-carlito)
# Column widths are in digits of Calibri (the workbooks' default font): LibreOffice lays them out
# like Excel only with Carlito, Calibri's metric twin (the print layout's widths depend on it).
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Cài các gói hệ thống cần cho kiểm thử: ${need[*]}"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Cần quyền root để cài: apt-get install ${need[*]}" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${need[@]}"

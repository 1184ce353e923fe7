#!/usr/bin/env bash
# Installs what the tests need, skipping what is already there: Debian's chromium and
# chromedriver, real 7-Zip (7zz), LibreOffice Writer (docx -> PDF) with python3-uno (to open a
# document with a password), poppler (PDF -> PNG, pdftotext), and a
# Python virtualenv in .venv with pytest, python-docx, openxml-audit and playwright, and axe-core
# (npm) for the accessibility checks.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v 7zz >/dev/null || missing+=(7zip)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
/usr/bin/python3 -c "import uno" 2>/dev/null || missing+=(python3-uno)
[ -e /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ] || missing+=(fonts-crosextra-carlito)
# Arabic, Ethiopic (Tigrinya) and Cyrillic for the information sheet's translations.
fc-list | grep -q "Noto Sans Ethiopic" || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f .tools/axe/node_modules/axe-core/axe.min.js ]; then
  say "installing axe-core (accessibility checks) into .tools/"
  mkdir -p .tools/axe
  npm install --silent --no-audit --no-fund --prefix .tools/axe axe-core@4.14.1
fi

if [ ! -x .venv/bin/python ] || ! cmp -s tests/requirements.txt .venv/requirements.installed; then
  say "creating the Python test environment in .venv"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
  cp tests/requirements.txt .venv/requirements.installed
fi

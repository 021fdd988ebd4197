#!/usr/bin/env bash
# The whole test suite, from a fresh machine of ours: system packages (Chromium for the browser tests),
# node_modules, lint (with the architecture's import boundaries), type checks, migration checks, the build,
# then every vitest test (units, real SQLite, HTTP, CLI, Chromium end to end).
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_packages+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_packages+=(poppler-utils)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "Установка системных пакетов: ${need_packages[*]}…" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >&2
fi

node scripts/ensure-install.mjs

echo "== lint" >&2
npx eslint . --max-warnings 0
echo "== typecheck" >&2
npx tsc -p tsconfig.node.json --noEmit
npx tsc -p tsconfig.web.json --noEmit
echo "== migrations" >&2
node scripts/check-migrations.mjs
echo "== build" >&2
npx vite build --logLevel warn
node scripts/build-electron.mjs
echo "== tests" >&2
npx vitest run "$@"

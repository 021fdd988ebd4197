#!/usr/bin/env bash
# The whole test suite, from a fresh machine of ours: system packages (Chromium for the browser tests),
# node_modules, lint (with the architecture's import boundaries), Prettier's format check, type checks, migration
# checks, the build, then every vitest test (units, real SQLite, HTTP, CLI, Chromium end to end) with the coverage figure.
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
echo "== format" >&2
if ! npx prettier --check . --log-level warn; then
  echo "Файлы выше не отформатированы Prettier'ом. Выполните npm run format и проверьте снова." >&2
  exit 1
fi
echo "== typecheck" >&2
npx tsc -p tsconfig.node.json --noEmit
npx tsc -p tsconfig.web.json --noEmit
echo "== migrations" >&2
node scripts/check-migrations.mjs
echo "== build" >&2
npx vite build --logLevel warn
node scripts/build-electron.mjs
echo "== tests" >&2
# --coverage: vitest's V8 coverage of the code the tests run in this Node process (a map, not a target: code run
# only inside Chromium or in a spawned server process is not counted). The summary and one line per area follow.
npx vitest run --coverage "$@"
node scripts/coverage-map.mjs

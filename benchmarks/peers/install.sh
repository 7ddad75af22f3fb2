#!/usr/bin/env bash
# Installs the peer libraries the benchmarks compare Dossier with (versions pinned in package.json and
# package-lock.json) into benchmarks/peers/node_modules, which git ignores: nothing of theirs is committed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v npm >/dev/null || { echo "install.sh needs Node.js and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
npm ci --no-audit --no-fund

#!/usr/bin/env bash
# Until the first release lands, the schema is still one "foundation" migration: this rebuilds it
# from the Drizzle schema (keeping the hand-written extensions migration first). After the first
# landing, migrations are forward-only: use `npm run db:generate` instead and never edit old files.
set -euo pipefail
cd "$(dirname "$0")/.."
saved=$(mktemp)
cp server/db/migrations/*_extensions.sql "$saved"
rm -rf server/db/migrations
npx drizzle-kit generate --custom --name extensions >/dev/null
cp "$saved" server/db/migrations/*_extensions.sql
npx drizzle-kit generate --name foundation | tail -1
rm -f "$saved"

#!/usr/bin/env bash
# Adds a migration named $1 for every database engine (SQLite, PostgreSQL, SQL Server), each in its own migrations
# assembly with its own model snapshot (ADR-021), then rewrites docs/deploy/sqlserver.sql, the idempotent SQL Server
# script a council's DBA reviews and runs. Needs no database: nothing connects.
#   scripts/add-migration.sh AddVisits
# Undo the last one on every engine: scripts/add-migration.sh --remove
# After filling in SQL by hand, rewrite only the SQL Server script: scripts/add-migration.sh --script
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ]; then
  echo "usage: scripts/add-migration.sh <MigrationName> | --remove | --script" >&2
  exit 2
fi

dotnet tool restore >/dev/null
dotnet build src/FamilySafeguarding.Web -v q -nologo >/dev/null

providers="Sqlite PostgreSql SqlServer"
if [ "$1" = "--script" ]; then
  providers=""
fi

for provider in $providers; do
  project="src/FamilySafeguarding.Migrations.$provider"
  if [ "$1" = "--remove" ]; then
    dotnet ef migrations remove --project "$project" --startup-project "$project" --no-build --force
  else
    echo "== $provider"
    dotnet ef migrations add "$1" --project "$project" --startup-project "$project" --output-dir Migrations --no-build
  fi
  # The next engine's project must see this one's new files: build it before the next ef command reads it.
  dotnet build "$project" -v q -nologo >/dev/null
done

echo "== docs/deploy/sqlserver.sql"
mkdir -p docs/deploy
dotnet ef migrations script --idempotent --project src/FamilySafeguarding.Migrations.SqlServer \
  --startup-project src/FamilySafeguarding.Migrations.SqlServer --no-build --output docs/deploy/sqlserver.sql
echo "Done. Review the three migrations, fill in any SQL the model cannot express, and commit them with docs/deploy/sqlserver.sql."

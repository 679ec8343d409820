// Numbered schema migrations. Version N is applied once, in order, inside one
// transaction with its row in `schema_version`; a store opened by an older binary than
// its schema is refused rather than half-understood.
#pragma once

#include "faultline/status.h"
#include "store/sqlite_db.h"

namespace faultline::store {

// The newest schema version this binary knows.
int LatestSchemaVersion();

// Creates `schema_version` if needed and applies every missing migration.
Status Migrate(Db* db);
// The same up to `version` only (tests of a migration over an older store).
Status MigrateTo(Db* db, int version);

}  // namespace faultline::store

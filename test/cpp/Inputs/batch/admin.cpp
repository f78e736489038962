#include "maintenance.h"
#include <sqlite3.h>

void reset(sqlite3 *Db) {
  sqlite3_exec(Db, "DROP TABLE users", nullptr, nullptr, nullptr); // NOLINT(blastradius-embedded-sql)
  wipeEverything();
}

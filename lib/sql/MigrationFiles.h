// Which SQL files are schema migrations (where lock and migration-shape rules apply), and which
// parts of them are the "down" (rollback) direction.
#ifndef BLASTRADIUS_SQL_MIGRATIONFILES_H
#define BLASTRADIUS_SQL_MIGRATIONFILES_H

#include <cstdint>
#include <string_view>

namespace blastradius::sql {

/// Whether the path (or a marker in Text such as `-- +goose Up`) says the file is a migration.
/// Path is relative to the scan root; the root's own name counts too (from AbsolutePath), so that
/// `blastradius scan db/migrate` knows what it is scanning, while the directories above it do not
/// (a checkout under ~/schema/ does not make every .sql file a migration).
bool isMigrationFile(std::string_view Path, std::string_view AbsolutePath, std::string_view Text);

/// Where the rollback direction starts: 0 for a whole down/undo file (`*.down.sql`, Flyway
/// `U1__x.sql`), the offset of a `-- +goose Down` / `-- +migrate Down` / `-- migrate:down`
/// marker, or UINT32_MAX when the file has none.
uint32_t downSectionStart(std::string_view Path, std::string_view Text);

} // namespace blastradius::sql

#endif

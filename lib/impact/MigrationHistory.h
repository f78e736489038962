// Schema migrations as history: a migration that existed at the base was edited or deleted
// (production may already have run it), or a new one sorts before the newest one at the base
// (non-linear history). Directory conventions of Flyway, Liquibase formatted SQL, golang-migrate,
// goose, dbmate, Rails, Django and Alembic.
#ifndef BLASTRADIUS_IMPACT_MIGRATIONHISTORY_H
#define BLASTRADIUS_IMPACT_MIGRATIONHISTORY_H

#include "impact/ImpactSink.h"
#include "impact/Revision.h"

#include <string>
#include <vector>

namespace blastradius::impact {

/// The migration framework a path follows ("flyway", "rails", "django", "alembic", "sql"), or ""
/// when it is not a migration.
std::string migrationConvention(const std::string &Path, const std::string &Text);

/// Judges the changed paths that are migrations.
void compareMigrations(const std::vector<std::string> &Changed, const Revision &Base, const Revision &Head,
                       ImpactSink &Sink);

} // namespace blastradius::impact

#endif

// The lists below are data: the conventions of the migration tools, from their documentation.
//   Flyway: V<version>__<desc>.sql, U<version>__ (undo), R__ (repeatable), in db/migration/
//   golang-migrate: <version>_<title>.up.sql / .down.sql        dbmate: db/migrations/, -- migrate:up
//   goose: -- +goose Up / -- +goose Down                         sql-migrate: -- +migrate Up / Down
//   Rails: db/migrate/      Django, Knex, Prisma, Supabase, Atlas, TypeORM: migrations/
//   Liquibase: changelog/, changesets/, --liquibase formatted sql   Play: conf/evolutions/
//   Alembic: alembic/versions/    Sqitch: db/deploy/ (a bare deploy/ is too generic)    schema/ dirs
#include "sql/MigrationFiles.h"
#include "StringHelpers.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace blastradius::sql {

namespace {

/// Directory names (any component of the path but the file name) that hold migrations.
constexpr std::string_view MigrationDirectories[] = {
    "migrations", "migration", "migrate",   "db_migrations", "schema-migrations", "schema_migrations",
    "schema",     "changelog", "changelogs", "changesets",   "evolutions",        "flyway",
    "liquibase",  "upgrades",
};

/// Consecutive directory pairs that hold migrations even though each name alone is generic.
constexpr std::pair<std::string_view, std::string_view> MigrationDirectoryPairs[] = {
    {"alembic", "versions"},
    {"db", "deploy"},
};

/// File names (lower-cased) of migration tools.
const RE2 &migrationFileName() {
  static const RE2 Name(R"((?i)(^[vur]\d+([._]\d+)*__.+\.sql$)|(^r__.+\.sql$)|(\.(up|down)\.sql$)|(^(up|down|migration)\.sql$))");
  return Name;
}

const RE2 &downFileName() {
  static const RE2 Name(R"((?i)(^u\d+([._]\d+)*__.+\.sql$)|(\.down\.sql$)|(^down\.sql$))");
  return Name;
}

/// Markers that migration tools put in comments.
const RE2 &migrationMarker() {
  static const RE2 Marker(R"((?im)^\s*--\s*(\+goose\s+up|\+migrate\s+up|migrate:up|liquibase\s+formatted\s+sql|changeset\s))");
  return Marker;
}

const RE2 &downMarker() {
  static const RE2 Marker(R"((?im)^[ \t]*--[ \t]*(\+goose[ \t]+down|\+migrate[ \t]+down|migrate:down))");
  return Marker;
}

std::string_view fileName(std::string_view Path) {
  size_t Slash = Path.find_last_of("/\\");
  return Slash == std::string_view::npos ? Path : Path.substr(Slash + 1);
}

/// The scan root's name followed by Path, when AbsolutePath ends with Path.
std::string withRootName(std::string_view Path, std::string_view AbsolutePath) {
  if (Path.empty() || AbsolutePath.size() <= Path.size() ||
      AbsolutePath.substr(AbsolutePath.size() - Path.size()) != Path)
    return std::string(Path);
  std::string_view Root = AbsolutePath.substr(0, AbsolutePath.size() - Path.size());
  while (!Root.empty() && (Root.back() == '/' || Root.back() == '\\'))
    Root.remove_suffix(1);
  return std::string(fileName(Root)) + "/" + std::string(Path);
}

} // namespace

bool isMigrationFile(std::string_view RelativePath, std::string_view AbsolutePath, std::string_view Text) {
  std::string Path = withRootName(RelativePath, AbsolutePath);
  std::string_view Name = fileName(Path);
  if (RE2::PartialMatch(Name, migrationFileName()))
    return true;
  std::string Lower = lower(std::string_view(Path).substr(0, Path.size() - Name.size()));
  std::string Previous;
  for (size_t Begin = 0; Begin < Lower.size();) {
    size_t End = Lower.find_first_of("/\\", Begin);
    if (End == std::string::npos)
      End = Lower.size();
    std::string Component = Lower.substr(Begin, End - Begin);
    if (std::find(std::begin(MigrationDirectories), std::end(MigrationDirectories), Component) !=
        std::end(MigrationDirectories))
      return true;
    for (const auto &[First, Second] : MigrationDirectoryPairs)
      if (Previous == First && Component == Second)
        return true;
    Previous = Component;
    Begin = End + 1;
  }
  return RE2::PartialMatch(Text, migrationMarker());
}

uint32_t downSectionStart(std::string_view Path, std::string_view Text) {
  if (RE2::PartialMatch(fileName(Path), downFileName()))
    return 0;
  re2::StringPiece Input(Text.data(), Text.size());
  re2::StringPiece Match;
  if (downMarker().Match(Input, 0, Input.size(), RE2::UNANCHORED, &Match, 1))
    return static_cast<uint32_t>(Match.data() - Text.data());
  return UINT32_MAX;
}

} // namespace blastradius::sql

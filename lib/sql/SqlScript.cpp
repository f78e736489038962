#include "sql/SqlScript.h"

#include <algorithm>

namespace blastradius::sql {

bool CreatedInScript::contains(const std::vector<std::string> &Names, std::string_view Name) {
  for (const std::string &N : Names)
    if (sameTable(N, Name))
      return true;
  return false;
}

void CreatedInScript::remove(std::vector<std::string> &Names, std::string_view Name) {
  Names.erase(std::remove_if(Names.begin(), Names.end(), [&](const std::string &N) { return sameTable(N, Name); }),
              Names.end());
}

bool CreatedInScript::allTables(const std::vector<std::string> &Names) const {
  if (Names.empty())
    return false;
  for (const std::string &N : Names)
    if (!table(N))
      return false;
  return true;
}

bool CreatedInScript::addedColumn(std::string_view Table, std::string_view Column) const {
  for (const auto &[T, C] : AddedColumns)
    if (C == Column && sameTable(T, Table))
      return true;
  return false;
}

void CreatedInScript::update(const Statement &S) {
  switch (S.Kind) {
  case StatementKind::CreateTable:
    if (!S.IfNotExists && !S.OrReplace)
      for (const std::string &T : S.Tables)
        if (!table(T))
          Tables.push_back(T);
    break;
  case StatementKind::CreateSchema:
    if (!S.IfNotExists)
      for (const std::string &T : S.Tables)
        Schemas.push_back(T);
    break;
  case StatementKind::DropTable:
    for (const std::string &T : S.Tables)
      remove(Tables, T);
    break;
  case StatementKind::RenameTable:
  case StatementKind::AlterTable: {
    for (const AlterAction &A : S.Actions)
      if (A.Kind == ActionKind::AddColumn && !S.Tables.empty())
        AddedColumns.push_back({S.Tables.front(), A.Column});
    // A new table renamed stays new (the build-and-swap pattern); an old table renamed to a name
    // makes that name old.
    std::string NewName = S.NewName;
    for (const AlterAction &A : S.Actions)
      if (A.Kind == ActionKind::RenameTable)
        NewName = A.NewName;
    if (NewName.empty() || S.Tables.empty())
      break;
    bool WasNew = table(S.Tables.front());
    remove(Tables, S.Tables.front());
    remove(Tables, NewName);
    if (WasNew)
      Tables.push_back(NewName);
    break;
  }
  default:
    break;
  }
}

} // namespace blastradius::sql

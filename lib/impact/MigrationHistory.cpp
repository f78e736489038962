#include "impact/MigrationHistory.h"

#include "sql/MigrationFiles.h"
#include "sql/SqlLexer.h"

#include <re2/re2.h>

#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {

std::string fileName(const std::string &Path) { return fs::path(Path).filename().string(); }
std::string directoryOf(const std::string &Path) { return fs::path(Path).parent_path().generic_string(); }

/// The version a migration's name sorts by, as numbers: Flyway `V1_2__x.sql` -> {1, 2}; Rails
/// `20240101120000_x.rb`, Django `0002_x.py`, golang-migrate `000002_x.up.sql` -> one number.
/// Empty when the name carries no version (Alembic's revision ids order by their down_revision
/// chain, not by name).
std::vector<unsigned long long> versionOf(const std::string &Name, const std::string &Convention) {
  if (Convention == "alembic")
    return {};
  static const RE2 Versioned("^[VvRr]?(\\d+(?:[._]\\d+)*)(?:__|_|-|\\.)");
  std::string Digits;
  if (!RE2::PartialMatch(Name, Versioned, &Digits))
    return {};
  std::vector<unsigned long long> Parts;
  std::string Part;
  for (char C : Digits + ".") {
    if (C == '.' || C == '_') {
      if (Part.size() > 18)
        Part = Part.substr(0, 18);
      Parts.push_back(Part.empty() ? 0 : std::stoull(Part));
      Part.clear();
    } else {
      Part += C;
    }
  }
  return Parts;
}

/// A down / undo migration: it runs only on rollback, so out-of-order does not apply.
bool isRollback(const std::string &Name) {
  return Name.find(".down.") != std::string::npos || (!Name.empty() && (Name[0] == 'U' || Name[0] == 'u') &&
                                                      Name.find("__") != std::string::npos);
}

/// Statements without whitespace and comments: what the database runs.
std::vector<std::pair<std::string, sql::RawStatement>> statementsOf(const std::string &Text, bool IsSql) {
  std::vector<std::pair<std::string, sql::RawStatement>> Out;
  if (!IsSql) {
    // Ruby and Python migrations: compare lines without indentation, blanks and comment lines.
    size_t Start = 0;
    while (Start < Text.size()) {
      size_t End = Text.find('\n', Start);
      if (End == std::string::npos)
        End = Text.size();
      std::string Line = Text.substr(Start, End - Start);
      size_t First = Line.find_first_not_of(" \t\r");
      if (First != std::string::npos && Line[First] != '#') {
        size_t Last = Line.find_last_not_of(" \t\r");
        sql::RawStatement Raw;
        Raw.Begin = static_cast<uint32_t>(Start + First);
        Raw.End = static_cast<uint32_t>(Start + Last + 1);
        Out.push_back({Line.substr(First, Last - First + 1), Raw});
      }
      Start = End + 1;
    }
    return Out;
  }
  for (sql::RawStatement &S : sql::splitStatements(Text)) {
    std::string Key;
    for (const sql::Token &T : S.Tokens)
      Key += std::to_string(static_cast<int>(T.Kind)) + T.Text + " ";
    Out.push_back({Key, std::move(S)});
  }
  return Out;
}

bool less(const std::vector<unsigned long long> &A, const std::vector<unsigned long long> &B) {
  return std::lexicographical_compare(A.begin(), A.end(), B.begin(), B.end());
}

std::string firstLine(const std::string &Text, const sql::RawStatement &S) {
  std::string Statement = Text.substr(S.Begin, S.End - S.Begin);
  size_t Newline = Statement.find('\n');
  if (Newline != std::string::npos)
    Statement = Statement.substr(0, Newline) + " ...";
  return Statement.size() > 80 ? Statement.substr(0, 77) + "..." : Statement;
}

} // namespace

std::string migrationConvention(const std::string &Path, const std::string &Text) {
  std::string Name = fileName(Path);
  std::string Lower = Path;
  for (char &C : Lower)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  auto EndsWith = [&](const char *Suffix) {
    std::string S(Suffix);
    return Lower.size() >= S.size() && Lower.compare(Lower.size() - S.size(), S.size(), S) == 0;
  };
  static const RE2 RailsName("^\\d{14}_\\w+\\.rb$");
  static const RE2 DjangoName("^\\d{4}_\\w+\\.py$");
  static const RE2 FlywayName("^[VUR]\\d+(?:[._]\\d+)*__.+\\.sql$|^R__.+\\.sql$");
  if (EndsWith(".rb"))
    return Lower.find("db/migrate/") != std::string::npos && RE2::FullMatch(Name, RailsName) ? "rails" : "";
  if (EndsWith(".py")) {
    if (Lower.find("/versions/") != std::string::npos || Lower.rfind("versions/", 0) == 0)
      return Text.find("down_revision") != std::string::npos ? "alembic" : "";
    if ((Lower.find("/migrations/") != std::string::npos || Lower.rfind("migrations/", 0) == 0) &&
        RE2::FullMatch(Name, DjangoName))
      return "django";
    return "";
  }
  if (!EndsWith(".sql"))
    return "";
  if (RE2::FullMatch(Name, FlywayName))
    return "flyway";
  if (Text.rfind("--liquibase formatted sql", 0) == 0)
    return "liquibase";
  return sql::isMigrationFile(Path, Path, Text) ? "sql" : "";
}

void compareMigrations(const std::vector<std::string> &Changed, const Revision &Base, const Revision &Head,
                       ImpactSink &Sink) {
  std::map<std::string, std::vector<std::string>> NewByDirectory;
  for (const std::string &Path : Changed) {
    std::string BaseError, HeadError;
    std::optional<std::string> Before = Base.read(Path, BaseError);
    std::optional<std::string> After = Head.read(Path, HeadError);
    for (const std::string *Problem : {&BaseError, &HeadError})
      if (!Problem->empty())
        Sink.Notifications.push_back({Path, "change-impact-unreadable", *Problem, Level::Error, false, {}});
    std::string Convention = migrationConvention(Path, Before ? *Before : After ? *After : "");
    if (Convention.empty())
      continue;
    bool IsSql = Convention == "flyway" || Convention == "liquibase" || Convention == "sql";
    if (Before && !After) {
      if (!Base.exists(Path) || Head.exists(Path))
        continue;
      Sink.text(Path, *Before);
      ImpactSink::Event E;
      E.RuleId = "migration-history-rewritten";
      E.Where = {Path, 0, 0};
      E.Detail = "the " + Convention + " migration " + Path + " existed at the base and is deleted";
      Sink.report(std::move(E));
      continue;
    }
    if (!Before && After) {
      if (!isRollback(fileName(Path)))
        NewByDirectory[directoryOf(Path)].push_back(Path);
      continue;
    }
    if (!Before || !After)
      continue;
    auto Old = statementsOf(*Before, IsSql);
    auto New = statementsOf(*After, IsSql);
    std::multiset<std::string> OldKeys, NewKeys;
    for (const auto &S : Old)
      OldKeys.insert(S.first);
    for (const auto &S : New)
      NewKeys.insert(S.first);
    if (OldKeys == NewKeys && Old.size() == New.size()) {
      bool SameOrder = true;
      for (size_t I = 0; I < Old.size(); ++I)
        SameOrder = SameOrder && Old[I].first == New[I].first;
      if (SameOrder)
        continue; // whitespace and comments only: the database runs the same statements
    }
    std::vector<std::string> Changes;
    const sql::RawStatement *First = nullptr;
    for (const auto &S : New)
      if (!OldKeys.count(S.first)) {
        if (!First)
          First = &S.second;
        Changes.push_back("'" + firstLine(*After, S.second) + "'");
      }
    size_t Removed = 0;
    for (const auto &S : Old)
      if (!NewKeys.count(S.first))
        ++Removed;
    std::string List;
    for (size_t I = 0; I < Changes.size() && I < 3; ++I)
      List += (I ? ", " : "") + Changes[I];
    if (Changes.size() > 3)
      List += " and " + std::to_string(Changes.size() - 3) + " more";
    Sink.text(Path, *After);
    ImpactSink::Event E;
    E.RuleId = "migration-history-rewritten";
    E.Where = First ? Place{Path, First->Begin, First->End} : Place{Path, 0, 0};
    E.Detail = "the " + Convention + " migration " + Path + " existed at the base and is edited" +
               (Changes.empty() ? "" : ": " + List + (Changes.size() == 1 ? " is new or changed" : " are new or changed")) +
               (Removed ? (Changes.empty() ? ": " : "; ") + std::to_string(Removed) + " statement" +
                              (Removed == 1 ? " removed" : "s removed")
                        : "");
    Sink.report(std::move(E));
  }

  // New migrations that sort before the newest one of their directory at the base.
  for (const auto &[Directory, Added] : NewByDirectory) {
    std::string NewestName;
    std::vector<unsigned long long> Newest;
    // The base's files are judged by name alone (reading hundreds of blobs would cost a process
    // each): same extension as the new migrations, a version in the name.
    std::string Extension = fs::path(Added.front()).extension().string();
    for (const auto &[File, Size] : Base.filesIn(Directory)) {
      std::string Name = fileName(File);
      if (fs::path(File).extension().string() != Extension || isRollback(Name))
        continue;
      std::vector<unsigned long long> Version = versionOf(Name, "");
      if (!Version.empty() && (Newest.empty() || less(Newest, Version))) {
        Newest = Version;
        NewestName = Name;
      }
    }
    if (Newest.empty())
      continue;
    for (const std::string &Path : Added) {
      std::string Error;
      std::optional<std::string> Text = Head.read(Path, Error);
      if (!Text)
        continue;
      std::string Convention = migrationConvention(Path, *Text);
      std::vector<unsigned long long> Version = versionOf(fileName(Path), Convention);
      if (Convention.empty() || Version.empty() || !less(Version, Newest))
        continue;
      Sink.text(Path, *Text);
      ImpactSink::Event E;
      E.RuleId = "migration-out-of-order";
      E.Where = {Path, 0, 0};
      E.Detail = "the new " + Convention + " migration " + fileName(Path) + " sorts before " + NewestName +
                 ", the newest one at the base";
      Sink.report(std::move(E));
    }
  }
}

} // namespace blastradius::impact

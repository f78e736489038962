// Reads clang-tidy's --export-fixes YAML with yaml-cpp. The format is clang's
// tooling::TranslationUnitDiagnostics (clang/Tooling/DiagnosticsYaml.h): MainSourceFile, then
// Diagnostics[] of {DiagnosticName, DiagnosticMessage{Message, FilePath, FileOffset, Replacements},
// Notes[], Level, BuildDirectory}.
#include "TidyExport.h"

#include <yaml-cpp/yaml.h>

namespace blastradius {

namespace {

std::string scalar(const YAML::Node &Node) { return Node && Node.IsScalar() ? Node.Scalar() : std::string(); }

bool readPlace(const YAML::Node &Node, TidyPlace &Place) {
  if (!Node || !Node.IsMap())
    return false;
  Place.Message = scalar(Node["Message"]);
  Place.FilePath = scalar(Node["FilePath"]);
  std::string Offset = scalar(Node["FileOffset"]);
  Place.FileOffset = 0;
  for (char C : Offset) {
    if (C < '0' || C > '9' || Place.FileOffset > (UINT64_MAX - 9) / 10)
      return false;
    Place.FileOffset = Place.FileOffset * 10 + static_cast<uint64_t>(C - '0');
  }
  return true;
}

} // namespace

bool parseTidyExport(const std::string &Text, std::vector<TidyDiagnostic> &Diagnostics, std::string &Error) {
  if (Text.find_first_not_of(" \t\r\n") == std::string::npos)
    return true;
  YAML::Node Root;
  try {
    Root = YAML::Load(Text);
  } catch (const YAML::Exception &E) {
    Error = std::string("not YAML: ") + E.what();
    return false;
  }
  if (!Root.IsMap() || !Root["MainSourceFile"]) {
    Error = "not clang-tidy's --export-fixes format (no MainSourceFile)";
    return false;
  }
  YAML::Node List = Root["Diagnostics"];
  if (!List)
    return true;
  if (!List.IsSequence()) {
    Error = "Diagnostics is not a list";
    return false;
  }
  for (const YAML::Node &Item : List) {
    TidyDiagnostic D;
    if (!Item.IsMap() || !readPlace(Item["DiagnosticMessage"], D.Main)) {
      Error = "a diagnostic without a DiagnosticMessage";
      return false;
    }
    D.Check = scalar(Item["DiagnosticName"]);
    D.Level = scalar(Item["Level"]);
    if (YAML::Node Notes = Item["Notes"]; Notes && Notes.IsSequence())
      for (const YAML::Node &Note : Notes) {
        TidyPlace P;
        if (readPlace(Note, P))
          D.Notes.push_back(std::move(P));
      }
    Diagnostics.push_back(std::move(D));
  }
  return true;
}

} // namespace blastradius

#include "coverage/PathMapping.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace blastradius::coverage {

namespace {

std::string withoutTrailingSlashes(std::string Path) {
  while (Path.size() > 1 && Path.back() == '/')
    Path.pop_back();
  return Path;
}

/// Whether Path is Dir or lies below it (a component boundary, not "/src" matching "/srcs").
bool underDirectory(const std::string &Path, const std::string &Dir, std::string &Rest) {
  if (Dir == "/") {
    Rest = Path.substr(1);
    return !Path.empty() && Path[0] == '/';
  }
  if (Path.compare(0, Dir.size(), Dir) != 0 || (Path.size() > Dir.size() && Path[Dir.size()] != '/'))
    return false;
  Rest = Path.size() > Dir.size() ? Path.substr(Dir.size() + 1) : "";
  return true;
}

/// Coverage written on Windows: backslashes when the path has no forward slash at all.
std::string slashes(std::string Path) {
  if (Path.find('/') == std::string::npos)
    std::replace(Path.begin(), Path.end(), '\\', '/');
  return Path;
}

} // namespace

bool parsePrefixRule(const std::string &Spec, PrefixRule &Out, std::string &Error) {
  size_t Equals = Spec.find('=');
  Out.From = withoutTrailingSlashes(Spec.substr(0, Equals));
  Out.To = Equals == std::string::npos ? "" : withoutTrailingSlashes(Spec.substr(Equals + 1));
  if (Out.From.empty()) {
    Error = "--coverage-prefix takes OLD[=NEW] with a non-empty OLD, not '" + Spec + "'";
    return false;
  }
  return true;
}

PathMapper::PathMapper(const std::string &SourceRoot, std::vector<PrefixRule> Rules,
                       std::function<bool(const std::string &)> IsScanned)
    : Root(withoutTrailingSlashes(fs::path(SourceRoot).lexically_normal().string())), Rules(std::move(Rules)),
      IsScanned(std::move(IsScanned)) {
  std::error_code Ec;
  fs::path Canonical = fs::weakly_canonical(Root, Ec);
  CanonicalRoot = Ec ? Root : withoutTrailingSlashes(Canonical.string());
}

std::string PathMapper::relative(const std::string &Candidate) const {
  fs::path P(Candidate);
  if (P.is_relative())
    P = fs::path(Root) / P;
  std::string Normal = withoutTrailingSlashes(P.lexically_normal().string());
  std::string Rest;
  if (underDirectory(Normal, Root, Rest))
    return Rest;
  // A build through a symlinked directory (/tmp -> /private/tmp, a CI workspace link).
  std::error_code Ec;
  fs::path Canonical = fs::weakly_canonical(Normal, Ec);
  if (!Ec && underDirectory(withoutTrailingSlashes(Canonical.string()), CanonicalRoot, Rest))
    return Rest;
  return "";
}

MappedPath PathMapper::map(const std::string &Written, const std::vector<std::string> &Bases,
                           const std::string &CoverageDirectory) const {
  std::string Path = slashes(Written);
  for (const PrefixRule &Rule : Rules) {
    std::string Rest;
    if (underDirectory(Path, Rule.From, Rest)) {
      Path = Rule.To.empty() ? Rest : Rest.empty() ? Rule.To : Rule.To + "/" + Rest;
      break;
    }
  }
  if (Path.empty())
    return {"", "outside the source root"};
  std::vector<std::string> Candidates;
  if (fs::path(Path).is_absolute()) {
    Candidates.push_back(Path);
  } else {
    for (const std::string &Base : Bases)
      Candidates.push_back((fs::path(slashes(Base)) / Path).string());
    Candidates.push_back(Path);
    if (!CoverageDirectory.empty())
      Candidates.push_back((fs::path(CoverageDirectory) / Path).string());
  }
  bool Inside = false;
  for (const std::string &Candidate : Candidates) {
    std::string Relative = relative(Candidate);
    if (Relative.empty())
      continue;
    Inside = true;
    if (IsScanned(Relative))
      return {Relative, ""};
  }
  return {"", Inside ? "not a scanned file" : "outside the source root"};
}

} // namespace blastradius::coverage

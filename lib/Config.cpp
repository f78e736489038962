#include "Config.h"

#include "RuleLoader.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace blastradius {

namespace {

std::string where(const std::string &File, const YAML::Mark &Mark) {
  if (Mark.line < 0)
    return File;
  return File + ":" + std::to_string(Mark.line + 1) + ":" + std::to_string(Mark.column + 1);
}

/// YYYY-MM-DD names a day of the calendar (9999-99-99 and 2025-02-30 do not).
bool realDate(const std::string &Text) {
  int Year = std::stoi(Text.substr(0, 4)), Month = std::stoi(Text.substr(5, 2)), Day = std::stoi(Text.substr(8, 2));
  static const int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (Year < 1 || Month < 1 || Month > 12 || Day < 1)
    return false;
  bool Leap = (Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0;
  return Day <= Days[Month - 1] + (Month == 2 && Leap ? 1 : 0);
}

/// A configuration is a few dozen lines; a bigger file is refused before it is parsed (a 2-million
/// entry list would take seconds and gigabytes to load).
constexpr uintmax_t MaxConfigBytes = 1024 * 1024;

class ConfigReader {
public:
  ConfigReader(const std::string &Path, Config &Out, std::vector<std::string> &Errors)
      : Path(Path), Out(Out), Errors(Errors) {}

  void fail(const YAML::Node &At, const std::string &Message) {
    Errors.push_back(where(Path, At.Mark()) + ": error: " + Message);
  }

  /// A list of strings (a single string is accepted as a list of one).
  bool strings(const YAML::Node &Node, const std::string &Key, std::vector<std::string> &Into) {
    if (Node.IsScalar()) {
      Into.push_back(Node.as<std::string>());
      return true;
    }
    if (!Node.IsSequence()) {
      fail(Node, "'" + Key + "' must be a list of strings");
      return false;
    }
    for (const YAML::Node &Item : Node) {
      if (!Item.IsScalar()) {
        fail(Item, "'" + Key + "' must be a list of strings");
        return false;
      }
      Into.push_back(Item.as<std::string>());
    }
    return true;
  }

  bool globs(const YAML::Node &Node, const std::string &Key, std::vector<PathGlob> &Into) {
    std::vector<std::string> Patterns;
    if (!strings(Node, Key, Patterns))
      return false;
    for (std::string &Pattern : Patterns) {
      PathGlob Glob(std::move(Pattern));
      if (!Glob.valid()) {
        fail(Node, Glob.error());
        return false;
      }
      Into.push_back(std::move(Glob));
    }
    return true;
  }

  /// Checks that a mapping names no key twice (YAML forbids it; yaml-cpp would silently use the
  /// first, so a second `rules:` further down could be what a reviewer reads).
  bool uniqueKeys(const YAML::Node &Map, const std::string &What) {
    bool Ok = true;
    std::map<std::string, YAML::Mark> Seen;
    for (const auto &Entry : Map) {
      if (!Entry.first.IsScalar())
        continue;
      auto [Found, New] = Seen.emplace(Entry.first.Scalar(), Entry.first.Mark());
      if (!New) {
        fail(Entry.first, "duplicate key '" + Entry.first.Scalar() + "' in " + What + " (first at line " +
                              std::to_string(Found->second.line + 1) + ")");
        Ok = false;
      }
    }
    return Ok;
  }

  /// Checks that a mapping has only the allowed keys, each once.
  bool onlyKeys(const YAML::Node &Map, const std::vector<std::string> &Allowed, const std::string &What) {
    bool Ok = uniqueKeys(Map, What);
    for (const auto &Entry : Map) {
      std::string Key = Entry.first.as<std::string>();
      if (std::find(Allowed.begin(), Allowed.end(), Key) == Allowed.end()) {
        std::string List;
        for (const std::string &A : Allowed)
          List += (List.empty() ? "" : ", ") + A;
        fail(Entry.first, "unknown key '" + Key + "' in " + What + " (expected: " + List + ")");
        Ok = false;
      }
    }
    return Ok;
  }

  void disable(const YAML::Node &Node, const std::string &Key, std::set<std::string> &Into, bool AreRules) {
    if (!Node.IsMap()) {
      fail(Node, "'" + Key + "' must be a mapping with 'disable'" + (AreRules ? " or 'enable'" : ""));
      return;
    }
    if (!onlyKeys(Node, AreRules ? std::vector<std::string>{"disable", "enable"} : std::vector<std::string>{"disable"},
                  "'" + Key + "'"))
      return;
    if (AreRules && Node["enable"]) {
      std::vector<std::string> Names;
      if (strings(Node["enable"], "enable", Names))
        for (const std::string &Name : Names) {
          Out.EnabledRules.insert(Name);
          Out.NamedRules.push_back({Name, where(Path, Node["enable"].Mark())});
        }
    }
    if (!Node["disable"])
      return;
    std::vector<std::string> Names;
    if (!strings(Node["disable"], "disable", Names))
      return;
    for (const std::string &Name : Names) {
      Into.insert(Name);
      if (AreRules)
        Out.NamedRules.push_back({Name, where(Path, Node["disable"].Mark())});
    }
    if (!AreRules)
      for (const std::string &Name : Names) {
        const auto &Known = knownFamilies();
        if (std::find(Known.begin(), Known.end(), Name) == Known.end())
          fail(Node["disable"], "unknown family '" + Name + "'");
      }
  }

  void severity(const YAML::Node &Node) {
    if (!Node.IsMap()) {
      fail(Node, "'severity' maps rule ids or families to error, warning or note");
      return;
    }
    uniqueKeys(Node, "'severity'");
    for (const auto &Entry : Node) {
      std::string Name = Entry.first.as<std::string>();
      std::optional<Level> L = Entry.second.IsScalar() ? parseLevel(Entry.second.as<std::string>()) : std::nullopt;
      if (!L) {
        fail(Entry.second, "severity of '" + Name + "' must be error, warning or note");
        continue;
      }
      Out.Severity[Name] = *L;
      const auto &Families = knownFamilies();
      if (std::find(Families.begin(), Families.end(), Name) == Families.end())
        Out.NamedRules.push_back({Name, where(Path, Entry.first.Mark())});
    }
  }

  void tiers(const YAML::Node &Node) {
    if (!Node.IsSequence()) {
      fail(Node, "'tiers' must be a list of {name, paths, fail-on, raise}");
      return;
    }
    for (const YAML::Node &Item : Node) {
      if (!Item.IsMap()) {
        fail(Item, "a tier is a mapping {name, paths, fail-on, raise}");
        continue;
      }
      if (!onlyKeys(Item, {"name", "paths", "fail-on", "raise"}, "a tier"))
        continue;
      ConfigTier Tier;
      if (!Item["name"] || !Item["name"].IsScalar()) {
        fail(Item, "a tier needs a 'name'");
        continue;
      }
      Tier.Name = Item["name"].as<std::string>();
      std::string Lower = Tier.Name;
      std::transform(Lower.begin(), Lower.end(), Lower.begin(), [](unsigned char C) { return std::tolower(C); });
      Tier.Raise = Lower == "tier-1" || Lower == "tier1";
      if (!Item["paths"]) {
        fail(Item, "tier '" + Tier.Name + "' needs 'paths'");
        continue;
      }
      if (!globs(Item["paths"], "paths", Tier.Paths))
        continue;
      if (Item["fail-on"]) {
        std::optional<Level> L = Item["fail-on"].IsScalar()
                                     ? parseLevel(Item["fail-on"].as<std::string>(), /*AllowNone=*/true)
                                     : std::nullopt;
        if (!L) {
          fail(Item["fail-on"], "'fail-on' must be error, warning, note or none");
          continue;
        }
        Tier.FailOn = L;
      }
      if (Item["raise"]) {
        std::string Raise = Item["raise"].IsScalar() ? Item["raise"].as<std::string>() : "";
        if (Raise != "true" && Raise != "false") {
          fail(Item["raise"], "'raise' must be true or false");
          continue;
        }
        Tier.Raise = Raise == "true";
      }
      Out.Tiers.push_back(std::move(Tier));
    }
  }

  void suppressions(const YAML::Node &Node) {
    if (!Node.IsSequence()) {
      fail(Node, "'suppressions' must be a list of {paths, rules, reason, expires}");
      return;
    }
    static const RE2 Date(R"(\d{4}-\d{2}-\d{2})");
    for (const YAML::Node &Item : Node) {
      if (!Item.IsMap()) {
        fail(Item, "a suppression is a mapping {paths, rules, reason, expires}");
        continue;
      }
      if (!onlyKeys(Item, {"paths", "rules", "reason", "expires"}, "a suppression"))
        continue;
      ConfigSuppression S;
      S.Where = where(Path, Item.Mark());
      if (!Item["paths"] || !Item["rules"]) {
        fail(Item, "a suppression needs 'paths' and 'rules'");
        continue;
      }
      if (!globs(Item["paths"], "paths", S.Paths) || !strings(Item["rules"], "rules", S.Rules))
        continue;
      for (const std::string &Id : S.Rules)
        if (Id != "*")
          Out.NamedRules.push_back({Id, where(Path, Item["rules"].Mark())});
      // Like an inline suppression, an external one must say why: auditors read it later.
      S.Reason = Item["reason"] && Item["reason"].IsScalar() ? Item["reason"].as<std::string>() : "";
      if (S.Reason.find_first_not_of(" \t") == std::string::npos) {
        fail(Item, "a suppression needs a 'reason'");
        continue;
      }
      if (Item["expires"]) {
        S.Expires = Item["expires"].IsScalar() ? Item["expires"].as<std::string>() : "";
        if (!RE2::FullMatch(S.Expires, Date) || !realDate(S.Expires)) {
          fail(Item["expires"], "'expires' must be a date YYYY-MM-DD that exists");
          continue;
        }
      }
      Out.Suppressions.push_back(std::move(S));
    }
  }

  void provenance(const YAML::Node &Node) {
    if (!Node.IsMap()) {
      fail(Node, "'provenance' must be a mapping {patterns, raise}");
      return;
    }
    if (!onlyKeys(Node, {"patterns", "raise"}, "'provenance'"))
      return;
    if (Node["patterns"]) {
      if (!strings(Node["patterns"], "patterns", Out.ProvenancePatterns))
        return;
      for (const std::string &Pattern : Out.ProvenancePatterns)
        if (!RE2(Pattern).ok())
          fail(Node["patterns"], "invalid regular expression '" + Pattern + "'");
    }
    if (Node["raise"]) {
      std::string Raise = Node["raise"].IsScalar() ? Node["raise"].as<std::string>() : "";
      if (Raise != "true" && Raise != "false")
        fail(Node["raise"], "'raise' must be true or false");
      Out.ProvenanceRaise = Raise == "true";
    }
  }

  void terraform(const YAML::Node &Node) {
    if (!Node.IsMap()) {
      fail(Node, "'terraform' must be a mapping {var-files}");
      return;
    }
    if (!onlyKeys(Node, {"var-files"}, "'terraform'") || !Node["var-files"])
      return;
    if (!strings(Node["var-files"], "var-files", Out.TerraformVarFiles))
      return;
    for (const std::string &File : Out.TerraformVarFiles)
      if (File.empty() || File[0] == '/' || File.find("..") != std::string::npos)
        fail(Node["var-files"], "var file '" + File + "' must be a relative path inside the repository");
  }

  void untested(const YAML::Node &Node) {
    if (!Node.IsMap()) {
      fail(Node, "'untested' must be a mapping {level}");
      return;
    }
    if (!onlyKeys(Node, {"level"}, "'untested'"))
      return;
    if (!Node["level"])
      return;
    std::optional<Level> L = Node["level"].IsScalar() ? parseLevel(Node["level"].as<std::string>()) : std::nullopt;
    if (!L)
      fail(Node["level"], "'level' of 'untested' must be error, warning or note");
    Out.UntestedLevel = L;
  }

private:
  const std::string &Path;
  Config &Out;
  std::vector<std::string> &Errors;
};

} // namespace

bool loadConfig(const std::string &Path, Config &Out, std::vector<std::string> &Errors) {
  size_t ErrorsBefore = Errors.size();
  Out.Path = Path;
  std::error_code Ec;
  if (fs::is_symlink(fs::symlink_status(Path, Ec))) {
    // Not followed (it could lead out of the repository), and not ignored in silence either.
    Errors.push_back(Path + ": error: the configuration is a symbolic link; it must be a regular file (not followed)");
    return false;
  }
  uintmax_t Size = fs::file_size(Path, Ec);
  if (!Ec && Size > MaxConfigBytes) {
    Errors.push_back(Path + ": error: the configuration is larger than 1 MiB; refused before parsing");
    return false;
  }
  YAML::Node Document;
  try {
    Document = YAML::LoadFile(Path);
  } catch (const YAML::ParserException &E) {
    Errors.push_back(where(Path, E.mark) + ": error: invalid YAML: " + E.msg);
    return false;
  } catch (const YAML::BadFile &) {
    Errors.push_back(Path + ": error: cannot read the configuration file");
    return false;
  }
  if (Document.IsNull())
    return true;
  ConfigReader Reader(Path, Out, Errors);
  if (!Document.IsMap()) {
    Reader.fail(Document, "the configuration is a mapping (rules, families, severity, tiers, suppressions)");
    return false;
  }
  try {
    Reader.onlyKeys(Document, {"rules", "families", "severity", "tiers", "suppressions", "provenance",
                                "untested", "terraform"},
                    "the configuration");
    if (Document["provenance"])
      Reader.provenance(Document["provenance"]);
    if (Document["untested"])
      Reader.untested(Document["untested"]);
    if (Document["terraform"])
      Reader.terraform(Document["terraform"]);
    if (Document["rules"])
      Reader.disable(Document["rules"], "rules", Out.DisabledRules, true);
    if (Document["families"])
      Reader.disable(Document["families"], "families", Out.DisabledFamilies, false);
    if (Document["severity"])
      Reader.severity(Document["severity"]);
    if (Document["tiers"])
      Reader.tiers(Document["tiers"]);
    if (Document["suppressions"])
      Reader.suppressions(Document["suppressions"]);
  } catch (const YAML::Exception &E) {
    Errors.push_back(where(Path, E.mark) + ": error: " + E.msg);
  }
  return Errors.size() == ErrorsBefore;
}

std::string findConfig(const std::string &Directory, const std::string &Root) {
  std::error_code Ec;
  fs::path Dir = fs::absolute(Directory, Ec).lexically_normal();
  fs::path Top = fs::absolute(Root, Ec).lexically_normal();
  for (;;) {
    fs::path Candidate = Dir / ".blastradius.yaml";
    fs::file_status Status = fs::symlink_status(Candidate, Ec);
    // A symlink is returned too: loadConfig refuses it with a message rather than skipping it.
    if (fs::is_regular_file(Status) || fs::is_symlink(Status))
      return Candidate.string();
    if (Dir == Top || !Dir.has_parent_path() || Dir == Dir.parent_path() ||
        Dir.string().size() <= Top.string().size())
      return "";
    Dir = Dir.parent_path();
  }
}

void checkConfigAgainstRules(const Config &C, const RuleSet &Rules, std::vector<std::string> &Errors) {
  for (const auto &[Id, Where] : C.NamedRules)
    if (!Rules.find(Id))
      Errors.push_back(Where + ": error: unknown rule '" + Id + "' (see `blastradius rules`)");
}

} // namespace blastradius

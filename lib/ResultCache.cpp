#include "ResultCache.h"

#include "ScanOptions.h"

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <thread>

namespace fs = std::filesystem;

namespace blastradius {

std::string contentHash(const std::string &Text) {
  XXH128_hash_t Hash = XXH3_128bits(Text.data(), Text.size());
  char Buffer[33];
  std::snprintf(Buffer, sizeof(Buffer), "%016llx%016llx", static_cast<unsigned long long>(Hash.high64),
                static_cast<unsigned long long>(Hash.low64));
  return Buffer;
}

namespace {

using nlohmann::json;

constexpr int Format = 2;

json position(const Position &P) { return json::array({P.Line, P.Column}); }

Position readPosition(const json &J) {
  Position P;
  P.Line = J.at(0).get<unsigned>();
  P.Column = J.at(1).get<unsigned>();
  return P;
}

Level readLevel(const json &J) {
  std::optional<Level> L = parseLevel(J.get<std::string>(), /*AllowNone=*/true);
  if (!L)
    throw std::runtime_error("bad level");
  return *L;
}

json toJson(const FileResult &R) {
  json Findings = json::array();
  for (const Finding &F : R.Findings) {
    json J = {{"rule", F.RuleId},    {"path", F.Path},       {"start", position(F.Start)},
              {"end", position(F.End)}, {"level", levelName(F.FindingLevel)}, {"message", F.Message},
              {"snippet", F.Snippet}, {"fingerprint", F.Fingerprint}, {"lineHash", F.LineHash}};
    if (F.Suppressed)
      J["suppressed"] = {F.Suppressed->Kind, F.Suppressed->Justification};
    for (const RelatedLocation &Related : F.Related)
      J["related"].push_back({position(Related.Start), position(Related.End), Related.Message, Related.Path});
    Findings.push_back(std::move(J));
  }
  json Notes = json::array();
  for (const Notification &N : R.Notifications) {
    json J = {{"path", N.Path},   {"kind", N.Kind},       {"message", N.Message},
              {"level", levelName(N.NotificationLevel)}, {"skipped", N.Skipped}};
    if (N.Where)
      J["where"] = position(*N.Where);
    Notes.push_back(std::move(J));
  }
  return {{"findings", Findings}, {"notifications", Notes}, {"analysed", R.Analysed}};
}

/// Throws on any malformed field: the caller treats that as a miss.
FileResult fromJson(const json &J) {
  FileResult R;
  for (const json &F : J.at("findings")) {
    Finding Out;
    Out.RuleId = F.at("rule").get<std::string>();
    Out.Path = F.at("path").get<std::string>();
    Out.Start = readPosition(F.at("start"));
    Out.End = readPosition(F.at("end"));
    Out.FindingLevel = readLevel(F.at("level"));
    Out.Message = F.at("message").get<std::string>();
    Out.Snippet = F.at("snippet").get<std::string>();
    Out.Fingerprint = F.at("fingerprint").get<std::string>();
    Out.LineHash = F.at("lineHash").get<std::string>();
    if (F.contains("suppressed"))
      Out.Suppressed = Suppression{F["suppressed"].at(0).get<std::string>(), F["suppressed"].at(1).get<std::string>()};
    if (F.contains("related"))
      for (const json &Related : F.at("related"))
        Out.Related.push_back(
            {readPosition(Related.at(0)), readPosition(Related.at(1)), Related.at(2).get<std::string>(),
             Related.size() > 3 ? Related.at(3).get<std::string>() : std::string()});
    R.Findings.push_back(std::move(Out));
  }
  for (const json &N : J.at("notifications")) {
    Notification Out;
    Out.Path = N.at("path").get<std::string>();
    Out.Kind = N.at("kind").get<std::string>();
    Out.Message = N.at("message").get<std::string>();
    Out.NotificationLevel = readLevel(N.at("level"));
    Out.Skipped = N.at("skipped").get<bool>();
    if (N.contains("where"))
      Out.Where = readPosition(N["where"]);
    R.Notifications.push_back(std::move(Out));
  }
  R.Analysed = J.at("analysed").get<bool>();
  return R;
}

} // namespace

ResultCache::ResultCache(std::string TheDirectory, std::string TheSetupKey)
    : Directory(std::move(TheDirectory)), SetupKey(std::move(TheSetupKey)) {
  std::error_code Ec;
  fs::create_directories(Directory, Ec);
}

std::string ResultCache::keyFor(const std::string &RelativePath, const std::string &Content) const {
  std::string Material = SetupKey;
  Material += '\0';
  Material += RelativePath;
  Material += '\0';
  Material += contentHash(Content);
  return contentHash(Material);
}

std::optional<FileResult>
ResultCache::lookup(const std::string &Key,
                    const std::function<std::string(const std::string &Name)> &CurrentHash) const {
  fs::path File = fs::path(Directory) / Key.substr(0, 2) / (Key + ".cbor");
  std::error_code Ec;
  if (!fs::is_regular_file(fs::symlink_status(File, Ec)))
    return std::nullopt;
  std::ifstream In(File, std::ios::binary);
  std::string Text((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  // CBOR, not JSON text: a path or snippet that is not valid UTF-8 comes back byte for byte (JSON
  // text would have to replace those bytes, and a warm scan would differ from a cold one).
  json Entry = json::from_cbor(Text, /*strict=*/true, /*allow_exceptions=*/false);
  try {
    if (Entry.is_discarded() || Entry.at("format").get<int>() != Format || Entry.at("key").get<std::string>() != Key)
      return std::nullopt;
    for (const json &Dependency : Entry.at("dependencies"))
      if (CurrentHash(Dependency.at(0).get<std::string>()) != Dependency.at(1).get<std::string>())
        return std::nullopt;
    return fromJson(Entry.at("result"));
  } catch (const std::exception &) {
    return std::nullopt; // corrupt: recomputed and overwritten
  }
}

void ResultCache::store(const std::string &Key, const FileResult &Result,
                        const std::vector<CacheDependency> &Dependencies) const {
  json Deps = json::array();
  for (const CacheDependency &D : Dependencies)
    Deps.push_back({D.Name, D.Hash});
  json Entry = {{"format", Format}, {"key", Key}, {"dependencies", Deps}, {"result", toJson(Result)}};
  fs::path Dir = fs::path(Directory) / Key.substr(0, 2);
  std::error_code Ec;
  fs::create_directories(Dir, Ec);
  // Written beside the target and renamed over it: readers see the old entry or the new one.
  std::random_device Random;
  fs::path Temporary = Dir / (Key + ".tmp" + std::to_string(Random()));
  {
    std::ofstream Out(Temporary, std::ios::binary | std::ios::trunc);
    std::vector<std::uint8_t> Bytes = json::to_cbor(Entry);
    Out.write(reinterpret_cast<const char *>(Bytes.data()), static_cast<std::streamsize>(Bytes.size()));
    if (!Out)
      return;
  }
  fs::rename(Temporary, Dir / (Key + ".cbor"), Ec);
  if (Ec)
    fs::remove(Temporary, Ec);
}

} // namespace blastradius

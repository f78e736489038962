#include "Fingerprint.h"

#include <xxhash.h>

#include <cstdio>
#include <map>
#include <memory>
#include <tuple>

namespace blastradius {

namespace {

/// Whitespace-insensitive, so re-indenting a block does not orphan its findings.
std::string normalise(std::string_view Line) {
  std::string Out;
  for (char C : Line)
    if (C != ' ' && C != '\t' && C != '\r')
      Out += C;
  return Out;
}

std::string hex64(uint64_t Value) {
  char Buffer[17];
  std::snprintf(Buffer, sizeof(Buffer), "%016llx", static_cast<unsigned long long>(Value));
  return Buffer;
}

} // namespace

void assignFingerprints(std::vector<Finding> &FileFindings, const SourceText &Source) {
  // Every line is normalised and hashed once, and every (rule, path, line text) key hashed once
  // up to its occurrence number (an XXH3 state copied per occurrence gives the one-shot hash):
  // thousands of findings on one long line cost the line once, not once per finding.
  struct LineInfo {
    unsigned Id = 0;                  // one per distinct normalised text
    const std::string *Text = nullptr; // the normalised text (a key of TextIds)
    std::string Hash;
  };
  std::map<unsigned, LineInfo> Lines;       // by line number
  std::map<std::string, unsigned> TextIds; // normalised text -> Id
  std::vector<unsigned> LineOccurrences;    // by Id
  std::map<std::tuple<std::string, std::string, unsigned>, std::pair<std::shared_ptr<XXH3_state_t>, unsigned>>
      Keys;
  for (Finding &F : FileFindings) {
    auto [LineIt, NewLine] = Lines.try_emplace(F.Start.Line);
    if (NewLine) {
      auto [TextIt, NewText] =
          TextIds.try_emplace(normalise(Source.line(F.Start.Line)), static_cast<unsigned>(TextIds.size()));
      if (NewText)
        LineOccurrences.push_back(0);
      LineIt->second.Id = TextIt->second;
      LineIt->second.Text = &TextIt->first;
      LineIt->second.Hash = hex64(XXH3_64bits(TextIt->first.data(), TextIt->first.size()));
    }
    const LineInfo &Info = LineIt->second;
    auto [KeyIt, NewKey] = Keys.try_emplace(std::make_tuple(F.RuleId, F.Path, Info.Id));
    if (NewKey) {
      std::string Prefix = F.RuleId + '\0' + F.Path + '\0' + *Info.Text + '\0';
      std::shared_ptr<XXH3_state_t> State(XXH3_createState(), XXH3_freeState);
      XXH3_64bits_reset(State.get());
      XXH3_64bits_update(State.get(), Prefix.data(), Prefix.size());
      KeyIt->second = {std::move(State), 0};
    }
    unsigned Occurrence = KeyIt->second.second++;
    std::string Suffix = std::to_string(Occurrence);
    std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t *)> State(XXH3_createState(), XXH3_freeState);
    XXH3_copyState(State.get(), KeyIt->second.first.get());
    XXH3_64bits_update(State.get(), Suffix.data(), Suffix.size());
    F.Fingerprint = hex64(XXH3_64bits_digest(State.get()));
    F.LineHash = Info.Hash + ":" + std::to_string(++LineOccurrences[Info.Id]);
  }
}

} // namespace blastradius

// Every budget or depth limit that cuts an analysis short must be said, never silent: a hostile file
// that nests 10,000 levels deep or buries a resource behind 250,000 YAML nodes would otherwise hide
// its findings. The limit sites (model builders, shell dataflow, parsers) call noteAnalysisLimit;
// the engine collects what the current thread noted while it analysed a file and reports it as an
// error-level notification on that file.
#ifndef BLASTRADIUS_ANALYSISLIMITS_H
#define BLASTRADIUS_ANALYSISLIMITS_H

#include <cstdint>
#include <string>

namespace blastradius {

/// Records on this thread that the analysis of the current file was cut short (the first reason
/// of each kind is kept). Cheap: the limit sites may call it once per node they give up on.
void noteAnalysisLimit(const char *Reason);

/// What this thread noted since the last call, joined with "; " ("" when nothing), and clears it.
std::string takeAnalysisLimits();

/// The time budget of one tree-sitter parse (a file, an embedded snippet, a region), in
/// microseconds: 20 s, or BLASTRADIUS_PARSE_TIMEOUT_MICROS from the environment (a hidden setting
/// for tests, which need a budget that a moderately big file runs out of). Read once.
uint64_t parseTimeoutMicros();
/// That budget for messages: "20 s", "1 us".
std::string parseTimeoutText();

} // namespace blastradius

#endif

// Every budget or depth limit that cuts an analysis short must be said, never silent: a hostile file
// that nests 10,000 levels deep or buries a resource behind 250,000 YAML nodes would otherwise hide
// its findings. The limit sites (model builders, shell dataflow, parsers) call noteAnalysisLimit;
// the engine collects what the current thread noted while it analysed a file and reports it as an
// error-level notification on that file.
#ifndef BLASTRADIUS_ANALYSISLIMITS_H
#define BLASTRADIUS_ANALYSISLIMITS_H

#include <string>

namespace blastradius {

/// Records on this thread that the analysis of the current file was cut short (the first reason
/// of each kind is kept). Cheap: the limit sites may call it once per node they give up on.
void noteAnalysisLimit(const char *Reason);

/// What this thread noted since the last call, joined with "; " ("" when nothing), and clears it.
std::string takeAnalysisLimits();

} // namespace blastradius

#endif

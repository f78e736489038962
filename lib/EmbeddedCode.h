// Code embedded in a host file (shell in a Dockerfile RUN, later in YAML `run:` blocks) is analysed
// by masking: a copy of the host text in which every byte outside the embedded region becomes a
// space (newlines stay). The embedded parser then sees the code at its original byte offsets, so
// every line and column it reports points straight into the host file with no mapping table.
#ifndef BLASTRADIUS_EMBEDDEDCODE_H
#define BLASTRADIUS_EMBEDDEDCODE_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

struct EmbeddedRegion {
  size_t Begin = 0;
  size_t End = 0;
  /// The language of the embedded code ("bash").
  std::string Language;
  /// The region is the content of a JSON string (a Dockerfile exec form): decode its escapes.
  bool JsonEscaped = false;
};

/// Embedded code that is not a verbatim slice of the host (a YAML double-quoted or folded scalar, a
/// Kubernetes `args:` item): its decoded text and, for every byte (and one past the end), the host
/// offset it came from, so findings inside it are reported at host lines and columns.
struct EmbeddedSnippet {
  std::string Text;
  std::vector<uint32_t> HostOffsets;
};

/// Host[Begin, End) as a snippet whose offsets are the identity.
EmbeddedSnippet verbatimSnippet(std::string_view Host, size_t Begin, size_t End);
/// The region's code: verbatim, or with JSON string escapes decoded (each decoded byte at the
/// offset of its escape; \uXXXX is left as written).
EmbeddedSnippet regionSnippet(std::string_view Host, const EmbeddedRegion &Region);

/// The host text with everything outside the regions blanked. One masked copy holds every region of
/// a file, so a file with many regions is parsed once, not once per region.
std::string maskOutside(std::string_view Host, const std::vector<EmbeddedRegion> &Regions);

/// The shell of the Dockerfile's RUN instructions: shell-form bodies (continuation lines included,
/// with their heredocs), the script of an exec form that starts a shell with -c (`["sh", "-c",
/// "..."]`, JsonEscaped) and `RUN <<EOF` heredoc bodies (unless a shebang names
/// another interpreter). Any other exec form runs no shell and is not returned.
std::vector<EmbeddedRegion> dockerfileRunBodies(std::string_view Dockerfile);

} // namespace blastradius

#endif

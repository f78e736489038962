// The local module sources (`source = "./m"`, `"../../modules/db"`) a Terraform file may call, read
// from its raw text without parsing it: the prefilter follows them to decide whether a rule that
// reads local modules may fire on a file that holds none of its literals itself. Sound rather than
// exact: every string that decodes (as the HCL model decodes a quoted string) to a value starting
// with ./ or ../ counts, `source` or not, and whatever the scan cannot read for sure (an
// interpolation, a string left open at the end of its line, a line that starts with ./, as a
// heredoc's first line may) makes the answer unknown.
#ifndef BLASTRADIUS_TERRAFORM_LOCALSOURCES_H
#define BLASTRADIUS_TERRAFORM_LOCALSOURCES_H

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::terraform {

struct LocalSources {
  /// Decoded values, in text order, repeats left out.
  std::vector<std::string> Sources;
  /// A local source may hide where the scan cannot read it: treat every module as called.
  bool Unknown = false;
};

/// The strings of Text that may be local module sources. Linear in Text (each string is decoded once
/// from its opening quote; a closing quote also opens a string that is seldom local).
LocalSources localSources(std::string_view Text);

/// The absolute directories that Files (absolute paths) may call as local modules, each read with
/// Read (false: unreadable, no calls) on Jobs threads; All when one of them may hide a call.
struct CalledDirectories {
  std::vector<std::string> Directories;
  bool All = false;
};
CalledDirectories calledDirectories(const std::vector<std::string> &Files, unsigned Jobs,
                                    const std::function<bool(const std::string &Path, std::string &Content)> &Read);

} // namespace blastradius::terraform

#endif

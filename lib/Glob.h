// Path globs as users write them in configuration: `*` within one path component, `**` across
// components (`infra/**/prod/*.tf`), `?` one character, `[abc]` a class. Matched with RE2.
#ifndef BLASTRADIUS_GLOB_H
#define BLASTRADIUS_GLOB_H

#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace blastradius {

class PathGlob {
public:
  /// Compiles Pattern; valid() is false (and error() says why) for an unbalanced `[`.
  explicit PathGlob(std::string Pattern);
  ~PathGlob();
  PathGlob(PathGlob &&) noexcept;
  PathGlob &operator=(PathGlob &&) noexcept;

  bool valid() const;
  const std::string &error() const { return Error; }
  const std::string &pattern() const { return Pattern; }
  /// Whether a repository-relative path ('/' separators) matches. A pattern without '/' matches
  /// the file name in any directory, as in .gitignore.
  bool matches(std::string_view Path) const;

private:
  std::string Pattern;
  std::string Error;
  std::unique_ptr<re2::RE2> Regex;
};

/// The RE2 syntax of a glob (exposed for tests and messages).
std::string globToRegex(std::string_view Glob, std::string &Error);

} // namespace blastradius

#endif

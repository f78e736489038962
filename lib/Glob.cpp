#include "Glob.h"

#include <re2/re2.h>

namespace blastradius {

std::string globToRegex(std::string_view Glob, std::string &Error) {
  std::string Out;
  // Without a '/', a pattern names files anywhere ("*.tf"); with one, it is anchored at the root.
  if (Glob.find('/') == std::string_view::npos)
    Out += "(?:.*/)?";
  if (!Glob.empty() && Glob.front() == '/')
    Glob.remove_prefix(1);
  for (size_t I = 0; I < Glob.size(); ++I) {
    char C = Glob[I];
    if (C == '*' && I + 1 < Glob.size() && Glob[I + 1] == '*') {
      bool Slash = I + 2 < Glob.size() && Glob[I + 2] == '/';
      Out += Slash ? "(?:.*/)?" : ".*";
      I += Slash ? 2 : 1;
    } else if (C == '*') {
      Out += "[^/]*";
    } else if (C == '?') {
      Out += "[^/]";
    } else if (C == '[') {
      size_t Close = Glob.find(']', I + 1);
      if (Close == std::string_view::npos) {
        Error = "unbalanced '[' in glob '" + std::string(Glob) + "'";
        return "";
      }
      std::string Class(Glob.substr(I + 1, Close - I - 1));
      if (!Class.empty() && Class[0] == '!')
        Class[0] = '^';
      Out += "[" + Class + "]";
      I = Close;
    } else {
      Out += RE2::QuoteMeta(std::string(1, C));
    }
  }
  // A directory pattern ("generated/") covers everything below it.
  if (!Glob.empty() && Glob.back() == '/')
    Out += ".*";
  return Out;
}

PathGlob::PathGlob(std::string ThePattern) : Pattern(std::move(ThePattern)) {
  std::string Regex = globToRegex(Pattern, Error);
  if (!Error.empty())
    return;
  this->Regex = std::make_unique<RE2>(Regex);
  if (!this->Regex->ok()) {
    Error = "invalid glob '" + Pattern + "': " + this->Regex->error();
    this->Regex.reset();
  }
}

PathGlob::~PathGlob() = default;
PathGlob::PathGlob(PathGlob &&) noexcept = default;
PathGlob &PathGlob::operator=(PathGlob &&) noexcept = default;

bool PathGlob::valid() const { return Regex != nullptr; }

bool PathGlob::matches(std::string_view Path) const { return Regex && RE2::FullMatch(Path, *Regex); }

} // namespace blastradius

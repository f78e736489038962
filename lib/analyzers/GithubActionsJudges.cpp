// Judges for GitHub Actions query rules: the query finds a `permissions:` value; the judge says whose
// token it sets, for the message ("job 'publish'", or every job of the workflow).
#include "analyzers/Judges.h"

namespace blastradius {

namespace {

/// A YAML key as written, without the quotes of a quoted scalar.
std::string_view unquoted(std::string_view Key) {
  if (Key.size() >= 2 && (Key.front() == '"' || Key.front() == '\'') && Key.back() == Key.front())
    return Key.substr(1, Key.size() - 2);
  return Key;
}

class GithubActionsTokenScope final : public Analyzer {
public:
  std::string_view name() const override { return "github-actions-token-scope"; }
  std::string_view description() const override {
    return "names whose GITHUB_TOKEN a permissions value sets: the job captured as @_job, or every job";
  }
  std::optional<Verdict> judge(const MatchContext &Context) const override {
    Verdict V;
    std::string_view Job = unquoted(Context.captureText("_job"));
    V.Detail = Job.empty() ? "every job of the workflow" : "job '" + std::string(Job) + "'";
    return V;
  }
};

} // namespace

const Analyzer &githubActionsTokenScopeJudge() {
  static const GithubActionsTokenScope Instance;
  return Instance;
}

} // namespace blastradius

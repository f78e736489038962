#include "RiskyBranches.h"

#include "FileFindings.h"

#include <algorithm>
#include <map>
#include <set>

namespace blastradius {

namespace {

/// Findings that make a branch risky: what the product exists to catch. Suppression bookkeeping
/// and this family's own findings do not.
bool isRiskFamily(const std::string &Family) {
  return Family == "destructive-operation" || Family == "broad-permission" || Family == "deletion-protection-off" ||
         Family == "unguarded-migration";
}

/// A failure branch is only reported without coverage when it deletes, recreates or widens access.
bool isErrorBranchFamily(const std::string &Family) {
  return Family == "destructive-operation" || Family == "broad-permission";
}

/// Commands whose failure must not be turned into success: they change real state.
bool isStateChangingTool(std::string_view Word) {
  static const std::set<std::string_view> Tools = {
      "terraform", "tofu",    "terragrunt", "pulumi", "kubectl", "helm",    "aws",      "gcloud",  "gsutil",
      "az",        "psql",    "mysql",      "alembic", "flyway", "liquibase", "ansible-playbook", "rsync",
      "rm",        "dropdb",  "createdb",   "migrate", "sqlx",   "knex",    "prisma"};
  return Tools.count(Word) > 0;
}

struct Risk {
  /// Where the risky operation is (a finding, or a call of a risky function).
  size_t Begin = 0, End = 0;
  const Finding *Source = nullptr;
  /// Set when the branch is risky through a call: the function called.
  std::string Callee;
};

class Judge {
public:
  explicit Judge(const BranchJudgement &In) : In(In) {
    for (const Finding &F : In.Findings) {
      const Rule *R = In.Rules.find(F.RuleId);
      if (!R || !isRiskFamily(R->Family))
        continue;
      Risks.push_back({In.Host.offset(F.Start), In.Host.offset(F.End), &F, ""});
    }
    std::sort(Risks.begin(), Risks.end(), [](const Risk &A, const Risk &B) { return A.Begin < B.Begin; });
    findRiskyFunctions();
  }

  std::vector<Finding> run() {
    std::vector<Finding> Out;
    const std::string ErrorRule = In.Language + "-destructive-error-branch";
    if (enabled(ErrorRule))
      errorBranches(ErrorRule, Out);
    if (In.Language == "bash" && enabled("bash-error-branch-reports-success"))
      successOnFailure(Out);
    const std::string IdenticalRule = In.Language + "-identical-branches";
    if (enabled(IdenticalRule))
      identicalBranches(IdenticalRule, Out);
    if (In.Hits && enabled("untested-risky-branch"))
      untestedBranches(Out);
    return Out;
  }

private:
  bool enabled(const std::string &Id) const {
    const Rule *R = In.Rules.find(Id);
    return R && R->Engine == "builtin" && R->appliesTo(In.Language);
  }

  /// A function is risky when it holds a risk, or calls a risky function of the file (to a fixed
  /// point; each round adds at least one function, so at most |functions| rounds).
  void findRiskyFunctions() {
    const auto &Functions = In.Branches.Functions;
    FunctionRisk.assign(Functions.size(), std::nullopt);
    for (size_t I = 0; I < Functions.size(); ++I)
      for (const Risk &R : Risks)
        if (R.Begin >= Functions[I].Begin && R.Begin < Functions[I].End) {
          FunctionRisk[I] = R;
          break;
        }
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (size_t I = 0; I < Functions.size(); ++I) {
        if (FunctionRisk[I])
          continue;
        for (const CodeCall &Call : In.Branches.Calls) {
          if (Call.Begin < Functions[I].Begin || Call.Begin >= Functions[I].End)
            continue;
          if (std::optional<Risk> Via = riskOfCall(Call)) {
            FunctionRisk[I] = Via;
            Changed = true;
            break;
          }
        }
      }
    }
  }

  /// The risk a call brings: the callee is a risky function of this file (not a recursive call
  /// from inside that same function).
  std::optional<Risk> riskOfCall(const CodeCall &Call) const {
    const auto &Functions = In.Branches.Functions;
    for (size_t I = 0; I < Functions.size(); ++I) {
      if (Functions[I].Name != Call.Callee || !FunctionRisk[I])
        continue;
      if (Call.Begin >= Functions[I].Begin && Call.Begin < Functions[I].End)
        continue;
      Risk R = *FunctionRisk[I];
      R.Begin = Call.Begin;
      R.End = Call.End;
      R.Callee = Call.Callee;
      return R;
    }
    return std::nullopt;
  }

  /// The first risk inside [Begin, End): a finding, else a call of a risky function.
  std::optional<Risk> riskIn(size_t Begin, size_t End) const {
    for (const Risk &R : Risks)
      if (R.Begin >= Begin && R.Begin < End)
        return R;
    for (const CodeCall &Call : In.Branches.Calls)
      if (Call.Begin >= Begin && Call.Begin < End)
        if (std::optional<Risk> Via = riskOfCall(Call))
          return Via;
    return std::nullopt;
  }

  const Rule &ruleOf(const Risk &R) const { return *In.Rules.find(R.Source->RuleId); }

  std::string describe(const Risk &R) const {
    std::string Where = "line " + std::to_string(R.Source->Start.Line);
    if (!R.Callee.empty())
      return "calls '" + R.Callee + "', which leads to " + R.Source->RuleId + " (" + Where + ")";
    return "holds " + R.Source->RuleId + " (" + Where + ")";
  }

  Finding branchFinding(const std::string &RuleId, const CodeBranch &B, const Risk &R,
                        const std::string &Detail) const {
    Finding F = makeFinding(*In.Rules.find(RuleId), In.Path, In.Host, B.ConditionBegin, B.ConditionEnd, Detail);
    F.Related.push_back({F.Start, F.End, "the branch: " + B.Condition});
    F.Related.push_back({In.Host.position(R.Begin), In.Host.position(R.End),
                         R.Callee.empty() ? "the risky operation: " + R.Source->Message
                                          : "the call of '" + R.Callee + "', which leads to: " + R.Source->Message});
    return F;
  }

  /// Whether another branch in Candidates lies strictly inside B's body (the inner one is reported).
  static bool hasInner(const CodeBranch &B, const std::vector<const CodeBranch *> &Candidates) {
    for (const CodeBranch *Other : Candidates)
      if (Other != &B && Other->BodyBegin >= B.BodyBegin && Other->BodyEnd <= B.BodyEnd &&
          (Other->BodyBegin != B.BodyBegin || Other->BodyEnd != B.BodyEnd))
        return true;
    return false;
  }

  void errorBranches(const std::string &RuleId, std::vector<Finding> &Out) const {
    std::vector<const CodeBranch *> Candidates;
    std::vector<Risk> CandidateRisks;
    for (const CodeBranch &B : In.Branches.Branches) {
      if (!B.HandlesFailure)
        continue;
      std::optional<Risk> R = riskIn(B.BodyBegin, B.BodyEnd);
      if (!R || !isErrorBranchFamily(ruleOf(*R).Family))
        continue;
      Candidates.push_back(&B);
      CandidateRisks.push_back(*R);
    }
    for (size_t I = 0; I < Candidates.size(); ++I) {
      if (hasInner(*Candidates[I], Candidates))
        continue;
      Out.push_back(branchFinding(RuleId, *Candidates[I], CandidateRisks[I],
                                  "'" + Candidates[I]->Condition + "' " + describe(CandidateRisks[I])));
    }
  }

  void successOnFailure(std::vector<Finding> &Out) const {
    const std::string &Text = In.Host.content();
    for (const CodeBranch &B : In.Branches.Branches) {
      if (B.Kind != "||")
        continue;
      std::string_view Body(Text.data() + B.BodyBegin, B.BodyEnd - B.BodyBegin);
      if (Body != "exit 0" && Body != "return 0")
        continue;
      // The command that failed: its first word, past sudo/env/command wrappers.
      std::string_view Left(Text.data() + B.ConditionBegin, B.ConditionEnd - B.ConditionBegin);
      std::string_view Word;
      size_t At = 0;
      while (At < Left.size()) {
        while (At < Left.size() && (Left[At] == ' ' || Left[At] == '\t'))
          ++At;
        size_t End = At;
        while (End < Left.size() && Left[End] != ' ' && Left[End] != '\t')
          ++End;
        Word = Left.substr(At, End - At);
        if (Word != "sudo" && Word != "env" && Word != "command" && Word != "exec")
          break;
        At = End;
      }
      if (size_t Slash = Word.rfind('/'); Slash != std::string_view::npos)
        Word = Word.substr(Slash + 1);
      std::optional<Risk> R = riskIn(B.ConditionBegin, B.BodyBegin);
      if (!R && !isStateChangingTool(Word))
        continue;
      Finding F = makeFinding(*In.Rules.find("bash-error-branch-reports-success"), In.Path, In.Host, B.BodyBegin,
                              B.BodyEnd, "'" + std::string(Left.substr(0, Left.find(" ||"))) + "'");
      F.Related.push_back({In.Host.position(B.ConditionBegin), In.Host.position(B.ConditionEnd),
                           "the command whose failure is hidden"});
      Out.push_back(std::move(F));
    }
  }

  /// The text of a body with whitespace runs collapsed: what "the same code" means here.
  std::string normalizedBody(const CodeBranch &B) const {
    std::string Out;
    bool Space = false;
    const std::string &Text = In.Host.content();
    for (size_t I = B.BodyBegin; I < B.BodyEnd && I < Text.size(); ++I) {
      char C = Text[I];
      if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
        Space = !Out.empty();
        continue;
      }
      if (Space)
        Out += ' ';
      Space = false;
      Out += C;
    }
    return Out;
  }

  /// if/elif/else whose arms (an else among them) all run the same code around a risky operation:
  /// the condition decides nothing, so whatever it was meant to guard is unguarded.
  void identicalBranches(const std::string &RuleId, std::vector<Finding> &Out) const {
    std::map<size_t, std::vector<const CodeBranch *>> Statements;
    for (const CodeBranch &B : In.Branches.Branches)
      if (B.Statement)
        Statements[B.Statement].push_back(&B);
    for (const auto &[Key, Arms] : Statements) {
      (void)Key;
      bool HasElse = std::any_of(Arms.begin(), Arms.end(), [](const CodeBranch *B) { return B->Kind == "else"; });
      if (Arms.size() < 2 || !HasElse)
        continue;
      std::string First = normalizedBody(*Arms.front());
      if (First.empty() || !std::all_of(Arms.begin(), Arms.end(),
                                        [&](const CodeBranch *B) { return normalizedBody(*B) == First; }))
        continue;
      std::optional<Risk> R = riskIn(Arms.front()->BodyBegin, Arms.front()->BodyEnd);
      if (!R)
        continue;
      Finding F = branchFinding(RuleId, *Arms.front(), *R,
                                "'" + Arms.front()->Condition + "' " + describe(*R) + ", and all " +
                                    std::to_string(Arms.size()) + " arms run the same code");
      F.Related.push_back({In.Host.position(Arms.back()->ConditionBegin), In.Host.position(Arms.back()->ConditionEnd),
                           "an arm with the same code: " + Arms.back()->Condition});
      Out.push_back(std::move(F));
    }
  }

  /// The most hits of an instrumented line in [FirstLine, LastLine], skipping [SkipFirst, SkipLast];
  /// nullopt when no line there is instrumented.
  std::optional<uint64_t> maxHits(unsigned FirstLine, unsigned LastLine, unsigned SkipFirst,
                                  unsigned SkipLast) const {
    std::optional<uint64_t> Best;
    for (unsigned Line = FirstLine; Line <= LastLine; ++Line) {
      if (Line >= SkipFirst && Line <= SkipLast)
        continue;
      if (std::optional<uint64_t> H = In.Hits(Line))
        Best = std::max(Best.value_or(0), *H);
    }
    return Best;
  }

  void untestedBranches(std::vector<Finding> &Out) const {
    std::vector<const CodeBranch *> Candidates;
    std::vector<Risk> CandidateRisks;
    std::vector<uint64_t> ScopeRuns;
    for (const CodeBranch &B : In.Branches.Branches) {
      std::optional<Risk> R = riskIn(B.BodyBegin, B.BodyEnd);
      if (!R)
        continue;
      unsigned BodyFirst = In.Host.position(B.BodyBegin).Line;
      unsigned BodyLast = In.Host.position(B.BodyEnd > B.BodyBegin ? B.BodyEnd - 1 : B.BodyBegin).Line;
      // Line hits cannot tell a body from its condition on the same line (`if (x) {`, `a || b`):
      // judge the body's own lines only, and nothing when it has none.
      unsigned ConditionLast = In.Host.position(B.ConditionEnd > B.ConditionBegin ? B.ConditionEnd - 1 : B.ConditionBegin).Line;
      if (BodyFirst <= ConditionLast)
        BodyFirst = ConditionLast + 1;
      if (BodyFirst > BodyLast)
        continue;
      std::optional<uint64_t> BodyHits = maxHits(BodyFirst, BodyLast, 0, 0);
      if (!BodyHits || *BodyHits != 0)
        continue; // ran, or nothing known about it
      // Did the code around the branch run? The function's lines (not its `def` line, which runs
      // at import) or the whole script, outside the branch body.
      unsigned ScopeFirst = 1, ScopeLast = In.Host.lineCount();
      if (B.Function >= 0) {
        const CodeFunction &Fn = In.Branches.Functions[B.Function];
        ScopeFirst = In.Host.position(Fn.Begin).Line + 1;
        ScopeLast = In.Host.position(Fn.End > Fn.Begin ? Fn.End - 1 : Fn.Begin).Line;
      }
      std::optional<uint64_t> Around = maxHits(ScopeFirst, ScopeLast, BodyFirst, BodyLast);
      if (!Around || *Around == 0)
        continue; // the whole function never ran: not this branch's fault, and the finding is marked untested
      Candidates.push_back(&B);
      CandidateRisks.push_back(*R);
      ScopeRuns.push_back(*Around);
    }
    for (size_t I = 0; I < Candidates.size(); ++I) {
      // Report the outermost branch nobody ran: an inner one is unexecuted because of it.
      bool HasOuter = false;
      for (const CodeBranch *Other : Candidates)
        if (Other != Candidates[I] && hasInner(*Other, {Candidates[I]}))
          HasOuter = true;
      if (HasOuter)
        continue;
      const CodeBranch &B = *Candidates[I];
      std::string Scope = B.Function >= 0 ? "its function '" + In.Branches.Functions[B.Function].Name + "'"
                                          : std::string("the script");
      Out.push_back(branchFinding("untested-risky-branch", B, CandidateRisks[I],
                                  "'" + B.Condition + "' " + describe(CandidateRisks[I]) +
                                      " and never ran in the tests (0 hits), while " + Scope + " ran (" +
                                      std::to_string(ScopeRuns[I]) + " hits)"));
    }
  }

  const BranchJudgement &In;
  std::vector<Risk> Risks;
  std::vector<std::optional<Risk>> FunctionRisk;
};

} // namespace

std::vector<Finding> judgeBranches(const BranchJudgement &Input) {
  if (Input.Branches.Branches.empty())
    return {};
  return Judge(Input).run();
}

} // namespace blastradius

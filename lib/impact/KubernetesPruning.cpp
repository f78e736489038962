#include "impact/KubernetesPruning.h"

#include "Git.h"
#include "Process.h"
#include "model/RegionParse.h"
#include "model/Yaml.h"
#include "semantic/KubernetesObjects.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace blastradius::impact {

namespace {

using model::Node;

/// The deepest chain of kustomizations (a kustomization listing another) that is followed.
constexpr size_t MaxKustomizationDepth = 20;

std::vector<Node> parseYaml(const std::string &Text) {
  model::TreePtr Tree = model::parseRegion(Grammar::Yaml, Text, 0, static_cast<uint32_t>(Text.size()));
  if (!Tree)
    return {};
  return model::convertYamlRecovering(ts_tree_root_node(Tree.get()), Text);
}

/// A path as written in a manifest or a command, made top-relative from Base ("" or a directory):
/// normalized, no "./", no trailing '/'; nullopt when it leaves the repository.
std::optional<std::string> normalizedPath(const std::string &Base, const std::string &Written) {
  if (!Written.empty() && Written[0] == '/')
    return std::nullopt;
  std::string Out = (fs::path(Base.empty() ? "." : Base) / Written).lexically_normal().generic_string();
  while (Out.rfind("./", 0) == 0)
    Out = Out.substr(2);
  while (!Out.empty() && Out.back() == '/')
    Out.pop_back();
  if (Out == ".")
    Out.clear();
  if (Out == ".." || Out.rfind("../", 0) == 0)
    return std::nullopt;
  return Out;
}

std::string parentOf(const std::string &File) { return fs::path(File).parent_path().generic_string(); }

bool existsAsDirectory(const Revision &Side, const std::string &Directory) { return !Side.filesIn(Directory).empty(); }

/// Files of the head that mention Pattern (`git grep -l`, binary files skipped), top-relative.
std::vector<std::string> grepFiles(const std::string &Top, const std::string &HeadCommit,
                                   const std::vector<std::string> &Pattern, const std::vector<std::string> &Specs) {
  std::vector<std::string> Arguments = {"grep", "-l", "-z", "-I"};
  Arguments.insert(Arguments.end(), Pattern.begin(), Pattern.end());
  if (!HeadCommit.empty())
    Arguments.push_back(HeadCommit);
  Arguments.push_back("--");
  Arguments.insert(Arguments.end(), Specs.begin(), Specs.end());
  ProcessResult Found = runGit(Arguments, Top);
  std::vector<std::string> Files;
  size_t Start = 0;
  const std::string &Out = Found.Stdout;
  while (Found.ExitCode == 0 && Start < Out.size()) {
    size_t End = Out.find('\0', Start);
    if (End == std::string::npos)
      End = Out.size();
    std::string File = Out.substr(Start, End - Start);
    Start = End + 1;
    if (!HeadCommit.empty() && File.rfind(HeadCommit + ":", 0) == 0)
      File = File.substr(HeadCommit.size() + 1);
    if (!File.empty())
      Files.push_back(std::move(File));
  }
  return Files;
}

/// Argo CD Applications and Flux Kustomizations with pruning on.
void gitOpsRoots(const std::string &Top, const std::string &HeadCommit, const Revision &Head,
                 std::vector<PruneRoot> &Roots) {
  for (const std::string &File :
       grepFiles(Top, HeadCommit, {"-E", "prune:[[:space:]]*[\"']?true"}, {"*.yaml", "*.yml"})) {
    std::string Error;
    std::optional<std::string> Text = Head.read(File, Error);
    if (!Text)
      continue;
    std::vector<Node> Documents = parseYaml(*Text);
    for (const kubernetes::Object &O : kubernetes::kubernetesObjects(Documents)) {
      std::vector<const Node *> Paths;
      std::string Who;
      const Node *ArgoPrune = model::lookupPath(O.Body, {"spec", "syncPolicy", "automated", "prune"});
      if (O.Kind == "Application" && ArgoPrune && ArgoPrune->isTrue()) {
        Who = "Argo CD Application " + std::string(O.name());
        Paths.push_back(model::lookupPath(O.Body, {"spec", "source", "path"}));
        if (const Node *Sources = model::lookupPath(O.Body, {"spec", "sources"}))
          for (const Node &Item : Sources->Items)
            Paths.push_back(Item.get("path"));
      }
      const Node *FluxPrune = model::lookupPath(O.Body, {"spec", "prune"});
      if (O.Kind == "Kustomization" && FluxPrune && FluxPrune->isTrue()) {
        Who = "Flux Kustomization " + std::string(O.name());
        Paths.push_back(model::lookupPath(O.Body, {"spec", "path"}));
      }
      for (const Node *P : Paths) {
        if (!P || !P->isString() || P->Interpolated)
          continue;
        // Argo CD and Flux paths are relative to the top of the repository.
        if (std::optional<std::string> Directory = normalizedPath("", P->Value))
          Roots.push_back({*Directory, true, false, Who + " (" + File + ") applies with prune: true",
                           O.Kind == "Application" ? "argocd" : "flux"});
      }
    }
  }
}

/// Words of a shell command line, quotes removed; `;`, `&&`, `||` and `|` as words of their own.
std::vector<std::string> words(const std::string &Line) {
  std::vector<std::string> Out;
  std::string Current;
  char Quote = 0;
  auto Flush = [&] {
    if (!Current.empty())
      Out.push_back(std::move(Current));
    Current.clear();
  };
  for (size_t I = 0; I < Line.size(); ++I) {
    char C = Line[I];
    if (Quote) {
      if (C == Quote)
        Quote = 0;
      else
        Current += C;
    } else if (C == '\'' || C == '"') {
      Quote = C;
    } else if (C == ' ' || C == '\t' || C == '\r') {
      Flush();
    } else if (C == ';' || C == '|' || C == '&' || C == '(' || C == ')') {
      Flush();
      Out.push_back(";");
      if (I + 1 < Line.size() && (Line[I + 1] == '|' || Line[I + 1] == '&'))
        ++I;
    } else {
      Current += C;
    }
  }
  Flush();
  return Out;
}

/// The value of `-f X`, `-f=X`, `--filename X`, `--filename=X` (and -k / --kustomize) at Words[I].
bool optionValue(const std::vector<std::string> &Words, size_t &I, const char *Short, const char *Long,
                 std::string &Value) {
  const std::string &W = Words[I];
  std::string S = std::string("-") + Short, L = std::string("--") + Long;
  if ((W == S || W == L) && I + 1 < Words.size()) {
    Value = Words[++I];
    return true;
  }
  for (const std::string &Prefix : {S + "=", L + "="})
    if (W.rfind(Prefix, 0) == 0) {
      Value = W.substr(Prefix.size());
      return true;
    }
  return false;
}

} // namespace

std::vector<PruneRoot> kubectlPruneRoots(const std::string &File, const std::string &Text, const Revision &Head) {
  // Continuation lines are one command.
  std::string Joined;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\\' && I + 1 < Text.size() && Text[I + 1] == '\n') {
      Joined += ' ';
      ++I;
    } else {
      Joined += Text[I];
    }
  }
  std::vector<PruneRoot> Roots;
  size_t Start = 0;
  while (Start < Joined.size()) {
    size_t End = Joined.find('\n', Start);
    if (End == std::string::npos)
      End = Joined.size();
    std::string Line = Joined.substr(Start, End - Start);
    Start = End + 1;
    size_t First = Line.find_first_not_of(" \t");
    if (First == std::string::npos || Line[First] == '#')
      continue; // a comment runs nothing
    std::vector<std::string> W = words(Line);
    for (size_t I = 0; I < W.size(); ++I) {
      const std::string &Program = W[I];
      if (Program != "kubectl" && (Program.size() < 8 || Program.compare(Program.size() - 8, 8, "/kubectl") != 0))
        continue;
      bool Apply = false, Prune = false, DryRun = false, Recursive = false;
      std::vector<std::pair<std::string, bool>> Paths; // path, is a kustomization
      size_t J = I + 1;
      for (; J < W.size() && W[J] != ";"; ++J) {
        const std::string &A = W[J];
        std::string Value;
        if (A == "apply")
          Apply = true;
        else if (A == "--prune" || A == "--prune=true")
          Prune = true;
        else if (A == "--prune=false")
          Prune = false;
        else if (A == "--dry-run" || A == "--dry-run=client" || A == "--dry-run=server" || A == "--dry-run=true")
          DryRun = true; // nothing is deleted
        else if (A == "-R" || A == "--recursive" || A == "--recursive=true")
          Recursive = true;
        else if (optionValue(W, J, "f", "filename", Value))
          Paths.push_back({Value, false});
        else if (optionValue(W, J, "k", "kustomize", Value))
          Paths.push_back({Value, true});
      }
      I = J;
      if (!Apply || !Prune || DryRun)
        continue;
      for (const auto &[Written, Kustomize] : Paths) {
        // Computed paths, URLs and stdin cannot be followed.
        if (Written.empty() || Written == "-" || Written.find('$') != std::string::npos ||
            Written.find('`') != std::string::npos || Written.find("://") != std::string::npos)
          continue;
        std::optional<std::string> FromTop = normalizedPath("", Written);
        std::optional<std::string> FromFile = normalizedPath(parentOf(File), Written);
        auto Exists = [&](const std::optional<std::string> &P) {
          return P && (Head.exists(*P) || existsAsDirectory(Head, *P));
        };
        std::optional<std::string> Chosen = Exists(FromTop) ? FromTop : Exists(FromFile) ? FromFile : FromTop;
        if (!Chosen)
          continue;
        Roots.push_back({*Chosen, Recursive, Kustomize, "`kubectl apply --prune` in " + File + " applies", "kubectl"});
      }
    }
  }
  return Roots;
}

std::vector<PruneRoot> pruneRoots(const std::string &Top, const std::string &HeadCommit, const Revision &Head) {
  std::vector<PruneRoot> Roots;
  gitOpsRoots(Top, HeadCommit, Head, Roots);
  for (const std::string &File : grepFiles(Top, HeadCommit, {"-e", "--prune"}, {})) {
    std::string Error;
    if (std::optional<std::string> Text = Head.read(File, Error); Text && Text->find("kubectl") != std::string::npos)
      for (PruneRoot &Root : kubectlPruneRoots(File, *Text, Head))
        Roots.push_back(std::move(Root));
  }
  return Roots;
}

bool keptByAnnotation(const PruneRoot &Root, const Node &Object) {
  const Node *Annotations = model::lookupPath(&Object, {"metadata", "annotations"});
  if (!Annotations)
    return false;
  if (Root.Deployer == "argocd") {
    const Node *Options = Annotations->get("argocd.argoproj.io/sync-options");
    return Options && Options->isString() && Options->Value.find("Prune=false") != std::string::npos;
  }
  if (Root.Deployer == "flux") {
    const Node *Prune = Annotations->get("kustomize.toolkit.fluxcd.io/prune");
    return Prune && Prune->isString() && Prune->Value == "disabled";
  }
  return false;
}

std::string AppliedManifests::kustomizationOf(const std::string &Directory) {
  for (const char *Name : {"kustomization.yaml", "kustomization.yml", "Kustomization"}) {
    std::string File = Directory.empty() ? Name : Directory + "/" + Name;
    if (Side.exists(File))
      return File;
  }
  return "";
}

void AppliedManifests::collect(const std::string &Directory, std::set<std::string> &Out,
                               std::vector<std::string> &Chain) {
  if (std::find(Chain.begin(), Chain.end(), Directory) != Chain.end())
    return; // a kustomization that comes back to itself
  if (Chain.size() >= MaxKustomizationDepth) {
    Truncated = true;
    return;
  }
  std::string Kustomization = kustomizationOf(Directory);
  std::string Error;
  std::optional<std::string> Text = Kustomization.empty() ? std::nullopt : Side.read(Kustomization, Error);
  if (!Text)
    return;
  Chain.push_back(Directory);
  for (const Node &Document : parseYaml(*Text))
    for (const char *Key : {"resources", "bases", "components"}) {
      const Node *List = Document.get(Key);
      if (!List || !List->isSequence())
        continue;
      for (const Node &Item : List->Items) {
        // Remote bases (git URLs, ?ref=) are not in this repository.
        if (!Item.isString() || Item.Value.find("://") != std::string::npos ||
            Item.Value.find('?') != std::string::npos || Item.Value.rfind("github.com/", 0) == 0 ||
            Item.Value.rfind("git@", 0) == 0)
          continue;
        std::optional<std::string> Resource = normalizedPath(Directory, Item.Value);
        if (!Resource)
          continue;
        if (Side.exists(*Resource)) {
          Out.insert(*Resource);
          ListedBy.emplace(*Resource, Kustomization);
        }
        else
          collect(*Resource, Out, Chain);
      }
    }
  Chain.pop_back();
}

std::string AppliedManifests::listedBy(const std::string &File) const {
  auto Found = ListedBy.find(File);
  return Found == ListedBy.end() ? "" : Found->second;
}

const std::set<std::string> *AppliedManifests::kustomized(const std::string &Directory) {
  auto Found = Sets.find(Directory);
  if (Found == Sets.end()) {
    std::optional<std::set<std::string>> Files;
    if (!kustomizationOf(Directory).empty()) {
      Files.emplace();
      std::vector<std::string> Chain;
      collect(Directory, *Files, Chain);
    }
    Found = Sets.emplace(Directory, std::move(Files)).first;
  }
  return Found->second ? &*Found->second : nullptr;
}

bool AppliedManifests::applies(const PruneRoot &Root, const std::string &File) {
  if (Root.Path == File)
    return true; // `kubectl apply -f file.yaml`
  // A directory with a kustomization applies what it lists (Argo CD, Flux and `kubectl -k` alike).
  if (const std::set<std::string> *Listed = kustomized(Root.Path))
    return Listed->count(File) != 0;
  if (Root.Kustomize)
    return false;
  bool Under = Root.Path.empty() || (File.size() > Root.Path.size() && File.compare(0, Root.Path.size(), Root.Path) == 0 &&
                                     File[Root.Path.size()] == '/');
  return Under && (Root.Recursive || parentOf(File) == Root.Path);
}

} // namespace blastradius::impact

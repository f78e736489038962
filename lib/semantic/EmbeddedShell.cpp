// Shell embedded in infrastructure files goes through the shell rules, with every finding at its
// line and column in the host file: GitHub Actions `run:` steps, Kubernetes `command:`/`args:`
// with `sh -c`, CloudFormation `UserData`, Terraform `user_data` (and its GCP/Azure twins) and
// provisioner commands. Template expressions (`${{ inputs.dir }}`, `${var.dir}`, `${AWS::Region}`)
// become shell variables of the same length: like a variable, they may expand to anything,
// including nothing.
#include "semantic/Analyzers.h"

#include "model/Yaml.h"

#include <algorithm>
#include <cctype>

namespace blastradius {

namespace {

using model::Node;
using model::NodeKind;

/// The template language wrapped around the shell: what its expressions and escapes look like.
enum class Templates { None, GithubExpressions, Terraform, CloudFormationSub };

/// Template expressions become same-length shell variables named after their contents, so offsets
/// stay valid (`${{ inputs.dir }}` -> `$inputs_dir______`): like a variable, they may expand to
/// anything, including nothing. Escaped spans (Terraform `$${x}`, CloudFormation `${!x}`) are the
/// shell's own `${x}`: the escape character is removed, with its offset. Terraform directives
/// (`%{ if x }`) are blanked.
void neutralizeTemplates(EmbeddedSnippet &Snippet, Templates Kind) {
  if (Kind == Templates::None)
    return;
  std::string &Text = Snippet.Text;
  std::string_view Open = Kind == Templates::GithubExpressions ? "${{" : "${";
  std::string_view Close = Kind == Templates::GithubExpressions ? "}}" : "}";
  std::vector<size_t> Escapes;
  size_t At = 0;
  while ((At = Text.find(Open, At)) != std::string::npos) {
    if (Kind == Templates::Terraform && At > 0 && Text[At - 1] == '$') {
      Escapes.push_back(At - 1);
      At += Open.size();
      continue;
    }
    if (Kind == Templates::CloudFormationSub && At + 2 < Text.size() && Text[At + 2] == '!') {
      Escapes.push_back(At + 2);
      At += Open.size();
      continue;
    }
    size_t End = Text.find(Close, At + Open.size());
    if (End == std::string::npos)
      break;
    End += Close.size();
    // A newline inside would change line numbers: leave such spans alone.
    if (Text.find('\n', At) < End) {
      At = End;
      continue;
    }
    std::string Name;
    for (size_t I = At + Open.size(); I < End - Close.size(); ++I) {
      char C = Text[I];
      if (std::isalnum(static_cast<unsigned char>(C)))
        Name += C;
      else if (!Name.empty() && Name.back() != '_')
        Name += '_';
    }
    while (!Name.empty() && Name.back() == '_')
      Name.pop_back();
    if (Name.empty() || std::isdigit(static_cast<unsigned char>(Name[0])))
      Name = "EXPR" + Name;
    std::string Replacement = "$" + Name;
    Replacement.resize(End - At, '_');
    Text.replace(At, End - At, Replacement);
    At = End;
  }
  if (Kind == Templates::Terraform) {
    for (At = 0; (At = Text.find("%{", At)) != std::string::npos;) {
      if (At > 0 && Text[At - 1] == '%') {
        Escapes.push_back(At - 1);
        At += 2;
        continue;
      }
      size_t End = Text.find('}', At);
      if (End == std::string::npos || Text.find('\n', At) < End)
        break;
      for (size_t I = At; I <= End; ++I)
        Text[I] = ' ';
      At = End + 1;
    }
  }
  std::sort(Escapes.rbegin(), Escapes.rend());
  for (size_t Escape : Escapes) {
    Text.erase(Escape, 1);
    if (Escape < Snippet.HostOffsets.size())
      Snippet.HostOffsets.erase(Snippet.HostOffsets.begin() + static_cast<long>(Escape));
  }
}

/// Cloud-init YAML, PowerShell and batch user data are not shell scripts.
bool looksLikeShell(std::string_view Script) {
  size_t First = Script.find_first_not_of(" \t\r\n");
  if (First == std::string_view::npos)
    return false;
  std::string_view Start = Script.substr(First, 40);
  return Start.rfind("#cloud-config", 0) != 0 && Start.rfind("<powershell>", 0) != 0 &&
         Start.rfind("<script>", 0) != 0 && Start.rfind("#ps1", 0) != 0 && Start.rfind("Content-Type:", 0) != 0;
}

void analyzeScalar(SemanticContext &Context, const Node &Scalar, Templates Kind) {
  if (!Context.services().AnalyzeEmbedded || Scalar.Kind != NodeKind::String)
    return;
  std::optional<EmbeddedSnippet> Snippet = model::scalarSnippet(Context.text(), Scalar);
  if (!Snippet || !looksLikeShell(Snippet->Text))
    return;
  neutralizeTemplates(*Snippet, Kind);
  Context.services().AnalyzeEmbedded(*Snippet, "bash");
}

// --- GitHub Actions -------------------------------------------------------------------------

/// The shell a step runs in: the step's `shell:`, else the job's and then the workflow's
/// `defaults.run.shell`, else bash (sh on some runners: the same rules apply).
std::string stepShell(const Node &Workflow, const Node &Job, const Node &Step) {
  for (const Node *Scope : {&Step, &Job, &Workflow}) {
    const Node *Shell = Scope == &Step ? Step.get("shell") : nullptr;
    if (!Shell)
      if (const Node *Defaults = Scope->get("defaults"))
        if (const Node *Run = Defaults->get("run"))
          Shell = Run->get("shell");
    if (Shell && Shell->isString())
      return Shell->Value;
  }
  return "bash";
}

bool isPosixShell(std::string_view Shell) {
  std::string_view Program = Shell.substr(0, Shell.find(' '));
  return Program == "bash" || Program == "sh" || Program.find("/bash") != std::string_view::npos ||
         Program.find("/sh") != std::string_view::npos;
}

void analyzeWorkflow(SemanticContext &Context, const Node &Workflow) {
  const Node *Jobs = Workflow.get("jobs");
  if (!Jobs || !Jobs->isMapping())
    return;
  for (const model::MapEntry &JobEntry : Jobs->Entries) {
    const Node &Job = JobEntry.Value;
    const Node *Steps = Job.get("steps");
    if (!Steps || !Steps->isSequence())
      continue;
    for (const Node &Step : Steps->Items) {
      const Node *Run = Step.get("run");
      if (Run && isPosixShell(stepShell(Workflow, Job, Step)))
        analyzeScalar(Context, *Run, Templates::GithubExpressions);
    }
  }
}

// --- Kubernetes -------------------------------------------------------------------------------

bool isShellProgram(const Node &N) {
  if (!N.isString())
    return false;
  std::string_view Program = N.Value;
  size_t Slash = Program.rfind('/');
  if (Slash != std::string_view::npos)
    Program = Program.substr(Slash + 1);
  return Program == "sh" || Program == "bash" || Program == "ash" || Program == "dash";
}

/// `-c`, `-ec`, `-xc`, `-euxc`: shell options that end in c take the script as the next word.
bool isCommandStringFlag(const Node &N) {
  if (!N.isString() || N.Value.size() < 2 || N.Value[0] != '-' || N.Value.back() != 'c')
    return false;
  for (char C : std::string_view(N.Value).substr(1))
    if (!std::isalpha(static_cast<unsigned char>(C)))
      return false;
  return true;
}

/// A container: `command: [sh, -c, SCRIPT]`, or `command: [sh, -c]` with `args: [SCRIPT]`, or
/// `command: [sh]` with `args: [-c, SCRIPT]`.
void analyzeContainer(SemanticContext &Context, const Node &Container) {
  std::vector<const Node *> Words;
  if (const Node *Command = Container.get("command"))
    for (const Node *W : Command->asList())
      Words.push_back(W);
  if (const Node *Args = Container.get("args"))
    for (const Node *W : Args->asList())
      Words.push_back(W);
  for (size_t I = 0; I + 2 < Words.size(); ++I) {
    if (isShellProgram(*Words[I]) && isCommandStringFlag(*Words[I + 1])) {
      analyzeScalar(Context, *Words[I + 2], Templates::None);
      return;
    }
  }
}

void findContainers(SemanticContext &Context, const Node &N, unsigned Depth) {
  if (Depth > 40)
    return;
  if (N.isMapping()) {
    for (const model::MapEntry &E : N.Entries) {
      if ((E.Key.isLiteral("containers") || E.Key.isLiteral("initContainers") ||
           E.Key.isLiteral("ephemeralContainers")) &&
          E.Value.isSequence()) {
        for (const Node &Container : E.Value.Items)
          analyzeContainer(Context, Container);
        continue;
      }
      findContainers(Context, E.Value, Depth + 1);
    }
  } else if (N.isSequence()) {
    for (const Node &Item : N.Items)
      findContainers(Context, Item, Depth + 1);
  }
}

// --- CloudFormation ---------------------------------------------------------------------------

/// Strips `Fn::Base64` / `!Base64` and `Fn::Sub` / `!Sub` (string or [string, variables]) wrappers
/// from a UserData value: what is left is the script string or an `Fn::Join`. ViaSub says whether
/// a Sub was among them (its `${...}` are then CloudFormation's, and `${!x}` the shell's `${x}`).
const Node *unwrapUserData(const Node &Value, bool &ViaSub, unsigned Depth = 0) {
  if (Depth > 4)
    return nullptr;
  if (Value.isString()) {
    ViaSub = ViaSub || Value.Tag == "!Sub";
    return &Value;
  }
  if (Value.isSequence() && !Value.Items.empty() && Value.Tag == "!Sub") {
    ViaSub = true;
    return unwrapUserData(Value.Items.front(), ViaSub, Depth + 1);
  }
  if (Value.isSequence() && Value.Tag == "!Join")
    return &Value;
  if (Value.isMapping() && Value.Entries.size() == 1) {
    const model::MapEntry &Only = Value.Entries.front();
    if (Only.Key.isLiteral("Fn::Base64") || Only.Key.isLiteral("Fn::Sub")) {
      ViaSub = ViaSub || Only.Key.isLiteral("Fn::Sub");
      return unwrapUserData(Only.Value.isSequence() && !Only.Value.Items.empty() && Only.Key.isLiteral("Fn::Sub")
                                ? Only.Value.Items.front()
                                : Only.Value,
                            ViaSub, Depth + 1);
    }
    if (Only.Key.isLiteral("Fn::Join"))
      return &Value;
  }
  return nullptr;
}

/// `Fn::Join ["", [part, {"Ref": X}, part ...]]`, the classic way JSON templates spell a script:
/// the literal parts joined with their offsets, each non-literal part a same-length variable.
std::optional<EmbeddedSnippet> joinedScript(std::string_view Host, const Node &Join) {
  const Node *Arguments = Join.isMapping() ? Join.get("Fn::Join") : &Join;
  if (!Arguments || !Arguments->isSequence() || Arguments->Items.size() != 2)
    return std::nullopt;
  const Node &Separator = Arguments->Items[0];
  const Node &Parts = Arguments->Items[1];
  if (!Separator.isString() || !Parts.isSequence())
    return std::nullopt;
  EmbeddedSnippet Joined;
  auto Append = [&](const EmbeddedSnippet &Piece) {
    Joined.Text += Piece.Text;
    Joined.HostOffsets.insert(Joined.HostOffsets.end(), Piece.HostOffsets.begin(),
                              Piece.HostOffsets.begin() + static_cast<long>(Piece.Text.size()));
  };
  for (size_t I = 0; I < Parts.Items.size(); ++I) {
    if (I > 0)
      if (std::optional<EmbeddedSnippet> Between = model::scalarSnippet(Host, Separator))
        Append(*Between);
    const Node &Part = Parts.Items[I];
    if (Part.isString() && Part.Tag.empty()) {
      if (std::optional<EmbeddedSnippet> Piece = model::scalarSnippet(Host, Part))
        Append(*Piece);
      continue;
    }
    // {"Ref": "DataDir"} and friends: a value known only at deploy time, like a variable.
    EmbeddedSnippet Placeholder;
    Placeholder.Text = "$CFN_VALUE";
    Placeholder.HostOffsets.assign(Placeholder.Text.size() + 1, Part.Begin);
    Append(Placeholder);
  }
  Joined.HostOffsets.push_back(Joined.HostOffsets.empty() ? Join.End : Joined.HostOffsets.back());
  return Joined;
}

void findUserData(SemanticContext &Context, const Node &N, unsigned Depth) {
  if (Depth > 40)
    return;
  if (N.isMapping()) {
    for (const model::MapEntry &E : N.Entries) {
      if (E.Key.isLiteral("UserData")) {
        bool SubWrapped = false;
        const Node *Script = unwrapUserData(E.Value, SubWrapped);
        if (Script && Script->isString()) {
          analyzeScalar(Context, *Script, SubWrapped ? Templates::CloudFormationSub : Templates::None);
        } else if (Script && Context.services().AnalyzeEmbedded) {
          std::optional<EmbeddedSnippet> Joined = joinedScript(Context.text(), *Script);
          if (Joined && looksLikeShell(Joined->Text)) {
            neutralizeTemplates(*Joined, Templates::None);
            Context.services().AnalyzeEmbedded(*Joined, "bash");
          }
        }
        continue;
      }
      findUserData(Context, E.Value, Depth + 1);
    }
  } else if (N.isSequence()) {
    for (const Node &Item : N.Items)
      findUserData(Context, Item, Depth + 1);
  }
}

// --- Terraform --------------------------------------------------------------------------------

/// The string inside base64encode(...)/trimspace(...)-style wrappers, or the value itself.
const Node *terraformScript(const Node &Value) {
  if (Value.isString())
    return &Value;
  if (Value.Kind == NodeKind::Expression && Value.Items.size() == 1 &&
      (Value.Tag == "base64encode" || Value.Tag == "base64gzip" || Value.Tag == "trimspace" || Value.Tag == "chomp"))
    return terraformScript(Value.Items.front());
  return nullptr;
}

void analyzeTerraformBlock(SemanticContext &Context, const model::HclBlock &Block, unsigned Depth) {
  static const char *const ScriptAttributes[] = {"user_data", "metadata_startup_script", "custom_data",
                                                  "startup_script"};
  for (const model::HclAttribute &A : Block.Attributes) {
    bool IsScript = false;
    for (const char *Name : ScriptAttributes)
      IsScript = IsScript || A.Name == Name;
    // provisioner "local-exec" { command = "..." } and provisioner "remote-exec" { inline = [...] }
    if (Block.Type == "provisioner" && (A.Name == "command" || A.Name == "inline"))
      IsScript = true;
    if (!IsScript)
      continue;
    for (const Node *Item : A.Value.asList())
      if (const Node *Script = terraformScript(*Item))
        analyzeScalar(Context, *Script, Templates::Terraform);
  }
  if (Depth < 8)
    for (const model::HclBlock &Nested : Block.Blocks)
      analyzeTerraformBlock(Context, Nested, Depth + 1);
}

class EmbeddedShell final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "embedded-shell"; }
  std::string_view description() const override {
    return "hands shell embedded in workflows, manifests, templates and Terraform to the shell rules";
  }
  std::vector<std::string_view> ruleIds() const override { return {}; }
  std::vector<std::string_view> embeddedLanguages() const override { return {"bash"}; }
  bool appliesTo(std::string_view Language) const override {
    return Language == "github-actions" || Language == "kubernetes" || Language == "cloudformation" ||
           Language == "cloudformation-json" || Language == "terraform";
  }

  void analyze(SemanticContext &Context) const override {
    const std::string &Language = Context.language();
    if (Language == "terraform") {
      analyzeTerraformBlock(Context, Context.hcl(), 0);
      return;
    }
    if (Language == "cloudformation-json") {
      if (const Node *Template = Context.jsonDocument())
        findUserData(Context, *Template, 0);
      return;
    }
    for (const Node &Document : Context.yamlDocuments()) {
      if (Language == "github-actions")
        analyzeWorkflow(Context, Document);
      else if (Language == "kubernetes")
        findContainers(Context, Document, 0);
      else
        findUserData(Context, Document, 0);
    }
  }
};

} // namespace

const SemanticAnalyzer &embeddedShellAnalyzer() {
  static const EmbeddedShell Instance;
  return Instance;
}

} // namespace blastradius

// See Evaluator.h. Every recursion (locals that name locals, nested calls) is bounded by MaxDepth.
#include "terraform/Evaluator.h"

#include <re2/re2.h>

namespace blastradius::terraform {

using model::Node;
using model::NodeKind;

namespace {

constexpr unsigned MaxDepth = 24;

Evaluation unknown() {
  Evaluation E;
  E.Unknown = true;
  return E;
}

Evaluation missing() {
  Evaluation E;
  E.Missing = true;
  return E;
}

Evaluation literal(const Node &N) {
  Evaluation E;
  E.Outcomes.push_back(Outcome{N, {}, {}});
  return E;
}

Node boolean(bool Value, const Node &At) {
  Node Out;
  Out.Kind = NodeKind::Bool;
  Out.Value = Value ? "true" : "false";
  Out.Begin = Out.ContentBegin = At.Begin;
  Out.End = Out.ContentEnd = At.End;
  return Out;
}

bool isNullish(const Node &N) { return N.Kind == NodeKind::Null || (N.isString() && N.Value.empty()); }

void append(Evaluation &Into, Evaluation From) {
  for (Outcome &O : From.Outcomes)
    Into.Outcomes.push_back(std::move(O));
  Into.Unknown = Into.Unknown || From.Unknown || From.Missing;
}

/// Splits `.a` / `["a"]` steps after a reference's head.
std::vector<std::string> pathSteps(std::string_view Rest) {
  std::vector<std::string> Steps;
  static const RE2 Step(R"re(\s*(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*"([^"]*)"\s*\]))re");
  re2::StringPiece Input(Rest.data(), Rest.size());
  std::string Name, Quoted;
  while (!Input.empty() && RE2::Consume(&Input, Step, &Name, &Quoted))
    Steps.push_back(Name.empty() ? Quoted : Name);
  if (!Input.empty())
    Steps.clear(), Steps.push_back("\x01"); // not a plain path (an index by expression, a splat)
  return Steps;
}

} // namespace

std::string displayValue(const Node &Value) {
  switch (Value.Kind) {
  case NodeKind::String:
    return "\"" + Value.Value + "\"";
  case NodeKind::Null:
    return "null";
  case NodeKind::Mapping:
    return "{...}";
  case NodeKind::Sequence:
    return "[...]";
  default:
    return Value.Value;
  }
}

Evaluation Evaluator::evaluate(const Node &Expression, const ModuleFile *Where) const {
  return evaluate(Expression, Where, 0);
}

Evaluation Evaluator::evaluate(const Node &N, const ModuleFile *Where, unsigned Depth) const {
  if (Depth > MaxDepth)
    return unknown();
  switch (N.Kind) {
  case NodeKind::Bool:
  case NodeKind::Number:
  case NodeKind::Null:
  case NodeKind::Mapping:
  case NodeKind::Sequence:
    return literal(N);
  case NodeKind::String:
    return N.Interpolated ? interpolate(N, Where, Depth) : literal(N);
  case NodeKind::Expression:
    break;
  }
  if (N.Tag == "!" && N.Items.size() == 1) {
    Evaluation Operand = evaluate(N.Items[0], Where, Depth + 1);
    Evaluation Out;
    Out.Unknown = Operand.Unknown || Operand.Missing;
    for (Outcome &O : Operand.Outcomes) {
      if (!O.Value.isTrue() && !O.Value.isFalse()) {
        Out.Unknown = true;
        continue;
      }
      O.Value = boolean(!O.Value.isTrue(), N);
      Out.Outcomes.push_back(std::move(O));
    }
    return Out;
  }
  if (N.Tag == "?:" && N.Items.size() == 3) {
    const Node &Condition = N.Items[0];
    if (Condition.isTrue() && Condition.Kind == NodeKind::Bool)
      return evaluate(N.Items[1], Where, Depth + 1);
    if (Condition.isFalse() && Condition.Kind == NodeKind::Bool)
      return evaluate(N.Items[2], Where, Depth + 1);
    // Not a literal condition: either arm may be the value. Each outcome says which.
    Evaluation Out;
    for (int Arm = 1; Arm <= 2; ++Arm) {
      Evaluation Value = evaluate(N.Items[Arm], Where, Depth + 1);
      std::string When = "when " + Condition.Value + (Arm == 1 ? " is true" : " is false");
      for (Outcome &O : Value.Outcomes) {
        O.Reasons.insert(O.Reasons.begin(), When);
        O.Origins.push_back(Origin{Where, N.Items[Arm].Begin, N.Items[Arm].End, "the value " + When});
      }
      append(Out, std::move(Value));
    }
    return Out;
  }
  if (!N.Tag.empty())
    return call(N, Where, Depth);
  return reference(N.Value, Where, N, Depth);
}

Evaluation Evaluator::reference(std::string_view Text, const ModuleFile * /*Where*/, const Node & /*At*/,
                                unsigned Depth) const {
  static const RE2 Head(R"(\s*(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)(.*?)\s*)");
  std::string Kind, Name, Rest;
  if (!RE2::FullMatch(Text, Head, &Kind, &Name, &Rest))
    return unknown();
  std::vector<std::string> Steps = pathSteps(Rest);
  if (!Steps.empty() && Steps[0] == "\x01")
    return unknown();

  Evaluation Base;
  std::string Shown = Kind + "." + Name;
  if (Kind == "var" && Bindings.count(Name)) {
    Base = Bindings.at(Name);
    // A value bound from a caller that itself came through its own caller's input keeps the
    // outermost input's name: that is where a module nested two levels down is set.
    for (Outcome &O : Base.Outcomes)
      if (O.CallerInput.empty())
        O.CallerInput = Name;
  } else {
    const Module *Mod = module();
    if (!Mod)
      return unknown();
    const auto &Table = Kind == "var" ? Mod->Variables : Mod->Locals;
    auto Found = Table.find(Name);
    if (Found == Table.end())
      return unknown();
    const Definition &Def = Found->second;
    Base = evaluate(*Def.Value, Def.File, Depth + 1);
    bool Default = Def.Description.rfind("the default", 0) == 0;
    for (Outcome &O : Base.Outcomes) {
      std::string Reason;
      if (Kind == "local")
        Reason = "through " + Shown;
      else if (Default)
        Reason = "through " + Shown + ", whose default is " + displayValue(O.Value);
      else
        Reason = "through " + Shown + ", set to " + displayValue(O.Value) + " in " + Def.Description;
      O.Reasons.insert(O.Reasons.begin(), Reason);
      std::string Message = Kind == "local" ? Shown + " is set here"
                            : Default       ? Shown + " defaults to " + displayValue(O.Value) + " here"
                                            : Shown + " is set to " + displayValue(O.Value) + " here";
      O.Origins.insert(O.Origins.begin(), Origin{Def.File, Def.Begin, Def.End, Message});
    }
  }
  if (Steps.empty())
    return Base;
  // Into a known object: `var.settings.deletion_protection`.
  Evaluation Out;
  Out.Unknown = Base.Unknown;
  Out.Missing = Base.Missing;
  for (Outcome &O : Base.Outcomes) {
    const Node *Cursor = &O.Value;
    bool Lost = false;
    for (const std::string &Step : Steps) {
      if (!Cursor->isMapping()) {
        Lost = true;
        break;
      }
      Cursor = Cursor->get(Step);
      if (!Cursor) {
        Out.Missing = true;
        break;
      }
    }
    if (Lost || (Cursor && !Cursor->isScalar())) {
      Out.Unknown = true;
      continue;
    }
    if (!Cursor)
      continue;
    Node Value = *Cursor;
    O.Value = std::move(Value);
    Out.Outcomes.push_back(std::move(O));
  }
  return Out;
}

Evaluation Evaluator::call(const Node &N, const ModuleFile *Where, unsigned Depth) const {
  const std::string &F = N.Tag;
  if ((F == "tobool" || F == "tostring" || F == "tonumber") && N.Items.size() == 1)
    return evaluate(N.Items[0], Where, Depth + 1);
  if (F == "coalesce") {
    // The first argument that is neither null nor "".
    Evaluation Out;
    for (const Node &Argument : N.Items) {
      Evaluation Value = evaluate(Argument, Where, Depth + 1);
      if (Value.Unknown || Value.Missing) {
        Out.Unknown = true;
        return Out;
      }
      bool AllNull = true, AnyNull = false;
      for (const Outcome &O : Value.Outcomes) {
        if (isNullish(O.Value))
          AnyNull = true;
        else
          AllNull = false;
      }
      if (AllNull && !Value.Outcomes.empty())
        continue;
      for (Outcome &O : Value.Outcomes)
        if (!isNullish(O.Value))
          Out.Outcomes.push_back(std::move(O));
      Out.Unknown = AnyNull; // the null arm goes on to arguments not followed here
      return Out;
    }
    return Out;
  }
  if (F == "try") {
    for (const Node &Argument : N.Items) {
      Evaluation Value = evaluate(Argument, Where, Depth + 1);
      if (Value.Missing && Value.Outcomes.empty())
        continue;
      return Value;
    }
    return unknown();
  }
  if (F == "lookup" && (N.Items.size() == 2 || N.Items.size() == 3)) {
    Evaluation Map = evaluate(N.Items[0], Where, Depth + 1);
    Evaluation Key = evaluate(N.Items[1], Where, Depth + 1);
    if (!Map.known() || !Key.known() || Map.Outcomes.size() != 1 || Key.Outcomes.size() != 1 ||
        !Map.Outcomes[0].Value.isMapping() || !Key.Outcomes[0].Value.isScalar())
      return unknown();
    const Node *Found = Map.Outcomes[0].Value.get(Key.Outcomes[0].Value.Value);
    if (!Found)
      return N.Items.size() == 3 ? evaluate(N.Items[2], Where, Depth + 1) : unknown();
    if (!Found->isScalar())
      return unknown();
    Outcome O = Map.Outcomes[0];
    O.Value = *Found;
    Evaluation Out;
    Out.Outcomes.push_back(std::move(O));
    return Out;
  }
  return unknown();
}

Evaluation Evaluator::interpolate(const Node &N, const ModuleFile *Where, unsigned Depth) const {
  const std::string &Text = N.Value;
  // "${var.x}" alone is the value itself, typed (Terraform does the same).
  static const RE2 Single(R"(\$\{~?\s*([^{}"%]*?)\s*~?\})");
  std::string Inner;
  if (RE2::FullMatch(Text, Single, &Inner))
    return reference(Inner, Where, N, Depth + 1);
  Outcome Result;
  Result.Value = N;
  Result.Value.Interpolated = false;
  std::string Built;
  size_t I = 0;
  while (I < Text.size()) {
    size_t Open = Text.find("${", I);
    if (Text.find("%{", I) < Open)
      return unknown(); // a template directive
    if (Open == std::string::npos) {
      Built += Text.substr(I);
      break;
    }
    Built += Text.substr(I, Open - I);
    size_t Close = Text.find('}', Open);
    if (Close == std::string::npos)
      return unknown();
    std::string_view Part(Text.data() + Open + 2, Close - Open - 2);
    if (Part.find_first_of("{\"") != std::string_view::npos)
      return unknown();
    if (!Part.empty() && Part.front() == '~')
      Part.remove_prefix(1);
    if (!Part.empty() && Part.back() == '~')
      Part.remove_suffix(1);
    Evaluation Value = reference(Part, Where, N, Depth + 1);
    if (!Value.known() || Value.Outcomes.size() != 1 || !Value.Outcomes[0].Value.isScalar())
      return unknown();
    Outcome &O = Value.Outcomes[0];
    Built += O.Value.Kind == NodeKind::Null ? "" : O.Value.Value;
    Result.Reasons.insert(Result.Reasons.end(), O.Reasons.begin(), O.Reasons.end());
    Result.Origins.insert(Result.Origins.end(), O.Origins.begin(), O.Origins.end());
    I = Close + 1;
  }
  Result.Value.Value = std::move(Built);
  Evaluation Out;
  Out.Outcomes.push_back(std::move(Result));
  return Out;
}

} // namespace blastradius::terraform

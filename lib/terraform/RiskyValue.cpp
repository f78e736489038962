// The risky-value vocabulary of RiskyValue.h.
#include "terraform/RiskyValue.h"

namespace blastradius::terraform {

using model::NodeKind;

bool isRisky(const model::Node &Value, RiskyWhen R) {
  switch (R) {
  case RiskyWhen::True:
    return Value.isTrue();
  case RiskyWhen::False:
    return Value.isFalse();
  case RiskyWhen::Zero:
    return (Value.Kind == NodeKind::Number || Value.Kind == NodeKind::String) && !Value.Interpolated &&
           (Value.Value == "0" || Value.Value == "0.0");
  }
  return false;
}

const Outcome *riskyOutcome(const Evaluation &E, RiskyWhen R) {
  for (const Outcome &O : E.Outcomes)
    if (isRisky(O.Value, R))
      return &O;
  return nullptr;
}

std::string reasonsSuffix(const Outcome &O) {
  if (O.Reasons.empty())
    return {};
  std::string Out = " (";
  for (size_t I = 0; I < O.Reasons.size(); ++I)
    Out += (I ? ", " : "") + O.Reasons[I];
  return Out + ")";
}

std::vector<RelatedSpan> originSpans(const Outcome &O) {
  std::vector<RelatedSpan> Spans;
  for (const Origin &Where : O.Origins) {
    RelatedSpan R;
    R.Message = Where.Message;
    if (!Where.File) {
      R.Start = Where.Begin;
      R.End = Where.End;
    } else {
      R.Path = Where.File->Path;
      R.StartPos = Where.File->Source->position(Where.Begin);
      R.EndPos = Where.File->Source->position(Where.End);
    }
    Spans.push_back(std::move(R));
  }
  return Spans;
}

} // namespace blastradius::terraform

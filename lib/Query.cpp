#include "Query.h"

#include <re2/re2.h>

#include <algorithm>

namespace blastradius {

std::string_view nodeText(TSNode Node, std::string_view Text) {
  uint32_t Start = ts_node_start_byte(Node), End = ts_node_end_byte(Node);
  if (Start > Text.size() || End > Text.size() || End < Start)
    return {};
  return Text.substr(Start, End - Start);
}

namespace {

std::string lineColumn(std::string_view Source, uint32_t Offset) {
  Offset = std::min<uint32_t>(Offset, static_cast<uint32_t>(Source.size()));
  unsigned Line = 1, Column = 1;
  for (uint32_t I = 0; I < Offset; ++I) {
    if (Source[I] == '\n') {
      ++Line;
      Column = 1;
    } else {
      ++Column;
    }
  }
  return std::to_string(Line) + ":" + std::to_string(Column);
}

const char *queryErrorName(TSQueryError Error) {
  switch (Error) {
  case TSQueryErrorSyntax:
    return "syntax error";
  case TSQueryErrorNodeType:
    return "unknown node type";
  case TSQueryErrorField:
    return "unknown field";
  case TSQueryErrorCapture:
    return "unknown capture";
  case TSQueryErrorStructure:
    return "impossible pattern structure";
  case TSQueryErrorLanguage:
    return "grammar version not supported";
  case TSQueryErrorNone:
    break;
  }
  return "error";
}

} // namespace

std::string_view CompiledQuery::captureName(uint32_t Index) const {
  uint32_t Length = 0;
  const char *Name = ts_query_capture_name_for_id(Query.get(), Index, &Length);
  return Name ? std::string_view(Name, Length) : std::string_view();
}

std::unique_ptr<CompiledQuery> CompiledQuery::compile(const TSLanguage *Language, std::string_view Source,
                                                      std::string &Error) {
  uint32_t ErrorOffset = 0;
  TSQueryError ErrorType = TSQueryErrorNone;
  TSQuery *Raw = ts_query_new(Language, Source.data(), static_cast<uint32_t>(Source.size()), &ErrorOffset,
                              &ErrorType);
  if (!Raw) {
    Error = lineColumn(Source, ErrorOffset) + ": " + queryErrorName(ErrorType);
    return nullptr;
  }
  std::unique_ptr<CompiledQuery> Result(new CompiledQuery());
  Result->Query.reset(Raw);

  for (uint32_t I = 0, N = ts_query_capture_count(Raw); I < N; ++I)
    if (Result->captureName(I) == "finding")
      Result->FindingCapture = I;
  if (Result->FindingCapture == UINT32_MAX) {
    Error = "1:1: the query has no @finding capture (the node to report)";
    return nullptr;
  }

  uint32_t PatternCount = ts_query_pattern_count(Raw);
  Result->PatternPredicates.resize(PatternCount);
  for (uint32_t Pattern = 0; Pattern < PatternCount; ++Pattern) {
    uint32_t StepCount = 0;
    const TSQueryPredicateStep *Steps = ts_query_predicates_for_pattern(Raw, Pattern, &StepCount);
    std::string Where = lineColumn(Source, ts_query_start_byte_for_pattern(Raw, Pattern));
    auto StringValue = [&](const TSQueryPredicateStep &Step) {
      uint32_t Length = 0;
      const char *Text = ts_query_string_value_for_id(Raw, Step.value_id, &Length);
      return std::string(Text, Length);
    };
    for (uint32_t Begin = 0; Begin < StepCount;) {
      uint32_t End = Begin;
      while (End < StepCount && Steps[End].type != TSQueryPredicateStepTypeDone)
        ++End;
      if (Steps[Begin].type != TSQueryPredicateStepTypeString) {
        Error = Where + ": malformed predicate";
        return nullptr;
      }
      std::string Operator = StringValue(Steps[Begin]);
      Predicate P;
      std::string Base = Operator;
      if (Base.rfind("not-", 0) == 0) {
        P.Negated = true;
        Base = Base.substr(4);
      }
      if (Base == "eq?")
        P.Op = Predicate::Kind::Eq;
      else if (Base == "match?")
        P.Op = Predicate::Kind::Match;
      else if (Base == "any-of?")
        P.Op = Predicate::Kind::AnyOf;
      else {
        Error = Where + ": unsupported predicate #" + Operator +
                " (supported: #eq?, #not-eq?, #match?, #not-match?, #any-of?, #not-any-of?)";
        return nullptr;
      }
      uint32_t ArgCount = End - Begin - 1;
      if (ArgCount < 2 || Steps[Begin + 1].type != TSQueryPredicateStepTypeCapture) {
        Error = Where + ": #" + Operator + " takes a capture and then its argument(s)";
        return nullptr;
      }
      P.Capture = Steps[Begin + 1].value_id;
      if (P.Op != Predicate::Kind::AnyOf && ArgCount != 2) {
        Error = Where + ": #" + Operator + " takes exactly two arguments";
        return nullptr;
      }
      for (uint32_t K = Begin + 2; K < End; ++K) {
        if (Steps[K].type == TSQueryPredicateStepTypeCapture) {
          if (P.Op != Predicate::Kind::Eq) {
            Error = Where + ": #" + Operator + " compares with strings, not captures";
            return nullptr;
          }
          P.RightIsCapture = true;
          P.RightCapture = Steps[K].value_id;
        } else {
          P.Values.push_back(StringValue(Steps[K]));
        }
      }
      if (P.Op == Predicate::Kind::Match) {
        RE2::Options Options;
        Options.set_log_errors(false);
        P.Regex = std::make_shared<RE2>(P.Values[0], Options);
        if (!P.Regex->ok()) {
          Error = Where + ": invalid regular expression '" + P.Values[0] + "': " + P.Regex->error();
          return nullptr;
        }
      }
      Result->PatternPredicates[Pattern].push_back(std::move(P));
      Begin = End + 1;
    }
  }
  return Result;
}

bool CompiledQuery::predicatesHold(const TSQueryMatch &Match, std::string_view Text) const {
  if (Match.pattern_index >= PatternPredicates.size())
    return true;
  auto CaptureTexts = [&](uint32_t Capture) {
    std::vector<std::string_view> Texts;
    for (uint16_t I = 0; I < Match.capture_count; ++I)
      if (Match.captures[I].index == Capture)
        Texts.push_back(nodeText(Match.captures[I].node, Text));
    return Texts;
  };
  for (const Predicate &P : PatternPredicates[Match.pattern_index]) {
    // Every node of a (quantified) capture must satisfy the predicate, as in tree-sitter's CLI.
    for (std::string_view Value : CaptureTexts(P.Capture)) {
      bool Holds = false;
      switch (P.Op) {
      case Predicate::Kind::Eq:
        if (P.RightIsCapture) {
          auto Right = CaptureTexts(P.RightCapture);
          Holds = !Right.empty() && Right.front() == Value;
        } else {
          Holds = Value == P.Values[0];
        }
        break;
      case Predicate::Kind::Match:
        Holds = RE2::PartialMatch(Value, *P.Regex);
        break;
      case Predicate::Kind::AnyOf:
        Holds = std::find(P.Values.begin(), P.Values.end(), Value) != P.Values.end();
        break;
      }
      if (Holds == P.Negated)
        return false;
    }
  }
  return true;
}

std::vector<std::string> messageCaptures(std::string_view Message) {
  std::vector<std::string> Names;
  for (size_t At = Message.find("{@"); At != std::string_view::npos; At = Message.find("{@", At + 2)) {
    size_t Close = Message.find('}', At);
    if (Close == std::string_view::npos)
      break;
    Names.emplace_back(Message.substr(At + 2, Close - At - 2));
  }
  return Names;
}

std::string interpolateCaptures(std::string_view Message, const CompiledQuery &Query, const TSQueryMatch &Match,
                                std::string_view Text) {
  std::string Out;
  size_t From = 0;
  for (size_t At = Message.find("{@"); At != std::string_view::npos; At = Message.find("{@", From)) {
    size_t Close = Message.find('}', At);
    if (Close == std::string_view::npos)
      break;
    Out += Message.substr(From, At - From);
    std::string_view Name = Message.substr(At + 2, Close - At - 2);
    for (uint16_t I = 0; I < Match.capture_count; ++I)
      if (Query.captureName(Match.captures[I].index) == Name) {
        // A message names the place; it does not copy the file (a capture may span a whole block).
        std::string_view Captured = nodeText(Match.captures[I].node, Text);
        Out += Captured.size() > 200 ? std::string(Captured.substr(0, 200)) + "..." : std::string(Captured);
        break;
      }
    From = Close + 1;
  }
  Out += Message.substr(From);
  return Out;
}

} // namespace blastradius

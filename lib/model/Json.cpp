#include "model/Json.h"
#include "model/JsonKinds.h"
#include "StringHelpers.h"

#include "AnalysisLimits.h"

#include "Languages.h"
#include "model/RegionParse.h"
#include "model/TreeSitterUtil.h"

#include <memory>
#include <string>

namespace blastradius::model {

namespace {


void appendUtf8(std::string &Out, uint32_t CodePoint) {
  if (CodePoint < 0x80) {
    Out += static_cast<char>(CodePoint);
  } else if (CodePoint < 0x800) {
    Out += static_cast<char>(0xC0 | (CodePoint >> 6));
    Out += static_cast<char>(0x80 | (CodePoint & 0x3F));
  } else {
    Out += static_cast<char>(0xE0 | (CodePoint >> 12));
    Out += static_cast<char>(0x80 | ((CodePoint >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (CodePoint & 0x3F));
  }
}

/// The decoded content of a JSON string literal (without its quotes).
std::string decodeJsonString(std::string_view Raw) {
  std::string Out;
  for (size_t I = 0; I < Raw.size(); ++I) {
    if (Raw[I] != '\\' || I + 1 >= Raw.size()) {
      Out += Raw[I];
      continue;
    }
    char E = Raw[++I];
    switch (E) {
    case 'n': Out += '\n'; break;
    case 't': Out += '\t'; break;
    case 'r': Out += '\r'; break;
    case 'b': Out += '\b'; break;
    case 'f': Out += '\f'; break;
    case 'u': {
      uint32_t CodePoint = 0;
      bool Ok = true;
      for (int K = 1; Ok && K <= 4; ++K) {
        int V = I + K < Raw.size() ? hexDigitValue(Raw[I + K]) : -1;
        Ok = V >= 0;
        CodePoint = CodePoint * 16 + static_cast<uint32_t>(V < 0 ? 0 : V);
      }
      if (Ok) {
        appendUtf8(Out, CodePoint);
        I += 4;
      } else {
        Out += "\\u";
      }
      break;
    }
    default: Out += E; break; // \" \\ \/
    }
  }
  return Out;
}

Node convertValue(TSNode N, std::string_view Text, unsigned Depth) {
  Node Out;
  Out.Begin = Out.ContentBegin = ts_node_start_byte(N);
  Out.End = Out.ContentEnd = ts_node_end_byte(N);
  if (Depth > MaxDepth) {
    noteAnalysisLimit("JSON nested deeper than the model's depth limit");
    Out.Kind = NodeKind::Expression;
    return Out;
  }
  if (isKind(N, jsonkind::Object)) {
    Out.Kind = NodeKind::Mapping;
    for (TSNode Pair : namedChildren(N)) {
      if (!isKind(Pair, jsonkind::Pair))
        continue;
      TSNode Key = ts_node_child_by_field_name(Pair, "key", 3);
      TSNode Value = ts_node_child_by_field_name(Pair, "value", 5);
      if (ts_node_is_null(Key))
        continue;
      MapEntry Entry;
      Entry.Key = convertValue(Key, Text, Depth + 1);
      if (ts_node_is_null(Value)) {
        Entry.Value.Begin = Entry.Value.End = Entry.Value.ContentBegin = Entry.Value.ContentEnd = ts_node_end_byte(Pair);
      } else {
        Entry.Value = convertValue(Value, Text, Depth + 1);
      }
      Out.Entries.push_back(std::move(Entry));
    }
  } else if (isKind(N, jsonkind::Array)) {
    Out.Kind = NodeKind::Sequence;
    for (TSNode Item : namedChildren(N))
      if (!isKind(Item, jsonkind::Comment))
        Out.Items.push_back(convertValue(Item, Text, Depth + 1));
  } else if (isKind(N, jsonkind::String)) {
    Out.Kind = NodeKind::String;
    Out.Style = ScalarStyle::DoubleQuoted;
    Out.ContentBegin = std::min(Out.Begin + 1, Out.End);
    Out.ContentEnd = Out.End > Out.ContentBegin ? Out.End - 1 : Out.ContentBegin;
    Out.Value = decodeJsonString(Text.substr(Out.ContentBegin, Out.ContentEnd - Out.ContentBegin));
  } else if (isKind(N, jsonkind::Number)) {
    Out.Kind = NodeKind::Number;
    Out.Value = std::string(nodeText(N, Text));
  } else if (isKind(N, jsonkind::True) || isKind(N, jsonkind::False)) {
    Out.Kind = NodeKind::Bool;
    Out.Value = std::string(nodeText(N, Text));
  } else if (isKind(N, jsonkind::Null)) {
    Out.Kind = NodeKind::Null;
  } else {
    Out.Kind = NodeKind::Expression;
    Out.Value = std::string(nodeText(N, Text).substr(0, 200));
  }
  return Out;
}

} // namespace

std::optional<Node> convertJson(TSNode Root, std::string_view Text) {
  if (ts_node_is_null(Root))
    return std::nullopt;
  TSNode Value = Root;
  if (isKind(Root, jsonkind::Document)) {
    Value = TSNode{};
    for (TSNode Child : namedChildren(Root))
      if (!isKind(Child, jsonkind::Comment) && !isKind(Child, jsonkind::ERROR)) {
        Value = Child;
        break;
      }
    if (ts_node_is_null(Value))
      return std::nullopt;
  }
  return convertValue(Value, Text, 0);
}

std::optional<Node> parseJsonRegion(std::string_view Host, uint32_t Begin, uint32_t End, bool *SyntaxError) {
  if (SyntaxError)
    *SyntaxError = false;
  TreePtr Tree = parseRegion(Grammar::Json, Host, Begin, End);
  if (!Tree)
    return std::nullopt;
  TSNode Root = ts_tree_root_node(Tree.get());
  if (SyntaxError)
    *SyntaxError = ts_node_has_error(Root);
  return convertJson(Root, Host);
}

} // namespace blastradius::model

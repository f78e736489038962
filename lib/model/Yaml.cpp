#include "model/Yaml.h"
#include "model/YamlKinds.h"
#include "StringHelpers.h"

#include "AnalysisLimits.h"

#include "model/TreeSitterUtil.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

namespace blastradius::model {

namespace {

/// Builds decoded text and, when asked, the host offset of every byte.
class Decoder {
public:
  explicit Decoder(bool WantOffsets) : WantOffsets(WantOffsets) {}
  void put(char C, uint32_t HostOffset) {
    Out.Text.push_back(C);
    if (WantOffsets)
      Out.HostOffsets.push_back(HostOffset);
  }
  void put(std::string_view S, uint32_t HostOffset) {
    for (char C : S)
      put(C, HostOffset);
  }
  EmbeddedSnippet finish(uint32_t End) {
    if (WantOffsets)
      Out.HostOffsets.push_back(End);
    return std::move(Out);
  }

private:
  bool WantOffsets;
  EmbeddedSnippet Out;
};

bool isBlank(char C) { return C == ' ' || C == '\t'; }

/// One physical line of a scalar: [Begin, End) in the host, without its line break.
struct Line {
  uint32_t Begin, End;
};

std::vector<Line> splitLines(std::string_view Host, uint32_t Begin, uint32_t End) {
  std::vector<Line> Lines;
  uint32_t Start = Begin;
  for (uint32_t I = Begin; I < End; ++I)
    if (Host[I] == '\n') {
      uint32_t LineEnd = (I > Start && Host[I - 1] == '\r') ? I - 1 : I;
      Lines.push_back({Start, LineEnd});
      Start = I + 1;
    }
  Lines.push_back({Start, End});
  return Lines;
}

/// Plain and single-quoted scalars: line breaks fold to a space, empty lines to newlines, and the
/// blanks around a break go. SingleQuoted also turns '' into '.
void decodeFlowScalar(std::string_view Host, uint32_t Begin, uint32_t End, bool SingleQuoted, Decoder &D) {
  std::vector<Line> Lines = splitLines(Host, Begin, End);
  unsigned PendingBreaks = 0;
  bool First = true;
  for (size_t L = 0; L < Lines.size(); ++L) {
    uint32_t From = Lines[L].Begin, To = Lines[L].End;
    if (L > 0)
      while (From < To && isBlank(Host[From]))
        ++From;
    if (L + 1 < Lines.size())
      while (To > From && isBlank(Host[To - 1]))
        --To;
    if (From == To && L > 0 && L + 1 < Lines.size()) {
      ++PendingBreaks;
      continue;
    }
    if (!First) {
      uint32_t Break = Lines[L].Begin > 0 ? Lines[L].Begin - 1 : 0;
      if (PendingBreaks == 0)
        D.put(' ', Break);
      for (unsigned B = 0; B < PendingBreaks; ++B)
        D.put('\n', Break);
    }
    PendingBreaks = 0;
    First = false;
    for (uint32_t I = From; I < To; ++I) {
      if (SingleQuoted && Host[I] == '\'' && I + 1 < To && Host[I + 1] == '\'') {
        D.put('\'', I);
        ++I;
        continue;
      }
      D.put(Host[I], I);
    }
  }
}


void putUtf8(uint32_t CodePoint, uint32_t At, Decoder &D) {
  if (CodePoint < 0x80) {
    D.put(static_cast<char>(CodePoint), At);
  } else if (CodePoint < 0x800) {
    D.put(static_cast<char>(0xC0 | (CodePoint >> 6)), At);
    D.put(static_cast<char>(0x80 | (CodePoint & 0x3F)), At);
  } else if (CodePoint < 0x10000) {
    D.put(static_cast<char>(0xE0 | (CodePoint >> 12)), At);
    D.put(static_cast<char>(0x80 | ((CodePoint >> 6) & 0x3F)), At);
    D.put(static_cast<char>(0x80 | (CodePoint & 0x3F)), At);
  } else if (CodePoint < 0x110000) {
    D.put(static_cast<char>(0xF0 | (CodePoint >> 18)), At);
    D.put(static_cast<char>(0x80 | ((CodePoint >> 12) & 0x3F)), At);
    D.put(static_cast<char>(0x80 | ((CodePoint >> 6) & 0x3F)), At);
    D.put(static_cast<char>(0x80 | (CodePoint & 0x3F)), At);
  }
}

/// Double-quoted scalars: YAML's escapes, folding as for plain scalars, and `\` before a line
/// break joins the lines with nothing between them.
void decodeDoubleQuoted(std::string_view Host, uint32_t Begin, uint32_t End, Decoder &D) {
  uint32_t I = Begin;
  while (I < End) {
    char C = Host[I];
    if (C == '\\' && I + 1 < End) {
      char E = Host[I + 1];
      uint32_t At = I;
      if (E == '\n' || E == '\r') {
        I += 2;
        if (E == '\r' && I < End && Host[I] == '\n')
          ++I;
        while (I < End && isBlank(Host[I]))
          ++I;
        continue;
      }
      int Digits = E == 'x' ? 2 : E == 'u' ? 4 : E == 'U' ? 8 : 0;
      if (Digits) {
        uint32_t CodePoint = 0;
        bool Ok = I + 2 + Digits <= End;
        for (int K = 0; Ok && K < Digits; ++K) {
          int V = hexDigitValue(Host[I + 2 + K]);
          Ok = V >= 0;
          CodePoint = CodePoint * 16 + static_cast<uint32_t>(std::max(V, 0));
        }
        if (Ok) {
          putUtf8(CodePoint, At, D);
          I += 2 + Digits;
          continue;
        }
      }
      static const std::string_view From = "0abtnvfre \"/\\N_LP\t";
      static const char *const To[] = {"\0", "\a", "\b", "\t", "\n", "\v", "\f", "\r", "\x1b", " ", "\"", "/", "\\",
                                       "\xC2\x85", "\xC2\xA0", "\xE2\x80\xA8", "\xE2\x80\xA9", "\t"};
      size_t Which = From.find(E);
      if (Which != std::string_view::npos) {
        if (E == '0')
          D.put('\0', At);
        else
          D.put(std::string_view(To[Which]), At);
      } else {
        D.put(C, At);
        D.put(E, At + 1);
      }
      I += 2;
      continue;
    }
    if (C == '\n' || C == '\r') {
      // Fold: trailing blanks before the break were already written; a run of empty lines
      // becomes that many newlines, a single break a space.
      uint32_t Break = I;
      unsigned Breaks = 0;
      while (I < End && (Host[I] == '\n' || Host[I] == '\r' || isBlank(Host[I]))) {
        if (Host[I] == '\n')
          ++Breaks;
        ++I;
      }
      if (Breaks <= 1)
        D.put(' ', Break);
      for (unsigned B = 1; B < Breaks; ++B)
        D.put('\n', Break);
      continue;
    }
    D.put(C, I);
    ++I;
  }
}

/// Block scalar content (the lines after the header): the common indentation goes; literal
/// scalars keep their line breaks, folded ones turn breaks between ordinary lines into spaces.
void decodeBlockScalar(std::string_view Host, uint32_t Begin, uint32_t End, bool Folded, Decoder &D) {
  if (Begin >= End)
    return;
  std::vector<Line> Lines = splitLines(Host, Begin, End);
  size_t Indent = std::string::npos;
  for (const Line &L : Lines) {
    uint32_t I = L.Begin;
    while (I < L.End && Host[I] == ' ')
      ++I;
    if (I < L.End)
      Indent = std::min<size_t>(Indent, I - L.Begin);
  }
  if (Indent == std::string::npos)
    return;
  bool HaveContent = false, PreviousOrdinary = false;
  unsigned PendingEmpty = 0;
  uint32_t FirstPendingBreak = 0;
  for (size_t N = 0; N < Lines.size(); ++N) {
    const Line &L = Lines[N];
    uint32_t From = std::min<uint32_t>(L.Begin + static_cast<uint32_t>(Indent), L.End);
    bool Empty = true;
    for (uint32_t I = L.Begin; I < L.End; ++I)
      if (!isBlank(Host[I]))
        Empty = false;
    uint32_t Break = L.Begin > 0 ? L.Begin - 1 : 0;
    if (Empty) {
      if (HaveContent && PendingEmpty++ == 0)
        FirstPendingBreak = Break;
      continue;
    }
    bool Ordinary = From < L.End && !isBlank(Host[From]);
    if (HaveContent) {
      if (!Folded) {
        D.put('\n', PendingEmpty ? FirstPendingBreak : Break);
        for (unsigned E = 0; E < PendingEmpty; ++E)
          D.put('\n', Break);
      } else if (PendingEmpty) {
        unsigned Count = (PreviousOrdinary && Ordinary) ? PendingEmpty : PendingEmpty + 1;
        for (unsigned E = 0; E < Count; ++E)
          D.put('\n', FirstPendingBreak);
      } else {
        D.put(PreviousOrdinary && Ordinary ? ' ' : '\n', Break);
      }
    }
    PendingEmpty = 0;
    for (uint32_t I = From; I < L.End; ++I)
      D.put(Host[I], I);
    HaveContent = true;
    PreviousOrdinary = Ordinary;
  }
  // Chomping: `|-` / `>-` drop the final line break, `|` / `>` (clip) and `|+` / `>+` keep it (the
  // trailing empty lines that keep would add are outside the tree-sitter node and not restored).
  size_t HeaderEnd = Begin > 0 ? Begin - 1 : 0;
  size_t HeaderStart = Host.rfind('\n', HeaderEnd > 0 ? HeaderEnd - 1 : 0);
  HeaderStart = HeaderStart == std::string_view::npos ? 0 : HeaderStart + 1;
  std::string_view Header = Host.substr(HeaderStart, HeaderEnd - HeaderStart);
  size_t Indicator = Header.find_last_of("|>");
  bool Strip = Indicator != std::string_view::npos &&
               Header.substr(Indicator + 1, 2).find('-') != std::string_view::npos;
  if (HaveContent && !Strip)
    D.put('\n', End);
}

EmbeddedSnippet decodeScalar(std::string_view Host, const Node &N, bool WantOffsets) {
  Decoder D(WantOffsets);
  uint32_t Begin = std::min<uint32_t>(N.ContentBegin, static_cast<uint32_t>(Host.size()));
  uint32_t End = std::min<uint32_t>(std::max(N.ContentEnd, Begin), static_cast<uint32_t>(Host.size()));
  switch (N.Style) {
  case ScalarStyle::Plain:
    decodeFlowScalar(Host, Begin, End, false, D);
    break;
  case ScalarStyle::SingleQuoted:
    decodeFlowScalar(Host, Begin, End, true, D);
    break;
  case ScalarStyle::DoubleQuoted:
    decodeDoubleQuoted(Host, Begin, End, D);
    break;
  case ScalarStyle::Literal:
  case ScalarStyle::Folded:
    decodeBlockScalar(Host, Begin, End, N.Style == ScalarStyle::Folded, D);
    break;
  default:
    for (uint32_t I = Begin; I < End; ++I)
      D.put(Host[I], I);
    break;
  }
  return D.finish(End);
}

/// Converts one document; anchors are remembered for later aliases of the same document.
class YamlConverter {
public:
  explicit YamlConverter(std::string_view Text) : Text(Text) {}

  Node convert(TSNode N, unsigned Depth) {
    Node Out;
    Out.Begin = Out.ContentBegin = ts_node_start_byte(N);
    Out.End = Out.ContentEnd = ts_node_end_byte(N);
    unsigned BudgetBefore = Budget;
    if (Depth > MaxDepth || ++Budget > MaxNodes) {
      noteAnalysisLimit(Depth > MaxDepth ? "YAML nested deeper than the model's depth limit"
                                         : "YAML larger than the model's node budget");
      Out.Kind = NodeKind::Expression;
      return Out;
    }
    if (isKind(N, yamlkind::BlockNode) || isKind(N, yamlkind::FlowNode)) {
      std::string Anchor;
      TSNode Content{};
      forEachNamedChild(N, [&](TSNode Child) {
        if (isKind(Child, yamlkind::Tag))
          Out.Tag = std::string(nodeText(Child, Text));
        else if (isKind(Child, yamlkind::Anchor))
          Anchor = std::string(nodeText(childOfType(Child, "anchor_name"), Text));
        else if (!isKind(Child, yamlkind::Comment))
          Content = Child;
        return true;
      });
      std::string Tag = Out.Tag;
      uint32_t Begin = Out.Begin, End = Out.End;
      if (!ts_node_is_null(Content))
        Out = convertContent(Content, Depth);
      else
        Out.Kind = NodeKind::Null;
      Out.Tag = Tag;
      Out.Begin = Begin;
      Out.End = End;
      if (!Anchor.empty())
        Anchors[Anchor] = {Out, Budget - BudgetBefore};
      return Out;
    }
    return convertContent(N, Depth);
  }

private:
  static constexpr unsigned MaxNodes = 200000;

  Node convertContent(TSNode N, unsigned Depth) {
    Node Out;
    Out.Begin = Out.ContentBegin = ts_node_start_byte(N);
    Out.End = Out.ContentEnd = ts_node_end_byte(N);
    if (isKind(N, yamlkind::BlockMapping) || isKind(N, yamlkind::FlowMapping)) {
      Out.Kind = NodeKind::Mapping;
      forEachNamedChild(N, [&](TSNode Pair) {
        if (isKind(Pair, yamlkind::BlockMappingPair) || isKind(Pair, yamlkind::FlowPair))
          Out.Entries.push_back(convertPair(Pair, Depth));
        else if (isKind(Pair, yamlkind::FlowNode)) // `{a, b}`: keys with null values
          Out.Entries.push_back({convert(Pair, Depth + 1), nullAt(ts_node_end_byte(Pair))});
        return true;
      });
      resolveMergeKeys(Out);
      return Out;
    }
    if (isKind(N, yamlkind::BlockSequence) || isKind(N, yamlkind::FlowSequence)) {
      Out.Kind = NodeKind::Sequence;
      forEachNamedChild(N, [&](TSNode Item) {
        if (isKind(Item, yamlkind::Comment))
          return true;
        if (isKind(Item, yamlkind::BlockSequenceItem)) {
          TSNode Value{};
          forEachNamedChild(Item, [&](TSNode Child) {
            if (!isKind(Child, yamlkind::Comment))
              Value = Child;
            return true;
          });
          Out.Items.push_back(ts_node_is_null(Value) ? nullAt(ts_node_end_byte(Item)) : convert(Value, Depth + 1));
        } else if (isKind(Item, yamlkind::FlowPair)) {
          Node Single;
          Single.Kind = NodeKind::Mapping;
          Single.Begin = Single.ContentBegin = ts_node_start_byte(Item);
          Single.End = Single.ContentEnd = ts_node_end_byte(Item);
          Single.Entries.push_back(convertPair(Item, Depth));
          Out.Items.push_back(std::move(Single));
        } else if (isKind(Item, yamlkind::FlowNode) || isKind(Item, yamlkind::BlockNode)) {
          Out.Items.push_back(convert(Item, Depth + 1));
        }
        return true;
      });
      return Out;
    }
    if (isKind(N, yamlkind::Alias)) {
      std::string Name(nodeText(childOfType(N, "alias_name"), Text));
      auto Found = Anchors.find(Name);
      // Aliases of aliases can grow a small file exponentially ("billion laughs"): every copy
      // counts against the budget, and past it the alias stays unresolved.
      if (Found == Anchors.end() || Budget + Found->second.second > MaxNodes) {
        if (Found != Anchors.end())
          noteAnalysisLimit("YAML aliases expand past the model's node budget");
        Out.Kind = NodeKind::Expression;
        Out.Value = std::string(nodeText(N, Text));
        return Out;
      }
      // The alias stands for the anchored node; it is reported where the alias is written.
      Budget += Found->second.second;
      Node Copy = Found->second.first;
      Copy.Begin = Out.Begin;
      Copy.End = Out.End;
      return Copy;
    }
    if (isKind(N, yamlkind::PlainScalar)) {
      Out.Style = ScalarStyle::Plain;
      TSNode Typed{};
      forEachNamedChild(N, [&](TSNode Child) {
        Typed = Child;
        return false;
      });
      if (isKind(Typed, yamlkind::IntegerScalar) || isKind(Typed, yamlkind::FloatScalar))
        Out.Kind = NodeKind::Number;
      else if (isKind(Typed, yamlkind::BooleanScalar))
        Out.Kind = NodeKind::Bool;
      else if (isKind(Typed, yamlkind::NullScalar))
        Out.Kind = NodeKind::Null;
      else
        Out.Kind = NodeKind::String;
      Out.Value = decodeScalar(Text, Out, false).Text;
      if (Out.Kind == NodeKind::Bool)
        for (char &C : Out.Value)
          C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
      return Out;
    }
    if (isKind(N, yamlkind::SingleQuoteScalar) || isKind(N, yamlkind::DoubleQuoteScalar)) {
      Out.Kind = NodeKind::String;
      Out.Style = isKind(N, yamlkind::SingleQuoteScalar) ? ScalarStyle::SingleQuoted : ScalarStyle::DoubleQuoted;
      Out.ContentBegin = std::min(Out.Begin + 1, Out.End);
      Out.ContentEnd = Out.End > Out.ContentBegin ? Out.End - 1 : Out.ContentBegin;
      Out.Value = decodeScalar(Text, Out, false).Text;
      return Out;
    }
    if (isKind(N, yamlkind::BlockScalar)) {
      Out.Kind = NodeKind::String;
      std::string_view Whole = nodeText(N, Text);
      Out.Style = (!Whole.empty() && Whole[0] == '>') ? ScalarStyle::Folded : ScalarStyle::Literal;
      size_t HeaderEnd = Whole.find('\n');
      Out.ContentBegin = HeaderEnd == std::string_view::npos ? Out.End : Out.Begin + static_cast<uint32_t>(HeaderEnd) + 1;
      Out.Value = decodeScalar(Text, Out, false).Text;
      return Out;
    }
    // ERROR and anything unknown: not a value we can judge.
    Out.Kind = NodeKind::Expression;
    Out.Value = std::string(nodeText(N, Text).substr(0, 200));
    return Out;
  }

  /// YAML 1.1 merge keys: `<<: *base` (or `<<: [*a, *b]`) adds the entries of the merged mappings
  /// whose keys the mapping does not set itself; the first merged mapping wins among them. Merged
  /// entries keep the place they are written (in the anchored mapping).
  static bool isMergeKey(const Node &Key) {
    return Key.Kind == NodeKind::String && Key.Style == ScalarStyle::Plain && Key.Value == "<<";
  }

  static void resolveMergeKeys(Node &Mapping) {
    if (std::none_of(Mapping.Entries.begin(), Mapping.Entries.end(),
                     [](const MapEntry &E) { return isMergeKey(E.Key); }))
      return;
    std::vector<Node> Merged;
    std::vector<MapEntry> Kept;
    for (MapEntry &E : Mapping.Entries) {
      bool IsMerge = isMergeKey(E.Key);
      if (IsMerge && E.Value.isMapping())
        Merged.push_back(std::move(E.Value));
      else if (IsMerge && E.Value.isSequence())
        for (Node &Item : E.Value.Items) {
          if (Item.isMapping())
            Merged.push_back(std::move(Item));
        }
      else
        Kept.push_back(std::move(E));
    }
    if (Merged.empty()) {
      Mapping.Entries = std::move(Kept);
      return;
    }
    std::set<std::string> Keys; // linear in the entries: a hostile file may merge large mappings
    for (const MapEntry &K : Kept)
      if (K.Key.isScalar())
        Keys.insert(K.Key.Value);
    for (Node &Source : Merged)
      for (MapEntry &E : Source.Entries)
        if (!E.Key.isScalar() || Keys.insert(E.Key.Value).second)
          Kept.push_back(std::move(E));
    Mapping.Entries = std::move(Kept);
  }

  MapEntry convertPair(TSNode Pair, unsigned Depth) {
    // The field ids, looked up once (by name, each call scanned the grammar's field names).
    static const TSFieldId KeyField = ts_language_field_id_for_name(yamlkind::BlockNode.language(), "key", 3);
    static const TSFieldId ValueField = ts_language_field_id_for_name(yamlkind::BlockNode.language(), "value", 5);
    TSNode Key = childByField(Pair, KeyField);
    TSNode Value = childByField(Pair, ValueField);
    MapEntry Entry;
    Entry.Key = ts_node_is_null(Key) ? nullAt(ts_node_start_byte(Pair)) : convert(Key, Depth + 1);
    Entry.Value = ts_node_is_null(Value) ? nullAt(ts_node_end_byte(Pair)) : convert(Value, Depth + 1);
    return Entry;
  }

  static Node nullAt(uint32_t Offset) {
    Node N;
    N.Begin = N.End = N.ContentBegin = N.ContentEnd = Offset;
    return N;
  }

  std::string_view Text;
  /// Each anchored node with its size in nodes.
  std::map<std::string, std::pair<Node, unsigned>> Anchors;
  unsigned Budget = 0;
};

} // namespace

std::vector<Node> convertYaml(TSNode Root, std::string_view Text) {
  std::vector<Node> Documents;
  if (ts_node_is_null(Root))
    return Documents;
  for (TSNode Child : namedChildren(Root)) {
    if (!isKind(Child, yamlkind::Document))
      continue;
    YamlConverter Converter(Text);
    Node Document;
    Document.Begin = Document.End = Document.ContentBegin = Document.ContentEnd = ts_node_start_byte(Child);
    for (TSNode Part : namedChildren(Child))
      if (isKind(Part, yamlkind::BlockNode) || isKind(Part, yamlkind::FlowNode)) {
        Document = Converter.convert(Part, 0);
        break;
      }
    Documents.push_back(std::move(Document));
  }
  return Documents;
}

std::optional<EmbeddedSnippet> scalarSnippet(std::string_view Host, const Node &Scalar) {
  if (Scalar.Kind != NodeKind::String)
    return std::nullopt;
  return decodeScalar(Host, Scalar, true);
}

} // namespace blastradius::model

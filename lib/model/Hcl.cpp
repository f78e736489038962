#include "model/Hcl.h"
#include "model/HclKinds.h"

#include "AnalysisLimits.h"

#include "model/TreeSitterUtil.h"

#include <algorithm>
#include <string>

namespace blastradius::model {

const HclAttribute *HclBlock::attribute(std::string_view Name) const {
  for (const HclAttribute &A : Attributes)
    if (A.Name == Name)
      return &A;
  return nullptr;
}

std::vector<const HclBlock *> HclBlock::blocks(std::string_view BlockType) const {
  std::vector<const HclBlock *> Found;
  for (const HclBlock &B : Blocks)
    if (B.Type == BlockType)
      Found.push_back(&B);
  return Found;
}

std::string_view HclBlock::label(size_t I) const { return I < Labels.size() ? std::string_view(Labels[I]) : ""; }

namespace {

/// HCL's string escapes, and `$${` / `%%{`, which stand for a literal `${` / `%{`.
std::string decodeTemplateLiteral(std::string_view Raw) {
  std::string Out;
  for (size_t I = 0; I < Raw.size(); ++I) {
    char C = Raw[I];
    if ((C == '$' || C == '%') && I + 2 < Raw.size() && Raw[I + 1] == C && Raw[I + 2] == '{') {
      Out += C;
      ++I; // the doubled sign becomes one; '{' follows on the next iteration
      continue;
    }
    if (C != '\\' || I + 1 >= Raw.size()) {
      Out += C;
      continue;
    }
    char E = Raw[++I];
    switch (E) {
    case 'n': Out += '\n'; break;
    case 't': Out += '\t'; break;
    case 'r': Out += '\r'; break;
    default: Out += E; break; // \" \\ and the rest
    }
  }
  return Out;
}

/// Removes the common leading spaces of a `<<-` heredoc, as Terraform does.
std::string stripHeredocIndent(std::string_view Raw) {
  size_t Indent = std::string::npos;
  size_t Start = 0;
  while (Start < Raw.size()) {
    size_t End = Raw.find('\n', Start);
    if (End == std::string_view::npos)
      End = Raw.size();
    std::string_view Line = Raw.substr(Start, End - Start);
    size_t First = Line.find_first_not_of(" \t");
    if (First != std::string_view::npos)
      Indent = std::min(Indent, First);
    Start = End + 1;
  }
  if (Indent == std::string::npos || Indent == 0)
    return std::string(Raw);
  std::string Out;
  Start = 0;
  while (Start < Raw.size()) {
    size_t End = Raw.find('\n', Start);
    bool Last = End == std::string_view::npos;
    if (Last)
      End = Raw.size();
    std::string_view Line = Raw.substr(Start, End - Start);
    Out += Line.substr(std::min(Indent, Line.find_first_not_of(" \t") == std::string_view::npos ? Line.size() : Indent));
    if (!Last)
      Out += '\n';
    Start = End + 1;
  }
  return Out;
}

class HclConverter {
public:
  explicit HclConverter(std::string_view Text) : Text(Text) {}

  void convertBody(TSNode Body, HclBlock &Into, unsigned Depth) {
    for (TSNode Child : namedChildren(Body)) {
      if (isKind(Child, hclkind::Attribute)) {
        model::NodeList Parts = namedChildren(Child);
        if (Parts.size() < 2 || !isKind(Parts[0], hclkind::Identifier))
          continue;
        HclAttribute A;
        A.Name = std::string(nodeText(Parts[0], Text));
        A.Begin = ts_node_start_byte(Child);
        A.End = ts_node_end_byte(Child);
        A.NameBegin = ts_node_start_byte(Parts[0]);
        A.NameEnd = ts_node_end_byte(Parts[0]);
        A.Value = convertExpression(Parts[1], Depth + 1);
        Into.Attributes.push_back(std::move(A));
      } else if (isKind(Child, hclkind::Block)) {
        if (Depth > MaxDepth) {
          noteAnalysisLimit("Terraform blocks nested deeper than the model's depth limit");
          continue;
        }
        HclBlock B;
        B.Begin = ts_node_start_byte(Child);
        B.End = ts_node_end_byte(Child);
        B.HeaderEnd = B.End;
        bool SawType = false;
        for (TSNode Part : namedChildren(Child)) {
          if (isKind(Part, hclkind::Identifier) && !SawType) {
            B.Type = std::string(nodeText(Part, Text));
            SawType = true;
          } else if (isKind(Part, hclkind::Identifier)) {
            B.Labels.emplace_back(nodeText(Part, Text));
          } else if (isKind(Part, hclkind::StringLit)) {
            B.Labels.push_back(decodeTemplateLiteral(nodeText(childOfType(Part, "template_literal"), Text)));
          } else if (isKind(Part, hclkind::BlockStart)) {
            B.HeaderEnd = ts_node_start_byte(Part);
          } else if (isKind(Part, hclkind::Body)) {
            convertBody(Part, B, Depth + 1);
          }
        }
        while (B.HeaderEnd > B.Begin && (Text[B.HeaderEnd - 1] == ' ' || Text[B.HeaderEnd - 1] == '\t'))
          --B.HeaderEnd;
        Into.Blocks.push_back(std::move(B));
      }
    }
  }

  Node convertExpression(TSNode N, unsigned Depth) {
    Node Out = located(N);
    if (Depth > MaxDepth) {
      noteAnalysisLimit("Terraform expressions nested deeper than the model's depth limit");
      return expression(N);
    }
    if (isKind(N, hclkind::Expression)) {
      model::NodeList Parts = namedChildren(N);
      // `var.x`, `a.b[0]`: a chain of parts is a reference, not a value.
      if (Parts.size() != 1)
        return expression(N);
      return convertExpression(Parts[0], Depth + 1);
    }
    // `c ? a : b` and `!x` / `-x`: Expressions (Value keeps the source text) whose Tag names the
    // operator and whose Items are the operands, for the Terraform evaluator.
    if (isKind(N, hclkind::Conditional)) {
      model::NodeList Parts = namedChildren(N);
      Node Out = expression(N);
      if (Parts.size() == 3) {
        Out.Tag = "?:";
        for (TSNode Part : Parts)
          Out.Items.push_back(convertExpression(Part, Depth + 1));
      }
      return Out;
    }
    if (isKind(N, hclkind::Operation)) {
      model::NodeList Parts = namedChildren(N);
      return Parts.size() == 1 ? convertExpression(Parts[0], Depth + 1) : expression(N);
    }
    if (isKind(N, hclkind::UnaryOperation)) {
      model::NodeList Parts = namedChildren(N);
      std::string_view Whole = nodeText(N, Text);
      Node Out = expression(N);
      if (Parts.empty() || Whole.empty() || (Whole[0] != '!' && Whole[0] != '-'))
        return Out;
      Out.Tag = std::string(1, Whole[0]);
      // The operand is one term (`!(x)`, `!f(x)`) or a reference chain (`!var.x`: identifier and
      // attribute parts), which stays an Expression over its own text.
      if (Parts.size() == 1 && !isKind(Parts[0], hclkind::VariableExpr))
        Out.Items.push_back(convertExpression(Parts[0], Depth + 1));
      else {
        Node Operand;
        Operand.Kind = NodeKind::Expression;
        Operand.Begin = Operand.ContentBegin = ts_node_start_byte(Parts.front());
        Operand.End = Operand.ContentEnd = ts_node_end_byte(Parts.back());
        Operand.Value = std::string(Text.substr(Operand.Begin, std::min<uint32_t>(Operand.End - Operand.Begin, 400)));
        Out.Items.push_back(std::move(Operand));
      }
      return Out;
    }
    if (isKind(N, hclkind::LiteralValue)) {
      model::NodeList Parts = namedChildren(N);
      if (Parts.empty())
        return expression(N);
      TSNode Literal = Parts[0];
      if (isKind(Literal, hclkind::StringLit))
        return quotedString(Literal);
      if (isKind(Literal, hclkind::NumericLit)) {
        Out.Kind = NodeKind::Number;
        Out.Value = std::string(nodeText(Literal, Text));
      } else if (isKind(Literal, hclkind::BoolLit)) {
        Out.Kind = NodeKind::Bool;
        Out.Value = std::string(nodeText(Literal, Text));
      } else if (isKind(Literal, hclkind::NullLit)) {
        Out.Kind = NodeKind::Null;
      } else {
        return expression(N);
      }
      return Out;
    }
    if (isKind(N, hclkind::TemplateExpr)) {
      model::NodeList Parts = namedChildren(N);
      if (Parts.empty())
        return expression(N);
      if (isKind(Parts[0], hclkind::QuotedTemplate))
        return quotedString(Parts[0]);
      if (isKind(Parts[0], hclkind::HeredocTemplate))
        return heredoc(Parts[0]);
      return expression(N);
    }
    if (isKind(N, hclkind::CollectionValue)) {
      model::NodeList Parts = namedChildren(N);
      if (Parts.empty())
        return expression(N);
      return convertExpression(Parts[0], Depth + 1);
    }
    if (isKind(N, hclkind::Tuple)) {
      Out.Kind = NodeKind::Sequence;
      for (TSNode Item : namedChildren(N))
        if (isKind(Item, hclkind::Expression))
          Out.Items.push_back(convertExpression(Item, Depth + 1));
      return Out;
    }
    if (isKind(N, hclkind::Object)) {
      Out.Kind = NodeKind::Mapping;
      for (TSNode Elem : namedChildren(N)) {
        if (!isKind(Elem, hclkind::ObjectElem))
          continue;
        TSNode Key = ts_node_child_by_field_name(Elem, "key", 3);
        TSNode Value = ts_node_child_by_field_name(Elem, "val", 3);
        if (ts_node_is_null(Key) || ts_node_is_null(Value))
          continue;
        MapEntry Entry;
        Entry.Key = objectKey(Key, Depth);
        Entry.Value = convertExpression(Value, Depth + 1);
        Out.Entries.push_back(std::move(Entry));
      }
      return Out;
    }
    if (isKind(N, hclkind::FunctionCall)) {
      model::NodeList Parts = namedChildren(N);
      if (Parts.empty() || !isKind(Parts[0], hclkind::Identifier))
        return expression(N);
      std::string Name(nodeText(Parts[0], Text));
      std::vector<TSNode> Arguments;
      for (TSNode Part : Parts)
        if (isKind(Part, hclkind::FunctionArguments))
          for (TSNode Argument : namedChildren(Part))
            if (isKind(Argument, hclkind::Expression))
              Arguments.push_back(Argument);
      // jsonencode({...}) is the object itself for every judge that reads it (an IAM policy).
      if ((Name == "jsonencode" || Name == "yamlencode") && Arguments.size() == 1)
        return convertExpression(Arguments[0], Depth + 1);
      Node Call = expression(N);
      Call.Tag = Name;
      for (TSNode Argument : Arguments)
        Call.Items.push_back(convertExpression(Argument, Depth + 1));
      return Call;
    }
    return expression(N);
  }

private:
  Node located(TSNode N) const {
    Node Out;
    Out.Begin = Out.ContentBegin = ts_node_start_byte(N);
    Out.End = Out.ContentEnd = ts_node_end_byte(N);
    return Out;
  }

  Node expression(TSNode N) const {
    Node Out = located(N);
    Out.Kind = NodeKind::Expression;
    Out.Value = std::string(nodeText(N, Text).substr(0, 400));
    return Out;
  }

  /// An object key: a bare identifier or a string is a name; anything else (`(var.k)`) an Expression.
  Node objectKey(TSNode Key, unsigned Depth) {
    model::NodeList Parts = namedChildren(Key);
    if (isKind(Key, hclkind::Expression) && Parts.size() == 1 && isKind(Parts[0], hclkind::VariableExpr)) {
      Node Out = located(Key);
      Out.Kind = NodeKind::String;
      Out.Style = ScalarStyle::Plain;
      Out.Value = std::string(nodeText(Parts[0], Text));
      return Out;
    }
    return convertExpression(Key, Depth + 1);
  }

  /// "..." with or without interpolations.
  Node quotedString(TSNode N) {
    Node Out = located(N);
    Out.Kind = NodeKind::String;
    Out.Style = ScalarStyle::HclQuoted;
    Out.ContentBegin = std::min(Out.Begin + 1, Out.End);
    Out.ContentEnd = Out.End > Out.ContentBegin ? Out.End - 1 : Out.ContentBegin;
    std::string Value;
    for (TSNode Part : namedChildren(N)) {
      if (isKind(Part, hclkind::TemplateLiteral))
        Value += decodeTemplateLiteral(nodeText(Part, Text));
      else if (isKind(Part, hclkind::TemplateInterpolation) || isKind(Part, hclkind::TemplateDirective)) {
        Value += nodeText(Part, Text);
        Out.Interpolated = true;
      }
    }
    Out.Value = std::move(Value);
    return Out;
  }

  Node heredoc(TSNode N) {
    Node Out = located(N);
    Out.Kind = NodeKind::String;
    Out.Style = ScalarStyle::HclHeredoc;
    model::NodeList Parts = namedChildren(N);
    TSNode Opening{}, Closing{};
    bool Indented = false;
    for (TSNode Part : Parts) {
      if (isKind(Part, hclkind::HeredocStart))
        Indented = nodeText(Part, Text).find('-') != std::string_view::npos;
      else if (isKind(Part, hclkind::HeredocIdentifier)) {
        if (ts_node_is_null(Opening))
          Opening = Part;
        else
          Closing = Part;
      } else if (isKind(Part, hclkind::TemplateInterpolation) || isKind(Part, hclkind::TemplateDirective)) {
        Out.Interpolated = true;
      }
    }
    if (ts_node_is_null(Opening))
      return expression(N);
    uint32_t Begin = ts_node_end_byte(Opening);
    while (Begin < Text.size() && Text[Begin] != '\n')
      ++Begin;
    Begin = std::min<uint32_t>(Begin + 1, static_cast<uint32_t>(Text.size()));
    uint32_t End = ts_node_is_null(Closing) ? Out.End : ts_node_start_byte(Closing);
    while (End > Begin && Text[End - 1] != '\n')
      --End; // back to the start of the closing marker's line
    Out.ContentBegin = Begin;
    Out.ContentEnd = std::max(Begin, End);
    std::string_view Raw = Text.substr(Out.ContentBegin, Out.ContentEnd - Out.ContentBegin);
    Out.Value = Indented ? stripHeredocIndent(Raw) : std::string(Raw);
    return Out;
  }

  std::string_view Text;
};

} // namespace

HclBlock convertHcl(TSNode Root, std::string_view Text) {
  HclBlock File;
  if (ts_node_is_null(Root))
    return File;
  File.Begin = ts_node_start_byte(Root);
  File.End = File.HeaderEnd = ts_node_end_byte(Root);
  HclConverter Converter(Text);
  for (TSNode Child : namedChildren(Root))
    if (isKind(Child, hclkind::Body))
      Converter.convertBody(Child, File, 0);
  return File;
}

} // namespace blastradius::model

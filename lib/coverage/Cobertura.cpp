// Cobertura XML, parsed with pugixml (Debian libpugixml-dev): a well-kept, non-recursive parser.
//
//   <coverage><sources><source>/abs/dir</source></sources>
//     <packages><package><classes>
//       <class filename="rel/path.py"><methods><method name="f" hits="1"><lines>...</lines></method></methods>
//         <lines><line number="3" hits="1" branch="true" condition-coverage="50% (1/2)"/></lines>
//
// Each <class> is one file record; a relative filename is resolved against the <source>
// directories later, by the loader. Cobertura says only how many of a line's conditions were taken,
// not how often: its branch records are inexact (Taken 1 or 0, Exact false).
#include "coverage/CoverageFormats.h"

#include <pugixml.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace blastradius::coverage {

namespace {

std::optional<uint64_t> number(const char *Text) {
  size_t Size = std::strlen(Text);
  uint64_t Value = 0;
  auto [End, Ec] = std::from_chars(Text, Text + Size, Value);
  if (Ec == std::errc::result_out_of_range)
    return UINT64_MAX;
  if (Ec == std::errc() && End == Text + Size && Size)
    return Value;
  // Some writers use "1.0" for hits.
  char *FloatEnd = nullptr;
  double D = std::strtod(Text, &FloatEnd);
  if (Size && FloatEnd == Text + Size && D >= 0)
    return D >= 1.8e19 ? UINT64_MAX : static_cast<uint64_t>(D);
  return std::nullopt;
}

class CoberturaReader {
public:
  CoberturaReader(std::string_view Text, ParsedCoverage &Out) : Text(Text), Out(Out) {}

  void read(const pugi::xml_document &Doc) {
    pugi::xml_node Root = Doc.child("coverage");
    if (!Root) {
      Out.problem(1, "XML root element is not <coverage> (not a Cobertura report)");
      return;
    }
    std::vector<std::string> Sources;
    for (pugi::xml_node Source : Root.child("sources").children("source")) {
      std::string Dir = Source.text().get();
      size_t First = Dir.find_first_not_of(" \t\r\n"), Last = Dir.find_last_not_of(" \t\r\n");
      if (First != std::string::npos)
        Sources.push_back(Dir.substr(First, Last - First + 1));
    }
    unsigned Classes = 0;
    for (pugi::xml_node Package : Root.child("packages").children("package"))
      for (pugi::xml_node Class : Package.child("classes").children("class")) {
        ++Classes;
        cls(Class, Sources);
      }
    if (Classes == 0 && !Root.child("packages"))
      Out.problem(lineOf(Root), "<coverage> has no <packages> (not a Cobertura report?)");
  }

private:
  /// Nodes are visited in document order: count newlines from the previous one, not from the start
  /// (50,000 classes would otherwise cost 50,000 scans of the whole file).
  unsigned lineOf(pugi::xml_node Node) {
    ptrdiff_t Offset = Node.offset_debug();
    if (Offset < 0)
      return 0;
    size_t Target = std::min(static_cast<size_t>(Offset), Text.size());
    if (Target < CountedTo) {
      CountedTo = 0;
      CountedLine = 1;
    }
    CountedLine += static_cast<unsigned>(std::count(Text.begin() + CountedTo, Text.begin() + Target, '\n'));
    CountedTo = Target;
    return CountedLine;
  }

  void cls(pugi::xml_node Class, const std::vector<std::string> &Sources) {
    const char *Filename = Class.attribute("filename").value();
    if (!*Filename) {
      Out.problem(lineOf(Class), "<class> without a filename");
      return;
    }
    FileRecord R;
    R.Path = Filename;
    R.BaseDirectories = Sources;
    R.Line = lineOf(Class);
    for (pugi::xml_node Line : Class.child("lines").children("line"))
      line(Line, R.Data);
    for (pugi::xml_node Method : Class.child("methods").children("method")) {
      FunctionRecord F;
      F.Name = Method.attribute("name").value();
      for (pugi::xml_node Line : Method.child("lines").children("line")) {
        std::optional<uint64_t> Number = number(Line.attribute("number").value());
        if (Number && *Number > 0 && *Number < 100000000 && (!F.StartLine || *Number < F.StartLine)) {
          F.StartLine = static_cast<unsigned>(*Number);
          F.Hits = number(Line.attribute("hits").value()).value_or(0);
        }
      }
      if (Method.attribute("hits"))
        F.Hits = number(Method.attribute("hits").value()).value_or(F.Hits);
      if (F.StartLine && !F.Name.empty())
        R.Data.Functions.push_back(std::move(F));
    }
    R.Data.finish();
    Out.Records.push_back(std::move(R));
  }

  void line(pugi::xml_node Line, FileCoverage &Into) {
    std::optional<uint64_t> Number = number(Line.attribute("number").value());
    std::optional<uint64_t> Hits = number(Line.attribute("hits").value());
    if (!Number || *Number == 0 || *Number > 100000000 || !Hits) {
      Out.problem(lineOf(Line), "<line> needs a positive number= and a count hits=");
      return;
    }
    unsigned N = static_cast<unsigned>(*Number);
    uint64_t &Sum = Into.Lines[N];
    Sum = Sum > UINT64_MAX - *Hits ? UINT64_MAX : Sum + *Hits;
    if (std::string_view(Line.attribute("branch").value()) != "true")
      return;
    // condition-coverage="50% (1/2)": taken conditions of all. More than this on one line is not
    // real code, and would let a small file make a huge model.
    constexpr unsigned MaxConditions = 128;
    static const RE2 Conditions(R"(\((\d+)/(\d+)\))");
    unsigned Taken = 0, Total = 0;
    if (!RE2::PartialMatch(Line.attribute("condition-coverage").value(), Conditions, &Taken, &Total) ||
        Taken > Total || Total > MaxConditions)
      return;
    for (unsigned I = 0; I < Total; ++I) {
      BranchRecord B;
      B.Line = N;
      B.Branch = I;
      B.Taken = I < Taken ? 1 : 0;
      B.Exact = false;
      Into.Branches.push_back(B);
    }
  }

  std::string_view Text;
  ParsedCoverage &Out;
  size_t CountedTo = 0;
  unsigned CountedLine = 1;
};

} // namespace

void parseCobertura(std::string_view Text, ParsedCoverage &Out) {
  Out.Format = "cobertura";
  pugi::xml_document Doc;
  // No DOCTYPE processing beyond skipping it: pugixml never fetches external entities.
  pugi::xml_parse_result Result = Doc.load_buffer(Text.data(), Text.size(), pugi::parse_default);
  if (!Result) {
    Out.problem(lineOfOffset(Text, static_cast<size_t>(std::max<ptrdiff_t>(Result.offset, 0))),
                std::string("XML syntax error: ") + Result.description());
    return;
  }
  CoberturaReader(Text, Out).read(Doc);
}

} // namespace blastradius::coverage

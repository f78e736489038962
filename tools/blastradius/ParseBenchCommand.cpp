// `blastradius parse-bench PATH...`: the benchmark's baseline. Same inventory, same reading, same
// threads as `scan`, but only a bare tree-sitter parse of each file: no rules, no report.
// `--check-flat-tree` also lists each tree the fast way (model::FlatTree's direct walk over the
// tree's child arrays) and the reference way (the public cursor) and says where they differ, and
// checks the flat tree's child-by-field lookup against ts_node_child_by_field_id on every node.
#include "Commands.h"

#include "Engine.h"
#include "Inventory.h"
#include "LanguageDetection.h"
#include "Languages.h"
#include "WorkerThreads.h"
#include "model/FlatTree.h"

#include <tree_sitter/api.h>

#include <atomic>
#include <mutex>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

namespace blastradius::tools {

CommandRunner addParseBenchCommand(CLI::App &App) {
  struct Arguments {
    std::vector<std::string> Paths;
    unsigned Jobs = 0;
    bool CheckFlatTree = false;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command =
      App.add_subcommand("parse-bench", "Benchmark baseline: parse every file with tree-sitter, run no rule");
  Command->add_option("paths", Args->Paths, "Files or directories")->required();
  Command->add_option("--jobs,-j", Args->Jobs, "Worker threads (default: all cores)");
  Command->add_flag("--check-flat-tree", Args->CheckFlatTree,
                    "Also flatten each tree directly and with the cursor, and report any difference");
  return [Args]() -> int {
    auto Start = std::chrono::steady_clock::now();
    Inventory Files;
    std::string Error;
    if (!buildInventory(Args->Paths, "", Files, Error)) {
      std::cerr << "blastradius: error: " << Error << "\n";
      return ExitUsage;
    }
    std::atomic<size_t> Next{0}, Parsed{0}, Bytes{0}, Nodes{0}, Differences{0};
    std::mutex Say;
    // The first difference of one file: where, and both entries.
    auto Compare = [&](const std::string &Path, TSNode Root) {
      model::FlatTree Direct(Root, SIZE_MAX, model::FlatTree::Walk::Direct);
      model::FlatTree Cursor(Root, SIZE_MAX, model::FlatTree::Walk::Cursor);
      const auto A = Direct.entries(), B = Cursor.entries();
      Nodes += B.size();
      size_t I = 0;
      TSFieldId Field = 0;
      if (Direct.sameAs(Cursor, &I) && Direct.fieldLookupsAgree(&I, &Field))
        return;
      ++Differences;
      std::lock_guard<std::mutex> Lock(Say);
      if (Field) { // the lists agree; a child found by field does not
        uint32_t Child = Direct.childWithField(static_cast<uint32_t>(I), Field);
        TSNode Expected = ts_node_child_by_field_id(A[I].Node, Field);
        std::cout << Path << ": flat trees differ at node " << I << " of " << B.size() << ": "
                  << ts_node_type(A[I].Node) << " @" << ts_node_start_byte(A[I].Node) << ", field "
                  << ts_language_field_name_for_id(ts_node_language(A[I].Node), Field) << ": flat "
                  << ts_node_type(A[Child].Node) << " @" << ts_node_start_byte(A[Child].Node)
                  << ", ts_node_child_by_field_id "
                  << (ts_node_is_null(Expected) ? "none" : ts_node_type(Expected)) << " @"
                  << (ts_node_is_null(Expected) ? 0 : ts_node_start_byte(Expected)) << "\n";
        return;
      }
      std::cout << Path << ": flat trees differ at node " << I << " of " << B.size() << " (direct " << A.size() << ")";
      if (I < A.size() && I < B.size())
        std::cout << ": direct " << ts_node_type(A[I].Node) << " @" << ts_node_start_byte(A[I].Node) << " end "
                  << A[I].SubtreeEnd << " parent " << A[I].Parent << " field " << A[I].Field << ", cursor "
                  << ts_node_type(B[I].Node) << " @" << ts_node_start_byte(B[I].Node) << " end " << B[I].SubtreeEnd
                  << " parent " << B[I].Parent << " field " << B[I].Field;
      std::cout << "\n";
    };
    auto Work = [&] {
      std::unique_ptr<TSParser, void (*)(TSParser *)> Parser(ts_parser_new(), ts_parser_delete);
      for (size_t I = Next++; I < Files.Files.size(); I = Next++) {
        std::string Content, Kind;
        if (!readWholeFile(Files.Files[I].AbsolutePath, 4 * 1024 * 1024, Content, Kind, Error))
          continue;
        const LanguageInfo *Info = findLanguage(detectLanguage(Files.Files[I].RelativePath, Content).Language);
        const TSLanguage *Grammar = Info ? treeSitterLanguage(Info->Parser == Grammar::None ? Grammar::Bash
                                                                                              : Info->Parser)
                                         : nullptr;
        if (!Grammar)
          continue;
        ts_parser_set_language(Parser.get(), Grammar);
        TSTree *Tree = ts_parser_parse_string(Parser.get(), nullptr, Content.data(),
                                              static_cast<uint32_t>(Content.size()));
        if (Args->CheckFlatTree && Tree)
          Compare(Files.Files[I].RelativePath, ts_tree_root_node(Tree));
        ts_tree_delete(Tree);
        ++Parsed;
        Bytes += Content.size();
      }
    };
    unsigned Jobs = Args->Jobs ? Args->Jobs : std::max(1u, std::thread::hardware_concurrency());
    runOnThreads(Jobs, Work);
    double Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
    std::cout << "parsed " << Parsed << " files, " << Bytes << " bytes in " << Seconds << " s\n";
    if (Args->CheckFlatTree) {
      std::cout << "flat trees: " << Nodes << " nodes, " << Differences << " file(s) with a difference\n";
      return Differences ? ExitFindings : ExitClean;
    }
    return ExitClean;
  };
}

} // namespace blastradius::tools

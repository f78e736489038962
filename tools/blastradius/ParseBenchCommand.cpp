// `blastradius parse-bench PATH...`: the benchmark's baseline. Same inventory, same reading, same
// threads as `scan`, but only a bare tree-sitter parse of each file: no rules, no report.
#include "Commands.h"

#include "Engine.h"
#include "Inventory.h"
#include "LanguageDetection.h"
#include "Languages.h"
#include "WorkerThreads.h"

#include <tree_sitter/api.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

namespace blastradius::tools {

CommandRunner addParseBenchCommand(CLI::App &App) {
  struct Arguments {
    std::vector<std::string> Paths;
    unsigned Jobs = 0;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command =
      App.add_subcommand("parse-bench", "Benchmark baseline: parse every file with tree-sitter, run no rule");
  Command->add_option("paths", Args->Paths, "Files or directories")->required();
  Command->add_option("--jobs,-j", Args->Jobs, "Worker threads (default: all cores)");
  return [Args]() -> int {
    auto Start = std::chrono::steady_clock::now();
    Inventory Files;
    std::string Error;
    if (!buildInventory(Args->Paths, "", Files, Error)) {
      std::cerr << "blastradius: error: " << Error << "\n";
      return ExitUsage;
    }
    std::atomic<size_t> Next{0}, Parsed{0}, Bytes{0};
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
        ts_tree_delete(Tree);
        ++Parsed;
        Bytes += Content.size();
      }
    };
    unsigned Jobs = Args->Jobs ? Args->Jobs : std::max(1u, std::thread::hardware_concurrency());
    runOnThreads(Jobs, Work);
    double Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
    std::cout << "parsed " << Parsed << " files, " << Bytes << " bytes in " << Seconds << " s\n";
    return ExitClean;
  };
}

} // namespace blastradius::tools

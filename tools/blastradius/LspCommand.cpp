// `blastradius lsp`: the language server on stdin/stdout, for every language the scanner knows
// (C++ goes through blastradius-clangd). Logs go to stderr, which editors keep in their LSP log.
#include "Commands.h"

#include "lsp/Server.h"
#include "lsp/Transport.h"
#include "lsp/Workspace.h"

#include <csignal>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace blastradius::tools {

namespace {
struct LspArguments {
  std::vector<std::string> RuleDirs;
  bool NoDefaultRules = false;
  uint64_t MaxFileSize = 4 * 1024 * 1024;
  unsigned DebounceMs = 250;
  size_t MaxMessageBytes = 64 * 1024 * 1024;
};

int runLsp(const LspArguments &Args) {
  // A client that disappears closes the pipe: a write must fail with EPIPE, not kill the server.
  std::signal(SIGPIPE, SIG_IGN);
  lsp::Workspace Analysis(ruleDirectories(!Args.NoDefaultRules, Args.RuleDirs), Args.MaxFileSize);
  lsp::Transport Channel(STDIN_FILENO, STDOUT_FILENO, Args.MaxMessageBytes);
  lsp::ServerOptions Options;
  Options.Debounce = std::chrono::milliseconds(Args.DebounceMs);
  lsp::Server Server(Channel, Analysis, std::cerr, Options);
  int Status = Server.run();
  std::cerr.flush();
  // The reader thread may still block in read(2): leave without unwinding it.
  std::_Exit(Status);
}
} // namespace

CommandRunner addLspCommand(CLI::App &App) {
  auto Args = std::make_shared<LspArguments>();
  CLI::App *Lsp = App.add_subcommand("lsp", "Language server (LSP on stdin/stdout): findings in the editor as "
                                            "you type, for every language but C++ (use blastradius-clangd)");
  Lsp->add_option("--rules", Args->RuleDirs, "Extra rule directory (repeatable)");
  Lsp->add_flag("--no-default-rules", Args->NoDefaultRules, "Use only the rules of --rules directories");
  Lsp->add_option("--max-file-size", Args->MaxFileSize, "Do not analyse documents larger than this many bytes")
      ->capture_default_str();
  Lsp->add_option("--debounce-ms", Args->DebounceMs,
                  "Analyse a changed document once the edits pause for this long")
      ->capture_default_str();
  Lsp->add_option("--max-message-size", Args->MaxMessageBytes,
                  "Skip (and log) LSP messages larger than this many bytes")
      ->capture_default_str();
  // Editors start language servers with `--stdio`; stdio is the only transport, so accept it.
  Lsp->add_flag("--stdio", "Communicate over stdin/stdout (the default and only transport)");
  return [Args] { return runLsp(*Args); };
}

} // namespace blastradius::tools

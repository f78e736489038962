// `blastradius lsp`: the JSON-RPC dispatcher of the language server. A reader thread frames
// messages off the input; the main thread handles them in order and analyses changed documents
// once the client has paused typing (debounce), so a burst of edits costs one analysis.
#ifndef BLASTRADIUS_LSP_SERVER_H
#define BLASTRADIUS_LSP_SERVER_H

#include "SourceText.h"
#include "Transport.h"
#include "Workspace.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>

namespace blastradius::lsp {

struct ServerOptions {
  std::chrono::milliseconds Debounce{250};
};

class Server {
public:
  Server(Transport &Channel, Workspace &Analysis, std::ostream &Log, ServerOptions Options)
      : Channel(Channel), Analysis(Analysis), Log(Log), Options(Options) {}

  /// Serves until `exit` (status 0 after `shutdown`, 1 without) or the end of the input (1).
  int run();

private:
  using Clock = std::chrono::steady_clock;
  struct Document {
    std::string Uri;
    std::string Path;
    std::string Text;
    int64_t Version = 0;
    bool Pending = false;
    Clock::time_point Due;
    /// The last analysis and the text it judged (positions of its findings refer to it).
    DocumentResult Last;
    std::unique_ptr<SourceText> LastText;
  };
  struct Incoming {
    Transport::Status Status;
    std::string Body;
    std::string Problem;
  };

  void readLoop();
  /// Handles one message; returns false when the server must stop (exit).
  bool handle(const std::string &Body);
  void request(const nlohmann::json &Id, const std::string &Method, const nlohmann::json &Params);
  bool notification(const std::string &Method, const nlohmann::json &Params);

  nlohmann::json initialize(const nlohmann::json &Params);
  void didOpen(const nlohmann::json &Params);
  void didChange(const nlohmann::json &Params);
  nlohmann::json hover(const nlohmann::json &Params);
  nlohmann::json codeAction(const nlohmann::json &Params);
  nlohmann::json executeCommand(const nlohmann::json &Params);

  void schedule(Document &Doc, Clock::duration Delay);
  /// Other open documents of Doc's directory may read it (a Terraform module): analyse them again.
  void scheduleNeighbours(const Document &Doc);
  void analyseDue();
  void analyse(Document &Doc);
  void publish(const Document &Doc);

  void reply(const nlohmann::json &Id, nlohmann::json Result);
  void replyError(const nlohmann::json &Id, int Code, const std::string &Message);
  void send(const nlohmann::json &Message);
  void logError(const std::string &Message);

  Transport &Channel;
  Workspace &Analysis;
  std::ostream &Log;
  ServerOptions Options;

  std::mutex QueueMutex;
  std::condition_variable QueueReady;
  std::deque<Incoming> Queue;

  bool Initialized = false;
  bool ShutDown = false;
  bool ClientShowsDocuments = false;
  bool OutputGone = false;
  int64_t NextRequestId = 1;
  std::map<std::string, Document> Documents;
};

} // namespace blastradius::lsp

#endif

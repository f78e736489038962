// The language server's message loop and its handlers.
#include "Server.h"

#include "Diagnostics.h"
#include "Rule.h"
#include "Text.h"

#include <filesystem>
#include <thread>

namespace fs = std::filesystem;

namespace blastradius::lsp {

namespace {
// JSON-RPC and LSP error codes.
constexpr int ParseError = -32700;
constexpr int InvalidRequest = -32600;
constexpr int MethodNotFound = -32601;
constexpr int InvalidParams = -32602;
constexpr int InternalError = -32603;
constexpr int ServerNotInitialized = -32002;

constexpr const char *PlaceCursorCommand = "blastradius.placeCursor";

/// The parameter at Key of the expected type, or a json exception (answered as InvalidParams).
const nlohmann::json &member(const nlohmann::json &Object, const char *Key) {
  if (!Object.is_object() || !Object.contains(Key))
    throw nlohmann::json::other_error::create(501, std::string("missing '") + Key + "'", &Object);
  return Object.at(Key);
}

std::string stringMember(const nlohmann::json &Object, const char *Key) {
  return member(Object, Key).get<std::string>();
}

LspPosition positionOf(const nlohmann::json &Json) {
  int64_t Line = member(Json, "line").get<int64_t>(), Character = member(Json, "character").get<int64_t>();
  if (Line < 0 || Character < 0 || Line > UINT32_MAX || Character > UINT32_MAX)
    throw nlohmann::json::other_error::create(501, "position out of range", &Json);
  return {static_cast<unsigned>(Line), static_cast<unsigned>(Character)};
}

/// Applies one incremental change (a range and its new text) to Text.
void applyChange(std::string &Text, const nlohmann::json &Change) {
  std::string NewText = stringMember(Change, "text");
  if (!Change.contains("range")) {
    Text = std::move(NewText);
    return;
  }
  const nlohmann::json &Range = Change.at("range");
  SourceText Source(Text);
  size_t Start = Source.offset(fromLsp(Source, positionOf(member(Range, "start"))));
  size_t End = Source.offset(fromLsp(Source, positionOf(member(Range, "end"))));
  // A position past the last line is the end of the text.
  if (positionOf(member(Range, "start")).Line >= Source.lineCount())
    Start = Text.size();
  if (positionOf(member(Range, "end")).Line >= Source.lineCount())
    End = Text.size();
  Start = std::min(Start, Text.size());
  End = std::min(std::max(End, Start), Text.size());
  Text.replace(Start, End - Start, NewText);
}
} // namespace

void Server::logError(const std::string &Message) { Log << "blastradius lsp: error: " << Message << std::endl; }

void Server::send(const nlohmann::json &Message) {
  if (OutputGone)
    return;
  if (!Channel.write(Message)) {
    OutputGone = true;
    logError("the client closed its input: nothing more can be sent");
  }
}

void Server::reply(const nlohmann::json &Id, nlohmann::json Result) {
  send({{"jsonrpc", "2.0"}, {"id", Id}, {"result", std::move(Result)}});
}

void Server::replyError(const nlohmann::json &Id, int Code, const std::string &Message) {
  send({{"jsonrpc", "2.0"}, {"id", Id}, {"error", {{"code", Code}, {"message", Message}}}});
}

void Server::readLoop() {
  for (;;) {
    Incoming Item;
    Item.Status = Channel.read(Item.Body, Item.Problem);
    bool End = Item.Status == Transport::Status::End;
    {
      std::lock_guard<std::mutex> Lock(QueueMutex);
      Queue.push_back(std::move(Item));
    }
    QueueReady.notify_one();
    if (End)
      return;
  }
}

int Server::run() {
  // The reader blocks in read(2); it is detached so that `exit` ends the process even while the
  // client keeps the pipe open.
  std::thread Reader([this] { readLoop(); });
  Reader.detach();
  for (;;) {
    Incoming Item;
    {
      std::unique_lock<std::mutex> Lock(QueueMutex);
      for (;;) {
        if (!Queue.empty())
          break;
        std::optional<Clock::time_point> Next;
        for (auto &[Uri, Doc] : Documents)
          if (Doc.Pending && (!Next || Doc.Due < *Next))
            Next = Doc.Due;
        if (Next && *Next <= Clock::now()) {
          Lock.unlock();
          analyseDue();
          Lock.lock();
          continue;
        }
        if (Next)
          QueueReady.wait_until(Lock, *Next);
        else
          QueueReady.wait(Lock);
      }
      Item = std::move(Queue.front());
      Queue.pop_front();
    }
    if (Item.Status == Transport::Status::End) {
      if (!ShutDown)
        logError("the client closed the connection without 'shutdown' and 'exit'");
      return ShutDown ? 0 : 1;
    }
    if (Item.Status == Transport::Status::Malformed) {
      logError(Item.Problem);
      continue;
    }
    if (!handle(Item.Body))
      return ShutDown ? 0 : 1;
  }
}

bool Server::handle(const std::string &Body) {
  nlohmann::json Message = nlohmann::json::parse(Body, nullptr, /*allow_exceptions=*/false);
  if (Message.is_discarded()) {
    logError("a message that is not JSON (" + std::to_string(Body.size()) + " bytes)");
    replyError(nullptr, ParseError, "the message is not valid JSON");
    return true;
  }
  if (!Message.is_object()) {
    logError("a message that is not a JSON object");
    replyError(nullptr, InvalidRequest, "a JSON-RPC message is an object (batches are not part of LSP)");
    return true;
  }
  auto Method = Message.find("method");
  auto Id = Message.find("id");
  bool IdValid = Id != Message.end() && (Id->is_string() || Id->is_number_integer());
  if (Method == Message.end()) {
    // A response to one of our requests (window/showDocument): nothing waits for it.
    if (IdValid && (Message.contains("result") || Message.contains("error")))
      return true;
    logError("a message with neither a method nor a result");
    replyError(IdValid ? *Id : nlohmann::json(nullptr), InvalidRequest, "no 'method'");
    return true;
  }
  if (!Method->is_string() || (Id != Message.end() && !IdValid)) {
    logError("a message whose method or id has the wrong type");
    replyError(nullptr, InvalidRequest, "'method' must be a string and 'id' a string or an integer");
    return true;
  }
  // By reference: copying a hostile, deeply nested value would recurse.
  static const nlohmann::json NoParams = nlohmann::json::object();
  auto Found = Message.find("params");
  const nlohmann::json &Params = Found == Message.end() ? NoParams : *Found;
  std::string Name = Method->get<std::string>();
  if (Id == Message.end())
    return notification(Name, Params);
  request(*Id, Name, Params);
  return true;
}

void Server::request(const nlohmann::json &Id, const std::string &Method, const nlohmann::json &Params) {
  if (Method == "initialize") {
    if (Initialized) {
      replyError(Id, InvalidRequest, "already initialized");
      return;
    }
    try {
      reply(Id, initialize(Params));
      Initialized = true;
    } catch (const nlohmann::json::exception &E) {
      replyError(Id, InvalidParams, std::string("initialize: ") + E.what());
    }
    return;
  }
  if (!Initialized) {
    replyError(Id, ServerNotInitialized, "the first request must be 'initialize'");
    return;
  }
  if (ShutDown) {
    replyError(Id, InvalidRequest, "the server is shut down: only 'exit' is accepted");
    return;
  }
  try {
    if (Method == "shutdown") {
      ShutDown = true;
      reply(Id, nullptr);
    } else if (Method == "textDocument/hover") {
      reply(Id, hover(Params));
    } else if (Method == "textDocument/codeAction") {
      reply(Id, codeAction(Params));
    } else if (Method == "workspace/executeCommand") {
      reply(Id, executeCommand(Params));
    } else {
      logError("unknown request '" + Method + "'");
      replyError(Id, MethodNotFound, "unknown method '" + Method + "'");
    }
  } catch (const nlohmann::json::exception &E) {
    logError(Method + ": invalid parameters: " + E.what());
    replyError(Id, InvalidParams, Method + ": " + E.what());
  } catch (const std::exception &E) {
    logError(Method + ": " + E.what());
    replyError(Id, InternalError, Method + ": " + E.what());
  }
}

bool Server::notification(const std::string &Method, const nlohmann::json &Params) {
  if (Method == "exit")
    return false;
  if (!Initialized || ShutDown)
    return true; // notifications before initialize or after shutdown are dropped (LSP)
  try {
    if (Method == "textDocument/didOpen") {
      didOpen(Params);
    } else if (Method == "textDocument/didChange") {
      didChange(Params);
    } else if (Method == "textDocument/didSave") {
      auto Found = Documents.find(stringMember(member(Params, "textDocument"), "uri"));
      if (Found != Documents.end()) {
        schedule(Found->second, Clock::duration::zero());
        scheduleNeighbours(Found->second);
      }
    } else if (Method == "textDocument/didClose") {
      std::string Uri = stringMember(member(Params, "textDocument"), "uri");
      if (Documents.erase(Uri))
        send({{"jsonrpc", "2.0"},
              {"method", "textDocument/publishDiagnostics"},
              {"params", {{"uri", Uri}, {"diagnostics", nlohmann::json::array()}}}});
    } else if (Method == "workspace/didChangeWatchedFiles" || Method == "workspace/didChangeConfiguration") {
      for (auto &[Uri, Doc] : Documents)
        schedule(Doc, Options.Debounce);
    } else if (Method != "initialized" && Method.rfind("$/", 0) != 0) {
      Log << "blastradius lsp: ignored notification '" << Method << "'" << std::endl;
    }
  } catch (const std::exception &E) {
    // A notification has no answer: the log is all the client gets.
    logError(Method + ": invalid parameters: " + E.what());
  }
  return true;
}

nlohmann::json Server::initialize(const nlohmann::json &Params) {
  std::vector<std::string> Roots;
  if (Params.is_object()) {
    if (Params.contains("workspaceFolders") && Params["workspaceFolders"].is_array())
      for (const nlohmann::json &Folder : Params["workspaceFolders"])
        if (Folder.is_object() && Folder.contains("uri") && Folder["uri"].is_string())
          if (std::optional<std::string> Path = pathFromUri(Folder["uri"].get<std::string>()))
            Roots.push_back(fs::path(*Path).lexically_normal().string());
    if (Roots.empty() && Params.contains("rootUri") && Params["rootUri"].is_string())
      if (std::optional<std::string> Path = pathFromUri(Params["rootUri"].get<std::string>()))
        Roots.push_back(fs::path(*Path).lexically_normal().string());
    if (Roots.empty() && Params.contains("rootPath") && Params["rootPath"].is_string())
      Roots.push_back(fs::path(Params["rootPath"].get<std::string>()).lexically_normal().string());
    const nlohmann::json *Window = nullptr;
    if (Params.contains("capabilities") && Params["capabilities"].is_object() &&
        Params["capabilities"].contains("window"))
      Window = &Params["capabilities"]["window"];
    ClientShowsDocuments = Window && Window->is_object() && Window->contains("showDocument") &&
                           (*Window)["showDocument"].is_object() &&
                           (*Window)["showDocument"].value("support", false);
  }
  for (std::string &Root : Roots)
    while (Root.size() > 1 && Root.back() == '/')
      Root.pop_back();
  Analysis.setRoots(Roots);
  return {{"capabilities",
           {{"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
            {"hoverProvider", true},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"executeCommandProvider", {{"commands", {PlaceCursorCommand}}}}}},
          {"serverInfo", {{"name", "blastradius"}, {"version", BLASTRADIUS_VERSION}}}};
}

void Server::didOpen(const nlohmann::json &Params) {
  const nlohmann::json &Item = member(Params, "textDocument");
  std::string Uri = stringMember(Item, "uri");
  std::optional<std::string> Path = pathFromUri(Uri);
  if (!Path) {
    Log << "blastradius lsp: not a file: URI, not analysed: " << Uri << std::endl;
    return;
  }
  Document &Doc = Documents[Uri];
  Doc.Uri = Uri;
  Doc.Path = fs::path(*Path).lexically_normal().string();
  Doc.Text = stringMember(Item, "text");
  Doc.Version = Item.value("version", int64_t(0));
  schedule(Doc, Clock::duration::zero());
  scheduleNeighbours(Doc);
}

void Server::didChange(const nlohmann::json &Params) {
  const nlohmann::json &Item = member(Params, "textDocument");
  auto Found = Documents.find(stringMember(Item, "uri"));
  if (Found == Documents.end())
    return; // not open (or not a file: URI)
  Document &Doc = Found->second;
  const nlohmann::json &Changes = member(Params, "contentChanges");
  if (!Changes.is_array())
    throw nlohmann::json::other_error::create(501, "'contentChanges' is not an array", &Changes);
  std::string Text = Doc.Text;
  for (const nlohmann::json &Change : Changes)
    applyChange(Text, Change);
  Doc.Text = std::move(Text);
  if (Item.contains("version") && Item["version"].is_number_integer())
    Doc.Version = Item["version"].get<int64_t>();
  schedule(Doc, Options.Debounce);
  scheduleNeighbours(Doc);
}

void Server::schedule(Document &Doc, Clock::duration Delay) {
  Doc.Pending = true;
  Doc.Due = Clock::now() + Delay;
}

void Server::scheduleNeighbours(const Document &Doc) {
  fs::path Directory = fs::path(Doc.Path).parent_path();
  for (auto &[Uri, Other] : Documents)
    if (Uri != Doc.Uri && fs::path(Other.Path).parent_path() == Directory)
      schedule(Other, Options.Debounce);
}

void Server::analyseDue() {
  Clock::time_point Now = Clock::now();
  for (auto &[Uri, Doc] : Documents)
    if (Doc.Pending && Doc.Due <= Now) {
      Doc.Pending = false;
      analyse(Doc);
      publish(Doc);
    }
}

void Server::analyse(Document &Doc) {
  OpenDocumentLookup Open = [this](const std::string &Path) -> std::optional<std::string> {
    for (const auto &[Uri, Other] : Documents)
      if (Other.Path == Path)
        return Other.Text;
    return std::nullopt;
  };
  try {
    Doc.Last = Analysis.analyse(Doc.Path, Doc.Text, Open);
  } catch (const std::exception &E) {
    logError("analysing " + Doc.Path + ": " + E.what());
    Doc.Last = DocumentResult();
  }
  Doc.LastText = std::make_unique<SourceText>(Doc.Text);
}

void Server::publish(const Document &Doc) {
  nlohmann::json Diagnostics = nlohmann::json::array();
  const SourceText &Source = *Doc.LastText;
  if (Doc.Last.Rules && !Doc.Last.Rules->Errors.empty()) {
    std::string Message = "blastradius did not analyse this file:";
    for (const std::string &Line : Doc.Last.Rules->Errors)
      Message += "\n" + Line;
    Notification N{"", "invalid-configuration", Message, Level::Error, true, std::nullopt};
    Diagnostics.push_back(notificationDiagnostic(N, Source));
  }
  for (const Finding &F : Doc.Last.Findings)
    Diagnostics.push_back(toDiagnostic(F, Doc.Last.Rules ? Doc.Last.Rules->Rules.find(F.RuleId) : nullptr, Source,
                                       Doc.Uri));
  for (const Notification &N : Doc.Last.Notifications)
    if (N.Kind != "unknown-language" && (N.Path.empty() || N.Path == Doc.Last.RelativePath))
      Diagnostics.push_back(notificationDiagnostic(N, Source));
  send({{"jsonrpc", "2.0"},
        {"method", "textDocument/publishDiagnostics"},
        {"params", {{"uri", Doc.Uri}, {"version", Doc.Version}, {"diagnostics", std::move(Diagnostics)}}}});
}

nlohmann::json Server::hover(const nlohmann::json &Params) {
  LspPosition Where = positionOf(member(Params, "position")); // malformed: InvalidParams, open or not
  auto Found = Documents.find(stringMember(member(Params, "textDocument"), "uri"));
  if (Found == Documents.end() || !Found->second.LastText)
    return nullptr;
  const Document &Doc = Found->second;
  Position At = fromLsp(*Doc.LastText, Where);
  std::string Text;
  for (const Finding &F : Doc.Last.Findings)
    if (touches(F, At, At)) {
      if (!Text.empty())
        Text += "\n\n---\n\n";
      Text += hoverText(F, Doc.Last.Rules ? Doc.Last.Rules->Rules.find(F.RuleId) : nullptr);
    }
  if (Text.empty())
    return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", Text}}}};
}

nlohmann::json Server::codeAction(const nlohmann::json &Params) {
  std::string Uri = stringMember(member(Params, "textDocument"), "uri");
  const nlohmann::json &Range = member(Params, "range");
  LspPosition RangeStart = positionOf(member(Range, "start")), RangeEnd = positionOf(member(Range, "end"));
  auto Found = Documents.find(Uri);
  nlohmann::json Actions = nlohmann::json::array();
  if (Found == Documents.end() || !Found->second.LastText)
    return Actions;
  const Document &Doc = Found->second;
  // The findings are those of the last analysis: an action on a text changed since would edit the
  // wrong line, so none is offered until the analysis has caught up.
  if (Doc.Pending || Doc.LastText->content() != Doc.Text)
    return Actions;
  Position Start = fromLsp(*Doc.LastText, RangeStart);
  Position End = fromLsp(*Doc.LastText, RangeEnd);
  for (const Finding &F : Doc.Last.Findings) {
    if (!touches(F, Start, End))
      continue;
    const Rule *R = Doc.Last.Rules ? Doc.Last.Rules->Rules.find(F.RuleId) : nullptr;
    // A finding that carries its own fix (the `moved {}` block of a rename) offers it first.
    if (F.Fix && F.Path == Doc.Last.RelativePath) {
      LspPosition At = toLsp(*Doc.LastText, F.Fix->At);
      nlohmann::json Here = {{"line", At.Line}, {"character", At.Character}};
      nlohmann::json Insert = {{"range", {{"start", Here}, {"end", Here}}}, {"newText", F.Fix->Text}};
      Actions.push_back({{"title", F.Fix->Description},
                         {"kind", "quickfix"},
                         {"diagnostics", {toDiagnostic(F, R, *Doc.LastText, Uri)}},
                         {"edit", {{"changes", {{Uri, {Insert}}}}}}});
    }
    if (R && R->Engine == "builtin")
      continue; // the bookkeeping findings are about suppressions themselves
    std::optional<SuppressionEdit> Edit = suppressionEdit(F, *Doc.LastText, Doc.Last.Language);
    if (!Edit)
      continue;
    nlohmann::json Where = {{"line", Edit->ReasonLine}, {"character", Edit->ReasonCharacter}};
    nlohmann::json Action = {
        {"title", "Suppress " + F.RuleId + " with a reason"},
        {"kind", "quickfix"},
        {"diagnostics", {toDiagnostic(F, R, *Doc.LastText, Uri)}},
        {"edit", {{"changes", {{Uri, {Edit->Edit}}}}}},
        {"command", {{"title", "Type the reason"}, {"command", PlaceCursorCommand}, {"arguments", {Uri, Where}}}}};
    Actions.push_back(std::move(Action));
  }
  return Actions;
}

nlohmann::json Server::executeCommand(const nlohmann::json &Params) {
  std::string Command = stringMember(Params, "command");
  if (Command != PlaceCursorCommand)
    throw nlohmann::json::other_error::create(501, "unknown command '" + Command + "'", &Params);
  const nlohmann::json &Arguments = member(Params, "arguments");
  if (!Arguments.is_array() || Arguments.size() != 2)
    throw nlohmann::json::other_error::create(501, "expects [uri, position]", &Params);
  std::string Uri = Arguments[0].get<std::string>();
  LspPosition At = positionOf(Arguments[1]);
  // The cursor goes where the reason is typed: window/showDocument with that selection, where
  // the client supports it (LSP 3.16).
  if (ClientShowsDocuments) {
    nlohmann::json Here = {{"line", At.Line}, {"character", At.Character}};
    send({{"jsonrpc", "2.0"},
          {"id", "blastradius-" + std::to_string(NextRequestId++)},
          {"method", "window/showDocument"},
          {"params", {{"uri", Uri}, {"takeFocus", true}, {"selection", {{"start", Here}, {"end", Here}}}}}});
  }
  return nullptr;
}

} // namespace blastradius::lsp

// Content-Length framing over read(2)/write(2): bounded headers, bounded bodies, EINTR retried.
#include "Transport.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <unistd.h>

namespace blastradius::lsp {

namespace {
/// A header block longer than this is not LSP.
constexpr size_t MaxHeaderBytes = 8192;

bool equalsIgnoringCase(const std::string &A, const char *B) {
  size_t I = 0;
  for (; I < A.size() && B[I]; ++I)
    if (std::tolower(static_cast<unsigned char>(A[I])) != std::tolower(static_cast<unsigned char>(B[I])))
      return false;
  return I == A.size() && !B[I];
}
} // namespace

bool Transport::fill() {
  if (Start > 0 && Start == Buffer.size()) {
    Buffer.clear();
    Start = 0;
  } else if (Start > 65536) {
    Buffer.erase(0, Start);
    Start = 0;
  }
  char Chunk[65536];
  for (;;) {
    ssize_t N = ::read(In, Chunk, sizeof Chunk);
    if (N > 0) {
      Buffer.append(Chunk, static_cast<size_t>(N));
      return true;
    }
    if (N < 0 && errno == EINTR)
      continue;
    return false;
  }
}

bool Transport::discard(size_t Count) {
  while (Count > 0) {
    if (Start == Buffer.size() && !fill())
      return false;
    size_t Take = std::min(Count, Buffer.size() - Start);
    Start += Take;
    Count -= Take;
  }
  return true;
}

Transport::Status Transport::read(std::string &Body, std::string &Problem) {
  // The header block ends at an empty line; each header is `Name: value`.
  size_t End;
  for (;;) {
    End = Buffer.find("\r\n\r\n", Start);
    if (End != std::string::npos)
      break;
    if (Buffer.size() - Start > MaxHeaderBytes) {
      // No header end in sight: drop what we have (keep a tail that may hold the start of "\r\n\r\n").
      Start = Buffer.size() - 3;
      Problem = "header block longer than " + std::to_string(MaxHeaderBytes) + " bytes: skipped";
      return Status::Malformed;
    }
    if (!fill()) {
      if (Start < Buffer.size() && Buffer.find_first_not_of(" \t\r\n", Start) != std::string::npos) {
        Problem = "input ended inside a message header";
        Start = Buffer.size();
        return Status::Malformed;
      }
      return Status::End;
    }
  }
  std::string Headers = Buffer.substr(Start, End - Start);
  Start = End + 4;
  long long Length = -1;
  size_t Pos = 0;
  while (Pos <= Headers.size()) {
    size_t LineEnd = Headers.find("\r\n", Pos);
    if (LineEnd == std::string::npos)
      LineEnd = Headers.size();
    std::string Line = Headers.substr(Pos, LineEnd - Pos);
    Pos = LineEnd + 2;
    size_t Colon = Line.find(':');
    if (Colon == std::string::npos)
      continue;
    if (equalsIgnoringCase(Line.substr(0, Colon), "Content-Length")) {
      std::string Value = Line.substr(Colon + 1);
      size_t First = Value.find_first_not_of(" \t");
      if (First == std::string::npos || Value.find_first_not_of("0123456789 \t", First) != std::string::npos ||
          Value.size() - First > 18) {
        Length = -2;
      } else {
        Length = std::strtoll(Value.c_str() + First, nullptr, 10);
      }
    }
  }
  if (Length < 0) {
    Problem = Length == -1 ? "message without a Content-Length header: skipped"
                           : "Content-Length is not a number: skipped";
    return Status::Malformed;
  }
  size_t Size = static_cast<size_t>(Length);
  if (Size > MaxBytes) {
    Problem = "message of " + std::to_string(Size) + " bytes is over the limit of " + std::to_string(MaxBytes) +
              " bytes: skipped";
    if (!discard(Size))
      return Status::End;
    return Status::Malformed;
  }
  while (Buffer.size() - Start < Size)
    if (!fill()) {
      Problem = "input ended inside a message body";
      Start = Buffer.size();
      return Status::Malformed;
    }
  Body = Buffer.substr(Start, Size);
  Start += Size;
  return Status::Message;
}

bool Transport::write(const nlohmann::json &Message) {
  // Invalid UTF-8 in a document's text must not throw while serialising: replace it.
  std::string Text = Message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string Frame = "Content-Length: " + std::to_string(Text.size()) + "\r\n\r\n" + Text;
  std::lock_guard<std::mutex> Lock(WriteMutex);
  if (OutputBroken)
    return false;
  size_t Done = 0;
  while (Done < Frame.size()) {
    ssize_t N = ::write(Out, Frame.data() + Done, Frame.size() - Done);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      OutputBroken = true;
      return false;
    }
    Done += static_cast<size_t>(N);
  }
  return true;
}

} // namespace blastradius::lsp

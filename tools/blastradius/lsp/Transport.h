// LSP's base protocol on a pair of file descriptors: messages framed by a `Content-Length` header,
// bodies of JSON. The client is not trusted to frame correctly: a broken header, a body that is not
// JSON or a length beyond the limit is reported and skipped, never a crash or an unbounded read.
#ifndef BLASTRADIUS_LSP_TRANSPORT_H
#define BLASTRADIUS_LSP_TRANSPORT_H

#include <nlohmann/json.hpp>

#include <cstddef>
#include <mutex>
#include <string>

namespace blastradius::lsp {

class Transport {
public:
  Transport(int InputFd, int OutputFd, size_t MaxMessageBytes) : In(InputFd), Out(OutputFd), MaxBytes(MaxMessageBytes) {}

  enum class Status { Message, Malformed, End };
  /// The next message body (Message), a framing problem described in Problem (Malformed: the
  /// stream is resynchronised at the next header), or the end of the input (End).
  Status read(std::string &Body, std::string &Problem);

  /// Writes one framed message; false once the client has gone (the output is closed).
  bool write(const nlohmann::json &Message);

private:
  /// Fills the buffer with more input; false at end of input or on a read error.
  bool fill();
  /// Drops Count bytes of body (a message too large to keep); false when the input ends first.
  bool discard(size_t Count);

  int In;
  int Out;
  size_t MaxBytes;
  std::string Buffer;
  size_t Start = 0;
  std::mutex WriteMutex;
  bool OutputBroken = false;
};

} // namespace blastradius::lsp

#endif

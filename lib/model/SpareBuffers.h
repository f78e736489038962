// A thread's spare buffers, for work that builds the same kind of array once per file or per node
// (the flattened tree's entries and id table, children lists): a buffer given back keeps its
// memory, still in the cache, for the next one taken, instead of a free and a fresh allocation.
#ifndef BLASTRADIUS_MODEL_SPAREBUFFERS_H
#define BLASTRADIUS_MODEL_SPAREBUFFERS_H

#include <cstddef>
#include <utility>
#include <vector>

namespace blastradius::model {

/// At most MaxSpares buffers are kept, none with room for more than MaxCapacity elements: uses nest
/// only so deep, and one very large file must not keep its memory for the small ones that follow.
/// One instance per thread (thread_local): nothing here is locked.
template <typename T, size_t MaxSpares, size_t MaxCapacity> class SpareBuffers {
public:
  /// A spare buffer (its old contents still in it: clear or overwrite them), or an empty one.
  std::vector<T> take() {
    if (Spares.empty())
      return {};
    std::vector<T> Buffer = std::move(Spares.back());
    Spares.pop_back();
    return Buffer;
  }
  /// Keeps Buffer for the next take() when there is room; frees it otherwise.
  void give(std::vector<T> &&Buffer) {
    if (Buffer.capacity() != 0 && Buffer.capacity() <= MaxCapacity && Spares.size() < MaxSpares)
      Spares.push_back(std::move(Buffer));
  }

private:
  std::vector<std::vector<T>> Spares;
};

} // namespace blastradius::model

#endif

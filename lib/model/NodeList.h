// The children of a node as a list (namedChildren, allChildren in TreeSitterUtil.h). The converters
// and analysers ask for the children of nearly every node they visit; a std::vector allocated and
// freed each time cost about 2 M allocations on a 600-file scan, most of them on memory that had
// left the cache. A NodeList takes its buffer from the thread's spares and gives it back when it
// goes, so that the next list reuses memory that is still warm.
#ifndef BLASTRADIUS_MODEL_NODELIST_H
#define BLASTRADIUS_MODEL_NODELIST_H

#include <cstddef>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

#include "model/SpareBuffers.h"

namespace blastradius::model {

class NodeList {
public:
  NodeList() : Nodes(take()) {}
  ~NodeList() { give(std::move(Nodes)); }
  NodeList(NodeList &&Other) noexcept : Nodes(std::move(Other.Nodes)) {}
  NodeList &operator=(NodeList &&Other) noexcept {
    if (this != &Other) {
      give(std::move(Nodes));
      Nodes = std::move(Other.Nodes);
    }
    return *this;
  }
  NodeList(const NodeList &) = delete;
  NodeList &operator=(const NodeList &) = delete;

  void push_back(TSNode N) { Nodes.push_back(N); }
  size_t size() const { return Nodes.size(); }
  bool empty() const { return Nodes.empty(); }
  const TSNode &operator[](size_t I) const { return Nodes[I]; }
  const TSNode &front() const { return Nodes.front(); }
  const TSNode &back() const { return Nodes.back(); }
  const TSNode *begin() const { return Nodes.data(); }
  const TSNode *end() const { return Nodes.data() + Nodes.size(); }
  std::vector<TSNode>::const_reverse_iterator rbegin() const { return Nodes.rbegin(); }
  std::vector<TSNode>::const_reverse_iterator rend() const { return Nodes.rend(); }
  /// A copy that outlives the list (to keep in a container).
  std::vector<TSNode> toVector() const { return Nodes; }

private:
  /// Lists nest as deep as the recursion that asks for them: up to 64 spares of up to 4,096 nodes.
  using Spares = SpareBuffers<TSNode, 64, 4096>;
  static Spares &spares() {
    thread_local Spares ThreadSpares;
    return ThreadSpares;
  }
  static std::vector<TSNode> take() {
    std::vector<TSNode> Buffer = spares().take();
    Buffer.clear();
    return Buffer;
  }
  static void give(std::vector<TSNode> &&Buffer) { spares().give(std::move(Buffer)); }

  std::vector<TSNode> Nodes;
};

} // namespace blastradius::model

#endif

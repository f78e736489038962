// A rule's query, compiled when a scan first needs it. Compiling is a third of a scan's start-up
// (tree-sitter analyses each pattern against the grammar's tables: the YAML grammar makes one
// GitHub Actions query cost 74 M instructions), and a scan of a Terraform tree needs none of the
// YAML queries. The built-in catalogue's queries wait for first use; a user's rules, and any rule
// the `rules` and `test-rules` commands load, compile at load so that their errors stop the run up
// front (RuleLoader.h). Thread-safe: the first worker that asks compiles, the others wait for it.
#ifndef BLASTRADIUS_DEFERREDQUERY_H
#define BLASTRADIUS_DEFERREDQUERY_H

#include "Query.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace blastradius {

class DeferredQuery {
public:
  /// Compiles the query; on failure returns nullptr and sets Error to the whole message.
  using Compiler = std::function<std::unique_ptr<CompiledQuery>(std::string &Error)>;

  /// A query compiled already (checked when its rule was loaded).
  explicit DeferredQuery(std::unique_ptr<CompiledQuery> Compiled);
  /// A query that Compile compiles on the first get(), once.
  explicit DeferredQuery(Compiler Compile);

  /// The compiled query, or nullptr when it does not compile (see error()).
  const CompiledQuery *get() const;
  /// Why get() gave nullptr; its text lives as long as this object.
  const std::string &error() const;

private:
  mutable std::once_flag Once;
  mutable Compiler Compile;
  mutable std::unique_ptr<CompiledQuery> Result;
  mutable std::string Error;
};

} // namespace blastradius

#endif

// Compile-on-first-use for a rule's query: see DeferredQuery.h.
#include "DeferredQuery.h"

namespace blastradius {

DeferredQuery::DeferredQuery(std::unique_ptr<CompiledQuery> Compiled) : Result(std::move(Compiled)) {}

DeferredQuery::DeferredQuery(Compiler Compile) : Compile(std::move(Compile)) {}

const CompiledQuery *DeferredQuery::get() const {
  std::call_once(Once, [this] {
    if (Compile) {
      Result = Compile(Error);
      if (!Result && Error.empty())
        Error = "the query does not compile";
      Compile = nullptr;
    }
  });
  return Result.get();
}

const std::string &DeferredQuery::error() const {
  get();
  return Error;
}

} // namespace blastradius

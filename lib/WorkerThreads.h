// The scan, the change-impact parses and the parse benchmark spread independent work over --jobs
// threads the same way: the calling thread works too, and every worker is joined before anyone
// reads the results (which callers then read in a fixed order, so output does not depend on the
// thread count). One copy of that here.
#ifndef BLASTRADIUS_WORKERTHREADS_H
#define BLASTRADIUS_WORKERTHREADS_H

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace blastradius {

/// Runs Work on Threads threads at once (at least one: the caller's) and returns when all are done.
/// Work takes its items itself (an atomic counter over a list), so idle threads find nothing left.
inline void runOnThreads(unsigned Threads, const std::function<void()> &Work) {
  std::vector<std::thread> Pool;
  for (unsigned T = 1; T < std::max(1u, Threads); ++T)
    Pool.emplace_back(Work);
  Work();
  for (std::thread &T : Pool)
    T.join();
}

/// Threads for Items items with Jobs asked for: never more threads than items, at least one.
inline unsigned threadsFor(unsigned Jobs, size_t Items) {
  return std::max(1u, static_cast<unsigned>(std::min<size_t>(Jobs, Items)));
}

/// Hands the pages of freed memory back to the system. glibc keeps what a worker thread freed in
/// that thread's arena, resident, for that thread's next allocations; once the workers are done the
/// pages only add to the peak of what follows (the report's writers run on the main thread).
inline void releaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

} // namespace blastradius

#endif

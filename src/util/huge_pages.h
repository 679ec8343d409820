// Anonymous memory in 2 MB pages, in a mapping of its own.
//
// The place stage's memory-mapped index and per-thread tables are read at random, and in 4 kB
// pages their reads cost page walks on top of cache misses. Each block gets its own mmap rather
// than coming from malloc: advice given to a block at the top of malloc's heap stays on the heap's
// mapping as it grows, and every later 2 MB of heap (all stages' allocations) was then faulted in
// as a huge page that the kernel zeroes whole.
#pragma once

#include <cstddef>

namespace faultline {

// `bytes` (rounded up to 4 kB) of zeroed, writable memory starting on a 2 MB boundary and advised
// into huge pages (advice only: without them it is ordinary memory); nullptr when mmap fails.
void* MapHugePages(size_t bytes);

// Releases a block of MapHugePages(bytes).
void UnmapHugePages(void* block, size_t bytes);

}  // namespace faultline

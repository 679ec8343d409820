// Anonymous memory in 2 MB pages, in a mapping of its own.
//
// The place stage's index copy and per-thread tables are read at random, and in 4 kB pages their
// reads cost page walks on top of cache misses. Each block is a mapping of its own (mmap trimmed
// to a 2 MB boundary), so the advice covers exactly the block and nothing of malloc's heap.
#pragma once

#include <cstddef>

namespace faultline {

// `bytes` (rounded up to 4 kB) of zeroed, writable memory starting on a 2 MB boundary and advised
// into huge pages (advice only: without them it is ordinary memory); nullptr when mmap fails.
void* MapHugePages(size_t bytes);

// Releases a block of MapHugePages(bytes).
void UnmapHugePages(void* block, size_t bytes);

}  // namespace faultline

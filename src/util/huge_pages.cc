#include "util/huge_pages.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace faultline {
namespace {

constexpr size_t kHuge = size_t{2} << 20;

size_t RoundToPages(size_t bytes) {
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return (bytes + page - 1) / page * page;
}

}  // namespace

void* MapHugePages(size_t bytes) {
  bytes = RoundToPages(bytes);
  const size_t reserve = bytes + kHuge;
  void* raw = mmap(nullptr, reserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  // Trim to a 2 MB-aligned start so that the huge pages are whole.
  char* start = static_cast<char*>(raw);
  const size_t head = (kHuge - reinterpret_cast<uintptr_t>(start) % kHuge) % kHuge;
  char* block = start + head;
  if (head > 0) munmap(start, head);
  const size_t tail = reserve - head - bytes;
  if (tail > 0) munmap(block + bytes, tail);
  madvise(block, bytes, MADV_HUGEPAGE);
  return block;
}

void UnmapHugePages(void* block, size_t bytes) {
  if (block != nullptr) munmap(block, RoundToPages(bytes));
}

}  // namespace faultline

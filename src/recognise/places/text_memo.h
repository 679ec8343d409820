// TextMemo: a per-thread direct-mapped memo of one answer per short string, for the place
// finder's repeated questions about the same words and runs ("Police", "New York", the article's
// own names) whose answers cost a fold and a probe of the index. Each slot holds its key inline
// (no allocation, one cache line at most); a key that collides replaces the slot's, and keys too
// long for a slot are answered every time. Answers are forgotten when the gazetteer changes.
// Not thread-safe: keep one per thread (thread_local).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

#include "recognise/places/gazetteer.h"
#include "util/flat_map.h"
#include "util/huge_pages.h"

namespace faultline::places {

// Memory for the place stage's per-thread tables (the memos below and in the finder and ranker),
// in 2 MB pages where the kernel grants them: their reads land at random, the other stages run
// between two articles and fill the TLB with their own pages, and in 4 kB pages a memo read
// often cost a page walk on top of its cache miss. Small tables share one 2 MB block; a request
// of 2 MB or more gets blocks of its own. Never freed before the thread ends; not zeroed.
inline void* ThreadTableMemory(size_t bytes) {
  constexpr size_t kHuge = size_t{2} << 20;
  struct Pool {
    std::vector<std::pair<void*, size_t>> blocks;
    char* next = nullptr;
    size_t left = 0;
    Pool() = default;
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;
    ~Pool() {
      for (auto [b, size] : blocks) UnmapHugePages(b, size);
    }
    void* Block(size_t size) {
      void* b = MapHugePages(size);  // a mapping of its own (util/huge_pages.h says why)
      if (b == nullptr) throw std::bad_alloc();
      blocks.emplace_back(b, size);
      return b;
    }
  };
  thread_local Pool pool;
  bytes = (bytes + 63) & ~size_t{63};
  if (bytes >= kHuge) return pool.Block((bytes + kHuge - 1) / kHuge * kHuge);
  if (bytes > pool.left) {
    pool.next = static_cast<char*>(pool.Block(kHuge));
    pool.left = kHuge;
  }
  void* p = pool.next;
  pool.next += bytes;
  pool.left -= bytes;
  return p;
}

template <typename Value, size_t kSlotBytes, size_t kSlots>
class TextMemo {
 public:
  TextMemo() = default;
  // Its slots live as long as the thread (ThreadTableMemory): a copy would share them.
  TextMemo(const TextMemo&) = delete;
  TextMemo& operator=(const TextMemo&) = delete;
  static_assert((kSlots & (kSlots - 1)) == 0 && std::is_trivially_copyable_v<Value> &&
                sizeof(Value) <= 4);

  // The answer for `key` under `g`: compute() when the memo does not hold it.
  template <typename Compute>
  Value Get(const Gazetteer& g, std::string_view key, Compute compute) {
    if (key.empty() || key.size() > sizeof(Slot::text)) return compute();
    if (owner_ != &g || entries_ != &g.entry(0) || slots_ == nullptr) {
      if (slots_ == nullptr) slots_ = static_cast<Slot*>(ThreadTableMemory(kSlots * sizeof(Slot)));
      for (size_t i = 0; i < kSlots; ++i) new (&slots_[i]) Slot{};
      owner_ = &g;
      entries_ = &g.entry(0);
    }
    Slot& s = slots_[HashBytes(key) & (kSlots - 1)];
    if (s.size == key.size() && std::memcmp(s.text, key.data(), key.size()) == 0) return s.value;
    s.size = static_cast<uint8_t>(key.size());  // 0 until a key is kept: keys are never empty
    std::memcpy(s.text, key.data(), key.size());
    s.value = compute();
    return s.value;
  }

 private:
  struct alignas(kSlotBytes) Slot {
    uint8_t size = 0;
    Value value{};
    char text[kSlotBytes - 8] = {};
  };
  static_assert(sizeof(Slot) == kSlotBytes && kSlotBytes - 8 <= 255);

  Slot* slots_ = nullptr;  // kSlots, from ThreadTableMemory: the memo must live on its thread
  const Gazetteer* owner_ = nullptr;
  const EntryRecord* entries_ = nullptr;  // with owner_: the same index still loaded there
};

}  // namespace faultline::places
